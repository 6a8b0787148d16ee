// POST /api/snapshots/import cannot corrupt the graph: every snapshot that would steal evidence,
// reuse a relation id, change an entity's kind, carry an invalid date, repeat an id or exceed a
// size limit is refused with a 400 listing its problems, and the graph is left exactly as it was
// (compared node by node, relationship by relationship). Valid imports are idempotent and an
// import cut short is finished by sending the same snapshot again.
import { strFromU8 } from "fflate";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GraphSnapshot, SnapshotImportResponse } from "../../../contract/api";
import { ingest } from "../../../graph-seed/loading/ingest";
import { clearGraph, graphSnapshot, neo4jTarget, testDriver } from "../../support/neo4j";
import { startApi, type ErrorAnswer, type TestApi } from "./api-server";

const TOKEN = "import-safety-token-8d1e4b";
const AUTH = { authorization: `Bearer ${TOKEN}` };

let driver: Driver;
let api: TestApi;
let seeded: GraphSnapshot;
let seededGraph: string[];

type Edge = GraphSnapshot["edges"][number];
type Node = GraphSnapshot["nodes"][number];

async function exportJson(): Promise<GraphSnapshot> {
  const response = await fetch(`${api.url}/export?format=json`);
  return JSON.parse(strFromU8(new Uint8Array(await response.arrayBuffer()))) as GraphSnapshot;
}

const copy = <T>(value: T): T => structuredClone(value);

function snapshotOf(nodes: Node[], edges: Edge[]): GraphSnapshot {
  return { ...copy(seeded), nodes: copy(nodes), edges: copy(edges) };
}

/** An edge with evidence, and the nodes it joins. */
function edgeWithEvidence(): { edge: Edge; ends: Node[] } {
  const edge = seeded.edges.find((e) => (e.attributes.evidence?.length ?? 0) > 0)!;
  const ends = seeded.nodes.filter((n) => n.key === edge.source || n.key === edge.target);
  return { edge: copy(edge), ends: copy(ends) };
}

async function expectRefused(snapshot: unknown, ...fragments: string[]): Promise<string> {
  const { status, body } = await api.post<ErrorAnswer>("/snapshots/import", snapshot, AUTH);
  expect(status).toBe(400);
  expect(body.error.code).toBe("BAD_REQUEST");
  for (const fragment of fragments) expect(body.error.message).toContain(fragment);
  expect(await graphSnapshot(driver)).toEqual(seededGraph);
  return body.error.message;
}

beforeAll(async () => {
  driver = testDriver();
  await clearGraph(driver);
  await ingest({ driver, database: neo4jTarget().database, inputs: ["graph-seed/articles"] });
  api = await startApi({ NEWSGRAPH_WRITE_TOKEN: TOKEN });
  seeded = await exportJson();
});
afterAll(async () => {
  await api?.stop();
  await driver?.close();
});
beforeEach(async () => {
  seededGraph = await graphSnapshot(driver);
});

