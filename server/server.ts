// The server's lifecycle: start() opens the driver, applies the schema and listens;
// stop() closes connections, the port and the driver, in that order.
import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import neo4j, { type Driver } from "neo4j-driver";
import { createApp } from "./app";
import type { ServerSettings } from "../settings/settings";
import { isNeo4jUnavailable } from "./errors";
import { answerClientErrors } from "./http/client-errors";
import type { Logger } from "./logger";
import type { Neo4jTarget } from "./repositories/neo4j-context";
import { applySchema } from "./repositories/schema-repository";
import { CypherWorkers } from "./services/cypher/cypher-workers";
import { Neo4jMonitor, type ManagedNeo4j } from "./services/neo4j-monitor";

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, "..");

export type { Neo4jTarget };

export interface StartOptions {
  /** The validated settings (settings/settings.ts): port, host, limits, write token. */
  settings: ServerSettings;
  /** The Neo4j to use, its database included. */
  neo4j: Neo4jTarget;
  logger: Logger;
  /** Folder of the built client; defaults to client/dist, or client/ when not built. */
  clientDir?: string;
  /** The supervisor of a Neo4j the app runs itself: its deaths and restarts reach health. */
  managedNeo4j?: ManagedNeo4j;
}

export interface RunningServer {
  url: string;
  port: number;
  driver: Driver;
  stop(): Promise<void>;
}

const SCHEMA_RETRY_MS = 5_000;

export async function start(options: StartOptions): Promise<RunningServer> {
  const { settings, logger } = options;
  const driver = neo4j.driver(
    options.neo4j.uri,
    neo4j.auth.basic(options.neo4j.username, options.neo4j.password),
    {
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      // Requests give up after 5 s of retries, so a Neo4j that is down answers 503 promptly.
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: false,
    },
  );
  const version = (
    JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }
  ).version;
  // Only plain fields cross to the workers: a managed Neo4j object also carries functions.
  const { uri, username, password, database } = options.neo4j;
  const cypherWorkers = new CypherWorkers({ uri, username, password, database });
  // The first user query should not wait for a worker to load (a second or two).
  await cypherWorkers.warm();
  const context = { driver, database, bookmarks: neo4j.bookmarkManager() };
  const neo4jMonitor = new Neo4jMonitor(context, logger);
  if (options.managedNeo4j) neo4jMonitor.follow(options.managedNeo4j);
  const app = createApp({
    neo4j: context,
    cypherWorkers,
    neo4jMonitor,
    logger,
    version,
    clientDir: options.clientDir ?? defaultClientDir(),
    settings,
  });

  // The schema goes in as soon as Neo4j answers; the server serves (and reports 503) meanwhile.
  let retry: NodeJS.Timeout | undefined;
  const ensureSchema = async (): Promise<void> => {
    try {
      await applySchema(driver, options.neo4j.database);
      logger.info("graph schema is in place");
    } catch (error) {
      if (!isNeo4jUnavailable(error)) throw error;
      logger.warn(`Neo4j is unreachable at ${options.neo4j.uri}; retrying the schema in 5 s`);
      retry = setTimeout(() => void ensureSchema().catch((e) => logger.error(e)), SCHEMA_RETRY_MS);
      retry.unref();
    }
  };
  await ensureSchema();

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(settings.port, settings.host, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  answerClientErrors(server);
  const port = (server.address() as AddressInfo).port;
  const host = settings.host.includes(":") ? `[${settings.host}]` : settings.host;
  const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}/`;
  logger.info({ url }, "newsgraph is serving");

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      clearTimeout(retry);
      neo4jMonitor.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Requests still running after 5 s are cut off rather than holding the exit.
        setTimeout(() => server.closeAllConnections(), 5_000).unref();
      });
      await cypherWorkers.close();
      await driver.close();
      logger.info("newsgraph stopped");
    })();
    return stopping;
  };
  return { url, port, driver, stop };
}

/** The built client (client/dist) when there is one, else the client folder as it is. */
function defaultClientDir(): string {
  const built = path.join(ROOT, "client", "dist");
  return existsSync(path.join(built, "index.html")) ? built : path.join(ROOT, "client");
}
