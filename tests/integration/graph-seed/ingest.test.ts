import { execFileSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { IngestRefusedError, ingest } from "../../../graph-seed/loading/ingest";
import { clearGraph, graphSnapshot, neo4jTarget, testDriver } from "../../support/neo4j";

const ARTICLES = path.resolve("graph-seed/articles");
const SEEDS = ["000_22f90d76faec87a5.txt", "004_2c545764b04bb4dd.txt"];

let driver: Driver;
let scratch: string;

beforeAll(async () => {
  driver = testDriver();
  scratch = await mkdtemp(path.join(tmpdir(), "newsgraph-ingest-"));
});
afterAll(async () => {
  await driver.close();
  await rm(scratch, { recursive: true, force: true });
});
beforeEach(() => clearGraph(driver));

function run(inputs: string[], maxBytes?: number, strict = false) {
  return ingest({ driver, database: neo4jTarget().database, inputs, maxBytes, strict });
}

/** Runs an ingest that must be refused and returns the refusal's per-file codes. */
async function refusedCodes(inputs: string[], maxBytes?: number): Promise<string[]> {
  const error = await run(inputs, maxBytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestRefusedError);
  return (error as IngestRefusedError).problems.map((p) => p.code);
}

async function scratchFile(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(scratch, name);
  await writeFile(file, content);
  return file;
}

describe("ingest of the seed articles", () => {
  it("stores one Article per seed with its metadata and a clean body", async () => {
    const summary = await run([ARTICLES]);
    expect(summary).toEqual({ articles: 2, created: 2, unchanged: 0, refused: [] });

    const { records } = await driver.executeQuery(
      `MATCH (a:Article) RETURN a.sourceFile AS file, a.id AS id, a.title AS title,
              a.outlet AS outlet, a.byline AS byline, toString(a.publishedOn) AS published,
              a.body AS body ORDER BY file`,
    );
    expect(records.map((r) => r.get("file"))).toEqual(SEEDS);
    const [first, second] = records.map((r) => r.toObject());
    expect(first?.published).toBe("2020-09-30");
    expect(second?.published).toBe("2020-08-18");
    expect(second?.byline).toBe("Ahn Sung-mi");
    expect(second?.outlet).toMatch(/Korea Herald/);
    expect(second?.title).toMatch(/Unification minister calls for adjustments/);
    for (const article of [first, second]) {
      expect(article?.id).toMatch(/^[0-9a-f]{32}$/);
      // Navigation menus and footers are gone; the story is there.
      expect(article?.body).not.toMatch(/Back To Top|All Rights Reserved|PRIVACY STATEMENT/);
      expect(article?.body).not.toMatch(/^K-pop$/m);
      expect(article?.body.length).toBeGreaterThan(800);
    }
    expect(second?.body).toMatch(/^Unification Minister Lee In-young/m);
  });

  it("changes nothing when run a second time", async () => {
    await run([ARTICLES]);
    const before = await graphSnapshot(driver);
    const summary = await run([ARTICLES]);
    expect(summary).toEqual({ articles: 2, created: 0, unchanged: 2, refused: [] });
    expect(await graphSnapshot(driver)).toEqual(before);
  });
});

describe("ingest of the same text under two names", () => {
  it("stores it once", async () => {
    const folder = await mkdtemp(path.join(scratch, "copies-"));
    await copyFile(path.join(ARTICLES, SEEDS[1] ?? ""), path.join(folder, "a.txt"));
    await copyFile(path.join(ARTICLES, SEEDS[1] ?? ""), path.join(folder, "b.txt"));
    expect(await run([folder])).toEqual({ articles: 2, created: 1, unchanged: 1, refused: [] });
    const { records } = await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n");
    expect(records[0]?.get("n").toNumber()).toBe(1);
  });
});

describe("ingest of bad input", () => {
  beforeEach(async () => {
    await run([path.join(ARTICLES, SEEDS[0] ?? "")]);
  });

  const cases: [string, () => Promise<string[]>, string][] = [
    ["an empty file", async () => [await scratchFile("empty.txt", "")], "EMPTY"],
    ["a file of blank space", async () => [await scratchFile("blank.txt", "  \n\t\n")], "EMPTY"],
    [
      "a binary file",
      async () => [
        await scratchFile("photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])),
      ],
      "BINARY",
    ],
    [
      "a file that is not UTF-8",
      async () => [
        await scratchFile("latin1.txt", Buffer.from("Caf\xe9 au lait in S\xe3o Paulo.", "latin1")),
      ],
      "NOT_UTF8",
    ],
    ["a path that does not exist", async () => [path.join(scratch, "missing.txt")], "NOT_FOUND"],
    [
      "a folder with no articles",
      async () => {
        const folder = await mkdtemp(path.join(scratch, "empty-folder-"));
        await writeFile(path.join(folder, "notes.json"), "{}");
        return [folder];
      },
      "NO_ARTICLES",
    ],
  ];

  for (const [what, inputs, code] of cases) {
    it(`refuses ${what} (${code}) and writes nothing`, async () => {
      const before = await graphSnapshot(driver);
      expect(await refusedCodes(await inputs())).toEqual([code]);
      expect(await graphSnapshot(driver)).toEqual(before);
    });
  }

  it("refuses an article over the size limit and writes nothing", async () => {
    const before = await graphSnapshot(driver);
    expect(await refusedCodes([path.join(ARTICLES, SEEDS[1] ?? "")], 1024)).toEqual(["TOO_LARGE"]);
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it("stores a folder's good articles and reports its bad files with their reasons", async () => {
    const folder = await mixedFolder();
    const summary = await run([folder]);
    expect(summary.articles).toBe(1);
    expect(summary.refused.map((p) => [p.file, p.code])).toEqual([
      ["bad.txt", "BINARY"],
      ["empty.txt", "EMPTY"],
    ]);
    expect(await articleCount()).toBe(2);
  });

  it("with strict, writes none of a folder's good articles when one of its files is bad", async () => {
    const folder = await mixedFolder();
    const before = await graphSnapshot(driver);
    const error = (await run([folder], undefined, true).catch(
      (e: unknown) => e,
    )) as IngestRefusedError;
    expect(error).toBeInstanceOf(IngestRefusedError);
    expect(error.problems.map((p) => [p.file, p.code])).toEqual([
      ["bad.txt", "BINARY"],
      ["empty.txt", "EMPTY"],
    ]);
    expect(error.message).toMatch(/bad\.txt/);
    expect(error.message).toMatch(/nothing was written/);
    expect(await graphSnapshot(driver)).toEqual(before);
  });
});

describe("ingest of inputs that are not regular files", () => {
  beforeEach(async () => {
    await run([path.join(ARTICLES, SEEDS[0] ?? "")]);
  });

  it("refuses /dev/zero at once, without reading it", async () => {
    const started = Date.now();
    expect(await refusedCodes(["/dev/zero"])).toEqual(["NOT_REGULAR"]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("refuses a FIFO named directly or found in a folder, and stores the folder's good article", async () => {
    const folder = await mkdtemp(path.join(scratch, "fifo-"));
    const fifo = path.join(folder, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    await copyFile(path.join(ARTICLES, SEEDS[1] ?? ""), path.join(folder, "good.txt"));
    const started = Date.now();
    expect(await refusedCodes([fifo])).toEqual(["NOT_REGULAR"]);
    const summary = await run([folder]);
    expect(Date.now() - started).toBeLessThan(1000 + 5000); // the store itself takes time
    expect(summary.refused.map((p) => p.code)).toEqual(["NOT_REGULAR"]);
    expect(summary.refused[0]?.message).toMatch(/pipe\.txt: is a named pipe/);
    expect(await articleCount()).toBe(2);
  });

  it("follows a link that stays inside its folder and reports one that leaves it", async () => {
    const outside = await scratchFile(
      "outside.txt",
      await readFile(path.join(ARTICLES, SEEDS[1] ?? "")),
    );
    const folder = await mkdtemp(path.join(scratch, "links-"));
    await mkdir(path.join(folder, "store"));
    await copyFile(path.join(ARTICLES, SEEDS[1] ?? ""), path.join(folder, "store", "real.md"));
    await symlink(path.join(folder, "store", "real.md"), path.join(folder, "inside.txt"));
    await symlink(outside, path.join(folder, "escape.txt"));
    const summary = await run([folder]);
    expect(summary.articles).toBe(1);
    expect(summary.refused.map((p) => [path.basename(p.file), p.code])).toEqual([
      ["escape.txt", "OUTSIDE_FOLDER"],
    ]);
    expect(await articleCount()).toBe(2);
  });

  it("stops reading at the size limit even when the file's size says 0 (/proc)", async () => {
    expect(await refusedCodes(["/proc/self/maps"], 64)).toEqual(["TOO_LARGE"]);
  });
});

async function mixedFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(scratch, "mixed-"));
  await copyFile(path.join(ARTICLES, SEEDS[1] ?? ""), path.join(folder, "good.txt"));
  await writeFile(path.join(folder, "bad.txt"), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
  await writeFile(path.join(folder, "empty.txt"), "");
  return folder;
}

async function articleCount(): Promise<number> {
  const { records } = await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n");
  return records[0]?.get("n").toNumber() as number;
}
