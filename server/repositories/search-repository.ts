// Full-text search over entity names and aliases (the `entity_names` index).
import { ENTITY_NAME_INDEX } from "../../contract/graph-schema";
import type { EntityKind } from "../../contract/model";
import { entityProjection, toEntityRecord, type EntityRecord } from "./graph-records";
import { readTransaction, toInt, type Neo4jContext } from "./neo4j-context";

export interface ScoredEntity extends EntityRecord {
  score: number;
}

/** Entities matching a Lucene query, best score first (ties: higher degree first). */
export async function searchEntities(
  context: Neo4jContext,
  lucene: string,
  kinds: readonly EntityKind[] | null,
  limit: number,
): Promise<ScoredEntity[]> {
  const result = await readTransaction(context, (tx) =>
    tx.run(
      `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
       WHERE $kinds IS NULL OR node.kind IN $kinds
       WITH node, score LIMIT $limit
       WITH ${entityProjection("node")} AS e, score
       RETURN e, score
       ORDER BY score DESC, e.degree DESC, e.name`,
      { index: ENTITY_NAME_INDEX, lucene, kinds, limit: toInt(limit) },
    ),
  );
  return result.records.map((r) => ({
    ...toEntityRecord(r.get("e")),
    score: Number(r.get("score")),
  }));
}
