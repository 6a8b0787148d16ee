// GET /api/export in every format, and POST /api/snapshots/import: a JSON export imported into
// an empty database gives the same graph, and only with the write token.
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf/node";
import { parse as parseGraphml } from "graphology-graphml/node";
import { unzipSync, strFromU8 } from "fflate";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  GraphSnapshot,
  RelationEvidenceResponse,
  SnapshotImportResponse,
} from "../../../contract/api";
import { ingest } from "../../../graph-seed/loading/ingest";
import { graphSnapshotSchema } from "../../../server/schemas/graph-schemas";
import { clearGraph, graphSnapshot, neo4jTarget, testDriver } from "../../support/neo4j";
import { startApi, type ErrorAnswer, type TestApi } from "./api-server";

const TOKEN = "test-write-token-0123456789";
const LEE = "person:lee-in-young";
// The seed articles, and one whose page states its address (Article.url).
const SEEDED = ["graph-seed/articles", "tests/fixtures/sourced-article"];
const SOURCED_URL = "https://coastal-ledger.example.org/2024/03/harbour-talks";

let driver: Driver;
let api: TestApi;
let readOnly: TestApi;

beforeAll(async () => {
  driver = testDriver();
  await clearGraph(driver);
  await ingest({ driver, database: neo4jTarget().database, inputs: SEEDED });
  api = await startApi({ NEWSGRAPH_WRITE_TOKEN: TOKEN });
  readOnly = await startApi();
});
afterAll(async () => {
  await api?.stop();
  await readOnly?.stop();
  await driver?.close();
});

