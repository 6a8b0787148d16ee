// Vitest global setup for integration tests: one real Neo4j for the run, and never a user's.
// NEO4J_TEST_URI (with NEO4J_TEST_USERNAME / NEO4J_TEST_PASSWORD / NEO4J_TEST_DATABASE) names
// one for tests; otherwise the project's local Neo4j starts on a free port with its own data
// folder, and stops when the run ends. NEO4J_URI and .env are not read (test-target.ts).
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { TestProject } from "vitest/node";
import { ensureChromium } from "../../infra/chromium";
import { CACHE_DIR, startLocalNeo4j } from "../../infra/neo4j/local-neo4j";
import { claimTestDatabase, namedTestTarget, type Neo4jTarget } from "./test-target";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

/** Refuses, before any test runs, a database that holds data the tests did not create. */
async function claim(target: Neo4jTarget): Promise<void> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
  try {
    await claimTestDatabase(driver, target.database);
  } finally {
    await driver.close();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Browser tests need Debian's chromium; installing it here keeps apt-get out of test timeouts.
  try {
    ensureChromium((m) => console.log(`[chromium] ${m}`));
  } catch (error) {
    console.log(`[chromium] ${error instanceof Error ? error.message : String(error)}`);
  }
  const named = namedTestTarget(process.env);
  if (named) {
    await claim(named);
    project.provide("neo4j", named);
    return async () => {};
  }
  if (process.env.NEO4J_URI) {
    console.log(
      "[neo4j] NEO4J_URI is the app's database: the tests leave it alone and start their own",
    );
  }
  const started = performance.now();
  // A fresh database per run, so that runs started side by side never share a store.
  await mkdir(path.join(CACHE_DIR, "test-runs"), { recursive: true });
  const dataDir = await mkdtemp(path.join(CACHE_DIR, "test-runs", "run-"));
  const local = await startLocalNeo4j({
    dataDir,
    heap: "512m",
    pageCache: "128m",
    onProgress: (m) => console.log(`[neo4j] ${m}`),
  });
  console.log(
    `[neo4j] ready at ${local.uri} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const target = { uri: local.uri, username: local.username, password: local.password };
  await claim(target);
  project.provide("neo4j", target);
  return async () => {
    await local.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
