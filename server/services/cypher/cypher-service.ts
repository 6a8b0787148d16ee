// POST /api/cypher: user Cypher, read-only by construction, bounded in time, size and memory.
// Read-only: the text is vetted (one statement, no prefixes), Neo4j's plan must be read-only
// with no forbidden operator or procedure, and it runs in a READ transaction that is rolled
// back. Bounded: the query runs in a worker thread (cypher-workers.ts) within a row cap and a
// byte budget; the request has a deadline of its own, EXPLAIN included, and the answer comes at
// that deadline (504) whatever Neo4j does; past it, or when the client goes away, the worker is
// ended and the query's tagged transactions terminated in Neo4j, and a query Neo4j does not
// stop is reported in the log.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { ApiError } from "../../errors";
import type { Logger } from "../../logger";
import { taggedTransactions, terminateTagged } from "../../repositories/cypher-repository";
import type { Neo4jContext } from "../../repositories/neo4j-context";
import type { CypherLimits } from "../../../settings/settings";
import { vetQueryText } from "./cypher-guard";
import { WorkerFailure, workerApiError, type CypherWorkers } from "./cypher-workers";

export type { CypherLimits };

export interface CypherDeps {
  context: Neo4jContext;
  workers: CypherWorkers;
  logger: Logger;
}

/** Runs a user query and resolves with the JSON bytes of its CypherResponse. */
export async function runUserCypher(
  deps: CypherDeps,
  request: { query: string; params?: Record<string, unknown> },
  limits: CypherLimits,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const query = vetQueryText(request.query);
  const tag = randomUUID();
  const deadline = Date.now() + limits.timeoutMs;
  const stop = new AbortController();
  const timer = setTimeout(
    () =>
      stop.abort(
        new ApiError(
          "QUERY_TIMEOUT",
          `the query was stopped after ${limits.timeoutMs} ms (the server's limit, CYPHER_TIMEOUT_MS)`,
        ),
      ),
    limits.timeoutMs,
  );
  const clientGone = () =>
    stop.abort(new ApiError("BAD_REQUEST", "the client went away before the answer"));
  signal.addEventListener("abort", clientGone, { once: true });
  try {
    const bookmarks = [...((await deps.context.bookmarks?.getBookmarks()) ?? [])];
    return await deps.workers.run(
      { query, params: request.params ?? {}, tag, deadline, ...limits, bookmarks },
      stop.signal,
    );
  } catch (error) {
    if (stop.signal.aborted || mayStillRun(error)) void stopInNeo4j(deps, tag, query);
    throw toApiError(error, limits);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener("abort", clientGone);
  }
}

/** Failures after which Neo4j may still be running the query. */
function mayStillRun(error: unknown): boolean {
  if (!(error instanceof WorkerFailure)) return true;
  const { failure } = error;
  if (failure.type === "query")
    return ["timeout", "terminated", "too-large"].includes(failure.kind);
  return failure.type !== "unavailable";
}

/** Checks after TERMINATE: Neo4j checks for termination only at some points of a query. */
const RECHECKS_MS = [500, 1_500, 3_000];

/**
 * Terminates the query's tagged transactions, looks again a few times (one may have begun in
 * the meantime), and logs the query when Neo4j still runs it after that.
 */
async function stopInNeo4j(deps: CypherDeps, tag: string, query: string): Promise<void> {
  try {
    await terminateTagged(deps.context, tag);
    let left: string[] = [];
    for (const wait of RECHECKS_MS) {
      await sleep(wait);
      left = await taggedTransactions(deps.context, tag);
      if (left.length === 0) return;
      await terminateTagged(deps.context, tag);
    }
    deps.logger.warn(
      { tag, transactions: left, query: query.slice(0, 300) },
      "Neo4j has not stopped a user query 5 s after TERMINATE TRANSACTIONS: it keeps running " +
        "(and holding a core) until it ends by itself",
    );
  } catch (error) {
    deps.logger.warn({ err: error, tag }, "could not stop a user query in Neo4j");
  }
}

function toApiError(error: unknown, limits: CypherLimits): unknown {
  if (!(error instanceof WorkerFailure)) return error;
  const { failure } = error;
  if (failure.type !== "query") return workerApiError(failure) ?? error;
  const { message, position } = failure;
  switch (failure.kind) {
    case "syntax":
      return new ApiError("CYPHER_SYNTAX", message, position);
    case "terminated":
      return new ApiError("QUERY_TIMEOUT", `the query was stopped before it ended: ${message}`);
    case "timeout":
      return new ApiError(
        "QUERY_TIMEOUT",
        `the query was stopped after ${limits.timeoutMs} ms (the server's limit, CYPHER_TIMEOUT_MS): ${message}`,
      );
    case "refused":
      // Neo4j's own refusal: a write in the read-only transaction, or a forbidden operation.
      return new ApiError(
        "QUERY_REFUSED",
        /write|read access mode/i.test(message)
          ? `this query would change data; the console is read-only (Neo4j: ${message})`
          : `Neo4j refused the query: ${message}`,
      );
    case "memory":
      // The limit on all queries together is the server's state, not this query's fault.
      if (message.includes("transaction.total.max")) {
        return new ApiError(
          "NEO4J_UNAVAILABLE",
          `the queries running now use all the memory the database allows; retry shortly (${message})`,
        );
      }
      return new ApiError("QUERY_REFUSED", memoryMessage(message));
    case "too-large":
      return new ApiError("RESULT_TOO_LARGE", `${message}; return fewer or smaller values`);
    case "too-deep":
      return new ApiError(
        "BAD_REQUEST",
        "query too deeply nested for Neo4j to plan or run (its stack overflowed); flatten the " +
          "nested expressions",
      );
    case "invalid":
      return new ApiError("BAD_REQUEST", message);
    case "busy":
      return new ApiError("NEO4J_UNAVAILABLE", `Neo4j cannot run the query now; retry: ${message}`);
    case "failed":
      return new ApiError("INTERNAL", `Neo4j failed to run the query: ${message}`);
  }
}

/**
 * Names the memory limit a query ran into: Neo4j's messages name the transaction settings, but a
 * heap OutOfMemoryError only says "Java heap space".
 */
function memoryMessage(neo4jMessage: string): string {
  if (neo4jMessage.includes("transaction.max")) {
    return `the query needs more memory than one query may use (${neo4jMessage}); it was stopped, nothing else was affected`;
  }
  return (
    "the query needs more memory than the database's heap holds (Neo4j: " +
    `${neo4jMessage}); it was stopped, nothing else was affected`
  );
}
