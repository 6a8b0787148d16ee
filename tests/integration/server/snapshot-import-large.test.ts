// A large valid snapshot re-imports: the synthetic benchmark graph at a small scale, each relation
// given an evidence sentence from one of 100 articles, exported (tens of MB), imported into an
// empty database in batches, and exported again to the same graph.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphSnapshot, SnapshotImportResponse } from "../../../contract/api";
import { loadSyntheticGraph } from "../../../bench/synthetic-graph";
import { clearGraph, neo4jTarget, testDriver } from "../../support/neo4j";
import { startApi, type TestApi } from "./api-server";

const TOKEN = "large-import-token-3a9f1c77";
const SCALE = { entities: 3_000, relations: 30_000, seed: 11 };
const FILLER = "and the talks, which officials described as frank and useful, ran late. ".repeat(8);

let driver: Driver;
let api: TestApi;

/** Deletes the graph in small batches: one transaction must stay under the per-query memory limit. */
async function clearInBatches(): Promise<void> {
  const session = driver.session({ database: neo4jTarget().database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 500 ROWS");
  } finally {
    await session.close();
  }
  await clearGraph(driver);
}

async function exportText(): Promise<string> {
  const response = await fetch(`${api.url}/export?format=json`);
  expect(response.status).toBe(200);
  return response.text();
}

/** The snapshot with nodes, edges and evidence in key order: equal text, equal graph. */
function canonical(text: string): string {
  const snapshot = JSON.parse(text) as GraphSnapshot;
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
  const edges = snapshot.edges.map((e) => ({
    ...e,
    attributes: {
      ...e.attributes,
      evidence: [...(e.attributes.evidence ?? [])].sort((a, b) => a.id.localeCompare(b.id)),
    },
  }));
  return JSON.stringify({ nodes: [...snapshot.nodes].sort(byKey), edges: edges.sort(byKey) });
}

beforeAll(async () => {
  driver = testDriver();
  await clearInBatches();
  await loadSyntheticGraph(driver, SCALE, () => {});
  const session = driver.session({ database: neo4jTarget().database });
  try {
    await session.run(
      `UNWIND range(0, 99) AS i
       CREATE (:Article {id: 'article:syn-' + i, title: 'Synthetic report ' + i, outlet: 'Wire',
                         byline: null, sourceFile: 'syn-' + i + '.txt',
                         publishedOn: date('2020-01-01') + duration({days: i})})`,
    );
    await session.run(
      `MATCH (:Entity)-[r]->(:Entity)
       CALL (r) {
         MATCH (a:Article {id: 'article:syn-' + (toInteger(split(r.id, '-')[1]) % 100)})
         CREATE (v:Evidence {id: 'evidence:' + r.id, relationId: r.id, articleId: a.id,
                             type: type(r), sentence: 'On record ' + r.id + ', ' + $filler,
                             start: 0, end: 40, rule: 'synthetic', confidence: r.confidence,
                             date: r.date, topic: r.topic})-[:FROM]->(a)
       } IN TRANSACTIONS OF 5000 ROWS`,
      { filler: FILLER },
    );
  } finally {
    await session.close();
  }
  api = await startApi({ NEWSGRAPH_WRITE_TOKEN: TOKEN });
}, 600_000);
afterAll(async () => {
  await api?.stop();
  await clearInBatches();
  await driver?.close();
}, 300_000);

describe("POST /api/snapshots/import of a large snapshot", () => {
  it("re-imports a snapshot of tens of MB into an empty database, to the same graph", async () => {
    const exported = await exportText();
    const megabytes = Buffer.byteLength(exported) / 1024 / 1024;
    expect(megabytes).toBeGreaterThan(20);
    const expected = canonical(exported);
    await clearInBatches();

    const started = performance.now();
    const response = await fetch(`${api.url}/snapshots/import`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: exported,
    });
    const seconds = (performance.now() - started) / 1000;
    const body = (await response.json()) as SnapshotImportResponse;
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.edges).toBeGreaterThan(SCALE.relations * 0.9);
    expect(body.evidence).toBe(body.edges);
    console.info(
      `large import: ${megabytes.toFixed(1)} MB, ${body.nodes} nodes, ${body.edges} edges, ` +
        `${body.evidence} evidence in ${seconds.toFixed(1)} s`,
    );

    expect(canonical(await exportText())).toBe(expected);
  }, 600_000);
});
