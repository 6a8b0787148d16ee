// The graph a bulk load writes, built in memory from the same batches the transactional ingest
// writes, by the same rules as its MERGE statements (knowledge-writer.ts, graph-schema.ts): an
// entity keeps the name and kind it was first stored with and unites its aliases and titles in
// the order the batches bring them; a relation unites its topics, counts its evidence and keeps
// its best confidence; an entity's degree counts its relations. Articles, mentions and evidence
// are never merged across batches (each article is written once), so they are handed on per
// batch and only entities and relations stay in memory.
import type { EntityKind, RelationType } from "../../contract/model";
import { mergeKnowledge, type EvidenceRecord, type MentionRecord } from "./knowledge-records";
import type { PreparedArticle } from "./prepared-article";

export interface BulkEntity {
  id: string;
  name: string;
  kind: EntityKind;
  /** Every kind it was stored as (a label each); the kind is part of the id, so one. */
  labels: Set<EntityKind>;
  aliases: string[];
  titles: string[];
}

export interface BulkRelation {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  date: string | null;
  topics: string[];
  /** Evidence sentences by id: a sentence found twice in one article is one Evidence node. */
  evidence: Map<string, number>;
}

/** What one batch adds that is written as it is: its articles' mentions and evidence. */
export interface BulkBatchRows {
  mentions: MentionRecord[];
  evidence: EvidenceRecord[];
}

/** The Cypher union rule (graph-schema.ts listUnion): append what is missing, keep the rest. */
function union(target: string[], items: readonly string[]): void {
  for (const item of items) if (!target.includes(item)) target.push(item);
}

export class BulkGraph {
  readonly entities = new Map<string, BulkEntity>();
  readonly relations = new Map<string, BulkRelation>();

  /** Merges one batch, as its transaction would, and returns the rows written as they are. */
  addBatch(batch: readonly PreparedArticle[]): BulkBatchRows {
    const records = mergeKnowledge(batch.map((article) => article.knowledge));
    for (const row of records.entities) {
      let entity = this.entities.get(row.id);
      if (!entity) {
        entity = {
          id: row.id,
          name: row.name,
          kind: row.kind,
          labels: new Set(),
          aliases: [],
          titles: [],
        };
        this.entities.set(row.id, entity);
      }
      entity.labels.add(row.kind);
      union(entity.aliases, row.aliases);
      union(entity.titles, row.titles);
    }
    // MERGE on the evidence id: a later row with the same id overwrites the earlier one.
    const evidence = new Map<string, EvidenceRecord>();
    for (const row of records.relations) {
      let relation = this.relations.get(row.id);
      if (!relation) {
        const { id, type, from, to, date } = row;
        relation = { id, type, from, to, date, topics: [], evidence: new Map() };
        this.relations.set(row.id, relation);
      }
      relation.date = row.date;
      if (row.topic !== null) union(relation.topics, [row.topic]);
      relation.evidence.set(row.evidence.id, row.evidence.confidence);
      evidence.set(row.evidence.id, row.evidence);
    }
    return { mentions: records.mentions, evidence: [...evidence.values()] };
  }

  /** Relations of every type at each entity, as REFRESH_DEGREES_STATEMENT counts them. */
  degrees(): Map<string, number> {
    const degrees = new Map<string, number>();
    for (const { from, to } of this.relations.values()) {
      degrees.set(from, (degrees.get(from) ?? 0) + 1);
      degrees.set(to, (degrees.get(to) ?? 0) + 1);
    }
    return degrees;
  }
}
