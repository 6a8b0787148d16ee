// The answer to one user query, computed where the query runs (a worker thread, see
// cypher-workers.ts): its plan vetted, its rows read within the limits, the graph they hold
// described, and the whole answer encoded as JSON once, here, so the main thread only sends it.
import { findEntities } from "../../repositories/entity-repository";
import { describeElements, explainQuery, runQuery } from "../../repositories/cypher-repository";
import type { Neo4jContext } from "../../repositories/neo4j-context";
import { buildGraphPayload } from "../graph-payload";
import { vetPlan } from "./cypher-guard";

/** One user query and its limits, as the main thread hands it to a worker. */
export interface CypherJob {
  /** Already vetted by `vetQueryText`. */
  query: string;
  params: Record<string, unknown>;
  /** The transactions' tag (their metadata), by which the main thread can stop them. */
  tag: string;
  /** When the request's deadline falls (epoch ms): Neo4j's time limit is what is left of it. */
  deadline: number;
  maxRows: number;
  maxBytes: number;
  /** The server's bookmarks when the request came: the query reads after the server's writes. */
  bookmarks: string[];
}

/** The JSON text of the CypherResponse to `job`. */
export async function answerJob(context: Neo4jContext, job: CypherJob): Promise<string> {
  const left = () => job.deadline - Date.now();
  vetPlan(await explainQuery(context, job.query, job.params, { tag: job.tag, timeoutMs: left() }));
  const batch = await runQuery(context, job.query, job.params, {
    tag: job.tag,
    timeoutMs: left(),
    maxRows: job.maxRows,
    maxBytes: job.maxBytes,
  });
  const elements = await describeElements(
    context,
    [...batch.nodes.keys()],
    [...batch.relationships.keys()],
  );
  // Relations returned without their end nodes still need those nodes in the graph.
  const known = new Set(elements.entities.map((e) => e.id));
  const missing = [
    ...new Set(
      elements.relations.flatMap((r) => [r.source, r.target]).filter((id) => !known.has(id)),
    ),
  ];
  const entities = [...elements.entities, ...(await findEntities(context, missing))];
  // The rows are encoded already (that is how the byte budget counted them): spliced in as-is.
  return (
    `{"columns":${JSON.stringify(batch.columns)},"rows":[${batch.rowsJson.join(",")}],` +
    `"truncated":${JSON.stringify(batch.truncated)},` +
    `"graph":${JSON.stringify(buildGraphPayload(entities, elements.relations))},` +
    `"outsideGraph":${JSON.stringify({
      nodes: batch.nodes.size - elements.entities.length,
      relationships: batch.relationships.size - elements.relations.length,
    })}}`
  );
}
