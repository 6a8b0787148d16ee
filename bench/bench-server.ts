// The API alone, for benchmarks that watch it from outside (its memory, its answer times):
// settings from the environment, NEO4J_URI required; prints "READY <url>" once it listens.
import { loadSettings } from "../settings/settings";
import { createLogger } from "../server/logger";
import { start } from "../server/server";

const settings = loadSettings();
const { uri, username, password = "", database } = settings.neo4j;
if (!uri) throw new Error("bench-server: set NEO4J_URI (and NEO4J_PASSWORD) to the Neo4j to serve");
const server = await start({
  settings: settings.server,
  logger: createLogger(settings.server.logLevel),
  neo4j: { uri, username, password, database },
});
console.log(`READY ${server.url}`);
