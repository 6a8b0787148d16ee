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
  // A deeply nested query can come back as a structure (error or plan) that overflows the
  // driver's own stack in this thread.
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return { type: "query", kind: "too-deep", message: error.message };
  }
  return {
    type: "internal",
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  };
}

// Warmed up before it says it is ready: one query through the whole path (connection, plans
// of the describing queries, this thread's compiled code), so the first user query does not
// pay for it. If Neo4j is down, ready all the same (queries will say so) after a bounded wait.
await Promise.race([
  answerJob(context, {
    query: "MATCH (e:Entity) WHERE e.id = $id RETURN e",
    params: { id: "" },
    tag: "warm-up",
    deadline: Date.now() + 5_000,
    maxRows: 1,
    maxBytes: 1_000,
    bookmarks: [],
  }).catch(() => undefined),
  new Promise((resolve) => setTimeout(resolve, 5_000)),
]);
parentPort!.postMessage("ready");
parentPort!.on("message", (job: CypherJob) => {
  // This thread's driver cannot share the main thread's bookmark manager: the job brings its
  // bookmarks instead.
  const bookmarks = neo4j.bookmarkManager({ initialBookmarks: job.bookmarks });
  void answerJob({ ...context, bookmarks }, job).then(
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
