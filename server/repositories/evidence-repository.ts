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
import { pageParams, readTransaction, type Neo4jContext, type PageRequest } from "./neo4j-context";
import { toNumber } from "./neo4j-values";

/** A page of one relation's evidence, and how many sentences it has in all. */
export interface EvidencePage {
  items: EvidenceItem[];
  total: number;
}

/** Every sentence of each relation: for exports, which must carry all of it. */
export const ALL_EVIDENCE = { offset: 0, limit: Number.MAX_SAFE_INTEGER };

/**
 * A page of the evidence of each relation id (oldest article first, then by position in the
 * article), with each relation's count; relations without evidence are absent from the map.
 */
export async function findEvidence(
  context: Neo4jContext,
  relationIds: readonly string[],
  page: PageRequest,
): Promise<Map<string, EvidencePage>> {
  const byRelation = new Map<string, EvidencePage>();
  if (relationIds.length === 0) return byRelation;
  const result = await readTransaction(context, (tx) =>
    tx.run(
      `UNWIND $ids AS rid
       CALL (rid) {
         MATCH (v:Evidence {relationId: rid})-[:FROM]->(a:Article)
         WITH v, a ORDER BY a.publishedOn, a.id, v.start, v.id SKIP $offset LIMIT $limit
         RETURN collect({
           v: v {.id, .sentence, .start, .end, .rule, .confidence},
           a: ${articleProjection("a")}
         }) AS items
       }
       RETURN rid, items, COUNT { (v:Evidence {relationId: rid})-[:FROM]->(:Article) } AS total`,
      { ids: [...new Set(relationIds)], ...pageParams(page) },
    ),
  );
  for (const record of result.records) {
    const total = toNumber(record.get("total"));
    if (total === 0) continue;
    const items = record.get("items") as { v: unknown; a: unknown }[];
    byRelation.set(record.get("rid") as string, {
      items: items.map(({ v, a }) => toEvidenceItem(v, a)),
      total,
    });
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
