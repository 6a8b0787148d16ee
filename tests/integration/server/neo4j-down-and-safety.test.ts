// Against a Neo4j of its own: the API answers 503 (never 500) while Neo4j is down, and the
// local Neo4j refuses LOAD CSV from files and from any host even for a query sent straight to
// it (the settings behind the API's own refusals).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { rm } from "node:fs/promises";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalNeo4j, type RunningNeo4j } from "../../../infra/neo4j/local-neo4j";
import { loadSettings } from "../../../settings/settings";
import { createLogger } from "../../../server/logger";
import { start, type RunningServer } from "../../../server/server";
import { scratchDataDir } from "../../support/neo4j";

let dataDir: string;
let local: RunningNeo4j;
let server: RunningServer;
let driver: Driver;
let csvServer: Server;
let csvHits = 0;

beforeAll(async () => {
  dataDir = await scratchDataDir();
  local = await startLocalNeo4j({ dataDir, heap: "384m", pageCache: "64m" });
  driver = neo4j.driver(local.uri, neo4j.auth.basic(local.username, local.password));
  server = await start({
    settings: loadSettings({ PORT: "0", HOST: "127.0.0.1" }).server,
    logger: createLogger("silent"),
    neo4j: local,
  });
  csvServer = createServer((_req, res) => {
    csvHits++;
    res.end("a,b\n1,2\n");
  });
  await new Promise<void>((resolve) => csvServer.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  await server?.stop();
  await driver?.close();
  await local?.stop();
  csvServer?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("the local Neo4j's own safety settings", () => {
  it("refuses LOAD CSV from a host (IP block-list): the host is never contacted", async () => {
    const port = (csvServer.address() as AddressInfo).port;
    await expect(
      driver.executeQuery(`LOAD CSV FROM 'http://127.0.0.1:${port}/x.csv' AS line RETURN line`),
    ).rejects.toThrow(/blocked|not allowed|IP/i);
    expect(csvHits).toBe(0);
  });

  it("refuses LOAD CSV from a local file", async () => {
    await expect(
      driver.executeQuery("LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line"),
    ).rejects.toThrow(/file/i);
  });
});

describe("while Neo4j is down", () => {
  it("answers 503 NEO4J_UNAVAILABLE on the data endpoints, then serves again once it is back", async () => {
    const port = local.port;
    // Warm: the driver holds open connections to a Neo4j that then goes away, as in production.
    expect((await fetch(`${server.url}api/search?q=lee`)).status).toBe(200);
    await local.stop();
    // One's own Neo4j (NEO4J_URI): nothing tells the app it stopped, so the first request finds
    // out. It must not wait for the driver's retries (5 s): it has Neo4j probed after 300 ms.
    const started = performance.now();
    const first = await fetch(`${server.url}api/search?q=lee`);
    const firstMs = performance.now() - started;
    console.log(`first request after Neo4j stopped: ${first.status} in ${firstMs.toFixed(0)} ms`);
    expect(first.status).toBe(503);
    expect(firstMs).toBeLessThan(2_000);
    for (const path of [
      "search?q=lee",
      "entities/person:x",
      "graph/neighborhood?ids=a",
      "meetings",
    ]) {
      const response = await fetch(`${server.url}api/${path}`);
      expect(response.status, path).toBe(503);
      expect(await response.json()).toMatchObject({ error: { code: "NEO4J_UNAVAILABLE" } });
    }
    const cypher = await fetch(`${server.url}api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "RETURN 1" }),
    });
    expect(cypher.status).toBe(503);

    local = await startLocalNeo4j({ dataDir, port, heap: "384m", pageCache: "64m" });
    const back = await fetch(`${server.url}api/search?q=lee`);
    expect(back.status).toBe(200);
  }, 180_000);
});
