// Entities: one by id with its articles and relations, and the node attributes of many.
import type { ArticleSummary } from "../../contract/api";
import {
  articleProjection,
  entityProjection,
  relationProjection,
  toArticleSummary,
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from "./graph-records";
import { readTransaction, relTypePattern, toInt, type Neo4jContext } from "./neo4j-context";
import { toNumber } from "./neo4j-values";

export interface EntityWithContext {
  entity: EntityRecord;
  articles: ArticleSummary[];
  relations: { relation: RelationRecord; other: EntityRecord }[];
}

/** The entity, the articles that mention it and up to `limit` of its relations; null if none. */
export async function findEntity(
  context: Neo4jContext,
  id: string,
  limit: number,
): Promise<EntityWithContext | null> {
  return readTransaction(context, async (tx) => {
    const head = await tx.run(
      `MATCH (e:Entity {id: $id})
       CALL (e) {
         OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e)
         WITH a ORDER BY a.publishedOn, a.id
         RETURN collect(${articleProjection("a")}) AS articles
       }
       RETURN ${entityProjection("e")} AS e, articles`,
      { id },
    );
    const record = head.records[0];
    if (!record) return null;
    const rels = await tx.run(
      `MATCH (e:Entity {id: $id})-[r:${relTypePattern()}]-(o:Entity)
       RETURN ${relationProjection("r")} AS r, ${entityProjection("o")} AS o
       ORDER BY r.date, r.type, o.name
       LIMIT $limit`,
      { id, limit: toInt(limit) },
    );
    return {
      entity: toEntityRecord(record.get("e")),
      articles: (record.get("articles") as unknown[]).map(toArticleSummary),
      relations: rels.records.map((r) => ({
        relation: toRelationRecord(r.get("r")),
        other: toEntityRecord(r.get("o")),
      })),
    };
  });
}

/** Whether an entity with this id exists. */
export async function entityExists(context: Neo4jContext, id: string): Promise<boolean> {
  const result = await readTransaction(context, (tx) =>
    tx.run("MATCH (e:Entity {id: $id}) RETURN count(e) AS n", { id }),
  );
  return toNumber(result.records[0]?.get("n") ?? 0) > 0;
}

/**
 * Node attributes of entities: label, kind, aliases, titles, degree (all types), and
 * `typedDegree`, their relations of the given types (to tell how many neighbours are hidden).
 */
export async function findEntities(
  context: Neo4jContext,
  ids: readonly string[],
  types?: readonly string[],
): Promise<(EntityRecord & { typedDegree: number })[]> {
  if (ids.length === 0) return [];
  const result = await readTransaction(context, (tx) =>
    tx.run(
      `UNWIND $ids AS id
       MATCH (e:Entity {id: id})
       RETURN ${entityProjection("e")} AS e, COUNT { (e)-[:${relTypePattern(types)}]-() } AS typed`,
      { ids: [...ids] },
    ),
  );
  return result.records.map((r) => ({
    ...toEntityRecord(r.get("e")),
    typedDegree: toNumber(r.get("typed")),
  }));
}
