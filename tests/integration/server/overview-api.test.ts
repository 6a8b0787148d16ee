// GET /api/graph/overview and the stored degree it ranks by: kept by the ingestion and by the
// snapshot import, backfilled for a database loaded before it existed, on the real Neo4j.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraphPayload, OverviewAttributes } from "../../../contract/api";
import { RELATION_TYPES } from "../../../contract/model";
import { ingest } from "../../../graph-seed/loading/ingest";
import { knowledgeGraphSchema } from "../../../server/schemas/graph-schemas";
import { clearGraph, neo4jTarget, testDriver } from "../../support/neo4j";
import { startApi, type ErrorAnswer, type TestApi } from "./api-server";

const TOKEN = "test-write-token-0123456789";

let driver: Driver;
let api: TestApi;

const ingestSeed = () =>
  ingest({ driver, database: neo4jTarget().database, inputs: ["graph-seed/articles"] });

/** Every entity's stored degree beside its degree counted now. */
async function degrees(): Promise<{ id: string; stored: unknown; counted: number }[]> {
  const { records } = await driver.executeQuery(
    `MATCH (e:Entity)
     RETURN e.id AS id, e.degree AS stored, COUNT { (e)-[:${RELATION_TYPES.join("|")}]-() } AS counted
     ORDER BY id`,
    {},
    { database: neo4jTarget().database },
  );
  return records.map((r) => ({
    id: r.get("id") as string,
    stored: r.get("stored") === null ? null : Number(r.get("stored")),
    counted: Number(r.get("counted")),
  }));
}

const overview = (query = "") =>
  api.get<KnowledgeGraphPayload & { attributes: OverviewAttributes }>(`/graph/overview${query}`);

beforeAll(async () => {
  driver = testDriver();
  await clearGraph(driver);
  await ingestSeed();
  api = await startApi({ NEWSGRAPH_WRITE_TOKEN: TOKEN });
});
afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

describe("the stored degree", () => {
  it("is written by the ingestion for every entity and equals the relations counted", async () => {
    const all = await degrees();
    expect(all.length).toBeGreaterThan(10);
    for (const e of all) expect(e.stored, e.id).toBe(e.counted);
    expect(Math.max(...all.map((e) => e.counted))).toBeGreaterThan(2);
  });

  it("is written by the snapshot import", async () => {
    const before = await degrees();
    const snapshot = await api.get<KnowledgeGraphPayload>("/export?format=json");
    await clearGraph(driver);
    const imported = await api.post("/snapshots/import", snapshot.body, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(imported.status).toBe(200);
    expect(await degrees()).toEqual(before);
  });

  it("is filled in by the next ingestion when a database has none", async () => {
    const before = await degrees();
    await driver.executeQuery(
      "MATCH (e:Entity) REMOVE e.degree",
      {},
      { database: neo4jTarget().database },
    );
    await ingestSeed();
    expect(await degrees()).toEqual(before);
  });
});

describe("GET /api/graph/overview", () => {
  it("starts from the best-connected entities and includes their neighbours", async () => {
    const { status, body } = await overview();
    expect(status).toBe(200);
    knowledgeGraphSchema.parse(body);
    const all = await degrees();
    const best = [...all].sort((a, b) => b.counted - a.counted || (a.id < b.id ? -1 : 1));
    const keys = body.nodes.map((n) => n.key);
    // The seeds (40, or every entity of a small graph) come first, in degree order.
    const seeds = Math.min(40, all.length);
    expect(keys.slice(0, seeds)).toEqual(best.slice(0, seeds).map((e) => e.id));
    expect(body.edges.length).toBeGreaterThan(seeds / 2);
    expect(body.attributes.totalEntities).toBe(all.length);
    expect(body.nodes.find((n) => n.key === best[0]!.id)?.attributes.degree).toBe(best[0]!.counted);
  });

  it("takes fewer seeds and a node limit", async () => {
    const { body } = await overview("?seeds=3&limit=5");
    const all = await degrees();
    const best = [...all].sort((a, b) => b.counted - a.counted || (a.id < b.id ? -1 : 1));
    expect(body.nodes.slice(0, 3).map((n) => n.key)).toEqual(best.slice(0, 3).map((e) => e.id));
    expect(body.nodes.length).toBe(5);
    expect(body.attributes.truncated).toBe(true);
  });

  it("ranks by counting when no entity has a stored degree yet (an older database)", async () => {
    const withDegrees = await overview("?seeds=5&limit=50");
    await driver.executeQuery(
      "MATCH (e:Entity) REMOVE e.degree",
      {},
      { database: neo4jTarget().database },
    );
    const counted = await overview("?seeds=5&limit=50");
    expect(counted.body.nodes.slice(0, 5).map((n) => n.key)).toEqual(
      withDegrees.body.nodes.slice(0, 5).map((n) => n.key),
    );
    await ingestSeed();
  });

  it("refuses a bad parameter with 400 and says which", async () => {
    const { status, body } = await api.get<ErrorAnswer>("/graph/overview?seeds=0");
    expect(status).toBe(400);
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.message).toMatch(/seeds/);
  });

  it("answers an empty graph for an empty database", async () => {
    await clearGraph(driver);
    const { status, body } = await overview();
    expect(status).toBe(200);
    expect(body.nodes).toEqual([]);
    expect(body.attributes.totalEntities).toBe(0);
    await ingestSeed();
  });
});
