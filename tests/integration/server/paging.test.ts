// Paging of the lists that can grow without bound (search hits, an entity's relations and
// articles, meetings, a relation's evidence), on the real Neo4j holding the seed articles plus
// fourteen written here that all tell the same meeting: one relation with fourteen sentences.
// Pages of a small size must add up to the total Neo4j counts, never overlap, and a limit above
// the cap is refused with a 400 naming it (never silently clamped).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityDetails, RelationEvidenceResponse } from "../../../contract/api";
import {
  entityArticlesSchema,
  entityDetailsSchema,
  meetingsResponseSchema,
  relationEvidenceSchema,
  searchResponseSchema,
} from "../../../server/schemas/response-schemas";
import { graphSnapshot, neo4jTarget } from "../../support/neo4j";
import { startSeededApi, type ErrorAnswer, type TestApi } from "./api-server";

const RETELLINGS = 14;
const BRANDT = "person:ivo-brandt";
const LEE = "person:lee-in-young";

let driver: Driver;
let api: TestApi;
let folder: string;
let before: string[];

/** Fourteen articles, each telling that Brandt met Korsgaard on 5 May 2022. */
async function writeRetellings(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "newsgraph-paging-"));
  for (let i = 1; i <= RETELLINGS; i++) {
    const text =
      `Budget talks in Ostmark, part ${i}\n\nOstmark Daily\n\n` +
      `Senator Ivo Brandt met with Mayor Lene Korsgaard on May 5, 2022 to discuss item ${i} ` +
      `of the city budget.\n\nBoth sides called the meeting constructive.\n`;
    await writeFile(path.join(dir, `retelling-${String(i).padStart(2, "0")}.txt`), text);
  }
  return dir;
}

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await driver.executeQuery(cypher, params, {
    database: neo4jTarget().database,
  });
  return Number(records[0]?.get(0));
}

/**
 * Every page of a list at `size` items a page: the items (by `key`), the total each page stated,
 * and how many pages it took.
 */
async function readAllPages<T>(
  pathWithQuery: string,
  size: number,
  read: (body: never) => { items: T[]; total: number },
  key: (item: T) => string,
): Promise<{ keys: string[]; totals: number[]; pages: number }> {
  const keys: string[] = [];
  const totals: number[] = [];
  let pages = 0;
  const join = pathWithQuery.includes("?") ? "&" : "?";
  for (let offset = 0; pages === 0 || offset < totals.at(-1)!; offset += size) {
    const { status, body } = await api.get(`${pathWithQuery}${join}offset=${offset}&limit=${size}`);
    expect(status).toBe(200);
    const page = read(body as never);
    expect(page.items.length).toBeLessThanOrEqual(size);
    keys.push(...page.items.map(key));
    totals.push(page.total);
    pages++;
    if (pages > 100) throw new Error(`${pathWithQuery}: more than 100 pages`);
  }
  return { keys, totals, pages };
}

function expectPagesAddUp(
  found: { keys: string[]; totals: number[]; pages: number },
  total: number,
): void {
  expect(found.pages).toBeGreaterThan(1);
  expect(new Set(found.totals)).toEqual(new Set([total]));
  expect(found.keys).toHaveLength(total);
  expect(new Set(found.keys).size).toBe(total);
}

async function expectCapRefused(pathWithQuery: string, cap: number): Promise<void> {
  const join = pathWithQuery.includes("?") ? "&" : "?";
  const { status, body } = await api.get<ErrorAnswer>(`${pathWithQuery}${join}limit=${cap + 1}`);
  expect(status).toBe(400);
  expect(body.error.code).toBe("BAD_REQUEST");
  expect(body.error.message).toContain("limit");
  expect(body.error.message).toContain(String(cap));
  expect((await api.get(`${pathWithQuery}${join}limit=${cap}`)).status).toBe(200);
  expect((await api.get("/health")).status).toBe(200);
}

beforeAll(async () => {
  folder = await writeRetellings();
  ({ driver, api, before } = await startSeededApi({}, ["tests/fixtures/dated-meetings", folder]));
});

