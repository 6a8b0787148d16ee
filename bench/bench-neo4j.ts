// The Neo4j a benchmark runs against: the one NEO4J_URI names, or a scratch local one (its own
// data folder under .neo4j/bench-runs, removed when it stops).
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { CACHE_DIR, startLocalNeo4j } from "../infra/neo4j/local-neo4j";
import type { Neo4jTarget } from "../server/server";

export interface BenchNeo4j {
  target: Neo4jTarget;
  stop: () => Promise<void>;
}

export async function neo4jForBench(options: {
  /** Prefix of the scratch data folder, e.g. "api-". */
  name: string;
  heap: string;
  pageCache: string;
  log: (message: string) => void;
}): Promise<BenchNeo4j> {
  if (process.env.NEO4J_URI) {
    const target = {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME || "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
    };
    return { target, stop: async () => {} };
  }
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
    stop: async () => {
      await local.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
