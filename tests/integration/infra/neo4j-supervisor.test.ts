// The supervised local Neo4j (the one `npm start` runs): when its JVM is killed, health says so
// at once, every data endpoint answers 503 fast, and the supervisor restarts it on the same port
// and data so that the API recovers by itself, with the graph as it was.
import { rm } from "node:fs/promises";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HealthResponse, SearchResponse } from "../../../contract/api";
import { ingest } from "../../../graph-seed/loading/ingest";
import { superviseLocalNeo4j, type SupervisedNeo4j } from "../../../infra/neo4j/supervisor";
import { loadSettings } from "../../../settings/settings";
import { createLogger } from "../../../server/logger";
import { start, type RunningServer } from "../../../server/server";
import { graphSnapshot, scratchDataDir } from "../../support/neo4j";

let dataDir: string;
let supervised: SupervisedNeo4j;
let driver: Driver;
let server: RunningServer;
const log: string[] = [];
/** How long the first start took: a restart is a start, so on a loaded machine it takes as long. */
let startMs = 0;

beforeAll(async () => {
  dataDir = await scratchDataDir();
  const started = performance.now();
  supervised = await superviseLocalNeo4j({
    dataDir,
    heap: "384m",
    pageCache: "64m",
    log: (message) => log.push(message),
  });
  startMs = performance.now() - started;
  driver = neo4j.driver(supervised.uri, neo4j.auth.basic(supervised.username, supervised.password));
  await ingest({ driver, inputs: ["graph-seed/articles"] });
  server = await start({
    settings: loadSettings({ PORT: "0", HOST: "127.0.0.1" }).server,
    logger: createLogger("silent"),
    neo4j: supervised,
    managedNeo4j: supervised,
  });
});
afterAll(async () => {
  await server?.stop();
  await driver?.close();
  await supervised?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function get<T>(
  path: string,
): Promise<{ status: number; body: T; text: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${server.url}api${path}`);
  const text = await response.text();
  return {
    status: response.status,
    body: JSON.parse(text) as T,
    text,
    ms: performance.now() - started,
  };
}

async function waitFor<T>(what: () => Promise<T>, ok: (value: T) => boolean, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await what();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the supervised local Neo4j", () => {
  it("is restarted after SIGKILL; meanwhile health says so and endpoints answer 503 fast", async () => {
    const healthy = await get<HealthResponse>("/health");
    expect(healthy.status).toBe(200);
    expect(healthy.body.neo4j).toMatchObject({ status: "up", restarts: 0 });
    const search = await get<SearchResponse>("/search?q=lee");
    expect(search.status).toBe(200);
    expect(search.body.hits.length).toBeGreaterThan(0);
    const graph = await graphSnapshot(driver);
    const killedPid = supervised.pid();

    process.kill(killedPid, "SIGKILL");
    const down = await waitFor(
      () => get<HealthResponse>("/health"),
      // A probe may see the closed port a moment before the supervisor reports the death.
      (h) =>
        h.status === 503 && h.body.neo4j.status === "down" && h.body.neo4j.reason === "restarting",
      5_000,
    );
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({
      status: "degraded",
      neo4j: { status: "down", reason: "restarting", restarts: 0 },
    });
    // State, not internals: neither the Bolt address nor a driver's error text.
    expect(down.text).not.toMatch(/bolt:|127\.0\.0\.1|ECONNREFUSED|Failed to connect/);

    for (const path of ["/search?q=lee", "/entities/person:x", "/meetings", "/search?q=kim"]) {
      const answer = await get<{ error: { code: string } }>(path);
      expect(answer.status, path).toBe(503);
      expect(answer.body.error.code).toBe("NEO4J_UNAVAILABLE");
      expect(answer.ms, path).toBeLessThan(1_000);
    }

    const back = await waitFor(
      () => get<HealthResponse>("/health"),
      // Health may see the new JVM answer a moment before the supervisor counts the restart.
      (h) => h.status === 200 && h.body.neo4j.restarts === 1,
      Math.max(30_000, 2 * startMs),
    );
    expect(back.body.neo4j, log.join("; ")).toMatchObject({ status: "up", restarts: 1 });
    expect(supervised.pid()).not.toBe(killedPid);
    const again = await get<SearchResponse>("/search?q=lee");
    expect(again.status).toBe(200);
    expect(again.body).toEqual(search.body);
    expect(await graphSnapshot(driver)).toEqual(graph);
    expect(log.join("\n")).toMatch(/was killed \(SIGKILL\)[\s\S]*is back/);
    console.log(`[supervisor] first start ${(startMs / 1000).toFixed(1)} s; ${log.join("; ")}`);
  }, 600_000);

  it("stays stopped once stopped on purpose", async () => {
    const pid = supervised.pid();
    await supervised.stop();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(supervised.pid()).toBe(pid);
    expect(supervised.restarts()).toBe(1);
  });
});
