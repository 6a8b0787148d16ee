// The subgraph around some entities: a breadth-first expansion, one query per hop inside one
// read transaction, that stops taking new nodes at the node limit. Each hop's query also
// returns the node attributes (degrees included), so no further round trip is needed.
import type { ManagedTransaction } from "neo4j-driver";
import type { RelationType } from "../../contract/model";
import {
  entityProjection,
  relationProjection,
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from "./graph-records";
import { readTransaction, relTypePattern, toInt, type Neo4jContext } from "./neo4j-context";
import { toNumber } from "./neo4j-values";

export interface NeighborhoodFilter {
  ids: readonly string[];
  depth: number;
  types?: readonly RelationType[];
  from?: string;
  to?: string;
  /** Most nodes in the subgraph (the start entities included). */
  limit: number;
}

export type NeighborEntity = EntityRecord & {
  /** Relations of the requested types (whatever their date). */
  typedDegree: number;
};

export interface NeighborhoodRecords {
  /** Entities in the order they were reached (start entities that exist come first). */
  entities: NeighborEntity[];
  relations: RelationRecord[];
  /** True when the limit turned neighbours away. */
  truncated: boolean;
}

/** Fewest neighbours asked of one node per hop, however small its share of the budget. */
const MIN_PER_NODE = 25;

export async function findNeighborhood(
  context: Neo4jContext,
  filter: NeighborhoodFilter,
): Promise<NeighborhoodRecords> {
  return readTransaction(context, async (tx) => {
    const nodes = new Map<string, NeighborEntity>();
    const relations = new Map<string, RelationRecord>();
    let truncated = false;
    let frontier = [...new Set(filter.ids)];
    let starting = true;
    for (let hop = 0; hop < Math.max(1, filter.depth) && frontier.length > 0; hop++) {
      const remaining = filter.limit - nodes.size;
      const perNode = Math.min(
        filter.limit,
        Math.max(MIN_PER_NODE, Math.ceil((2 * remaining) / frontier.length)),
      );
      const rows = await expandHop(tx, frontier, filter, perNode);
      if (starting) {
        // The start entities that exist, in the order asked, before any neighbour.
        for (const { start } of rows) {
          if (nodes.has(start.id)) continue;
          if (nodes.size >= filter.limit) truncated = true;
          else nodes.set(start.id, start);
        }
        starting = false;
      }
      const next: string[] = [];
      for (const { start, relation, neighbor } of rows) {
        if (!relation || !neighbor || !nodes.has(start.id)) continue;
        if (!nodes.has(neighbor.id)) {
          if (nodes.size >= filter.limit) {
            truncated = true;
            continue;
          }
          nodes.set(neighbor.id, neighbor);
          next.push(neighbor.id);
        }
        relations.set(relation.id, relation);
      }
      frontier = next;
    }
    return { entities: [...nodes.values()], relations: [...relations.values()], truncated };
  });
}

interface HopRow {
  start: NeighborEntity;
  relation: RelationRecord | null;
  neighbor: NeighborEntity | null;
}

async function expandHop(
  tx: ManagedTransaction,
  frontier: readonly string[],
  filter: NeighborhoodFilter,
  perNode: number,
): Promise<HopRow[]> {
  const types = relTypePattern(filter.types);
  const result = await tx.run(
    `UNWIND $frontier AS fid
     MATCH (f:Entity {id: fid})
     CALL (f) {
       OPTIONAL MATCH (f)-[r:${types}]-(n:Entity)
       WHERE ($from IS NULL OR r.date IS NULL OR r.date >= date($from))
         AND ($to IS NULL OR r.date IS NULL OR r.date <= date($to))
       RETURN r, n
       LIMIT $perNode
     }
     RETURN ${entityProjection("f")} AS f, COUNT { (f)-[:${types}]-() } AS fTyped,
            CASE WHEN r IS NULL THEN null ELSE ${relationProjection("r")} END AS r,
            CASE WHEN n IS NULL THEN null ELSE ${entityProjection("n")} END AS n,
            CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-[:${types}]-() } END AS nTyped`,
    {
      frontier: [...frontier],
      from: filter.from ?? null,
      to: filter.to ?? null,
      perNode: toInt(perNode),
    },
  );
  return result.records.map((row) => {
    const n = row.get("n") as unknown;
    const r = row.get("r") as unknown;
    return {
      start: { ...toEntityRecord(row.get("f")), typedDegree: toNumber(row.get("fTyped")) },
      relation: r ? toRelationRecord(r) : null,
      neighbor: n ? { ...toEntityRecord(n), typedDegree: toNumber(row.get("nTyped")) } : null,
    };
  });
}