afterAll(async () => {
  await api?.stop();
  await driver?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("GET /api/search paged", () => {
  it("gives every hit once across pages of 2, adding up to the total", async () => {
    const whole = await api.get<{ hits: { id: string }[]; total: number }>(
      "/search?q=ministry&limit=100",
    );
    searchResponseSchema.parse(whole.body);
    expect(whole.body.total).toBeGreaterThan(2);
    const found = await readAllPages(
      "/search?q=ministry",
      2,
      (b: { hits: { id: string }[]; total: number }) => ({ items: b.hits, total: b.total }),
      (h) => h.id,
    );
    expectPagesAddUp(found, whole.body.total);
    expect(found.keys).toEqual(whole.body.hits.map((h) => h.id));
  });

  it("refuses a limit above 100", () => expectCapRefused("/search?q=ministry", 100));
});

describe("GET /api/entities/:id paged", () => {
  it("pages Lee In-young's relations, adding up to the count Neo4j holds", async () => {
    const total = await count("MATCH (:Entity {id: $id})-[r]-(:Entity) RETURN count(r)", {
      id: LEE,
    });
    const found = await readAllPages(
      `/entities/${LEE}`,
      1,
      (b: EntityDetails) => {
        entityDetailsSchema.parse(b);
        return { items: b.relations, total: b.relationCount };
      },
      (r) => r.id,
    );
    expectPagesAddUp(found, total);
  });

  it("carries ten sentences of a relation told fourteen times, and counts all fourteen", async () => {
    const { body } = await api.get<EntityDetails>(`/entities/${BRANDT}`);
    const meeting = body.relations.find((r) => r.type === "MET_WITH");
    expect(meeting?.evidenceCount).toBe(RETELLINGS + 1);
    expect(meeting?.evidence).toHaveLength(10);
    expect(body.articleCount).toBe(RETELLINGS + 1);
  });

  it("pages the articles that mention an entity", async () => {
    const total = await count(
      "MATCH (:Article)-[m:MENTIONS]->(:Entity {id: $id}) RETURN count(m)",
      {
        id: BRANDT,
      },
    );
    expect(total).toBe(RETELLINGS + 1);
    const found = await readAllPages(
      `/entities/${BRANDT}/articles`,
      4,
      (b: { articles: { id: string }[]; total: number }) => {
        entityArticlesSchema.parse(b);
        return { items: b.articles, total: b.total };
      },
      (a) => a.id,
    );
    expectPagesAddUp(found, total);
    expect((await api.get<ErrorAnswer>("/entities/person:nobody/articles")).status).toBe(404);
  });

  it("refuses a relation limit above 5000 and an article limit above 1000", async () => {
    await expectCapRefused(`/entities/${LEE}`, 5000);
    await expectCapRefused(`/entities/${BRANDT}/articles`, 1000);
  });
});

describe("GET /api/meetings paged", () => {
  it("pages every meeting, adding up to the count Neo4j holds", async () => {
    const total = await count("MATCH ()-[r:MET_WITH]->() RETURN count(r)");
    const found = await readAllPages(
      "/meetings",
      2,
      (b: { meetings: { relationId: string }[]; total: number }) => {
        meetingsResponseSchema.parse(b);
        return { items: b.meetings, total: b.total };
      },
      (m) => m.relationId,
    );
    expectPagesAddUp(found, total);
  });

  it("refuses a limit above 5000", () => expectCapRefused("/meetings", 5000));
});

describe("GET /api/relations/:id/evidence paged", () => {
  it("pages the fourteen retellings and the fixture's sentence, oldest first", async () => {
    const { body } = await api.get<EntityDetails>(`/entities/${BRANDT}`);
    const id = body.relations.find((r) => r.type === "MET_WITH")!.id;
    const total = await count("MATCH (v:Evidence {relationId: $id}) RETURN count(v)", { id });
    expect(total).toBe(RETELLINGS + 1);
    const found = await readAllPages(
      `/relations/${encodeURIComponent(id)}/evidence`,
      4,
      (b: RelationEvidenceResponse) => {
        relationEvidenceSchema.parse(b);
        return { items: b.evidence, total: b.evidenceCount };
      },
      (v) => v.id,
    );
    expectPagesAddUp(found, total);
    await expectCapRefused(`/relations/${encodeURIComponent(id)}/evidence`, 1000);
  });
});

describe("paging reads only", () => {
  it("left the graph as it was", async () => {
    expect(await graphSnapshot(driver)).toEqual(before);
  });
});
