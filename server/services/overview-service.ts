// The opening view: the best-connected entities and their neighbours, as one subgraph.
import type { KnowledgeGraphPayload, OverviewAttributes } from "../../contract/api";
import type { Neo4jContext } from "../repositories/neo4j-context";
import { findBestConnected } from "../repositories/overview-repository";
import type { OverviewQuery } from "../schemas/overview-schemas";
import { buildGraphPayload } from "./graph-payload";
import { neighborhood } from "./graph-service";

/** Below this many seeds (a small graph) the view reaches two hops, so it is never a few dots. */
const FEW_SEEDS = 10;

export async function overview(
  context: Neo4jContext,
  query: OverviewQuery,
): Promise<KnowledgeGraphPayload> {
  const { ids, total } = await findBestConnected(context, query.seeds);
  if (ids.length === 0) {
    const attributes: OverviewAttributes = {
      truncated: false,
      hiddenRelations: 0,
      totalEntities: 0,
    };
    return buildGraphPayload([], [], { attributes: { ...attributes } });
  }
  const depth = ids.length < FEW_SEEDS ? 2 : 1;
  const { payload } = await neighborhood(context, { ids, depth, limit: query.limit });
  return { ...payload, attributes: { ...payload.attributes, totalEntities: total } };
}
