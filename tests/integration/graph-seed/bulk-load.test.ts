// The bulk load (`npm run ingest -- --bulk`): Neo4j's own importer builds, from the same
// articles, the graph the transactional ingest stores (ids, labels, properties, relationships
// with their evidence), with the constraints and indexes created afterwards; and it refuses,
// changing nothing, a database that is not empty or not the project's local one.
import { createHash } from "node:crypto";
import { rm } from "node:fs/promises";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newsCorpus } from "../../../bench/news-corpus";
import type { ArticleFile } from "../../../graph-seed/loading/article-files";
import { findArticleFiles } from "../../../graph-seed/loading/article-files";
import { storeArticleStream } from "../../../graph-seed/loading/article-pipeline";
import { readFiles } from "../../../graph-seed/loading/ingest";
import { BulkRefusedError, bulkLoad, checkBulkTarget } from "../../../infra/neo4j/bulk-load";
import { startLocalNeo4j } from "../../../infra/neo4j/local-neo4j";
import {
  clearGraph,
  graphSnapshot,
  neo4jTarget,
  scratchDataDir,
  testDriver,
} from "../../support/neo4j";

let driver: Driver;
let dataDir: string;
const BATCH = 15;

beforeAll(async () => {
  driver = testDriver();
  dataDir = await scratchDataDir();
});
afterAll(async () => {
  await driver.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Generated news (entities shared across batches) and real articles (Unicode, quotes, lines). */
async function articles(): Promise<ArticleFile[]> {
  const pages = newsCorpus(5);
  const generated = Array.from({ length: 45 }, (_, i) => {
    const raw = pages.next();
    const id = createHash("sha256").update(raw).digest("hex").slice(0, 32);
    return { path: `gen/${i}.txt`, fileName: `${i}.txt`, id, raw };
  });
  const { files } = await findArticleFiles([
    "graph-seed/articles",
    "tests/fixtures/unicode-articles",
    "graph-seed/eval/articles",
  ]);
  const real: ArticleFile[] = [];
  for await (const item of readFiles(files, 2 * 2 ** 20)) {
    if (!(item instanceof Error)) real.push(item);
  }
  // The same text twice is stored once, by both paths.
  return [...generated, ...real, generated[0]!];
}

/** The graph less the time each article was stored, which differs per run. */
const withoutStoreTime = (lines: string[]) =>
  lines.map((line) => line.replace(/"ingestedAt":"[^"]*",?/, "")).sort();

async function schemaOf(d: Driver, database?: string): Promise<string[]> {
  const { records } = await d.executeQuery(
    "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state " +
      "WHERE type <> 'LOOKUP' AND NOT name STARTS WITH 'newsgraph_test' RETURN *",
    {},
    { database },
  );
  return records
    .map((r) =>
      JSON.stringify([
        r.get("name"),
        r.get("type"),
        r.get("labelsOrTypes"),
        r.get("properties"),
        r.get("state"),
      ]),
    )
    .sort();
}

describe("ingest --bulk", () => {
  it("imports the graph the transactional ingest stores, then its constraints and indexes", async () => {
    const files = await articles();
    await clearGraph(driver);
    const ingested = await storeArticleStream(files, {
      driver,
      database: neo4jTarget().database,
      batchSize: BATCH,
      workers: 0,
    });
    const expected = withoutStoreTime(await graphSnapshot(driver));
    expect(expected.length).toBeGreaterThan(500);

    await checkBulkTarget({ username: "neo4j" }, dataDir);
    // Progress while the articles are read and extracted: after each batch, up to all of them.
    const done: number[] = [];
    const bulk = await bulkLoad(files, {
      dataDir,
      batchSize: BATCH,
      workers: 2,
      onBatch: (progress) => done.push(progress.done),
    });
    expect(bulk.summary).toMatchObject({ stored: ingested.stored, duplicates: 1, problems: [] });
    expect(done.length).toBeGreaterThanOrEqual(Math.floor(files.length / BATCH));
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(files.length);
    expect(bulk.importer.join("\n")).toContain("IMPORT DONE");

    const local = await startLocalNeo4j({ dataDir });
    const imported = neo4j.driver(local.uri, neo4j.auth.basic(local.username, local.password));
    try {
      const actual = withoutStoreTime(await graphSnapshot(imported, undefined));
      // Compared line by line first, so a difference is shown as the lines that differ.
      expect(actual.filter((line) => !expected.includes(line))).toEqual([]);
      expect(expected.filter((line) => !actual.includes(line))).toEqual([]);
      expect(actual).toEqual(expected);
      const schema = await schemaOf(imported);
      expect(schema).toEqual(await schemaOf(driver, neo4jTarget().database));
      expect(schema.every((line) => line.includes('"ONLINE"'))).toBe(true);
      // Every article has the time it was stored.
      const { records } = await imported.executeQuery(
        "MATCH (a:Article) WHERE a.ingestedAt IS NULL RETURN count(a) AS n",
      );
      expect(Number(records[0]?.get("n"))).toBe(0);
    } finally {
      await imported.close();
      await local.stop();
    }
  }, 900_000);

  it("refuses a database that is running, not empty, or not the local one", async () => {
    const local = await startLocalNeo4j({ dataDir });
    const imported = neo4j.driver(local.uri, neo4j.auth.basic(local.username, local.password));
    const articleCount = async () => {
      const { records } = await imported.executeQuery("MATCH (a:Article) RETURN count(a) AS n");
      return Number(records[0]?.get("n"));
    };
    try {
      expect(await articleCount()).toBeGreaterThan(45);
      // While it runs, the importer could not have it.
      await expect(checkBulkTarget({ username: "neo4j" }, dataDir)).rejects.toThrow(/running/);
    } finally {
      await imported.close();
      await local.stop();
    }
    // Stopped, it holds the import of the test above: not empty (checked by reading only).
    const refusal = checkBulkTarget({ username: "neo4j" }, dataDir);
    await expect(refusal).rejects.toThrow(BulkRefusedError);
    await expect(refusal).rejects.toThrow(/holds \d+ nodes/);
    await expect(
      checkBulkTarget({ uri: "bolt://example.invalid:7687", username: "neo4j" }, dataDir),
    ).rejects.toThrow(/NEO4J_URI/);
  }, 600_000);
});
