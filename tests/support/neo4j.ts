// Helpers for integration tests: a driver to the run's Neo4j and a clean graph per test file.
import { mkdir, mkdtemp } from "node:fs/promises";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";
import { CACHE_DIR } from "../../infra/neo4j/local-neo4j";
import { clearTestDatabase, type Neo4jTarget } from "./test-target";

export type { Neo4jTarget };

export function neo4jTarget(): Neo4jTarget {
  return inject("neo4j");
}

export function testDriver(): Driver {
  const target = neo4jTarget();
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
}

/**
 * Deletes every node and relationship (the schema stays); refuses, deleting nothing, in a
 * database without the tests' marker (test-target.ts).
 */
export async function clearGraph(driver: Driver): Promise<void> {
  await clearTestDatabase(driver, neo4jTarget().database);
}

/**
 * Every node and relationship with labels, types and properties, in a canonical text form:
 * two equal snapshots mean an equal graph (of the tests' database unless another is named).
 */
export async function graphSnapshot(
  driver: Driver,
  database = neo4jTarget().database,
): Promise<string[]> {
  const nodes = await driver.executeQuery(
    "MATCH (n) RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props",
    {},
    { database },
  );
  const keyOf = new Map<string, string>();
  const lines: string[] = [];
  for (const r of nodes.records) {
    const text = canonical([[...(r.get("labels") as string[])].sort(), r.get("props")]);
    keyOf.set(r.get("key") as string, text);
    lines.push(`node ${text}`);
  }
  const rels = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props, elementId(b) AS b",
    {},
    { database },
  );
  for (const r of rels.records) {
    const ends = `${keyOf.get(r.get("a"))} -> ${keyOf.get(r.get("b"))}`;
    lines.push(`rel ${r.get("type")} ${canonical(r.get("props"))} ${ends}`);
  }
  return lines.sort();
}

/** JSON with sorted keys; driver values (integers, dates) written as their string form. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      if (neo4j.isInt(v) || neo4j.isDate(v) || neo4j.isDateTime(v)) return String(v);
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)));
    }
    return v;
  });
}

/** A new, empty folder for a Neo4j of a test's own (removed by the caller when done). */
export async function scratchDataDir(): Promise<string> {
  await mkdir(path.join(CACHE_DIR, "test-runs"), { recursive: true });
  return mkdtemp(path.join(CACHE_DIR, "test-runs", "own-"));
}
