// The app's answers that need no database: validation, malformed input and unknown paths all
// get a JSON error with a code, never a 500 or a stack trace.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../server/app";
import { loadSettings } from "../../../settings/settings";
import { createLogger } from "../../../server/logger";
import { CypherWorkers } from "../../../server/services/cypher/cypher-workers";

let server: Server;
let base: string;

beforeAll(async () => {
  // No handler below reaches the driver: each request is refused before it would.
  const app = createApp({
    neo4j: { driver: {} as Driver },
    settings: loadSettings({}).server,
    cypherWorkers: new CypherWorkers({ uri: "bolt://127.0.0.1:1", username: "", password: "" }),
    logger: createLogger("silent"),
    version: "test",
    clientDir: "/nonexistent",
  });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function call(path: string, init?: RequestInit) {
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    text,
    body: JSON.parse(text) as { error: { code: string; message: string } },
  };
}

const post = (path: string, body: string) =>
  call(path, { method: "POST", headers: { "content-type": "application/json" }, body });

describe("request validation and malformed input", () => {
  it.each([
    ["/search", "q"],
    ["/search?q=x&limit=0", "limit"],
    ["/graph/neighborhood?ids=a&depth=0", "depth"],
    ["/graph/paths?from=a", "to"],
    ["/meetings?from=2020-1-1", "from"],
    ["/export?format=xls", "format"],
    ["/entities/a?limit=-1", "limit"],
  ])("answers 400 for %s naming '%s'", async (path, name) => {
    const { status, body } = await call(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.message).toContain(`'${name}'`);
  });

  it("answers 400 for a path with broken percent-encoding", async () => {
    const { status, body } = await call("/entities/%E0%A4%A");
    expect(status).toBe(400);
    expect(body.error.code).toBe("BAD_REQUEST");
  });

  it("answers 400 for a Cypher body that is not an object with a query", async () => {
    for (const body of ["[1,2]", '{"query": 5}', '{"query": "RETURN 1", "params": [1]}', "{oops"]) {
      const answer = await post("/cypher", body);
      expect(answer.status, body).toBe(400);
      expect(answer.text).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
  });

  it("refuses several statements before asking Neo4j anything", async () => {
    const { status, body } = await post("/cypher", JSON.stringify({ query: "RETURN 1; RETURN 2" }));
    expect(status).toBe(403);
    expect(body.error.code).toBe("QUERY_REFUSED");
  });

  it("refuses writes when no write token is configured", async () => {
    const { status, body } = await post("/snapshots/import", "{}");
    expect(status).toBe(403);
    expect(body.error.code).toBe("WRITES_DISABLED");
  });

  it("answers 404 for an unknown API path", async () => {
    const { status, body } = await call("/graph/nowhere");
    expect(status).toBe(404);
    expect(body.error.code).toBe("NOT_FOUND");
  });
});
