// Builds the Express app from its dependencies; never listens (see server.ts for that).
import path from "node:path";
import express, { type Express } from "express";
import type { ServerSettings } from "../settings/settings";
import { errorHandler, notFound } from "./errors";
import { allowedHostNames, hostCheck } from "./http/host-check";
import { requestLog } from "./http/request-log";
import { securityHeaders } from "./http/security-headers";
import { writeTokenGuard } from "./http/write-guard";
import { clientLimit } from "./http/client-limit";
import { mountMethodNotAllowed, mountRoutes, type Guards, type Route } from "./http/route";
import { failFastWhenDown, needsNeo4j, neo4jGate } from "./http/neo4j-gate";
import type { Logger } from "./logger";
import type { Neo4jContext } from "./repositories/neo4j-context";
import { apiDocRoutes } from "./routes/api-doc-routes";
import { articleRoutes } from "./routes/article-routes";
import { cypherRoutes } from "./routes/cypher-routes";
import { exportRoutes } from "./routes/export-routes";
import { graphRoutes } from "./routes/graph-routes";
import { healthRoutes } from "./routes/health-routes";
import { meetingGraphRoutes } from "./routes/meeting-graph-routes";
import { overviewRoutes } from "./routes/overview-routes";
import { snapshotRoutes } from "./routes/snapshot-routes";
import type { CypherWorkers } from "./services/cypher/cypher-workers";
import { Neo4jMonitor } from "./services/neo4j-monitor";

export interface AppDeps {
  /** The driver and database every repository uses. */
  neo4j: Neo4jContext;
  logger: Logger;
  version: string;
  /** Folder of the built browser app, served at /. */
  clientDir: string;
  /** Where user Cypher runs (off the event loop); start() owns it and closes it. */
  cypherWorkers: CypherWorkers;
  /** Neo4j's state for health and the 503 gate; start() owns it (a new one by default). */
  neo4jMonitor?: Neo4jMonitor;
  /** The validated settings (settings/settings.ts): limits, write token, host names. */
  settings: ServerSettings;
}

export function createApp(deps: AppDeps): Express {
  const { neo4j, settings } = deps;
  const monitor = deps.neo4jMonitor ?? new Neo4jMonitor(neo4j, deps.logger);
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(requestLog(deps.logger));
  app.use(securityHeaders());
  app.use(hostCheck(allowedHostNames(settings.host, settings.allowedHosts)));

  const routes: Route[] = [
    ...healthRoutes(monitor, deps.version),
    ...graphRoutes(neo4j),
    ...overviewRoutes(neo4j),
    ...meetingGraphRoutes(neo4j),
    ...articleRoutes(neo4j),
    ...cypherRoutes(
      { context: neo4j, workers: deps.cypherWorkers, logger: deps.logger },
      settings.cypher,
    ),
    ...exportRoutes(neo4j),
    ...snapshotRoutes(neo4j, deps.logger),
  ];
  const allRoutes: Route[] = [...routes, ...apiDocRoutes(() => allRoutes, deps.version)];
  const guards: Guards = {
    writeToken: writeTokenGuard(settings.writeToken),
    heavy: clientLimit(settings.heavyRequestsPerClient),
    watch: (req, work) => (needsNeo4j(req) ? failFastWhenDown(monitor, work) : work),
  };

  // Routes with a body limit of their own read their body themselves, after their guard.
  const ownBody = express.Router();
  mountRoutes(
    ownBody,
    allRoutes.filter((r) => r.spec.bodyLimit),
    guards,
  );
  const api = express.Router();
  api.use(neo4jGate(monitor));
  api.use(ownBody);
  api.use(express.json({ limit: "1mb" }));
  mountRoutes(
    api,
    allRoutes.filter((r) => !r.spec.bodyLimit),
    guards,
  );
  mountMethodNotAllowed(api, allRoutes);
  api.use(notFound);
  app.use("/api", api);

  app.use(express.static(path.resolve(deps.clientDir), { index: "index.html" }));
  app.use(notFound);
  app.use(errorHandler(deps.logger, () => monitor.reportUnavailable()));
  return app;
}
