// Runs a tool the tests install or use (pip, Maven, javac, java): its output, or an error that
// names the command and ends with the tool's last lines.
import { spawnSync } from "node:child_process";

export function runTool(command: string, args: string[], what: string, input?: string): string {
  const result = spawnSync(command, args, {
    input,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-15);
    throw new Error(`${what} failed (${command} ${args.join(" ")}):\n${output.join("\n")}`);
  }
  return result.stdout;
}
