import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingest } from "../../../graph-seed/loading/ingest";
import { clearGraph, neo4jTarget, testDriver } from "../../support/neo4j";

// Three invented dispatches: two about Mongolia's ministries (named two ways), one about China's.
const ARTICLES: Record<string, string> = {
  "herders.txt": `Mongolia opens pasture talks

ULAANBAATAR, March 3, 2025 -- Mongolian Foreign Minister Batbayar Enkhtuya opened talks on winter pastures on Monday, the Ministry of Foreign Affairs said.

The Foreign Ministry said the talks would resume in April. The Defense Ministry said it would send engineers to the border posts.
`,
  "railway.txt": `Mongolia plans a northern railway

ULAANBAATAR, March 9, 2025 -- Mongolia's Ministry of Foreign Affairs said on Sunday that a northern railway would be studied this year.

The Ministry of National Defense said the line would not cross any training ground in Mongolia.
`,
  "forum.txt": `China hosts trade forum

BEIJING, March 5, 2025 -- The Chinese Ministry of Foreign Affairs said on Wednesday that China would host a regional trade forum in May.
`,
};

let driver: Driver;
let scratch: string;

beforeAll(async () => {
  driver = testDriver();
  scratch = await mkdtemp(path.join(tmpdir(), "newsgraph-institutions-"));
  for (const [name, text] of Object.entries(ARTICLES))
    await writeFile(path.join(scratch, name), text);
});
afterAll(async () => {
  await driver.close();
  await rm(scratch, { recursive: true, force: true });
});
beforeEach(() => clearGraph(driver));

async function ministries(): Promise<{ name: string; aliases: string[]; articles: number }[]> {
  const { records } = await driver.executeQuery(
    `MATCH (e:Organization) WHERE e.name STARTS WITH 'Ministry of'
     OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e)
     RETURN e.name AS name, e.aliases AS aliases, count(a) AS articles ORDER BY name`,
  );
  return records.map((r) => ({
    name: r.get("name") as string,
    aliases: r.get("aliases") as string[],
    articles: Number(r.get("articles")),
  }));
}

describe("ingest of generic institutions of several countries", () => {
  it("keeps each country's ministry apart and merges one country's across articles", async () => {
    await ingest({ driver, database: neo4jTarget().database, inputs: [scratch] });
    const found = await ministries();
    expect(found.map((m) => [m.name, m.articles])).toEqual([
      ["Ministry of Defense (Mongolia)", 2],
      ["Ministry of Foreign Affairs (China)", 1],
      ["Ministry of Foreign Affairs (Mongolia)", 2],
    ]);
    // The bare name stays an alias, so a search for it still finds both countries' ministries.
    for (const m of found.filter((x) => x.name.includes("Foreign")))
      expect(m.aliases).toContain("Ministry of Foreign Affairs");
    const defense = found.find((m) => m.name.startsWith("Ministry of Defense"));
    expect(defense?.aliases).toEqual(
      expect.arrayContaining(["Defense Ministry", "Ministry of National Defense"]),
    );
  });

  it("links the minister to his own country's ministry, not another's", async () => {
    await ingest({ driver, database: neo4jTarget().database, inputs: [scratch] });
    const { records } = await driver.executeQuery(
      `MATCH (p:Person)-[:HEADS]->(o:Organization) RETURN p.name AS person, o.name AS org`,
    );
    expect(records.map((r) => [r.get("person"), r.get("org")])).toEqual([
      ["Batbayar Enkhtuya", "Ministry of Foreign Affairs (Mongolia)"],
    ]);
  });
});
