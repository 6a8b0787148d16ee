// Every command package.json runs is one entry file in commands/, and each answers --help with its
// usage before doing anything (no Neo4j started, nothing read or written).
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const scripts = (
  JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts;
/** npm run names whose script runs a TypeScript entry file through tsx. */
const commands = Object.entries(scripts).filter(([, script]) => script.startsWith("tsx "));

describe("commands", () => {
  it("are each one entry file in commands/", () => {
    expect(commands.length).toBeGreaterThanOrEqual(10);
    for (const [name, script] of commands) {
      expect({ name, script }).toEqual({
        name,
        script: expect.stringMatching(/^tsx commands\/[a-z0-9-]+\.ts$/),
      });
    }
  });

  // Each child compiles TypeScript: seconds on a loaded machine.
  it("answer --help with their usage", { timeout: 180_000 }, async () => {
    const run = promisify(execFile);
    for (const [name, script] of commands) {
      const entry = script.slice("tsx ".length);
      const { stdout } = await run(process.execPath, ["--import", "tsx", entry, "--help"], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
      });
      expect({ name, usage: stdout.split("\n")[0] }).toEqual({
        name,
        usage: expect.stringMatching(/^usage: npm (start|run)/),
      });
    }
  });
});
