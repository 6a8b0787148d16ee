// Read endpoints over the knowledge graph: search, entities, neighbourhoods, paths, meetings
// and the evidence of one relation.
import type { Neo4jContext } from "../repositories/neo4j-context";
import { defineRoute, type Route } from "../http/route";
import {
  entityArticlesQuerySchema,
  entityQuerySchema,
  evidenceQuerySchema,
  idParamsSchema,
  meetingsQuerySchema,
  neighborhoodQuerySchema,
  pathsQuerySchema,
  searchQuerySchema,
} from "../schemas/request-schemas";
import { knowledgeGraphSchema } from "../schemas/graph-schemas";
import {
  entityArticlesSchema,
  entityDetailsSchema,
  meetingsResponseSchema,
  pathsResponseSchema,
  relationEvidenceSchema,
  searchResponseSchema,
} from "../schemas/response-schemas";
import { entityArticles, entityDetails } from "../services/entity-service";
import { neighborhood, shortestPaths } from "../services/graph-service";
import { meetings } from "../services/meeting-service";
import { relationEvidence } from "../services/relation-service";
import { search } from "../services/search-service";

export function graphRoutes(neo4j: Neo4jContext): Route[] {
  return [
    defineRoute(
      {
        method: "get",
        path: "/search",
        tag: "graph",
        summary: "Entities by name or alias (full-text, prefix and fuzzy), best first, paged",
        query: searchQuerySchema,
        response: { status: 200, description: "matching entities", schema: searchResponseSchema },
        errors: [400],
      },
      ({ query }) => search(neo4j, query),
    ),
    defineRoute(
      {
        method: "get",
        path: "/entities/:id",
        tag: "graph",
        summary: "An entity with its aliases, roles, articles, and relations with evidence",
        description:
          "`offset` and `limit` page the relations (`relationCount` counts them all); the first " +
          "100 articles come along (`articleCount`; the rest from `/entities/{id}/articles`), and " +
          "each relation's first ten sentences (`evidenceCount`; the rest from " +
          "`/relations/{id}/evidence`).",
        params: idParamsSchema,
        query: entityQuerySchema,
        response: { status: 200, description: "the entity", schema: entityDetailsSchema },
        errors: [400, 404],
      },
      ({ params, query }) => entityDetails(neo4j, params.id, query),
    ),
    defineRoute(
      {
        method: "get",
        path: "/entities/:id/articles",
        tag: "graph",
        summary: "A page of the articles that mention an entity, oldest first",
        params: idParamsSchema,
        query: entityArticlesQuerySchema,
        response: { status: 200, description: "the articles", schema: entityArticlesSchema },
        errors: [400, 404],
      },
      ({ params, query }) => entityArticles(neo4j, params.id, query),
    ),
    defineRoute(
      {
        method: "get",
        path: "/graph/neighborhood",
        tag: "graph",
        summary: "The subgraph within 1 to 3 hops of some entities (graphology serialized)",
        description:
          "Graph attributes say whether the node limit cut the expansion (`truncated`); each " +
          "node's `hiddenNeighbors` counts its relations left out. Relations without a date " +
          "pass any date window.",
        query: neighborhoodQuerySchema,
        response: { status: 200, description: "the subgraph", schema: knowledgeGraphSchema },
        errors: [400, 404],
      },
      async ({ query }) => (await neighborhood(neo4j, query)).payload,
    ),
    defineRoute(
      {
        method: "get",
        path: "/graph/paths",
        tag: "graph",
        summary: "Shortest paths between two entities as a subgraph, each hop with its evidence",
        query: pathsQuerySchema,
        response: { status: 200, description: "the paths", schema: pathsResponseSchema },
        errors: [400, 404],
      },
      ({ query }) => shortestPaths(neo4j, query),
    ),
    defineRoute(
      {
        method: "get",
        path: "/meetings",
        tag: "graph",
        summary: "Who met whom, when, with evidence, oldest first, paged",
        query: meetingsQuerySchema,
        response: { status: 200, description: "the meetings", schema: meetingsResponseSchema },
        errors: [400, 404],
      },
      ({ query }) => meetings(neo4j, query),
    ),
    defineRoute(
      {
        method: "get",
        path: "/relations/:id/evidence",
        tag: "graph",
        summary: "A page of the sentences, articles and offsets behind one relation",
        params: idParamsSchema,
        query: evidenceQuerySchema,
        response: {
          status: 200,
          description: "the relation and a page of its evidence",
          schema: relationEvidenceSchema,
        },
        errors: [400, 404],
      },
      ({ params, query }) => relationEvidence(neo4j, params.id, query),
    ),
  ];
}
