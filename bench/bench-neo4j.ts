// The Neo4j a benchmark runs against: the one NEO4J_URI names, or a scratch local one (its own
// data folder under .neo4j/bench-runs, removed when it stops).
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jTarget } from "../contract/neo4j-target";
import { CACHE_DIR, startLocalNeo4j } from "../infra/neo4j/local-neo4j";
import type { Neo4jSettings } from "../settings/settings";

export interface BenchNeo4j {
  target: Neo4jTarget;
  /** The JVM's process id when the bench started it (for its CPU and memory); else null. */
  pid: number | null;
  stop: () => Promise<void>;
}

export async function neo4jForBench(options: {
  /** loadSettings().neo4j: a NEO4J_URI there is used as it is. */
  settings: Neo4jSettings;
  /** Prefix of the scratch data folder, e.g. "api-". */
  name: string;
  heap: string;
  pageCache: string;
  log?: (message: string) => void;
}): Promise<BenchNeo4j> {
  const { uri, username, password = "", database } = options.settings;
  if (uri)
    return { target: { uri, username, password, database }, pid: null, stop: async () => {} };
  await mkdir(path.join(CACHE_DIR, "bench-runs"), { recursive: true });
  const dataDir = await mkdtemp(path.join(CACHE_DIR, "bench-runs", options.name));
  const local = await startLocalNeo4j({
    dataDir,
    heap: options.heap,
    pageCache: options.pageCache,
    onProgress: options.log,
  });
  return {
    target: local,
    pid: local.pid,
    stop: async () => {
      await local.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A driver for the bench's own queries (loading, counting), apart from the API's. */
export function benchDriver(target: Neo4jTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
}
