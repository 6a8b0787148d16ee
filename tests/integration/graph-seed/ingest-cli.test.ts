import { spawnSync } from "node:child_process";
import { copyFile, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearGraph, neo4jTarget, testDriver } from "../../support/neo4j";

let driver: Driver;
let scratch: string;

beforeAll(async () => {
  driver = testDriver();
  await clearGraph(driver);
  scratch = await mkdtemp(path.join(tmpdir(), "newsgraph-cli-"));
});
afterAll(async () => {
  await driver.close();
  await rm(scratch, { recursive: true, force: true });
});

function ingestCli(args: string[]) {
  const target = neo4jTarget();
  return spawnSync(process.execPath, ["--import", "tsx", "commands/ingest.ts", ...args], {
    encoding: "utf8",
    env: {
      ...process.env,
      NEO4J_URI: target.uri,
      NEO4J_USERNAME: target.username,
      NEO4J_PASSWORD: target.password,
    },
  });
}

describe("npm run ingest", () => {
  it("ingests the seed folder by default and says what it did", () => {
    const result = ingestCli([]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/2 article\(s\): 2 new, 0 already stored/);
  });

  it("exits non-zero naming the bad file and the reason", async () => {
    const bad = path.join(scratch, "2020-09-30.txt");
    await writeFile(bad, "");
    const result = ingestCli([bad]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/2020-09-30\.txt: is empty/);
    expect(result.stderr).toMatch(/nothing was written/);
    const { records } = await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n");
    expect(records[0]?.get("n").toNumber()).toBe(2);
  });

  it("stores the good articles of a folder, names the binary and the empty file, exits 1", async () => {
    await clearGraph(driver);
    const folder = await mixedFolder();
    const result = ingestCli([folder]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/2 article\(s\): 2 new/);
    expect(result.stderr).toMatch(/2 input\(s\) refused; the other articles were stored/);
    expect(result.stderr).toMatch(/photo\.txt: is a binary file/);
    expect(result.stderr).toMatch(/empty\.txt: is empty/);
    expect(await articleCount()).toBe(2);
  });

  it("with --strict, stores nothing when one file is bad", async () => {
    await clearGraph(driver);
    const result = ingestCli(["--strict", await mixedFolder()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/nothing was written/);
    expect(await articleCount()).toBe(0);
  });

  it("refuses /dev/zero and a FIFO with their reasons", async () => {
    const fifo = path.join(scratch, "pipe.txt");
    spawnSync("mkfifo", [fifo]);
    const result = ingestCli(["/dev/zero", fifo]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\/dev\/zero: is a device, not a regular file/);
    expect(result.stderr).toMatch(/pipe\.txt: is a named pipe \(FIFO\), not a regular file/);
  });

  it("reports a link that leaves its folder", async () => {
    await clearGraph(driver);
    const folder = await mixedFolder();
    await symlink("/etc/hostname", path.join(folder, "link.txt"));
    const result = ingestCli([folder]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/link\.txt: links outside/);
  });

  it("says what it does with --help, without touching Neo4j", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "commands/ingest.ts", "--help"],
      { encoding: "utf8", env: { ...process.env, NEO4J_URI: "bolt://127.0.0.1:1" } },
    );
    expect(result.status).toBe(0);
    for (const topic of [/--strict/, /INGEST_MAX_BYTES/, /refused/, /Exit status/, /regular file/])
      expect(result.stdout).toMatch(topic);
  });

  it("refuses an unknown option with a usage error", () => {
    const result = ingestCli(["--force"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown option --force/);
  });
});

async function mixedFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(scratch, "mixed-"));
  for (const seed of ["000_22f90d76faec87a5.txt", "004_2c545764b04bb4dd.txt"])
    await copyFile(path.join("graph-seed/articles", seed), path.join(folder, seed));
  await writeFile(path.join(folder, "photo.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  await writeFile(path.join(folder, "empty.txt"), "");
  return folder;
}

async function articleCount(): Promise<number> {
  const { records } = await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n");
  return records[0]?.get("n").toNumber() as number;
}
