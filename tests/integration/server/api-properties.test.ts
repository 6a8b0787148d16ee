// Property-based attack on the real server and Neo4j (fast-check): random and adversarial
// `/api/cypher` bodies (wrong types, huge strings, deep nesting, odd Unicode, hostile Cypher
// fragments) and query strings for every endpoint the OpenAPI document lists. Whatever comes in,
// the answer is never a 5xx, every refusal is our JSON error shape, and the graph is unchanged.
// Runs are bounded in number and time, so the file stops by itself well under a minute.
import fc from "fast-check";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../../graph-seed/loading/ingest";
import { errorBodySchema } from "../../../server/schemas/response-schemas";
import { clearGraph, graphSnapshot, neo4jTarget, testDriver } from "../../support/neo4j";
import { startApi, type TestApi } from "./api-server";

interface Parameter {
  name: string;
  in: "query" | "path";
}
type Document = {
  paths: Record<string, Record<string, { parameters: Parameter[] }>>;
};

let driver: Driver;
let api: TestApi;
let doc: Document;
let before: string[];

beforeAll(async () => {
  driver = testDriver();
  await clearGraph(driver);
  await ingest({ driver, database: neo4jTarget().database, inputs: ["graph-seed/articles"] });
  // With a write token, so a stray write would have somewhere to go; none of these requests
  // carries it.
  api = await startApi({ NEWSGRAPH_WRITE_TOKEN: "property-test-token-71c9e0" });
  doc = (await api.get<Document>("/openapi.json")).body;
  before = await graphSnapshot(driver);
});
afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

/** Each property stops at its number of runs or after 15 s, whichever comes first. */
const RUN_BUDGET = { interruptAfterTimeLimit: 15_000, markInterruptAsFailure: false };

/** The text with lone surrogates replaced, as a browser would before percent-encoding it. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDFFF]/gu, "\uFFFD");
}

/** The answer is below 500 and, when a refusal, the API's error body. */
async function expectWellFormed(response: Response, what: string): Promise<void> {
  const text = await response.text();
  expect(response.status, `${what} -> ${response.status} ${text.slice(0, 300)}`).toBeLessThan(500);
  if (response.status >= 400) {
    expect(response.headers.get("content-type"), what).toContain("application/json");
    const parsed = errorBodySchema.safeParse(JSON.parse(text));
    expect(parsed.success, `${what} -> ${text.slice(0, 300)}`).toBe(true);
  }
}

const oddText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "\u0000",
    "\uFEFF",
    "\u202E",
    "\uD800",
    "\uDFFF",
    "e\u0301",
    "💥".repeat(50),
    "%00",
    "%",
    "%E0%A4%A",
    "\r\n",
    "../../etc/passwd",
    "<script>",
    "' OR 1=1 --",
  ),
);

const HOSTILE_CYPHER = [
  "MATCH (n)",
  "RETURN n",
  "RETURN 1",
  "CREATE (x:Entity {id: 'pwned'})",
  "DETACH DELETE n",
  "SET n.name = 'x'",
  "REMOVE n:Entity",
  "MERGE (m:Article {id: 'x'})",
  "LOAD CSV FROM 'file:///etc/passwd' AS line",
  "LOAD CSV FROM 'http://127.0.0.1:1/' AS line",
  "CALL dbms.security.createUser('a', 'b')",
  "CALL db.clearQueryCaches()",
  "CALL { CREATE () } IN TRANSACTIONS",
  "FOREACH (i IN [1] | CREATE ())",
  "USE system",
  "EXPLAIN",
  "PROFILE",
  "CYPHER runtime=slotted",
  "SHOW USERS",
  "TERMINATE TRANSACTIONS 'x'",
  "DROP CONSTRAINT entity_id",
  "UNWIND range(1, 10) AS i",
  "WITH 1 AS x",
  "$p",
  "apoc.text.join",
  ";",
  "//",
  "/*",
  "*/",
  "'",
  '"',
  "`",
  "\\",
  "(",
  ")",
  "{",
  "}",
  "[",
  "]",
];

const cypherText = fc.oneof(
  fc
    .array(fc.constantFrom(...HOSTILE_CYPHER), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join(" ")),
  oddText,
  fc.constantFrom(" ", ""),
);

/**
 * How deep the generated nesting goes: as deep as an attacker would send. JSON 50,000 levels
 * deep (250 KB, under the 1 MB body limit) and parentheses 9,990 deep (the most a 20,000-character
 * query holds) must be refused with a 400 (issue 10, item 4), never overflow a stack into a 500.
 */
const MAX_NESTING = 50_000;
const MAX_PARENTHESES = 9_990;

/**
 * A request body, described small (fast-check prints the description of a failure, and a
 * value thousands deep would overflow its own printer); `bodyText` writes it out.
 */
type BodySpec =
  | { json: unknown }
  | { deep: number; asObject: boolean; where: "param" | "params" | "body" }
  | { huge: number; quoted: boolean }
  | { parens: number };

