import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { connectNeo4j } from "../../../infra/neo4j/connection";
import { loadSettings } from "../../../settings/settings";

const bin = mkdtempSync(path.join(tmpdir(), "newsgraph-bin-"));
symlinkSync(process.execPath, path.join(bin, "node"));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** Runs a snippet with a PATH holding node alone, as on a machine without Java or Maven. */
function withoutJava(code: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    encoding: "utf8",
    env: { HOME: process.env.HOME, PATH: bin },
  });
}

describe("connectNeo4j", () => {
  it("uses NEO4J_URI as given, starting and downloading nothing", async () => {
    const connection = await connectNeo4j(
      loadSettings({
        NEO4J_URI: "bolt://db.example:7687",
        NEO4J_USERNAME: "reader",
        NEO4J_PASSWORD: "secret-password",
      }).neo4j,
    );
    expect(connection).toMatchObject({
      uri: "bolt://db.example:7687",
      username: "reader",
      password: "secret-password",
      source: "environment",
    });
  });

  it("asks for the password when NEO4J_URI comes without one", async () => {
    expect(() => loadSettings({ NEO4J_URI: "bolt://db.example:7687" })).toThrow(/NEO4J_PASSWORD/);
    await expect(
      connectNeo4j({ uri: "bolt://db.example:7687", username: "neo4j" }),
    ).rejects.toThrow(/NEO4J_PASSWORD/);
  });

  it("says to install Java or use another Neo4j when Java is missing", () => {
    const result = withoutJava(
      `import { installLocalNeo4j } from "${path.resolve("infra/neo4j/local-neo4j.ts")}";
       try { installLocalNeo4j(); } catch (e) { console.log(JSON.stringify({ code: e.code, message: e.message })); }`,
    );
    const { code, message } = JSON.parse(result.stdout) as { code: string; message: string };
    expect(code).toBe("JAVA_MISSING");
    expect(message).toMatch(/install a JDK/);
    expect(message).toMatch(/NEO4J_URI/);
    // A child process that compiles TypeScript: seconds on a loaded machine, so not the 5 s default.
  }, 30_000);
});
