// Turns driver values (Integer, temporal types, nodes, relationships, paths, points) into plain
// JSON values, once, here at the repositories' edge.
import neo4j from "neo4j-driver";
import type { CypherNode, CypherPath, CypherRelationship } from "../../contract/api";

/** A driver Integer (or number) as a JS number; beyond 2^53 it keeps its exact digits as text. */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : Number(value.toString());
  if (typeof value === "bigint") return Number(value);
  return typeof value === "number" ? value : Number(value);
}

/** A Neo4j Date (or date text) as YYYY-MM-DD; null when absent. */
export function toDateText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (neo4j.isDate(value)) return value.toString();
  return String(value);
}

export function toStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

export function toOptionalString(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

/** Any value a Cypher query returns, as JSON. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === "bigint") {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (neo4j.isNode(value)) return toPlainNode(value);
  if (neo4j.isRelationship(value)) return toPlainRelationship(value);
  if (neo4j.isPath(value)) return toPlainPath(value);
  if (neo4j.isPoint(value)) {
    const p = value;
    return { $type: "point", srid: toNumber(p.srid), x: p.x, y: p.y, z: p.z ?? null };
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

type DriverNode = Parameters<typeof neo4j.isNode>[0] & {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
};

function toPlainNode(node: unknown): CypherNode {
  const n = node as DriverNode;
  return {
    $type: "node",
    elementId: n.elementId,
    labels: [...n.labels],
    properties: toPlain(n.properties) as Record<string, unknown>,
  };
}

function toPlainRelationship(rel: unknown): CypherRelationship {
  const r = rel as {
    elementId: string;
    type: string;
    startNodeElementId: string;
    endNodeElementId: string;
    properties: Record<string, unknown>;
  };
  return {
    $type: "relationship",
    elementId: r.elementId,
    type: r.type,
    startElementId: r.startNodeElementId,
    endElementId: r.endNodeElementId,
    properties: toPlain(r.properties) as Record<string, unknown>,
  };
}

function toPlainPath(path: unknown): CypherPath {
  const p = path as { start: unknown; segments: { relationship: unknown; end: unknown }[] };
  return {
    $type: "path",
    nodes: [toPlainNode(p.start), ...p.segments.map((s) => toPlainNode(s.end))],
    relationships: p.segments.map((s) => toPlainRelationship(s.relationship)),
  };
}

/** JSON parameters for a query: whole numbers become Integers (JSON cannot tell 1 from 1.0). */
export function toDriverParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    }
    return value;
  };
  return convert(params) as Record<string, unknown>;
}
