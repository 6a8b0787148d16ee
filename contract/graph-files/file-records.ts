// What the graph files (GEXF, GraphML, CSV) are written from, by the server's streaming export
// and by the browser's export of the view alike: one entity or relation at a time, plain values.
// Pure: no Node or DOM API, so both sides share the same writers.
import { SYMMETRIC_RELATION_TYPES, type EntityKind, type RelationType } from "../model";

export interface FileNode {
  id: string;
  label: string;
  kind: EntityKind;
  degree: number;
  aliases: readonly string[];
  titles: readonly string[];
  /** Layout and style of the view (browser exports only). */
  viz?: { x: number; y: number; size: number; color: string };
}

export interface FileEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  /** YYYY-MM-DD (meetings). */
  date?: string | null;
  topic?: string | null;
  confidence: number;
  evidenceCount: number;
}

/**
 * How edge direction is written. `mixed`: symmetric relations (MET_WITH, DISAGREES_ON) are
 * undirected edges, the others directed (Gephi, igraph and graphology read this). `directed`:
 * every edge directed, with an `undirected` attribute saying which ones are symmetric; for tools
 * that refuse a graph of both kinds (networkx).
 */
export const EDGE_MODES = ["mixed", "directed"] as const;
export type EdgeMode = (typeof EDGE_MODES)[number];

export interface FileOptions {
  edges: EdgeMode;
}

export function isUndirected(edge: Pick<FileEdge, "type">): boolean {
  return SYMMETRIC_RELATION_TYPES.includes(edge.type);
}

/**
 * What Gephi tells parallel edges apart by (GEXF's `kind`, its CSV `Kind`, its GraphML edge
 * `label`): edges of one pair with the same kind are merged on import. The relation type, plus
 * the date for a dated relation: two meetings of one pair on two days are two relations.
 */
export function edgeKind(edge: Pick<FileEdge, "type" | "date">): string {
  return edge.date ? `${edge.type} ${edge.date}` : edge.type;
}

/** Value types of the attributes, by their GEXF names. */
export type FieldType = "string" | "integer" | "double" | "boolean" | "liststring";

export interface FileField<T> {
  name: string;
  type: FieldType;
  value(item: T): string | number | boolean | readonly string[] | null | undefined;
}

/** Entity attributes every format writes, besides id and label. */
export const NODE_FIELDS: readonly FileField<FileNode>[] = [
  { name: "kind", type: "string", value: (n) => n.kind },
  { name: "degree", type: "integer", value: (n) => n.degree },
  { name: "aliases", type: "liststring", value: (n) => n.aliases },
  { name: "titles", type: "liststring", value: (n) => n.titles },
];

/**
 * Relation attributes every format writes, besides id, source and target. The relation type is
 * `relation`: every tool has its own meaning for an edge's `type` (GEXF and Gephi's CSV: the
 * direction; graphology: mixed or not). `undirected` is added in the `directed` edge mode.
 */
export const EDGE_FIELDS: readonly FileField<FileEdge>[] = [
  { name: "relation", type: "string", value: (e) => e.type },
  { name: "date", type: "string", value: (e) => e.date },
  { name: "topic", type: "string", value: (e) => e.topic },
  { name: "confidence", type: "double", value: (e) => e.confidence },
  { name: "evidenceCount", type: "integer", value: (e) => e.evidenceCount },
];

export const UNDIRECTED_FIELD: FileField<FileEdge> = {
  name: "undirected",
  type: "boolean",
  value: isUndirected,
};

export function edgeFields(options: FileOptions): readonly FileField<FileEdge>[] {
  return options.edges === "directed" ? [...EDGE_FIELDS, UNDIRECTED_FIELD] : EDGE_FIELDS;
}

/** True when a value is worth writing (absent, empty text and empty lists are left out). */
export function present<V>(value: V | null | undefined | ""): value is V {
  return (
    value !== undefined &&
    value !== null &&
    value !== "" &&
    !(Array.isArray(value) && value.length === 0)
  );
}

// Characters XML 1.0 forbids are dropped rather than written, so the file always parses.
// eslint-disable-next-line no-control-regex -- naming the control characters XML allows is the point
const XML_FORBIDDEN = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content and attribute values. */
export function xmlEscape(value: unknown): string {
  return String(value)
    .replace(XML_FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
