// Shortest paths between two entities over the chosen relation types.
import type { RelationType } from "../../contract/model";
import { relationProjection, toRelationRecord, type RelationRecord } from "./graph-records";
import { readTransaction, relTypePattern, toInt, type Neo4jContext } from "./neo4j-context";

export interface PathFilter {
  from: string;
  to: string;
  /** 1..6, checked by the request schema (a hop bound cannot be a Cypher parameter). */
  maxHops: number;
  types?: readonly RelationType[];
  limit: number;
}

export interface PathRecord {
  nodes: string[];
  relations: RelationRecord[];
}

/** Every shortest path (up to `limit`); an empty list when none is within `maxHops`. */
export async function findShortestPaths(
  context: Neo4jContext,
  filter: PathFilter,
): Promise<PathRecord[]> {
  const hops = Math.trunc(filter.maxHops);
  if (!(hops >= 1 && hops <= 6)) throw new RangeError(`maxHops out of range: ${filter.maxHops}`);
  const result = await readTransaction(context, (tx) =>
    tx.run(
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       MATCH p = allShortestPaths((a)-[:${relTypePattern(filter.types)}*1..${hops}]-(b))
       RETURN [n IN nodes(p) | n.id] AS nodes,
              [r IN relationships(p) | ${relationProjection("r")}] AS rels
       LIMIT $limit`,
      { from: filter.from, to: filter.to, limit: toInt(filter.limit) },
    ),
  );
  return result.records.map((r) => ({
    nodes: r.get("nodes") as string[],
    relations: (r.get("rels") as unknown[]).map(toRelationRecord),
  }));
}
