import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingest } from "../../../graph-seed/loading/ingest";
import { clearGraph, graphSnapshot, neo4jTarget, testDriver } from "../../support/neo4j";

const ARTICLES = path.resolve("graph-seed/articles");
const HERALD = path.join(ARTICLES, "004_2c545764b04bb4dd.txt");
const TIMES = path.join(ARTICLES, "000_22f90d76faec87a5.txt");

let driver: Driver;
let scratch: string;
beforeAll(async () => {
  driver = testDriver();
  scratch = await mkdtemp(path.join(tmpdir(), "newsgraph-knowledge-"));
});
afterAll(async () => {
  await driver.close();
  await rm(scratch, { recursive: true, force: true });
});
beforeEach(() => clearGraph(driver));

const run = (inputs: string[]) => ingest({ driver, database: neo4jTarget().database, inputs });

async function query(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(cypher, params, {
    database: neo4jTarget().database,
  });
  return records.map((r) => r.toObject());
}

describe("the knowledge layer of the seed graph", () => {
  beforeEach(() => run([ARTICLES]));

  it("holds exactly one Lee In-young, mentioned by both articles", async () => {
    const rows = await query(
      `MATCH (p:Person:Entity) WHERE p.name = 'Lee In-young'
       RETURN p.id AS id, COUNT { (:Article)-[:MENTIONS]->(p) } AS articles`,
    );
    expect(rows).toHaveLength(1);
    expect(Number(rows[0]?.articles)).toBe(2);
  });

  it("links Lee In-young and Harry Harris by MET_WITH on 2020-08-18, with evidence from both articles", async () => {
    const rows = await query(
      `MATCH (a:Person {name: 'Lee In-young'})-[r:MET_WITH]-(b:Person {name: 'Harry Harris'})
       MATCH (v:Evidence {relationId: r.id})-[:FROM]->(article:Article)
       RETURN DISTINCT r.id AS id, toString(r.date) AS date, r.evidenceCount AS count,
              collect(article.sourceFile) AS files, collect(v.sentence) AS sentences`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.date).toBe("2020-08-18");
    expect(Number(rows[0]?.count)).toBe(2);
    expect([...(rows[0]?.files as string[])].sort()).toEqual([
      "000_22f90d76faec87a5.txt",
      "004_2c545764b04bb4dd.txt",
    ]);
  });

  it("links the two ministries by DISAGREES_ON with the topic of reorganising the working group", async () => {
    const rows = await query(
      `MATCH (a:Organization)-[r:DISAGREES_ON]-(b:Organization)
       WHERE a.name = 'Ministry of Unification' AND b.name = 'Ministry of Foreign Affairs'
       RETURN r.topic AS topic`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.topic).toMatch(/reorgani[sz]e .*working group/i);
  });

  it("keeps evidence offsets that point at the sentence in the article body", async () => {
    const rows = await query(
      `MATCH (v:Evidence)-[:FROM]->(a:Article)
       RETURN v.sentence AS sentence, v.start AS start, v.end AS end, a.body AS body`,
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const body = row.body as string;
      expect(body.slice(Number(row.start), Number(row.end))).toBe(row.sentence);
    }
  });

  it("changes nothing when the seeds are ingested again", async () => {
    const before = await graphSnapshot(driver);
    await run([ARTICLES]);
    expect(await graphSnapshot(driver)).toEqual(before);
  });
});

describe("merging across articles", () => {
  it("adds a second article's facts to the first article's entities", async () => {
    await run([HERALD]);
    const [{ people: before } = { people: 0 }] = await query(
      "MATCH (p:Person) RETURN count(p) AS people",
    );
    await run([TIMES]);
    const rows = await query(
      `MATCH (p:Person {name: 'Harry Harris'})
       RETURN count(p) AS copies, COUNT { (:Article)-[:MENTIONS]->(p) } AS articles`,
    );
    expect(rows).toEqual([{ copies: expect.anything(), articles: expect.anything() }]);
    expect(Number(rows[0]?.copies)).toBe(1);
    expect(Number(rows[0]?.articles)).toBe(2);
    const [{ people: after } = { people: 0 }] = await query(
      "MATCH (p:Person) RETURN count(p) AS people",
    );
    expect(Number(after)).toBeGreaterThan(Number(before));
  });

  it("keeps two people who share a surname apart, and two meetings on two dates apart", async () => {
    const file = path.join(scratch, "two-lees.txt");
    await writeFile(
      file,
      [
        "Trade minister meets Japanese envoy",
        "",
        "Published : March 3, 2021",
        "",
        "Trade Minister Kim Ha-na met with Japanese Ambassador Sato Kenji on Monday in Seoul.",
        "Kim Min-jun, a lawmaker of the People Power Party, also attended the talks.",
        "Kim Ha-na had met with Sato Kenji on Feb. 2 as well, according to her office.",
      ].join("\n"),
    );
    await run([file]);
    const people = await query("MATCH (p:Person) RETURN p.name AS name ORDER BY name");
    expect(people.map((p) => p.name)).toEqual(
      expect.arrayContaining(["Kim Ha-na", "Kim Min-jun", "Sato Kenji"]),
    );
    const meetings = await query(
      `MATCH (:Person {name: 'Kim Ha-na'})-[r:MET_WITH]-(:Person {name: 'Sato Kenji'})
       RETURN toString(r.date) AS date ORDER BY date`,
    );
    expect(meetings.map((m) => m.date)).toEqual(["2021-02-02", "2021-03-01"]);
  });
});
