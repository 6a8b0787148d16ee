// What the file writers read: pages of nodes, then pages of edges. Pages come from the whole
// graph (streamed from Neo4j) or from one neighbourhood (already in memory, bounded by limit).
import type { EvidenceItem } from "../../../contract/api";
import type { EntityRecord, RelationRecord } from "../../repositories/graph-records";

export interface ExportEdge extends RelationRecord {
  /** Present in JSON exports (snapshots), so they can be imported with their evidence. */
  evidence?: EvidenceItem[];
}

export interface ExportSource {
  /** Graph attributes written into the file. */
  attributes: Record<string, unknown>;
  nodes(): AsyncIterable<EntityRecord[]>;
  edges(): AsyncIterable<ExportEdge[]>;
}

/** A column of an export file: its name and value type (GEXF names; GraphML says "int"). */
export interface ExportField {
  name: string;
  type: "string" | "integer" | "double" | "liststring";
}

/** The entity attributes every file format writes (besides id and label). */
export const NODE_FIELDS: readonly ExportField[] = [
  { name: "kind", type: "string" },
  { name: "degree", type: "integer" },
  { name: "aliases", type: "liststring" },
  { name: "titles", type: "liststring" },
];

/** The relation attributes every file format writes (besides id, source and target). */
export const EDGE_FIELDS: readonly ExportField[] = [
  { name: "type", type: "string" },
  { name: "date", type: "string" },
  { name: "topic", type: "string" },
  { name: "confidence", type: "double" },
  { name: "evidenceCount", type: "integer" },
];

export function nodeValues(e: EntityRecord): [string, unknown][] {
  return [
    ["kind", e.kind],
    ["degree", e.degree],
    ["aliases", e.aliases],
    ["titles", e.titles],
  ];
}

export function edgeValues(r: RelationRecord): [string, unknown][] {
  return [
    ["type", r.type],
    ["date", r.date],
    ["topic", r.topic],
    ["confidence", r.confidence],
    ["evidenceCount", r.evidenceCount],
  ];
}
