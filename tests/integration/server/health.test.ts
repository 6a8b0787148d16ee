// The health endpoint against a Neo4j of its own, which the test stops and restarts.
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HealthResponse } from "../../../contract/api";
import { startLocalNeo4j, type RunningNeo4j } from "../../../infra/neo4j/local-neo4j";
import { loadSettings } from "../../../settings/settings";
import { createLogger } from "../../../server/logger";
import { start, type RunningServer } from "../../../server/server";
import { scratchDataDir } from "../../support/neo4j";

let dataDir: string;
let neo4j: RunningNeo4j;
let server: RunningServer;

beforeAll(async () => {
  dataDir = await scratchDataDir();
  neo4j = await startLocalNeo4j({ dataDir, heap: "384m", pageCache: "64m" });
  server = await start({
    settings: loadSettings({ PORT: "0", HOST: "127.0.0.1" }).server,
    logger: createLogger("silent"),
    neo4j,
  });
});
afterAll(async () => {
  await server?.stop();
  await neo4j?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function health(): Promise<{ status: number; body: HealthResponse }> {
  const response = await fetch(`${server.url}api/health`);
  return { status: response.status, body: (await response.json()) as HealthResponse };
}

describe("GET /api/health", () => {
  it("reports ok with the Neo4j version while Neo4j is up", async () => {
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body.status).toBe("ok");
    expect(body.neo4j).toMatchObject({
      status: "up",
      version: expect.stringMatching(/^Neo4j\/5\.26/),
    });
  });

  it("answers 503 while Neo4j is down and ok again once it is back, without a restart", async () => {
    const port = neo4j.port;
    await neo4j.stop();
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body.status).toBe("degraded");
    expect(down.body.neo4j.status).toBe("down");

    neo4j = await startLocalNeo4j({ dataDir, port, heap: "384m", pageCache: "64m" });
    const up = await health();
    expect(up.status).toBe(200);
    expect(up.body.neo4j.status).toBe("up");
  }, 180_000); // a Neo4j start takes over a minute on a loaded machine
});

describe("errors", () => {
  it("answers unknown API paths with a JSON 404", async () => {
    const response = await fetch(`${server.url}api/no-such-thing`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });

  it("answers a malformed JSON body with a JSON 400, without a stack trace", async () => {
    const response = await fetch(`${server.url}api/health`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts/);
  });
});
