// What the file writers read: pages of nodes, then pages of edges. Pages come from the whole
// graph (streamed from Neo4j) or from one neighbourhood (already in memory, bounded by limit).
import type { EvidenceItem } from "../../../contract/api";
import type { FileEdge, FileNode } from "../../../contract/graph-files/file-records";
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

export function toFileNode(e: EntityRecord): FileNode {
  return {
    id: e.id,
    label: e.name,
    kind: e.kind,
    degree: e.degree,
    aliases: e.aliases,
    titles: e.titles,
  };
}

export function toFileEdge(r: RelationRecord): FileEdge {
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    type: r.type,
    date: r.date,
    topic: r.topic,
    confidence: r.confidence,
    evidenceCount: r.evidenceCount,
  };
}
