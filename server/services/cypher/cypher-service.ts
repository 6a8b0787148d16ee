// POST /api/cypher: user Cypher, read-only by construction. Layers, each enough on its own for
// the common cases: the query text is vetted (one statement, no prefixes), Neo4j's plan for it
// must be read-only with no forbidden operator or procedure, and it runs in a READ session with
// a server-side timeout and a row cap, stopped when the client goes away.
import { randomUUID } from "node:crypto";
import type { CypherResponse } from "../../../contract/api";
import { findEntities } from "../../repositories/entity-repository";
import {
  QueryFailure,
  describeElements,
  explainQuery,
  runQuery,
  terminateTagged,
} from "../../repositories/cypher-repository";
import type { Neo4jContext } from "../../repositories/neo4j-context";
import { ApiError } from "../../errors";
import { buildGraphPayload } from "../graph-payload";
import { vetPlan, vetQueryText } from "./cypher-guard";

export interface CypherLimits {
  timeoutMs: number;
  maxRows: number;
}

export async function runUserCypher(
  context: Neo4jContext,
  request: { query: string; params?: Record<string, unknown> },
  limits: CypherLimits,
  signal: AbortSignal,
): Promise<CypherResponse> {
  const query = vetQueryText(request.query);
  const params = request.params ?? {};
  try {
    vetPlan(await explainQuery(context, query, params));
    const tag = randomUUID();
    const stop = () => void terminateTagged(context, tag).catch(() => undefined);
    signal.addEventListener("abort", stop, { once: true });
    let records;
    try {
      records = await runQuery(context, query, params, { ...limits, tag });
    } finally {
      signal.removeEventListener("abort", stop);
    }
    const elements = await describeElements(
      context,
      records.nodes.map((n) => n.elementId),
      records.relationships.map((r) => r.elementId),
    );
    // Relations returned without their end nodes still need those nodes in the graph.
    const known = new Set(elements.entities.map((e) => e.id));
    const missing = [
      ...new Set(
        elements.relations.flatMap((r) => [r.source, r.target]).filter((id) => !known.has(id)),
      ),
    ];
    const entities = [...elements.entities, ...(await findEntities(context, missing))];
    return {
      columns: records.columns,
      rows: records.rows,
      truncated: records.truncated,
      graph: buildGraphPayload(entities, elements.relations),
      outsideGraph: {
        nodes: records.nodes.length - elements.entities.length,
        relationships: records.relationships.length - elements.relations.length,
      },
    };
  } catch (error) {
    throw error instanceof QueryFailure ? toApiError(error, limits) : error;
  }
}

function toApiError(failure: QueryFailure, limits: CypherLimits): ApiError {
  switch (failure.kind) {
    case "syntax":
      return new ApiError("CYPHER_SYNTAX", failure.message, failure.position);
    case "terminated":
      return new ApiError(
        "QUERY_TIMEOUT",
        `the query was stopped before it ended: ${failure.message}`,
      );
    case "timeout":
      return new ApiError(
        "QUERY_TIMEOUT",
        `the query was stopped after ${limits.timeoutMs} ms (the server's limit): ${failure.message}`,
      );
    case "refused":
      return new ApiError(
        "QUERY_REFUSED",
        `only read-only queries may run here: ${failure.message}`,
      );
    case "memory":
      return new ApiError(
        "QUERY_REFUSED",
        `the query needs more memory than allowed: ${failure.message}`,
      );
    case "invalid":
      return new ApiError("BAD_REQUEST", failure.message);
  }
}
