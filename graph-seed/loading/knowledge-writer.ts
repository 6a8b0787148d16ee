// Writes the knowledge (entities, mentions, relations and their evidence) of a batch of articles
// inside the transaction that writes the articles themselves, with UNWIND, merging into what
// earlier articles stored.
// Labels and relationship types come from the model's allow-lists, never from input text.
// JavaScript numbers reach Neo4j as floats: counts and offsets are made integers here.
import type { ManagedTransaction } from "neo4j-driver";
import {
  REFRESH_DEGREES_STATEMENT,
  listUnion,
  mergeEntitiesStatement,
} from "../../contract/graph-schema";
import { ENTITY_KINDS, RELATION_TYPES } from "../../contract/model";
import type { KnowledgeRecords } from "./knowledge-records";

export async function writeKnowledge(
  tx: ManagedTransaction,
  records: KnowledgeRecords,
): Promise<void> {
  for (const kind of ENTITY_KINDS) {
    const entities = records.entities.filter((e) => e.kind === kind);
    if (entities.length === 0) continue;
    await tx.run(mergeEntitiesStatement(kind), { rows: entities });
  }

  await tx.run(
    `UNWIND $mentions AS m
     MATCH (a:Article {id: m.articleId})
     MATCH (e:Entity {id: m.entityId})
     MERGE (a)-[r:MENTIONS]->(e)
     SET r.count = toInteger(m.count), r.starts = [s IN m.starts | toInteger(s)],
         r.ends = [e IN m.ends | toInteger(e)]`,
    { mentions: records.mentions },
  );

  for (const type of RELATION_TYPES) {
    const relations = records.relations.filter((r) => r.type === type);
    if (relations.length === 0) continue;
    await tx.run(
      `UNWIND $relations AS rel
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
       SET r.evidenceCount = evidenceCount, r.confidence = confidence`,
      { relations },
    );
  }

  // The stored degree of every entity this batch touched, counted after its relations landed.
  const touched = new Set(records.entities.map((e) => e.id));
  for (const r of records.relations) touched.add(r.from).add(r.to);
  await tx.run(REFRESH_DEGREES_STATEMENT, { rows: [...touched] });
}
