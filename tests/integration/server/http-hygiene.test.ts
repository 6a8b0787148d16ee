// HTTP hygiene against the real server and Neo4j: security headers on every answer, the Host
// check that stops DNS rebinding, and logs that never hold the write token or cookies.
import { request } from "node:http";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings } from "../../../settings/settings";
import { createLogger } from "../../../server/logger";
import { start, type RunningServer } from "../../../server/server";
import { neo4jTarget } from "../../support/neo4j";

const TOKEN = "hygiene-write-token-5f0c2a9e77";

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET with a `Host` header of our choosing (fetch would set its own). */
function rawGet(server: RunningServer, path: string, host: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port: server.port, path, method: "GET", headers: { host } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

let server: RunningServer;
let extended: RunningServer;
const logLines: string[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString("utf8"));
      done();
    },
  });
  server = await start({
    settings: loadSettings({ PORT: "0", HOST: "127.0.0.1", NEWSGRAPH_WRITE_TOKEN: TOKEN }).server,
    logger: createLogger("debug", sink),
    neo4j: neo4jTarget(),
  });
  extended = await start({
    settings: loadSettings({
      PORT: "0",
      HOST: "127.0.0.1",
      ALLOWED_HOSTS: "graph.example.org, 10.1.2.3",
    }).server,
    logger: createLogger("silent"),
    neo4j: neo4jTarget(),
  });
});
afterAll(async () => {
  await server?.stop();
  await extended?.stop();
});

describe("security headers", () => {
  it.each(["/api/health", "/", "/api/no-such-thing"])(
    "sends the CSP, nosniff, frame and referrer headers on %s",
    async (path) => {
      const answer = await rawGet(server, path, `127.0.0.1:${server.port}`);
      const csp = String(answer.headers["content-security-policy"]);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain("upgrade-insecure-requests");
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
      expect(answer.headers["x-frame-options"]).toBe("DENY");
      expect(answer.headers["referrer-policy"]).toBe("no-referrer");
      expect(answer.headers["x-powered-by"]).toBeUndefined();
    },
  );
});

describe("the Host check", () => {
  it.each(["localhost", "127.0.0.1", "[::1]", "LOCALHOST."])(
    "answers requests for %s (with the port)",
    async (name) => {
      const answer = await rawGet(server, "/api/health", `${name}:${server.port}`);
      expect(answer.status).toBe(200);
    },
  );

  it.each(["evil.example", "evil.example:80", "127.0.0.1.evil.example", "localhost@evil"])(
    "refuses Host '%s' with 421 HOST_NOT_ALLOWED in the API's JSON shape",
    async (host) => {
      for (const path of ["/api/health", "/api/search?q=lee", "/"]) {
        const answer = await rawGet(server, path, host);
        expect(answer.status, path).toBe(421);
        expect(answer.headers["content-type"]).toContain("application/json");
        const body = JSON.parse(answer.body) as { error: { code: string; message: string } };
        expect(body.error.code).toBe("HOST_NOT_ALLOWED");
        expect(body.error.message).toContain("ALLOWED_HOSTS");
      }
    },
  );

  it("refuses a DNS-rebinding POST to /api/cypher before it reaches Neo4j", async () => {
    const answer = await new Promise<RawAnswer>((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          port: server.port,
          path: "/api/cypher",
          method: "POST",
          headers: { host: "evil.example", "content-type": "application/json" },
        },
        (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on("error", reject);
      req.end(JSON.stringify({ query: "MATCH (n) RETURN count(n) AS n" }));
    });
    expect(answer.status).toBe(421);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "HOST_NOT_ALLOWED" } });
  });

  it("answers the names in ALLOWED_HOSTS too, and still refuses others", async () => {
    expect((await rawGet(extended, "/api/health", "graph.example.org")).status).toBe(200);
    expect((await rawGet(extended, "/api/health", "10.1.2.3:8080")).status).toBe(200);
    expect((await rawGet(extended, "/api/health", "localhost")).status).toBe(200);
    expect((await rawGet(extended, "/api/health", "evil.example")).status).toBe(421);
  });
});

describe("requests Node's HTTP parser refuses", () => {
  it("answers a URL beyond 16 KB with 431 HEADERS_TOO_LARGE in the API's JSON shape", async () => {
    const answer = await rawGet(server, `/api/search?q=${"q".repeat(20_000)}`, "127.0.0.1");
    expect(answer.status).toBe(431);
    expect(answer.headers["content-type"]).toContain("application/json");
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "HEADERS_TOO_LARGE" } });
  });
});

describe("request logs", () => {
  it("never hold the write token or cookies, of refused or accepted imports", async () => {
    const importUrl = `${server.url}api/snapshots/import`;
    const empty = {
      attributes: {},
      options: { type: "mixed", multi: true, allowSelfLoops: true },
      nodes: [],
      edges: [],
    };
    const send = (authorization: string, body: unknown) =>
      fetch(importUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization,
          cookie: `session=${TOKEN}-cookie`,
        },
        body: JSON.stringify(body),
      });
    expect((await send(`Bearer ${TOKEN}x`, empty)).status).toBe(401);
    expect((await send(`Bearer ${TOKEN}`, { nodes: "not a list" })).status).toBe(400);
    expect((await send(`Bearer ${TOKEN}`, empty)).status).toBe(200);

    const log = logLines.join("");
    // The requests were logged, with their headers, and the secrets replaced.
    expect(log).toContain("/api/snapshots/import");
    expect(log.match(/"authorization":"\[redacted\]"/g)?.length).toBeGreaterThanOrEqual(3);
    expect(log).toContain('"cookie":"[redacted]"');
    expect(log).not.toContain(TOKEN);
  });

  it("give a refused request one warn line with its code and message, without a stack", async () => {
    const probe = "/api/search?q=log-probe&limit=0";
    expect((await fetch(`${server.url}${probe.slice(1)}`)).status).toBe(400);
    await expect.poll(() => logLines.filter((l) => l.includes("log-probe")).length).toBe(1);
    const line = logLines.find((l) => l.includes("log-probe"))!;
    const entry = JSON.parse(line) as {
      level: number;
      refusal?: { code: string; message: string };
    };
    expect(entry.level).toBe(40);
    expect(entry.refusal?.code).toBe("BAD_REQUEST");
    expect(entry.refusal?.message).toContain("'limit'");
    expect(line).not.toContain('"stack"');
    expect(line).not.toContain("    at ");
  });
});
