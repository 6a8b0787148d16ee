// Subgraphs: the neighbourhood of some entities and the shortest paths between two, both in
// graphology's serialized format.
import type {
  KnowledgeGraphPayload,
  NeighborhoodAttributes,
  PathsResponse,
} from "../../contract/api";
import { entityExists, findEntities } from "../repositories/entity-repository";
import type { RelationRecord } from "../repositories/graph-records";
import type { Neo4jContext } from "../repositories/neo4j-context";
import { findNeighborhood } from "../repositories/neighborhood-repository";
import { findShortestPaths } from "../repositories/path-repository";
import type { NeighborhoodQuery, PathsQuery } from "../schemas/request-schemas";
import { ApiError } from "../errors";
import { buildGraphPayload } from "./graph-payload";
import { evidencePreviews } from "./relation-service";

export interface NeighborhoodResult {
  payload: KnowledgeGraphPayload;
  relations: RelationRecord[];
}

/**
 * The subgraph within `depth` hops of `ids`. Each node's `hiddenNeighbors` counts its relations
 * (of the requested types) that are not in the subgraph: what "+N more" would fetch.
 */
export async function neighborhood(
  context: Neo4jContext,
  query: Omit<NeighborhoodQuery, "ids"> & { ids: string[] },
): Promise<NeighborhoodResult> {
  const found = await findNeighborhood(context, { ...query, types: query.rel });
  if (found.entities.length === 0) {
    throw new ApiError(
      "NOT_FOUND",
      `no entity with id ${query.ids.map((id) => `'${id}'`).join(", ")}`,
    );
  }
  const { entities } = found;
  const shown = new Map<string, number>();
  for (const r of found.relations) {
    shown.set(r.source, (shown.get(r.source) ?? 0) + 1);
    shown.set(r.target, (shown.get(r.target) ?? 0) + 1);
  }
  const hidden = new Map(
    entities.map((e) => [e.id, Math.max(0, e.typedDegree - (shown.get(e.id) ?? 0))]),
  );
  const attributes: NeighborhoodAttributes = {
    truncated: found.truncated,
    hiddenRelations: [...hidden.values()].reduce((a, b) => a + b, 0),
  };
  return {
    payload: buildGraphPayload(entities, found.relations, {
      attributes: { ...attributes },
      hidden,
    }),
    relations: found.relations,
  };
}

export async function shortestPaths(
  context: Neo4jContext,
  query: PathsQuery,
): Promise<PathsResponse> {
  const paths = await findShortestPaths(context, { ...query, types: query.rel });
  // No path may mean no such entity: only then is it worth asking.
  if (paths.length === 0) {
    for (const id of [query.from, query.to]) {
      if (!(await entityExists(context, id))) {
        throw new ApiError("NOT_FOUND", `no entity with id '${id}'`);
      }
    }
  }
  const relations = paths.flatMap((p) => p.relations);
  const nodeIds = [...new Set(paths.flatMap((p) => p.nodes))];
  const [entities, evidence] = await Promise.all([
    findEntities(context, nodeIds),
    evidencePreviews(
      context,
      relations.map((r) => r.id),
    ),
  ]);
  return {
    graph: buildGraphPayload(entities, relations),
    paths: paths.map((p) => ({ nodes: p.nodes, edges: p.relations.map((r) => r.id) })),
    evidence: Object.fromEntries(
      [...new Set(relations.map((r) => r.id))].map((id) => [id, evidence.get(id)?.items ?? []]),
    ),
  };
}
