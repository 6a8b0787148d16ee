// Builds the Express app from its dependencies; never listens (see server.ts for that).
import path from "node:path";
import express, { type Express } from "express";
import type { Driver } from "neo4j-driver";
import { pinoHttp } from "pino-http";
import type { ServerConfig } from "./config";
import { errorHandler, notFound } from "./errors";
import { allowedHostNames, hostCheck } from "./http/host-check";
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

export type ApiSettings = Pick<
  ServerConfig,
  | "NEWSGRAPH_WRITE_TOKEN"
  | "CYPHER_TIMEOUT_MS"
  | "CYPHER_MAX_ROWS"
  | "CYPHER_MAX_BYTES"
  | "HEAVY_REQUESTS_PER_CLIENT"
  | "NEO4J_DATABASE"
  | "HOST"
  | "ALLOWED_HOSTS"
>;

export interface AppDeps {
  driver: Driver;
  logger: Logger;
  version: string;
  /** Folder of the built browser app, served at /. */
  clientDir: string;
  /** Where user Cypher runs (off the event loop); start() owns it and closes it. */
  cypherWorkers: CypherWorkers;
  /** Neo4j's state for health and the 503 gate; start() owns it (a new one by default). */
  neo4jMonitor?: Neo4jMonitor;
  /**
   * API settings; defaults: no writes, 10 s, 1,000 rows and 10 MB per user query, 4 heavy
   * requests at once per client, answering only to loopback host names.
   */
  settings?: Partial<ApiSettings>;
}

export function createApp(deps: AppDeps): Express {
  const settings: ApiSettings = {
    CYPHER_TIMEOUT_MS: 10_000,
    CYPHER_MAX_ROWS: 1_000,
    CYPHER_MAX_BYTES: 10_000_000,
    HEAVY_REQUESTS_PER_CLIENT: 4,
    HOST: "127.0.0.1",
    ALLOWED_HOSTS: [],
    ...deps.settings,
  };
  const neo4j: Neo4jContext = { driver: deps.driver, database: settings.NEO4J_DATABASE };
  const monitor = deps.neo4jMonitor ?? new Neo4jMonitor(deps.driver, deps.logger);
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(
    pinoHttp({
      logger: deps.logger,
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "debug",
    }),
  );
  app.use(securityHeaders());
  app.use(hostCheck(allowedHostNames(settings.HOST, settings.ALLOWED_HOSTS)));

  const routes: Route[] = [
    ...healthRoutes(monitor, deps.version),
    ...graphRoutes(neo4j),
    ...overviewRoutes(neo4j),
    ...meetingGraphRoutes(neo4j),
    ...articleRoutes(neo4j),
    ...cypherRoutes({ context: neo4j, workers: deps.cypherWorkers, logger: deps.logger }, settings),
    ...exportRoutes(neo4j),
    ...snapshotRoutes(neo4j, deps.logger),
  ];
  const allRoutes: Route[] = [...routes, ...apiDocRoutes(() => allRoutes, deps.version)];
  const guards: Guards = {
    writeToken: writeTokenGuard(settings.NEWSGRAPH_WRITE_TOKEN),
    heavy: clientLimit(settings.HEAVY_REQUESTS_PER_CLIENT),
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
