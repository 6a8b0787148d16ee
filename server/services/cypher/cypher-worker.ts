// The body of a Cypher worker thread (see cypher-workers.ts): its own driver, one job at a time,
// each answered with the response's JSON bytes or with the error, described for the main thread.
import { parentPort, workerData } from "node:worker_threads";
import neo4j from "neo4j-driver";
import { ApiError, isNeo4jUnavailable } from "../../errors";
import { QueryFailure } from "../../repositories/cypher-repository";
import type { Neo4jContext, Neo4jTarget } from "../../repositories/neo4j-context";
import { answerJob, type CypherJob } from "./cypher-answer";
import type { WorkerError, WorkerReply } from "./cypher-workers";

const target = workerData as Neo4jTarget;
const context: Neo4jContext = {
  driver: neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 2_000,
    maxConnectionPoolSize: 4,
  }),
  database: target.database,
};

function describe(error: unknown): WorkerError {
  if (error instanceof ApiError) {
    return { type: "api", code: error.code, message: error.message, position: error.position };
  }
  if (error instanceof QueryFailure) {
    return { type: "query", kind: error.kind, message: error.message, position: error.position };
  }
  if (isNeo4jUnavailable(error)) return { type: "unavailable", message: String(error) };
  return {
    type: "internal",
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  };
}

// Connected before it says it is ready, so a query does not pay for the first connection; if
// Neo4j is down, ready all the same (queries will say so) after a bounded wait.
await Promise.race([
  context.driver
    .executeQuery("RETURN 1", {}, { database: context.database, routing: "READ" })
    .catch(() => undefined),
  new Promise((resolve) => setTimeout(resolve, 3_000)),
]);
parentPort!.postMessage("ready");
parentPort!.on("message", (job: CypherJob) => {
  void answerJob(context, job).then(
    (json) => {
      // A fresh buffer of its own, handed over without a copy.
      const body = new TextEncoder().encode(json);
      const reply: WorkerReply = { ok: true, body };
      parentPort!.postMessage(reply, [body.buffer]);
    },
    (error: unknown) => {
      const reply: WorkerReply = { ok: false, error: describe(error) };
      parentPort!.postMessage(reply);
    },
  );
});
