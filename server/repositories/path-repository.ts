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
  /** Entity ids no path may pass through. */
  exclude?: readonly string[];
  limit: number;
}

export interface PathRecord {
  nodes: string[];
  relations: RelationRecord[];
}

/** The query of findShortestPaths for `filter` (its hop bound and relation types are in the text). */
export function shortestPathsStatement(filter: PathFilter): { text: string } {
  const hops = Math.trunc(filter.maxHops);
  if (!(hops >= 1 && hops <= 6)) throw new RangeError(`maxHops out of range: ${filter.maxHops}`);
  return {
    text: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       MATCH p = allShortestPaths((a)-[:${relTypePattern(filter.types)}*1..${hops}]-(b))
       WHERE none(n IN nodes(p) WHERE n.id IN $exclude)
       RETURN [n IN nodes(p) | n.id] AS nodes,
              [r IN relationships(p) | ${relationProjection("r")}] AS rels
       LIMIT $limit`,
  };
}

/**
 * Every shortest path (up to `limit`) avoiding the `exclude`d entities; an empty list when none
 * is within `maxHops`. The exclusion is a predicate on every node of the path (`none(n IN
 * nodes(p) ...)`), which Neo4j applies during its breadth-first search instead of falling back
 * to enumerating all paths, so the query stays as bounded as without it (an integration test
 * checks the plan).
 */
export async function findShortestPaths(
  context: Neo4jContext,
  filter: PathFilter,
): Promise<PathRecord[]> {
  const { text } = shortestPathsStatement(filter);
  const result = await readTransaction(context, (tx) =>
    tx.run(text, {
      from: filter.from,
      to: filter.to,
      exclude: filter.exclude ?? [],
      limit: toInt(filter.limit),
    }),
  );
  return result.records.map((r) => ({
    nodes: r.get("nodes") as string[],
    relations: (r.get("rels") as unknown[]).map(toRelationRecord),
  }));
}
