// POST /api/cypher: read-only by construction. Every refusal leaves the graph as it was and the
// server answering; reads come back as rows (driver types made plain) and as a graph.
import Graph from "graphology";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CypherResponse, HealthResponse } from "../../../contract/api";
import { cypherResponseSchema, errorBodySchema } from "../../../server/schemas/response-schemas";
import { graphSnapshot } from "../../support/neo4j";
import { startApi, startSeededApi, type ErrorAnswer, type TestApi } from "./api-server";

let driver: Driver;
let api: TestApi;
let before: string[];

beforeAll(async () => {
  ({ driver, api, before } = await startSeededApi({
    CYPHER_MAX_ROWS: "100",
  }));
});
afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

const cypher = <T = CypherResponse>(query: string, params?: Record<string, unknown>) =>
  api.post<T>("/cypher", { query, params });

async function expectUnchangedAndResponsive(): Promise<void> {
  expect(await graphSnapshot(driver)).toEqual(before);
  const health = await api.get<HealthResponse>("/health");
  expect(health.status).toBe(200);
  const read = await cypher("MATCH (e:Entity) RETURN count(e) AS n");
  expect(read.status).toBe(200);
}

describe("POST /api/cypher reads", () => {
  it("answers rows and the graph of the nodes and relationships returned", async () => {
    const { status, body } = await cypher(
      "MATCH (a:Person {name: 'Lee In-young'})-[r:MET_WITH]-(b) RETURN a, r, b, r.date AS date, a.aliases AS aliases",
    );
    expect(status).toBe(200);
    cypherResponseSchema.parse(body);
    expect(body.columns).toEqual(["a", "r", "b", "date", "aliases"]);
    expect(body.rows).toHaveLength(1);
    const [a, r, , date] = body.rows[0]!;
    expect(a).toMatchObject({ $type: "node", labels: expect.arrayContaining(["Person"]) });
    expect(r).toMatchObject({ $type: "relationship", type: "MET_WITH" });
    expect(date).toBe("2020-08-18");
    const graph = new Graph({ multi: true, type: "mixed" });
    graph.import(body.graph);
    expect(graph.nodes().sort()).toEqual(["person:harry-harris", "person:lee-in-young"]);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes(graph.edges()[0]!)).toMatchObject({
      type: "MET_WITH",
      date: "2020-08-18",
    });
  });

  it("converts integers, paths and temporal values, and takes parameters", async () => {
    const { body } = await cypher(
      "MATCH p = (:Person {id: $id})-[:HEADS]->(o) RETURN p, length(p) AS hops, $n + 1 AS next, date('2020-01-02') AS d",
      { id: "person:lee-in-young", n: 41 },
    );
    const [path, hops, next, d] = body.rows[0]!;
    expect(hops).toBe(1);
    expect(next).toBe(42);
    expect(d).toBe("2020-01-02");
    expect(path).toMatchObject({ $type: "path", nodes: [{ $type: "node" }, { $type: "node" }] });
    expect(body.graph.nodes.map((n) => n.key).sort()).toEqual([
      "organization:ministry-of-unification",
      "person:lee-in-young",
    ]);
  });

  it("puts the end nodes of returned relations in the graph, and counts what is not knowledge", async () => {
    const { body } = await cypher(
      "MATCH (a:Article)-[m:MENTIONS]->(e)-[r:REPRESENTS]->() RETURN a, m, r",
    );
    expect(body.graph.edges).toHaveLength(1);
    expect(body.graph.nodes.map((n) => n.key).sort()).toEqual([
      "country:united-states",
      "person:harry-harris",
    ]);
    expect(body.outsideGraph?.nodes).toBeGreaterThan(0);
    expect(body.outsideGraph?.relationships).toBeGreaterThan(0);
  });

  it("cuts rows at the cap and says so", async () => {
    const { status, body } = await cypher("UNWIND range(1, 100000) AS x RETURN x");
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(100);
    expect(body.truncated).toBe("rows");
  });

  it("allows an allow-listed procedure and a trailing semicolon", async () => {
    const { status, body } = await cypher(
      "CALL db.labels() YIELD label RETURN label ORDER BY label;",
    );
    expect(status).toBe(200);
    expect(body.rows.flat()).toEqual(expect.arrayContaining(["Article", "Entity", "Person"]));
  });

  it("does not mistake a semicolon or a keyword inside a string or comment for a statement", async () => {
    const { status, body } = await cypher("RETURN 'a; CREATE (n)' AS s // ; DELETE n");
    expect(status).toBe(200);
    expect(body.rows).toEqual([["a; CREATE (n)"]]);
  });
});

