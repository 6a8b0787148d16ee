// The API alone, for benchmarks that watch it from outside (its memory, its answer times):
// settings from the environment, NEO4J_URI required; prints "READY <url>" once it listens.
import { loadServerConfig } from "../server/config";
import { createLogger } from "../server/logger";
import { start } from "../server/server";

const config = loadServerConfig();
const server = await start({
  config,
  logger: createLogger(config.LOG_LEVEL),
  neo4j: {
    uri: process.env.NEO4J_URI ?? "",
    username: process.env.NEO4J_USERNAME ?? "neo4j",
    password: process.env.NEO4J_PASSWORD ?? "",
  },
});
console.log(`READY ${server.url}`);
