// Full-text search over entity names and aliases (the `entity_names` index).
import { ENTITY_NAME_INDEX } from "../../contract/graph-schema";
import type { EntityKind } from "../../contract/model";
import { entityProjection, toEntityRecord, type EntityRecord } from "./graph-records";
import { pageParams, readTransaction, type Neo4jContext, type PageRequest } from "./neo4j-context";
import { toNumber } from "./neo4j-values";

export interface ScoredEntity extends EntityRecord {
  score: number;
}

/**
 * A page of the entities matching a Lucene query, best score first (ties: higher degree, then
 * name and id, so that pages never overlap), and how many match in all.
 */
export async function searchEntities(
  context: Neo4jContext,
  lucene: string,
  kinds: readonly EntityKind[] | null,
  page: PageRequest,
): Promise<{ hits: ScoredEntity[]; total: number }> {
  const params = { index: ENTITY_NAME_INDEX, lucene, kinds, ...pageParams(page) };
  const matches = `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
       WHERE $kinds IS NULL OR node.kind IN $kinds`;
  return readTransaction(context, async (tx) => {
    const found = await tx.run(
      `${matches}
       WITH node, score ORDER BY score DESC, node.degree DESC, node.name, node.id
       SKIP $offset LIMIT $limit
       RETURN ${entityProjection("node")} AS e, score`,
      params,
    );
    const counted = await tx.run(`${matches} RETURN count(node) AS total`, params);
    return {
      hits: found.records.map((r) => ({
        ...toEntityRecord(r.get("e")),
        score: Number(r.get("score")),
      })),
      total: toNumber(counted.records[0]?.get("total") ?? 0),
    };
  });
}
