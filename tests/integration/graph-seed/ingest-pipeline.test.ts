// The ingestion's pipeline on a generated news corpus: every write statement finds its nodes by
// index (so writes do not slow down as the graph grows), and extraction in worker threads stores
// exactly the graph that extraction inline does, in batches of the size asked.
import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { newsCorpus } from "../../../bench/news-corpus";
import { unindexedWrites } from "../../../bench/write-plans";
import type { ArticleFile } from "../../../graph-seed/loading/article-files";
import { prepareStore, storeArticleStream } from "../../../graph-seed/loading/article-pipeline";
import { clearGraph, graphSnapshot, neo4jTarget, testDriver } from "../../support/neo4j";

let driver: Driver;
const database = () => neo4jTarget().database;

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});
beforeEach(() => clearGraph(driver));

function corpus(count: number): ArticleFile[] {
  const pages = newsCorpus(3);
  return Array.from({ length: count }, (_, i) => {
    const raw = pages.next();
    const id = createHash("sha256").update(raw).digest("hex").slice(0, 32);
    return { path: `gen/${i}.txt`, fileName: `${i}.txt`, id, raw };
  });
}

/** The graph in canonical form, less the time each article was stored (which differs per run). */
async function storedGraph(): Promise<string[]> {
  return (await graphSnapshot(driver)).map((line) => line.replace(/"ingestedAt":"[^"]*",?/, ""));
}

describe("the ingestion's write statements", () => {
  it("find every node they merge or match through an index (no label or full scan)", async () => {
    await prepareStore(driver, database());
    expect(await unindexedWrites(driver, database())).toEqual([]);
    // Generous: a dozen statements planned for the first time on a shared, loaded machine.
  }, 240_000);
});

describe("storeArticleStream", () => {
  it("stores the same graph with extraction in worker threads as inline", async () => {
    const files = corpus(40);
    const inline = await storeArticleStream(files, {
      driver,
      database: database(),
      workers: 0,
      batchSize: 15,
    });
    expect(inline).toMatchObject({ stored: 40, created: 40, duplicates: 0, problems: [] });
    const expected = await storedGraph();
    expect(expected.length).toBeGreaterThan(300);

    await clearGraph(driver);
    const batches: number[] = [];
    const threaded = await storeArticleStream([...files, files[0]!], {
      driver,
      database: database(),
      workers: 2,
      batchSize: 15,
      onBatch: (p) => batches.push(p.stored),
    });
    expect(threaded).toMatchObject({ stored: 40, created: 40, duplicates: 1, problems: [] });
    expect(batches).toEqual([15, 30, 40]);
    expect(await storedGraph()).toEqual(expected);
    // Generous: two stores and worker start-up on a shared, loaded machine.
  }, 240_000);
});
