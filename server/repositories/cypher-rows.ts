// Rows of a user query, read within a row cap and a byte budget while records stream in: each
// record's size is estimated on the driver's values first (a walk that stops at the budget, so
// a 20-million-element list costs no more than the budget), then it is made plain and encoded
// once; the encoded JSON is what counts and what is kept.
import type { CypherNode, CypherRelationship } from "../../contract/api";
import { toPlain } from "./neo4j-values";

export interface RowLimits {
  maxRows: number;
  maxBytes: number;
}

/** Rows kept so far, each already encoded as a JSON array. */
export interface RowBatch {
  columns: string[];
  rowsJson: string[];
  bytes: number;
  truncated: false | "rows" | "bytes";
  nodes: Map<string, CypherNode>;
  relationships: Map<string, CypherRelationship>;
}

export function emptyBatch(columns: string[]): RowBatch {
  return {
    columns,
    rowsJson: [],
    bytes: 2,
    truncated: false,
    nodes: new Map(),
    relationships: new Map(),
  };
}

/**
 * Adds one record's values to `batch`; returns false (and sets `truncated`) when a limit says
 * the stream must stop. A row that does not fit the byte budget is left out entirely.
 */
export function addRow(batch: RowBatch, values: unknown[], limits: RowLimits): boolean {
  if (batch.rowsJson.length >= limits.maxRows) {
    batch.truncated = "rows";
    return false;
  }
  const room = limits.maxBytes - batch.bytes;
  if (estimateJsonBytes(values, room) > room) {
    batch.truncated = "bytes";
    return false;
  }
  const row = values.map(toPlain);
  const json = JSON.stringify(row);
  const bytes = Buffer.byteLength(json) + 1;
  if (bytes > room) {
    batch.truncated = "bytes";
    return false;
  }
  batch.rowsJson.push(json);
  batch.bytes += bytes;
  collectElements(row, batch);
  return true;
}

/**
 * A lower bound of the JSON size of driver values, walked without recursion; it stops as soon
 * as the count passes `limit` (and then returns a number above it).
 */
export function estimateJsonBytes(value: unknown, limit: number): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    if (total > limit) return total;
    const v = stack.pop();
    if (v === null || v === undefined || typeof v === "boolean") total += 4;
    else if (typeof v === "string") total += v.length + 3;
    else if (typeof v === "number" || typeof v === "bigint") total += 2;
    else if (Array.isArray(v)) {
      total += 2 + v.length;
      // Pushing a huge list at once would itself cost memory: only as much as could still fit.
      const fits = Math.min(v.length, limit - total + 1);
      for (let i = 0; i < fits; i++) stack.push(v[i]);
      if (fits < v.length) return limit + 1;
    } else if (v instanceof Uint8Array) total += Math.ceil((v.length * 4) / 3) + 2;
    else if (typeof v === "object") {
      for (const [key, item] of Object.entries(v)) {
        total += key.length + 4;
        stack.push(item);
      }
    }
  }
  return total;
}

function collectElements(value: unknown, batch: RowBatch): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const item of v) if (item && typeof item === "object") stack.push(item);
    } else if (v && typeof v === "object") {
      const element = v as { $type?: string; elementId?: string };
      if (element.$type === "node") batch.nodes.set(element.elementId!, v as CypherNode);
      else if (element.$type === "relationship") {
        batch.relationships.set(element.elementId!, v as CypherRelationship);
      } else if (element.$type === "path") {
        const path = v as { nodes: unknown[]; relationships: unknown[] };
        stack.push(path.nodes, path.relationships);
      } else stack.push(Object.values(v));
    }
  }
}
