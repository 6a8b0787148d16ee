// networkx, python-igraph, xmlschema and the Neo4j driver for Python (or another pinned list, such
// as schemathesis), in a virtual environment under the git-ignored .neo4j/ cache (installed from
// PyPI with pip once per requirements list), and a runner for read_graphs.py. Tests skip with a clear message only when Python is absent.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CACHE_DIR } from "../../../infra/neo4j/local-neo4j";
import { runTool } from "../run-tool";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Pinned, so a new release cannot change what the tests see without a commit saying so. */
const GRAPH_TOOLS = ["networkx==3.6.1", "igraph==1.0.0", "xmlschema==4.3.2", "neo4j==6.4.1"];

/** The system's Python 3.10+ with venv, or null when there is none. */
export function systemPython(): string | null {
  for (const candidate of ["python3", "python"]) {
    const probe = spawnSync(
      candidate,
      ["-c", "import sys, venv; print(sys.version_info >= (3, 10))"],
      {
        encoding: "utf8",
      },
    );
    if (probe.status === 0 && probe.stdout.trim() === "True") return candidate;
  }
  return null;
}

/**
 * The python of a venv holding `requirements` (the graph tools by default; one venv per list),
 * installing it first when needed; null when Python 3.10+ with venv is not on this machine (the
 * caller skips, saying so).
 */
export function pythonTools(requirements: readonly string[] = GRAPH_TOOLS): string | null {
  const system = systemPython();
  if (!system) return null;
  const digest = createHash("sha256").update(requirements.join("\n")).digest("hex").slice(0, 12);
  const venv = path.join(CACHE_DIR, `python-tools-${digest}`);
  const python = path.join(venv, "bin", "python");
  if (!existsSync(python)) {
    // Only a complete install becomes visible, so an interrupted one is simply redone.
    const staging = `${venv}.partial`;
    rmSync(staging, { recursive: true, force: true });
    runTool(system, ["-m", "venv", staging], "Creating the Python tools' venv");
    runTool(
      path.join(staging, "bin", "python"),
      ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", ...requirements],
      `Installing ${requirements.join(", ")} with pip`,
    );
    renameSync(staging, venv);
  }
  return python;
}

export const SKIP_WITHOUT_PYTHON =
  "Python 3.10+ (with venv) is not installed: networkx, igraph and the XSD checks are skipped";

/** Runs a Python script of tests/support with JSON on stdin; returns its JSON answer. */
export function runPython<T>(python: string, script: string, input: unknown): T {
  const output = runTool(python, [path.join(here, script)], script, JSON.stringify(input));
  return JSON.parse(output) as T;
}
