// Evidence: the sentences and articles behind relations, and single relations by id.
import type { EvidenceItem } from "../../contract/api";
import { RELATION_TYPES, type RelationType } from "../../contract/model";
import {
  articleProjection,
  entityProjection,
  relationProjection,
  toEntityRecord,
  toEvidenceItem,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from "./graph-records";
import { readTransaction, type Neo4jContext } from "./neo4j-context";

/** Evidence of each relation id, oldest article first, then by position in the article. */
export async function findEvidence(
  context: Neo4jContext,
  relationIds: readonly string[],
): Promise<Map<string, EvidenceItem[]>> {
  const byRelation = new Map<string, EvidenceItem[]>();
  if (relationIds.length === 0) return byRelation;
  const result = await readTransaction(context, (tx) =>
    tx.run(
      `UNWIND $ids AS rid
       MATCH (v:Evidence {relationId: rid})-[:FROM]->(a:Article)
       RETURN rid, v {.id, .sentence, .start, .end, .rule, .confidence} AS v,
              ${articleProjection("a")} AS a
       ORDER BY rid, a.publishedOn, a.id, v.start`,
      { ids: [...new Set(relationIds)] },
    ),
  );
  for (const record of result.records) {
    const rid = record.get("rid") as string;
    const list = byRelation.get(rid) ?? [];
    list.push(toEvidenceItem(record.get("v"), record.get("a")));
    byRelation.set(rid, list);
  }
  return byRelation;
}

/** The relation type a relation id names (`met_with:...` -> MET_WITH), if any. */
export function relationTypeOfId(id: string): RelationType | null {
  const prefix = id.split(":", 1)[0]?.toUpperCase();
  return (RELATION_TYPES as readonly string[]).includes(prefix ?? "")
    ? (prefix as RelationType)
    : null;
}

export interface RelationWithEnds {
  relation: RelationRecord;
  source: EntityRecord;
  target: EntityRecord;
}

/** One relation by id, with its endpoints; null when there is none. */
export async function findRelation(
  context: Neo4jContext,
  id: string,
): Promise<RelationWithEnds | null> {
  const type = relationTypeOfId(id);
  if (type === null) return null;
  const result = await readTransaction(context, (tx) =>
    tx.run(
      `MATCH (s:Entity)-[r:${type} {id: $id}]->(t:Entity)
       RETURN ${relationProjection("r")} AS r, ${entityProjection("s")} AS s,
              ${entityProjection("t")} AS t
       LIMIT 1`,
      { id },
    ),
  );
  const record = result.records[0];
  if (!record) return null;
  return {
    relation: toRelationRecord(record.get("r")),
    source: toEntityRecord(record.get("s")),
    target: toEntityRecord(record.get("t")),
  };
}
