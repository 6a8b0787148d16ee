// Which Neo4j the commands use: the one named by NEO4J_URI (then nothing is downloaded or
// started), else the project's local Neo4j, reusing it when another command already runs it.
// A local Neo4j started here is supervised: restarted on the same port if its JVM dies.
import path from "node:path";
import type { Neo4jSettings } from "../../settings/settings";
import { CACHE_DIR, findRunningLocalNeo4j } from "./local-neo4j";
import { superviseLocalNeo4j, type SupervisedNeo4j } from "./supervisor";

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database?: string;
  /** Where it came from, for the start-up message. */
  source: "environment" | "local (started)" | "local (already running)";
  /** The supervisor of a local Neo4j this call started (its deaths and restarts). */
  supervisor?: SupervisedNeo4j;
  /** Stops the local Neo4j if this call started it; otherwise does nothing. */
  stop(): Promise<void>;
}

/** The data folder of the local Neo4j that `npm start` and `npm run ingest` share. */
export const LOCAL_DATA_DIR = path.join(CACHE_DIR, "data");

/**
 * The Neo4j the settings name (loadSettings().neo4j), else the local one. `onProgress` hears the start-up steps and, for a local Neo4j started here,
 * the supervisor's news (a death, a restart).
 */
export async function connectNeo4j(
  settings: Neo4jSettings,
  onProgress: (message: string) => void = () => {},
): Promise<Neo4jConnection> {
  const { database } = settings;
  if (settings.uri) {
    // loadSettings() refuses a NEO4J_URI without its password; this keeps callers honest.
    if (!settings.password) {
      throw new Error("NEO4J_URI is set but NEO4J_PASSWORD is not: set both (and NEO4J_USERNAME)");
    }
    return {
      uri: settings.uri,
      username: settings.username,
      password: settings.password,
      database,
      source: "environment",
      stop: async () => {},
    };
  }
  const running = await findRunningLocalNeo4j(LOCAL_DATA_DIR);
  if (running) {
    return { ...running, database, source: "local (already running)", stop: async () => {} };
  }
  const supervisor = await superviseLocalNeo4j({
    dataDir: LOCAL_DATA_DIR,
    onProgress,
    log: onProgress,
  });
  return {
    uri: supervisor.uri,
    username: supervisor.username,
    password: supervisor.password,
    database,
    source: "local (started)",
    supervisor,
    stop: () => supervisor.stop(),
  };
}
