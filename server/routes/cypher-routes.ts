// POST /api/cypher: read-only user Cypher (see services/cypher/cypher-service.ts).
import type { ApiSettings } from "../app";
import { defineRoute, type Route } from "../http/route";
import type { Neo4jContext } from "../repositories/neo4j-context";
import { cypherRequestSchema } from "../schemas/request-schemas";
import { cypherResponseSchema } from "../schemas/response-schemas";
import { runUserCypher } from "../services/cypher/cypher-service";

export function cypherRoutes(neo4j: Neo4jContext, settings: ApiSettings): Route[] {
  return [
    defineRoute(
      {
        method: "post",
        path: "/cypher",
        tag: "cypher",
        summary: "Runs a read-only Cypher query; answers rows and the graph they hold",
        description:
          "Refused (403 QUERY_REFUSED): writes, LOAD CSV, CALL IN TRANSACTIONS, SHOW/TERMINATE " +
          "and other administration, procedures outside a read-only allow-list, several " +
          "statements, EXPLAIN/PROFILE/CYPHER prefixes. Syntax errors: 400 CYPHER_SYNTAX with " +
          "Neo4j's message and position. Past the time limit: 504 QUERY_TIMEOUT. Rows beyond " +
          "the cap are dropped and `truncated` is true.",
        body: cypherRequestSchema,
        response: {
          status: 200,
          description: "columns, rows and graph",
          schema: cypherResponseSchema,
        },
        errors: [400, 403, 413, 504],
      },
      ({ body, signal }) =>
        runUserCypher(
          neo4j,
          body,
          { timeoutMs: settings.CYPHER_TIMEOUT_MS, maxRows: settings.CYPHER_MAX_ROWS },
          signal,
        ),
    ),
  ];
}