async function download(
  path: string,
): Promise<{ status: number; type: string; disposition: string; bytes: Uint8Array }> {
  const response = await fetch(`${api.url}${path}`);
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    disposition: response.headers.get("content-disposition") ?? "",
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

async function exportJson(): Promise<GraphSnapshot> {
  const file = await download("/export?format=json");
  return JSON.parse(strFromU8(file.bytes)) as GraphSnapshot;
}

/** Nodes and edges in a fixed order, so two exports compare equal when their graphs are. */
function canonical(snapshot: GraphSnapshot) {
  return {
    nodes: [...snapshot.nodes].sort((a, b) => a.key.localeCompare(b.key)),
    edges: [...snapshot.edges]
      .map((e) => ({
        ...e,
        attributes: {
          ...e.attributes,
          evidence: [...(e.attributes.evidence ?? [])].sort((a, b) => a.id.localeCompare(b.id)),
        },
      }))
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}

describe("GET /api/export", () => {
  it("writes graphology JSON that graph.import reads, with every entity, relation and its evidence", async () => {
    const file = await download("/export?format=json");
    expect(file.status).toBe(200);
    expect(file.type).toContain("application/json");
    expect(file.disposition).toMatch(/attachment; filename="newsgraph-graph\.json"/);
    const snapshot = graphSnapshotSchema.parse(JSON.parse(strFromU8(file.bytes)));
    const graph = new Graph({ multi: true, type: "mixed" });
    graph.import(snapshot);
    const counts = await driver.executeQuery(
      "MATCH (e:Entity) WITH count(e) AS n MATCH (:Entity)-[r]->(:Entity) RETURN n, count(r) AS m",
    );
    expect(graph.order).toBe(Number(counts.records[0]!.get("n")));
    expect(graph.size).toBe(Number(counts.records[0]!.get("m")));
    const meeting = snapshot.edges.find(
      (e) => e.attributes.type === "MET_WITH" && e.attributes.date === "2020-08-18",
    );
    expect(meeting?.attributes.evidence).toHaveLength(2);
  });

  it("writes GEXF that graphology-gexf parses into the same nodes and edges", async () => {
    const json = await exportJson();
    const file = await download("/export?format=gexf");
    expect(file.type).toContain("application/gexf+xml");
    const graph = parseGexf(Graph, strFromU8(file.bytes), { addMissingNodes: false });
    expect(graph.order).toBe(json.nodes.length);
    expect(graph.size).toBe(json.edges.length);
    expect(graph.getNodeAttributes(LEE)).toMatchObject({
      label: "Lee In-young",
      kind: "Person",
      degree: 2,
    });
    expect(graph.getNodeAttribute(LEE, "aliases")).toContain("Lee");
    const meeting = graph.findEdge((_e, a) => a.relation === "MET_WITH" && a.date === "2020-08-18");
    expect(meeting).toBeDefined();
    expect(graph.isUndirected(meeting!)).toBe(true);
  });

  it("writes GraphML that graphology-graphml parses into the same nodes and edges", async () => {
    const json = await exportJson();
    const file = await download("/export?format=graphml");
    expect(file.type).toContain("application/graphml+xml");
    const graph = parseGraphml(Graph, strFromU8(file.bytes));
    expect(graph.order).toBe(json.nodes.length);
    expect(graph.size).toBe(json.edges.length);
    expect(graph.getNodeAttributes(LEE)).toMatchObject({
      label: "Lee In-young",
      kind: "Person",
      degree: 2,
    });
  });

  it("writes a zip of nodes.csv and edges.csv", async () => {
    const json = await exportJson();
    const file = await download("/export?format=csv");
    expect(file.type).toContain("application/zip");
    const files = unzipSync(file.bytes);
    expect(Object.keys(files).sort()).toEqual(["edges.csv", "nodes.csv"]);
    const nodes = strFromU8(files["nodes.csv"]!).trim().split("\r\n");
    const edges = strFromU8(files["edges.csv"]!).trim().split("\r\n");
    // The UTF-8 byte-order mark Excel needs (TextDecoder drops it, so it is checked as bytes).
    for (const name of ["nodes.csv", "edges.csv"]) {
      expect([...files[name]!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    expect(nodes[0]).toBe("Id,Label,kind,degree,aliases,titles");
    expect(nodes).toHaveLength(json.nodes.length + 1);
    expect(edges).toHaveLength(json.edges.length + 1);
    expect(nodes.find((l) => l.startsWith(`${LEE},`))).toContain("Lee In-young,Person,2,");
  });

  it("exports a neighbourhood with the same filters as the neighbourhood endpoint", async () => {
    const file = await download(`/export?format=json&ids=${LEE}&rel=MET_WITH`);
    const snapshot = JSON.parse(strFromU8(file.bytes)) as GraphSnapshot;
    expect(snapshot.nodes.map((n) => n.key).sort()).toEqual(["person:harry-harris", LEE]);
    expect(snapshot.edges).toHaveLength(1);
    expect(file.disposition).toContain("newsgraph-neighborhood.json");
  });

  it("keeps the neighbourhood's truncated and hiddenRelations, as the endpoint says them", async () => {
    const query = `ids=${LEE}&limit=2`;
    const { body } = await api.get<GraphSnapshot>(`/graph/neighborhood?${query}`);
    const file = await download(`/export?format=json&${query}`);
    const snapshot = JSON.parse(strFromU8(file.bytes)) as GraphSnapshot;
    expect(body.attributes).toMatchObject({ truncated: true });
    expect(snapshot.attributes).toMatchObject({
      truncated: body.attributes.truncated,
      hiddenRelations: body.attributes.hiddenRelations,
    });
    const gexf = strFromU8((await download(`/export?format=gexf&${query}`)).bytes);
    expect(gexf).toContain(
      `truncated: true; hiddenRelations: ${String(body.attributes.hiddenRelations)}`,
    );
  });

  it("answers 400 for an unknown format, naming the parameter", async () => {
    const { status, body } = await api.get<ErrorAnswer>("/export?format=pdf");
    expect(status).toBe(400);
    expect(body.error.message).toContain("'format'");
  });
});

describe("POST /api/snapshots/import", () => {
  it("refuses without the token, and refuses all writes when the server has none; nothing is written", async () => {
    const snapshot = await exportJson();
    await clearGraph(driver);
    const before = await graphSnapshot(driver);

    const noToken = await api.post<ErrorAnswer>("/snapshots/import", snapshot);
    expect(noToken.status).toBe(401);
    expect(noToken.body.error.code).toBe("UNAUTHORIZED");
    const wrong = await api.post<ErrorAnswer>("/snapshots/import", snapshot, {
      authorization: "Bearer nope",
    });
    expect(wrong.status).toBe(401);
    const disabled = await readOnly.post<ErrorAnswer>("/snapshots/import", snapshot, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(disabled.status).toBe(403);
    expect(disabled.body.error.code).toBe("WRITES_DISABLED");

    expect(await graphSnapshot(driver)).toEqual(before);
    await ingest({ driver, database: neo4jTarget().database, inputs: SEEDED });
  });

  it("round-trips: export, import into an empty database, export again gives the same graph", async () => {
    const exported = await exportJson();
    await clearGraph(driver);
    expect((await exportJson()).nodes).toEqual([]);

    const { status, body } = await api.post<SnapshotImportResponse>("/snapshots/import", exported, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ nodes: exported.nodes.length, edges: exported.edges.length });
    expect(body.evidence).toBeGreaterThan(0);

    expect(canonical(await exportJson())).toEqual(canonical(exported));
    // The article's address travels with its evidence, out and back in.
    const urls = exported.edges.flatMap((e) => e.attributes.evidence!.map((v) => v.article.url));
    expect(urls).toContain(SOURCED_URL);

    // Evidence came back with the relations: the meeting's sentences are there again.
    const meeting = exported.edges.find(
      (e) => e.attributes.type === "MET_WITH" && e.attributes.date === "2020-08-18",
    )!;
    const evidence = await api.get<RelationEvidenceResponse>(`/relations/${meeting.key}/evidence`);
    expect(evidence.body.evidence.map((e) => e.sentence).sort()).toEqual(
      meeting.attributes.evidence!.map((e) => e.sentence).sort(),
    );

    // Importing the same snapshot again changes nothing.
    const once = await graphSnapshot(driver);
    await api.post("/snapshots/import", exported, { authorization: `Bearer ${TOKEN}` });
    expect(await graphSnapshot(driver)).toEqual(once);
  });

  it("answers 400 for an edge whose end is not in the snapshot, or a bad kind, and writes nothing", async () => {
    const before = await graphSnapshot(driver);
    const dangling = {
      attributes: {},
      options: { type: "mixed", multi: true, allowSelfLoops: false },
      nodes: [
        {
          key: "person:a",
          attributes: { label: "A", kind: "Person", degree: 1, aliases: [], titles: [] },
        },
      ],
      edges: [
        {
          key: "met_with:x",
          source: "person:a",
          target: "person:b",
          attributes: { type: "MET_WITH", confidence: 0.5, evidenceCount: 0 },
        },
      ],
    };
    const auth = { authorization: `Bearer ${TOKEN}` };
    const bad = await api.post<ErrorAnswer>("/snapshots/import", dangling, auth);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("edges.0.target");
    const kind = await api.post<ErrorAnswer>(
      "/snapshots/import",
      {
        ...dangling,
        edges: [],
        nodes: [{ key: "x", attributes: { ...dangling.nodes[0]!.attributes, kind: "Planet" } }],
      },
      auth,
    );
    expect(kind.status).toBe(400);
    expect(kind.body.error.message).toContain("nodes.attributes.kind");
    expect(await graphSnapshot(driver)).toEqual(before);
  });
});