describe("POST /api/snapshots/import refuses, writing nothing, a snapshot that", () => {
  it("moves another relation's evidence to a new relation", async () => {
    const { edge, ends } = edgeWithEvidence();
    const thief: Edge = { ...edge, key: `${edge.key}-thief` };
    const message = await expectRefused(
      snapshotOf(ends, [thief]),
      "edges.0.attributes.evidence.0.id",
    );
    expect(message).toContain(edge.key);
  });

  it("moves evidence between two relations it both names", async () => {
    const [first, second] = seeded.edges.filter((e) => (e.attributes.evidence?.length ?? 0) > 0);
    const swapped = [
      { ...first!, attributes: { ...first!.attributes, evidence: second!.attributes.evidence } },
      { ...second!, attributes: { ...second!.attributes, evidence: first!.attributes.evidence } },
    ];
    await expectRefused(snapshotOf(seeded.nodes, swapped), "evidence cannot move");
  });

  it("reuses a stored relation id for a relationship between other entities", async () => {
    const { edge } = edgeWithEvidence();
    const other = seeded.nodes.find((n) => n.key !== edge.source && n.key !== edge.target)!;
    const source = seeded.nodes.find((n) => n.key === edge.source)!;
    const second: Edge = {
      ...edge,
      target: other.key,
      attributes: { ...edge.attributes, evidence: [] },
    };
    await expectRefused(snapshotOf([source, other], [second]), "edges.0.key", "one relationship");
  });

  it("reuses a stored relation id for a relationship of another type", async () => {
    const { edge, ends } = edgeWithEvidence();
    const type = edge.attributes.type === "MET_WITH" ? "DISAGREES_ON" : "MET_WITH";
    const retyped: Edge = { ...edge, attributes: { ...edge.attributes, type, evidence: [] } };
    await expectRefused(snapshotOf(ends, [retyped]), "edges.0.key");
  });

  it("gives a stored entity another kind (a second kind label)", async () => {
    const person = seeded.nodes.find((n) => n.attributes.kind === "Person")!;
    const renamed: Node = { ...person, attributes: { ...person.attributes, kind: "Organization" } };
    await expectRefused(snapshotOf([renamed], []), "nodes.0.attributes.kind", "keeps its kind");
  });

  it("carries a date that is not a calendar date, on a relation or an article", async () => {
    const { edge, ends } = edgeWithEvidence();
    const badRelation: Edge = { ...edge, attributes: { ...edge.attributes, date: "2020-02-30" } };
    await expectRefused(snapshotOf(ends, [badRelation]), "date");
    const evidence = edge.attributes.evidence!.map((v) => ({
      ...v,
      article: { ...v.article, publishedOn: "last Tuesday" },
    }));
    const badArticle: Edge = { ...edge, attributes: { ...edge.attributes, evidence } };
    await expectRefused(snapshotOf(ends, [badArticle]), "publishedOn");
  });

  it("repeats a node key, an edge key or an evidence id", async () => {
    const { edge, ends } = edgeWithEvidence();
    await expectRefused(snapshotOf([...ends, ends[0]!], []), "nodes.2.key", "nodes.0");
    const twin: Edge = { ...edge, attributes: { ...edge.attributes, evidence: [] } };
    await expectRefused(snapshotOf(ends, [edge, twin]), "edges.1.key", "edges.0");
    const item = edge.attributes.evidence![0]!;
    const doubled: Edge = { ...edge, attributes: { ...edge.attributes, evidence: [item, item] } };
    await expectRefused(snapshotOf(ends, [doubled]), "edges.0.attributes.evidence.1.id");
  });

  it("holds evidence whose offsets run backwards, or lists beyond the size limits", async () => {
    const { edge, ends } = edgeWithEvidence();
    const item = { ...edge.attributes.evidence![0]!, start: 90, end: 10 };
    const backwards: Edge = { ...edge, attributes: { ...edge.attributes, evidence: [item] } };
    await expectRefused(snapshotOf(ends, [backwards]), "start (90) is after end (10)");
    const crowded: Node = {
      ...ends[0]!,
      attributes: {
        ...ends[0]!.attributes,
        aliases: Array.from({ length: 10_001 }, (_, i) => `a${i}`),
      },
    };
    await expectRefused(snapshotOf([crowded], []), "nodes.0.attributes.aliases", "10000 items");
  });

  it("has many problems: the first 20 are listed and the rest counted", async () => {
    const person = seeded.nodes.find((n) => n.attributes.kind === "Person")!;
    const nodes = Array.from({ length: 30 }, () => person);
    const message = await expectRefused(snapshotOf(nodes, []), "29 problems", "and 9 more");
    expect(message.match(/body field/g)).toHaveLength(20);
  });
});

describe("POST /api/snapshots/import of a valid snapshot", () => {
  it("is idempotent: importing the same snapshot again changes nothing", async () => {
    const { status, body } = await api.post<SnapshotImportResponse>(
      "/snapshots/import",
      seeded,
      AUTH,
    );
    expect(status).toBe(200);
    expect(body.edges).toBe(seeded.edges.length);
    const once = await graphSnapshot(driver);
    expect((await api.post("/snapshots/import", seeded, AUTH)).status).toBe(200);
    expect(await graphSnapshot(driver)).toEqual(once);
  });

  it("finishes an import cut short when the same snapshot is sent again", async () => {
    await clearGraph(driver);
    // What a cut-off import leaves: the entities and half the relations, without evidence.
    const half = seeded.edges
      .slice(0, Math.ceil(seeded.edges.length / 2))
      .map((e) => ({ ...e, attributes: { ...e.attributes, evidence: [] } }));
    expect((await api.post("/snapshots/import", snapshotOf(seeded.nodes, half), AUTH)).status).toBe(
      200,
    );
    const finished = await api.post<SnapshotImportResponse>("/snapshots/import", seeded, AUTH);
    expect(finished.status).toBe(200);
    const once = await graphSnapshot(driver);
    await clearGraph(driver);
    await api.post("/snapshots/import", seeded, AUTH);
    expect(await graphSnapshot(driver)).toEqual(once);
    const again = await exportJson();
    expect(again.edges.length).toBe(seeded.edges.length);
    expect(again.nodes.length).toBe(seeded.nodes.length);
  });
});
