// The subgraph around some entities: a breadth-first expansion, one query per hop inside one
// read transaction, that stops taking new nodes at the node limit; then one query for the
// attributes (degrees included) of the nodes kept, in the same transaction.
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
    const nodes = new Set<string>();
    const relations = new Map<string, RelationRecord>();
    let truncated = false;
    let frontier = [...new Set(filter.ids)];
    for (let hop = 0; hop < Math.max(1, filter.depth) && frontier.length > 0; hop++) {
      const remaining = filter.limit - nodes.size;
      const perNode = Math.min(
        filter.limit,
        Math.max(MIN_PER_NODE, Math.ceil((2 * remaining) / frontier.length)),
      );
      const rows = await expandHop(tx, frontier, filter, perNode);
      if (hop === 0) {
        // The start entities that exist, in the order asked, before any neighbour.
        for (const { start } of rows) {
          if (nodes.has(start)) continue;
          if (nodes.size >= filter.limit) truncated = true;
          else nodes.add(start);
        }
      }
      const next: string[] = [];
      for (const { start, relation, neighbor } of rows) {
        if (!relation || !neighbor || !nodes.has(start)) continue;
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
    const entities = await nodeAttributes(tx, [...nodes], filter);
    return { entities, relations: [...relations.values()], truncated };
  });
}

/** Attributes of the nodes kept, in the order given, with their degrees. */
async function nodeAttributes(
  tx: ManagedTransaction,
  ids: string[],
  filter: NeighborhoodFilter,
): Promise<NeighborEntity[]> {
  if (ids.length === 0) return [];
  // With every type asked (the opening view, most requests) the typed degree is the stored one.
  const allTypes = relTypePattern(filter.types) === relTypePattern();
  const typed = allTypes
    ? "projected.degree"
    : `COUNT { (e)-[:${relTypePattern(filter.types)}]-() }`;
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     WITH e, ${entityProjection("e")} AS projected
     RETURN projected AS e, ${typed} AS typed`,
    { ids },
  );
  return result.records.map((r) => ({
    ...toEntityRecord(r.get("e")),
    typedDegree: toNumber(r.get("typed")),
  }));
}

interface HopRow {
  start: string;
  relation: RelationRecord | null;
  neighbor: string | null;
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
     RETURN f.id AS f,
            CASE WHEN r IS NULL THEN null ELSE ${relationProjection("r")} END AS r,
            n.id AS n`,
    {
      frontier: [...frontier],
      from: filter.from ?? null,
      to: filter.to ?? null,
      perNode: toInt(perNode),
    },
  );
  return result.records.map((row) => {
    const r = row.get("r") as unknown;
    return {
      start: row.get("f") as string,
      relation: r ? toRelationRecord(r) : null,
      neighbor: (row.get("n") as string | null) ?? null,
    };
  });
}
