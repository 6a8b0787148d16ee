// POST /api/cypher under the requests of issue 10 that once froze, flooded or crashed it: each
// is answered within the deadline + 2 s, in our JSON shape, while health and search keep
// answering from other connections; Neo4j is up afterwards and the graph is unchanged. Plus
// the per-client cap (429) and a client that goes away (its transaction is terminated).
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CypherResponse } from "../../../contract/api";
import { CYPHER_ATTACKS, deepParamsBody } from "../../../bench/cypher-attacks";
import { errorBodySchema } from "../../../server/schemas/response-schemas";
import { graphSnapshot, neo4jTarget } from "../../support/neo4j";
import { startApi, startSeededApi, type TestApi } from "./api-server";

const TIMEOUT_MS = 3_000;
const MAX_BYTES = 2_000_000;
/** Runs until its deadline, stopping whenever Neo4j asks (a row at a time). */
const SLOW_QUERY = "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN x";

let driver: Driver;
let api: TestApi;
let before: string[];

beforeAll(async () => {
  ({ driver, api, before } = await startSeededApi({
    CYPHER_TIMEOUT_MS: String(TIMEOUT_MS),
    CYPHER_MAX_BYTES: String(MAX_BYTES),
  }));
});
afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

/** The slowest answers to the probes sent one after the other until `done`. */
interface Probes {
  /** Served by the API alone: an event loop held up by anything shows here. */
  app: number;
  /** Served from Neo4j too: slowed as well by what Neo4j is doing for others. */
  data: number;
}

/** Probes the API doc (no Neo4j), health and search, one after the other, until `done`. */
async function slowestProbes(done: () => boolean): Promise<Probes> {
  const slowest: Probes = { app: 0, data: 0 };
  const paths = [
    ["/openapi.json", "app"],
    ["/health", "data"],
    ["/search?q=Lee", "data"],
  ] as const;
  while (!done()) {
    for (const [path, kind] of paths) {
      const started = performance.now();
      const answer = await fetch(`${api.url}${path}`);
      await answer.arrayBuffer();
      expect(answer.status).toBe(200);
      slowest[kind] = Math.max(slowest[kind], performance.now() - started);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return slowest;
}

/** Ids of the API's transactions of SLOW_QUERY that Neo4j is running. */
async function apiTransactions(): Promise<string[]> {
  const result = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId, metaData, currentQuery
     WHERE metaData.app = 'newsgraph' AND currentQuery CONTAINS $slow
     RETURN collect(transactionId) AS ids`,
    { slow: SLOW_QUERY },
    { database: neo4jTarget().database },
  );
  return result.records[0]?.get("ids") as string[];
}

async function until(check: () => Promise<boolean>, withinMs: number): Promise<boolean> {
  const end = performance.now() + withinMs;
  while (performance.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe("POST /api/cypher: bounds on what comes in and goes out", () => {
  it("refuses params nested deeper than 32 levels with 400 BAD_REQUEST", async () => {
    type Refusal = { error: { code: string; message: string } };
    const deep = await api.post<Refusal>("/cypher", deepParamsBody(33));
    expect(deep.status).toBe(400);
    expect(deep.body.error.message).toMatch(/params.*nested deeper than 32/);
    expect((await api.post("/cypher", deepParamsBody(31))).status).toBe(200);
  });

  it("answers 422 RESULT_TOO_LARGE when the first row alone exceeds the byte budget", async () => {
    // 300,000 ten-character strings: over 3 MB of JSON in one row, against a 2 MB budget.
    const { status, body } = await api.post<{ error: { code: string } }>("/cypher", {
      query: "RETURN [x IN range(1, 300000) | 'xxxxxxxxxx'] AS r",
    });
    // On a loaded machine Neo4j may not even send the row within the 3 s deadline.
    expect([422, 504]).toContain(status);
    expect(body.error.code).toMatch(/^(RESULT_TOO_LARGE|QUERY_TIMEOUT)$/);
  });
});

describe("POST /api/cypher: queries nested deeper than Neo4j's parser can go", () => {
  type Refusal = { error: { code: string; message: string } };
  it.each([
    ["500 nested parentheses", `RETURN ${"(".repeat(500)}1${")".repeat(500)} AS n`],
    ["200 nested CASE", `RETURN ${"CASE WHEN true THEN ".repeat(200)}1${" END".repeat(200)}`],
    ["3,000 NOTs", `RETURN ${"NOT ".repeat(3_000)}true AS n`],
    ["9,000 unclosed brackets", `RETURN ${"[".repeat(9_000)}`],
    ["a chain of 5,000 property lookups", `RETURN {}${".a".repeat(5_000)} AS n`],
  ])("refuses %s with 400 'too deeply nested' before it reaches Neo4j", async (_name, query) => {
    const { status, body } = await api.post<Refusal>("/cypher", { query });
    expect(status).toBe(400);
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.message).toMatch(/too deeply nested: \d+ levels.*at most 100/);
  });

  it("answers a query nested 100 deep, the most accepted, and the next queries", async () => {
    const query = `RETURN ${"(".repeat(99)}7${")".repeat(99)} AS n`;
    const most = await api.post<CypherResponse>("/cypher", { query });
    expect(most.status, "a query nested 100 deep, the most accepted").toBe(200);
    expect(most.body.rows).toEqual([[7]]);
    for (let i = 0; i < 3; i++) {
      const next = await api.post<CypherResponse>("/cypher", { query: `RETURN ${i} AS i` });
      expect(next.status).toBe(200);
      expect(next.body.rows).toEqual([[i]]);
    }
  });
});

describe("POST /api/cypher: one client's share", () => {
  it("answers 429 with Retry-After beyond 4 queries at once from one client", async () => {
    // Six at once: the first four to arrive hold their slots until the 3 s deadline.
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        api.post<{ error: { code: string } }>("/cypher", { query: SLOW_QUERY }),
      ),
    );
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(2);
    for (const answer of refused) {
      expect(answer.body.error.code).toBe("TOO_MANY_REQUESTS");
      expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(answers.filter((a) => a.status === 504)).toHaveLength(4);
    // The four workers that ran past the deadline are ended and replaced; on a loaded machine
    // a new one takes longer to load than the 3 s deadline, so the API has 30 s to recover.
    const recovered = await until(
      async () => (await api.post("/cypher", { query: "RETURN 1 AS one" })).status === 200,
      30_000,
    );
    expect(recovered).toBe(true);
  });
});

describe("POST /api/cypher: a client that goes away", () => {
  it("has its query's transaction terminated in Neo4j soon after", async () => {
    const patient = await startApi({ CYPHER_TIMEOUT_MS: "60000" });
    try {
      const client = new AbortController();
      const request = fetch(`${patient.url}/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: SLOW_QUERY }),
        signal: client.signal,
      }).catch((error: unknown) => error);
      const running = await until(async () => (await apiTransactions()).length > 0, 10_000);
      expect(running).toBe(true);
      client.abort();
      await request;
      const gone = await until(async () => (await apiTransactions()).length === 0, 3_000);
      expect(gone).toBe(true);
    } finally {
      await patient.stop();
    }
  });
});

