// Vitest global setup for integration tests: one real Neo4j for the run. NEO4J_URI (and
// NEO4J_USERNAME / NEO4J_PASSWORD) name an existing one; otherwise the project's local Neo4j
// starts on a free port with its own data folder, and stops when the run ends.
import "dotenv/config";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureChromium } from "../../scripts/chromium";
import { CACHE_DIR, startLocalNeo4j } from "../../scripts/neo4j/local-neo4j";
import type { Neo4jTarget } from "./neo4j";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Browser tests need Debian's chromium; installing it here keeps apt-get out of test timeouts.
  try {
    ensureChromium((m) => console.log(`[chromium] ${m}`));
  } catch (error) {
    console.log(`[chromium] ${error instanceof Error ? error.message : String(error)}`);
  }
  if (process.env.NEO4J_URI) {
    project.provide("neo4j", {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME || "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
      database: process.env.NEO4J_DATABASE || undefined,
    });
    return async () => {};
  }
  const started = performance.now();
  // A fresh database per run, so that runs started side by side never share a store.
  await mkdir(path.join(CACHE_DIR, "test-runs"), { recursive: true });
  const dataDir = await mkdtemp(path.join(CACHE_DIR, "test-runs", "run-"));
  const neo4j = await startLocalNeo4j({
    dataDir,
    heap: "512m",
    pageCache: "128m",
    onProgress: (m) => console.log(`[neo4j] ${m}`),
  });
  console.log(
    `[neo4j] ready at ${neo4j.uri} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide("neo4j", { uri: neo4j.uri, username: neo4j.username, password: neo4j.password });
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
