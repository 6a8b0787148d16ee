import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
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
  return spawnSync(process.execPath, ["--import", "tsx", "graph-seed/cli/ingest.ts", ...args], {
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
});
