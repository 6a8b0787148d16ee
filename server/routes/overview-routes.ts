// The explorer's opening view, so the browser never needs the Cypher console for its own needs.
import { defineRoute, type Route } from "../http/route";
import type { Neo4jContext } from "../repositories/neo4j-context";
import { knowledgeGraphSchema } from "../schemas/graph-schemas";
import { overviewQuerySchema } from "../schemas/overview-schemas";
import { overview } from "../services/overview-service";

export function overviewRoutes(neo4j: Neo4jContext): Route[] {
  return [
    defineRoute(
      {
        method: "get",
        path: "/graph/overview",
        tag: "graph",
        summary: "The opening view: the best-connected entities and their neighbours",
        description:
          "Entities are ranked by their stored `degree` (kept by the ingestion and the snapshot " +
          "import, indexed), so the answer does not count relations over the whole graph. " +
          "With fewer than 10 entities to start from, neighbours two hops away are included. " +
          "Graph attributes: `truncated`, `hiddenRelations` (as in a neighbourhood) and " +
          "`totalEntities` in the database. An empty database gives an empty graph.",
        query: overviewQuerySchema,
        response: {
          status: 200,
          description: "the opening subgraph",
          schema: knowledgeGraphSchema,
        },
        errors: [400],
      },
      ({ query }) => overview(neo4j, query),
    ),
  ];
}
