// POST /api/cypher: read-only user Cypher (see services/cypher/cypher-service.ts).
import type { CypherLimits } from "../../settings/settings";
import { defineRoute, type Route } from "../http/route";
import { cypherRequestSchema } from "../schemas/request-schemas";
import { cypherResponseSchema } from "../schemas/response-schemas";
import { runUserCypher, type CypherDeps } from "../services/cypher/cypher-service";

export function cypherRoutes(deps: CypherDeps, limits: CypherLimits): Route[] {
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
          "Neo4j's message and position; a query nested too deeply for Neo4j, or `params` " +
          "nested deeper than 32 levels: 400 BAD_REQUEST. Past the time limit " +
          "(CYPHER_TIMEOUT_MS, planning included): 504 QUERY_TIMEOUT, at the limit. Rows " +
          "beyond the row cap (CYPHER_MAX_ROWS) or the byte budget (CYPHER_MAX_BYTES) are " +
          "dropped and `truncated` says which limit cut them; a first row larger than the " +
          "budget: 422 RESULT_TOO_LARGE. More than HEAVY_REQUESTS_PER_CLIENT queries at once " +
          "from one client: 429 TOO_MANY_REQUESTS with Retry-After.",
        body: cypherRequestSchema,
        response: {
          status: 200,
          description: "columns, rows and graph",
          schema: cypherResponseSchema,
        },
        errors: [400, 403, 413, 422, 429, 504],
        heavy: true,
      },
      async ({ body, signal, res }) => {
        const answer = await runUserCypher(deps, body, limits, signal);
        // Encoded in the worker already: sent as it is, without parsing it again.
        res
          .status(200)
          .type("application/json")
          .send(Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength));
        return undefined;
      },
    ),
  ];
}
