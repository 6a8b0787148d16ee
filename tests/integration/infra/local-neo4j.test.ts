import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { scratchDataDir } from "../../support/neo4j";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("the local Neo4j", () => {
  it("stops by itself when the process that started it is killed", async () => {
    const dataDir = await scratchDataDir();
    const parent = spawn(
      process.execPath,
      ["--import", "tsx", "tests/support/neo4j-child.ts", dataDir],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const jvmPid = await new Promise<number>((resolve, reject) => {
      let out = "";
      parent.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /"pid":(\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      parent.once("exit", (code) => reject(new Error(`child exited early (${code})`)));
    });
    expect(isRunning(jvmPid)).toBe(true);

    parent.kill("SIGKILL");
    const deadline = Date.now() + 45_000;
    while (isRunning(jvmPid) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(isRunning(jvmPid)).toBe(false);
    await rm(dataDir, { recursive: true, force: true });
  });
});
