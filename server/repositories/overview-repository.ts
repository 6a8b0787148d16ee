// The entities the opening view is built around: the best connected, read in the order of the
// `entity_degree` index (the stored degree the loaders keep), not counted over every entity.
import { readTransaction, relTypePattern, toInt, type Neo4jContext } from "./neo4j-context";
import { toNumber } from "./neo4j-values";

export interface BestConnected {
  /** Entity ids, most relations first (ties by id). */
  ids: string[];
  /** Entities in the database. */
  total: number;
}

export async function findBestConnected(
  context: Neo4jContext,
  limit: number,
): Promise<BestConnected> {
  return readTransaction(context, async (tx) => {
    const count = await tx.run("MATCH (e:Entity) RETURN count(e) AS total");
    const total = toNumber(count.records[0]?.get("total") ?? 0);
    if (total === 0) return { ids: [], total };
    const top = await tx.run(
      `MATCH (e:Entity) WHERE e.degree IS NOT NULL
       RETURN e.id AS id ORDER BY e.degree DESC, e.id LIMIT $limit`,
      { limit: toInt(limit) },
    );
    if (top.records.length > 0) return { ids: top.records.map((r) => String(r.get("id"))), total };
    // A database loaded before degrees were stored (until its next ingest): count, slowly.
    const counted = await tx.run(
      `MATCH (e:Entity)
       RETURN e.id AS id ORDER BY COUNT { (e)-[:${relTypePattern()}]-() } DESC, e.id LIMIT $limit`,
      { limit: toInt(limit) },
    );
    return { ids: counted.records.map((r) => String(r.get("id"))), total };
  });
}
