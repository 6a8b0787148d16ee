// The subgraph around some entities: a breadth-first expansion, one query per hop inside one
// read transaction, that stops taking new nodes at the node limit.
import type { ManagedTransaction } from "neo4j-driver";
import type { RelationType } from "../../contract/model";
import { relationProjection, toRelationRecord, type RelationRecord } from "./graph-records";
import { readTransaction, relTypePattern, toInt, type Neo4jContext } from "./neo4j-context";

export interface NeighborhoodFilter {
  ids: readonly string[];
  depth: number;
  types?: readonly RelationType[];
  from?: string;
  to?: string;
  /** Most nodes in the subgraph (the start entities included). */
  limit: number;
}

export interface NeighborhoodRecords {
  /** Entity ids in the order they were reached (start entities that exist come first). */
  nodeIds: string[];
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
    const start = await tx.run("UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id", {
      ids: [...filter.ids],
    });
    const nodes = new Set<string>();
    for (const r of start.records) {
      if (nodes.size < filter.limit) nodes.add(r.get("id") as string);
    }
    const relations = new Map<string, RelationRecord>();
    let truncated = nodes.size < start.records.length;
    let frontier = [...nodes];
    for (let hop = 0; hop < filter.depth && frontier.length > 0; hop++) {
      const remaining = filter.limit - nodes.size;
      const perNode = Math.min(
        filter.limit,
        Math.max(MIN_PER_NODE, Math.ceil((2 * remaining) / frontier.length)),
      );
      const rows = await expandHop(tx, frontier, filter, perNode);
      const next: string[] = [];
      for (const { relation, neighbor } of rows) {
        if (!nodes.has(neighbor)) {
          if (nodes.size >= filter.limit) {
            truncated = true;
            continue;
          }
          nodes.add(neighbor);
          next.push(neighbor);
        }
        relations.set(relation.id, relation);
      }
      frontier = next;
    }
    return { nodeIds: [...nodes], relations: [...relations.values()], truncated };
  });
}

async function expandHop(
  tx: ManagedTransaction,
  frontier: readonly string[],
  filter: NeighborhoodFilter,
  perNode: number,
): Promise<{ relation: RelationRecord; neighbor: string }[]> {
  const result = await tx.run(
    `UNWIND $frontier AS fid
     MATCH (f:Entity {id: fid})
     CALL (f) {
       MATCH (f)-[r:${relTypePattern(filter.types)}]-(n:Entity)
       WHERE ($from IS NULL OR r.date IS NULL OR r.date >= date($from))
         AND ($to IS NULL OR r.date IS NULL OR r.date <= date($to))
       RETURN r, n
       LIMIT $perNode
     }
     RETURN ${relationProjection("r")} AS r, n.id AS neighbor`,
    {
      frontier: [...frontier],
      from: filter.from ?? null,
      to: filter.to ?? null,
      perNode: toInt(perNode),
    },
  );
  return result.records.map((r) => ({
    relation: toRelationRecord(r.get("r")),
    neighbor: r.get("neighbor") as string,
  }));
}