const bodySpec: fc.Arbitrary<BodySpec> = fc.oneof(
  fc
    .record(
      {
        query: cypherText,
        params: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 })),
      },
      { requiredKeys: ["query"] },
    )
    .map((json) => ({ json })),
  fc.record({
    deep: fc.integer({ min: 1, max: MAX_NESTING }),
    asObject: fc.boolean(),
    where: fc.constantFrom("param" as const, "params" as const, "body" as const),
  }),
  fc.record({ huge: fc.integer({ min: 19_000, max: 200_000 }), quoted: fc.boolean() }),
  fc.record({ parens: fc.integer({ min: 10, max: MAX_PARENTHESES }) }),
  fc
    .record({ query: fc.jsonValue({ maxDepth: 2 }), params: fc.jsonValue({ maxDepth: 2 }) })
    .map((json) => ({ json })),
  fc.jsonValue({ maxDepth: 4 }).map((json) => ({ json })),
);

function bodyText(spec: BodySpec): string {
  if ("json" in spec) return JSON.stringify(spec.json);
  if ("parens" in spec) {
    return JSON.stringify({
      query: `RETURN ${"(".repeat(spec.parens)}1${")".repeat(spec.parens)}`,
    });
  }
  if ("huge" in spec) {
    const query = spec.quoted ? `RETURN '${"y".repeat(spec.huge)}'` : "x".repeat(spec.huge);
    return JSON.stringify({ query });
  }
  const deep = spec.asObject
    ? '{"a":'.repeat(spec.deep) + "1" + "}".repeat(spec.deep)
    : "[".repeat(spec.deep) + "1" + "]".repeat(spec.deep);
  if (spec.where === "param") return `{"query":"RETURN $p AS p","params":{"p":${deep}}}`;
  if (spec.where === "params") return `{"query":"RETURN 1","params":${deep}}`;
  return deep;
}

describe("POST /api/cypher under random and adversarial bodies", () => {
  it("never answers 5xx, always in our error shape, and never changes the graph", async () => {
    await fc.assert(
      fc.asyncProperty(bodySpec, async (spec) => {
        const body = bodyText(spec);
        const response = await fetch(`${api.url}/cypher`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
        await expectWellFormed(response, `cypher ${body.slice(0, 200)}`);
      }),
      { numRuns: 60, ...RUN_BUDGET },
    );
    // Bodies that are not JSON at all, or not the JSON they claim to be.
    for (const raw of [
      "{",
      "[1,",
      "\u0000",
      "null",
      '"RETURN 1"',
      '{"query":"RETURN 1"'.repeat(3),
    ]) {
      const response = await fetch(`${api.url}/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: raw,
      });
      await expectWellFormed(response, `cypher raw ${raw.slice(0, 40)}`);
    }
    expect(await graphSnapshot(driver)).toEqual(before);
  });
});

describe("every endpoint's query string under random and adversarial values", () => {
  it("never answers 5xx, always in our error shape, and never changes the graph", async () => {
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        path,
        method,
        names: op.parameters.filter((p) => p.in === "query").map((p) => p.name),
        pathNames: op.parameters.filter((p) => p.in === "path").map((p) => p.name),
      })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(10);
    const value = fc.oneof(
      oddText,
      fc.integer().map(String),
      fc.double().map(String),
      fc.constantFrom(
        "",
        "0",
        "-1",
        "1e309",
        "NaN",
        "2020-02-30",
        "2020-01-01",
        "person:lee-in-young",
      ),
      fc.constantFrom("MET_WITH,HEADS", ",,,", "Person", "json", "gexf", "csv", "graphml"),
      fc.constant("z".repeat(5_000)),
    );
    const request = fc.record({
      operation: fc.constantFrom(...operations),
      values: fc.array(fc.tuple(fc.nat(), value, fc.boolean()), { maxLength: 6 }),
      pathValue: oddText,
      extra: fc.constantFrom("", "&&&", "&=", "&a[b]=c", "&%E0%A4%A=1", "&ids=a&ids=b"),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ operation, values, pathValue, extra }) => {
        const search = new URLSearchParams();
        for (const [index, text, unknownName] of values) {
          const name = operation.names[index % Math.max(operation.names.length, 1)];
          search.append(unknownName || name === undefined ? `x${index}` : name, text);
        }
        let path = operation.path;
        for (const name of operation.pathNames) {
          path = path.replace(`{${name}}`, encodeURIComponent(wellFormed(pathValue) || "x"));
        }
        const url = `${api.server.url}${path.slice(1)}?${search.toString()}${extra}`;
        const response = await fetch(url, {
          method: operation.method.toUpperCase(),
          headers: { "content-type": "application/json" },
          body: operation.method === "post" ? "{}" : undefined,
        });
        await expectWellFormed(response, `${operation.method} ${url.slice(0, 300)}`);
      }),
      { numRuns: 150, ...RUN_BUDGET },
    );
    expect(await graphSnapshot(driver)).toEqual(before);
  });
});