describe("POST /api/cypher refusals leave the database unchanged and the server responsive", () => {
  const refused: [string, string][] = [
    ["CREATE", "CREATE (n:Entity {id: 'x'}) RETURN n"],
    ["MERGE", "MERGE (n:Entity {id: 'person:lee-in-young'}) ON MATCH SET n.name = 'x' RETURN n"],
    ["SET", "MATCH (n:Entity) SET n.name = 'hacked' RETURN n"],
    ["DELETE", "MATCH (n:Evidence) DELETE n"],
    ["DETACH DELETE", "MATCH (n) DETACH DELETE n"],
    ["REMOVE", "MATCH (n:Person) REMOVE n:Person RETURN n"],
    ["LOAD CSV over http", "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS line RETURN line"],
    ["LOAD CSV from a file", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    ["a write procedure", "CALL db.createLabel('Injected')"],
    ["a procedure off the allow-list", "CALL dbms.listConfig() YIELD name RETURN name"],
    ["a cache procedure", "CALL db.clearQueryCaches()"],
    ["CALL IN TRANSACTIONS", "UNWIND [1] AS x CALL (x) { RETURN x AS y } IN TRANSACTIONS RETURN y"],
    ["SHOW", "SHOW TRANSACTIONS"],
    ["TERMINATE", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
    ["two statements", "MATCH (n) RETURN n; MATCH (n) DETACH DELETE n"],
    ["a PROFILE prefix", "PROFILE MATCH (n) DETACH DELETE n"],
    ["an EXPLAIN prefix", "EXPLAIN MATCH (n) RETURN n"],
    ["a prefix behind comments", "/* read */ // only\n PROFILE MATCH (n) RETURN n"],
    ["a CYPHER prefix", "CYPHER runtime=slotted MATCH (n) SET n.x = 1"],
    ["USE", "USE system SHOW USERS"],
    ["a write behind a comment", "MATCH (n) /* RETURN n */ SET n.x = 1 RETURN n"],
    [
      "a write in a string-escaped disguise",
      "MATCH (n) WITH n, '\\u0027' AS q SET n.q = q RETURN n",
    ],
    ["a write in a subquery", "MATCH (n:Person) CALL (n) { SET n.x = 1 } RETURN count(*)"],
    ["FOREACH", "MATCH (n) FOREACH (i IN [1] | SET n.x = i)"],
  ];

  it.each(refused)("refuses %s", async (_name, query) => {
    const { status, body } = await cypher<ErrorAnswer>(query);
    expect([400, 403]).toContain(status);
    errorBodySchema.parse(body);
    if (status === 403) expect(body.error.code).toBe("QUERY_REFUSED");
    await expectUnchangedAndResponsive();
  });

  it("stops a runaway cartesian query at the server's timeout", async () => {
    const { status, body } = await cypher<ErrorAnswer>(
      "MATCH (a), (b), (c), (d), (e), (f), (g) WHERE a <> b AND c <> d RETURN count(*)",
    );
    expect(status).toBe(504);
    expect(body.error.code).toBe("QUERY_TIMEOUT");
    await expectUnchangedAndResponsive();
  });

  it("answers a syntax error with 400, Neo4j's message and the position in the user's text", async () => {
    const query = "MATCH (n:Person)\nWHERE n.name = 'x'\nRETURN n ORDER BY";
    const { status, body } = await cypher<ErrorAnswer>(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe("CYPHER_SYNTAX");
    expect(body.error.message).toMatch(/Invalid input|expected/i);
    expect(body.error.position?.line).toBe(3);
    const first = await cypher<ErrorAnswer>("MATCH (n RETURN n");
    expect(first.body.error.position).toEqual({ offset: 9, line: 1, column: 10 });
    expect(first.body.error.message).toContain("(line 1, column 10 (offset: 9))");
  });

  it("answers 400 for a missing parameter and for a body without a query", async () => {
    const missing = await cypher<ErrorAnswer>("RETURN $nope AS x");
    expect(missing.status).toBe(400);
    const noQuery = await api.post<ErrorAnswer>("/cypher", { params: {} });
    expect(noQuery.status).toBe(400);
    expect(noQuery.body.error.message).toContain("'query'");
  });
});

/** The cancellation test's query; its alias tells its transaction from any other's. */
const ABANDONED =
  "MATCH (a), (b), (c), (d), (e), (f), (g), (h) WHERE a <> b AND c <> d RETURN count(*) AS abandoned";

describe("POST /api/cypher cancellation", () => {
  it("stops the query in Neo4j when the client goes away", async () => {
    const patient = await startApi({ CYPHER_TIMEOUT_MS: "300000" });
    try {
      const controller = new AbortController();
      const request = fetch(`${patient.url}/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: ABANDONED }),
        signal: controller.signal,
      }).catch(() => null);
      expect(await waitFor(async () => (await runningAbandoned()) > 0)).toBe(true);
      controller.abort();
      await request;
      // Without cancellation it would run for the full five minutes (or to its end, hours away).
      expect(await waitFor(async () => (await runningAbandoned()) === 0)).toBe(true);
    } finally {
      await patient.stop();
    }
  });
});

/**
 * The API's transactions running ABANDONED. Only those: the earlier test's runaway query, ended
 * at its deadline, may still be winding down in Neo4j on a loaded machine.
 */
async function runningAbandoned(): Promise<number> {
  const result = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD metaData, currentQuery
     WHERE metaData.app = 'newsgraph' AND currentQuery CONTAINS $query RETURN count(*) AS n`,
    { query: ABANDONED },
  );
  return Number(result.records[0]?.get("n"));
}

/** Polls until `check` holds (true) or about 25 s have passed (false). */
async function waitFor(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}