describe("POST /api/cypher under the requests that once took the service down", () => {
  for (const attack of CYPHER_ATTACKS) {
    it(`answers '${attack.name}' in time, in our shape, while the rest of the API answers`, async () => {
      // The API's own answers must stay quick: a blocked event loop (issue 10) holds them
      // for seconds. The bound is 500 ms on top of twice what they take with nothing else
      // running, since on a loaded machine (CI, shared cores) any work at all slows them.
      // Answers that need Neo4j share its two cores with the attack (a search took 1.2 s
      // during the 20M-element list on CI): they must come back whole, and within the
      // deadline any query is held to.
      let idle = false;
      setTimeout(() => (idle = true), 1_000);
      const baseline = await slowestProbes(() => idle);
      let answered = false;
      const probes = slowestProbes(() => answered);
      const started = performance.now();
      const answer = await api.post<unknown>("/cypher", attack.body);
      const took = performance.now() - started;
      answered = true;
      expect(took).toBeLessThan(TIMEOUT_MS + 2_000);
      const slowest = await probes;
      expect(slowest.app).toBeLessThan(500 + 2 * baseline.app);
      expect(slowest.data).toBeLessThan(TIMEOUT_MS);
      if (answer.status === 200) {
        // Many rows that each fit: as many as the byte budget holds, and it says so.
        const body = answer.body as CypherResponse;
        expect(body.truncated).toBe("bytes");
        expect(JSON.stringify(body.rows).length).toBeLessThanOrEqual(MAX_BYTES);
        expect(body.rows.length).toBeGreaterThan(0);
      } else {
        expect([400, 403, 413, 422, 504], JSON.stringify(answer.body)).toContain(answer.status);
        errorBodySchema.parse(answer.body);
      }
      const neo4jUp = await driver.executeQuery("RETURN 1 AS one");
      expect(neo4jUp.records).toHaveLength(1);
      expect(await graphSnapshot(driver)).toEqual(before);
    });
  }
});
