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
