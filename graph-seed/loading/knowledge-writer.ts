// The statements that write a batch's knowledge (entities, mentions, relations and their
// evidence) in the transaction that writes the articles themselves, with UNWIND, merging into
// what earlier articles stored. Every MERGE is on an indexed key (checked by the ingest bench
// and a test with EXPLAIN).
// Labels and relationship types come from the model's allow-lists, never from input text.
// JavaScript numbers reach Neo4j as floats: counts and offsets are made integers here.
import {
  REFRESH_DEGREES_STATEMENT,
  listUnion,
  mergeEntitiesStatement,
} from "../../contract/graph-schema";
import { ENTITY_KINDS, RELATION_TYPES, type RelationType } from "../../contract/model";
import type { KnowledgeRecords } from "./knowledge-records";

/** One Cypher statement and its parameters. */
export interface Statement {
  text: string;
  parameters: Record<string, unknown>;
}

export const MERGE_MENTIONS = `UNWIND $mentions AS m
  MATCH (a:Article {id: m.articleId})
  MATCH (e:Entity {id: m.entityId})
  MERGE (a)-[r:MENTIONS]->(e)
  SET r.count = toInteger(m.count), r.starts = [s IN m.starts | toInteger(s)],
      r.ends = [e IN m.ends | toInteger(e)]`;

/** Merges relations of one type (from the model's list) with their evidence. */
export function mergeRelationsStatement(type: RelationType): string {
  return `UNWIND $relations AS rel
    MATCH (a:Article {id: rel.evidence.articleId})
    MATCH (s:Entity {id: rel.from}), (t:Entity {id: rel.to})
    MERGE (s)-[r:${type} {id: rel.id}]->(t)
    SET r.date = CASE WHEN rel.date IS NULL THEN null ELSE date(rel.date) END,
        r.topics = ${listUnion("r.topics", "CASE WHEN rel.topic IS NULL THEN [] ELSE [rel.topic] END")}
    SET r.topic = r.topics[0]
    MERGE (v:Evidence {id: rel.evidence.id})
    SET v += rel.evidence,
        v.start = toInteger(rel.evidence.start), v.end = toInteger(rel.evidence.end),
        v.date = CASE WHEN rel.evidence.date IS NULL THEN null ELSE date(rel.evidence.date) END
    MERGE (v)-[:FROM]->(a)
    WITH DISTINCT r
    CALL (r) {
      MATCH (v:Evidence {relationId: r.id})
      RETURN count(v) AS evidenceCount, max(v.confidence) AS confidence
    }
    SET r.evidenceCount = evidenceCount, r.confidence = confidence`;
}

/** The statements that store `records`, in the order they must run. */
export function knowledgeStatements(records: KnowledgeRecords): Statement[] {
  const statements: Statement[] = [];
  for (const kind of ENTITY_KINDS) {
    const rows = records.entities.filter((e) => e.kind === kind);
    if (rows.length > 0)
      statements.push({ text: mergeEntitiesStatement(kind), parameters: { rows } });
  }
  if (records.mentions.length > 0) {
    statements.push({ text: MERGE_MENTIONS, parameters: { mentions: records.mentions } });
  }
  for (const type of RELATION_TYPES) {
    const relations = records.relations.filter((r) => r.type === type);
    if (relations.length > 0) {
      statements.push({ text: mergeRelationsStatement(type), parameters: { relations } });
    }
  }
  // The stored degree of every entity this batch touched, counted after its relations landed.
  const touched = new Set(records.entities.map((e) => e.id));
  for (const r of records.relations) touched.add(r.from).add(r.to);
  statements.push({ text: REFRESH_DEGREES_STATEMENT, parameters: { rows: [...touched] } });
  return statements;
}
