// `npm ci --omit=dev && npm start` must work: every package the app's commands load, following
// their imports from the entry points (the Cypher worker's included), is a dependency, not a
// devDependency. Vite is the one exception: loaded only to rebuild a stale client, and optional.
import { readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

/** What `npm start`, `npm run ingest`, `extract` and `neo4j` run, and the worker they start. */
const ENTRY_POINTS = [
  "commands/start.ts",
  "commands/neo4j.ts",
  "commands/ingest.ts",
  "commands/extract.ts",
  "server/services/cypher/cypher-worker-entry.mjs",
  "server/services/cypher/cypher-worker.ts",
];
/** Loaded with a fallback when absent (infra/client-build.ts). */
const OPTIONAL = new Set(["vite"]);

/** `import ... from "x"`, `export ... from "x"`, `import "x"` at a line's start; `import("x")`. */
const IMPORT =
  /^\s*(?:import\s*|(?:import|export)\b[^;"'`=]*?\sfrom\s*)["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm;

function resolveLocal(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  const found = [base, `${base}.ts`, `${base}.mjs`, path.join(base, "index.ts")].find((candidate) =>
    statSync(candidate, { throwIfNoEntry: false })?.isFile(),
  );
  if (!found) throw new Error(`${path.relative(ROOT, from)} imports ${specifier}: not found`);
  return found;
}

/** Bare package names imported by the entry points and every local module they reach. */
function packagesLoaded(): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = ENTRY_POINTS.map((entry) => path.join(ROOT, entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const [, staticName, dynamicName] of text.matchAll(IMPORT)) {
      const specifier = staticName ?? dynamicName;
      if (!specifier) continue;
      if (specifier.startsWith(".")) {
        queue.push(resolveLocal(file, specifier));
        continue;
      }
      if (specifier.startsWith("node:") || builtinModules.includes(specifier)) continue;
      const parts = specifier.split("/");
      const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
      packages.set(name, path.relative(ROOT, file));
    }
  }
  return packages;
}

describe("a production install (npm ci --omit=dev)", () => {
  it("has every package the app's commands load among the dependencies", () => {
    const loaded = packagesLoaded();
    expect(loaded.has("neo4j-driver")).toBe(true);
    expect(loaded.has("tsx")).toBe(true);
    const missing = [...loaded]
      .filter(([name]) => !OPTIONAL.has(name) && !(name in pkg.dependencies))
      .map(([name, file]) => `${name} (imported by ${file})`);
    expect(missing).toEqual([]);
  });

  it("runs its commands with tsx, which is a dependency", () => {
    for (const name of ["start", "ingest", "extract", "neo4j"]) {
      expect(pkg.scripts[name]).toMatch(/^tsx /);
    }
    expect(pkg.dependencies.tsx).toBeDefined();
  });
});
