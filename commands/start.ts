// `npm start`: Neo4j (local, or NEO4J_URI), the seed articles ingested, the app served.
// Ctrl-C stops the server, then the local Neo4j.
import "dotenv/config";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ingestInto } from "../graph-seed/loading/ingest";
import { createLogger } from "../server/logger";
import { start, type RunningServer } from "../server/server";
import { buildClientIfStale } from "../infra/client-build";
import { connectNeo4j } from "../infra/neo4j/connection";
import { progressReporter } from "../infra/progress";
import { answerHelp, NEO4J_HELP, settingsOrExit } from "../infra/command-help";

answerHelp(`usage: npm start

Starts Neo4j, stores the seed articles of graph-seed/articles (those not stored yet), builds the
browser app when its sources are newer than client/dist, and serves the explorer and the API at
http://HOST:PORT/ (127.0.0.1:8080 by default). Ctrl-C stops the app, then a Neo4j it started.

Settings (environment or .env; README.md lists them with their defaults): PORT, HOST,
ALLOWED_HOSTS, LOG_LEVEL, NEWSGRAPH_WRITE_TOKEN, CYPHER_TIMEOUT_MS, CYPHER_MAX_ROWS,
CYPHER_MAX_BYTES, HEAVY_REQUESTS_PER_CLIENT, INGEST_MAX_BYTES.
${NEO4J_HELP}`);

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED_ARTICLES = path.resolve(here, "../graph-seed/articles");

async function main(): Promise<void> {
  const settings = settingsOrExit("newsgraph");
  const logger = createLogger(settings.server.logLevel);
  const say = (message: string) => console.error(`newsgraph: ${message}`);

  await buildClientIfStale(say);
  const connection = await connectNeo4j(settings.neo4j, say);
  say(`Neo4j ${connection.source} at ${connection.uri}`);
  const running: { server?: RunningServer } = {};
  const shutdown = async (signal: string) => {
    say(`${signal}: stopping...`);
    await running.server?.stop().catch((e: unknown) => logger.error(e));
    await connection.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  const summary = await ingestInto(connection, {
    inputs: [SEED_ARTICLES],
    onProgress: progressReporter("ingest"),
  });
  say(`seed articles: ${summary.created} new, ${summary.unchanged} already stored`);
  for (const problem of summary.refused) say(`seed article refused: ${problem.message}`);

  running.server = await start({
    settings: settings.server,
    logger,
    neo4j: connection,
    managedNeo4j: connection.supervisor,
  });
  say(`open ${running.server.url} (Ctrl-C stops)`);
}

main().catch((error: unknown) => {
  console.error(`newsgraph: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
