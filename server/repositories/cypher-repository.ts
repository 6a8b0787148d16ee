// User Cypher against Neo4j: EXPLAIN to get its plan, then the run itself, both in READ
// transactions with Neo4j's time limit and a tag by which they can be stopped; rows within a
// row cap and a byte budget (cypher-rows.ts). Driver errors become QueryFailure, driver values
// plain JSON, here at the edge.
import neo4j, { type Transaction } from "neo4j-driver";
import type { QueryPosition } from "../../contract/api";
import { addRow, emptyBatch, type RowBatch, type RowLimits } from "./cypher-rows";
import {
  entityProjection,
  relationProjection,
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from "./graph-records";
import { readTransaction, type Neo4jContext } from "./neo4j-context";
import { toDriverParams } from "./neo4j-values";

const EXPLAIN_PREFIX = "EXPLAIN ";

export interface PlanStepRecord {
  operator: string;
  details: string;
  children: PlanStepRecord[];
}

/** Why a user query failed, in the API's terms. */
export class QueryFailure extends Error {
  constructor(
    readonly kind:
      | "syntax"
      | "timeout"
      | "terminated"
      | "refused"
      | "invalid"
      | "memory"
      | "too-large"
      | "too-deep"
      | "busy"
      | "failed",
    message: string,
    readonly position?: QueryPosition,
  ) {
    super(message);
    this.name = "QueryFailure";
  }
}

/** What every transaction of a user query carries: Neo4j's own time limit and our tag. */
export interface UserTransaction {
  /** Neo4j's time limit for the transaction (what is left of the request's deadline). */
  timeoutMs: number;
  /** Tags the transaction so that `terminateTagged` can stop it. */
  tag: string;
}

/**
 * Runs `work` in an explicit READ transaction with the user query's time limit and tag. Never
 * retried (a user query that failed once fails again), and rolled back, not committed: there
 * is nothing a read should keep, and a timeout at commit cannot happen.
 */
async function userTransaction<T>(
  context: Neo4jContext,
  config: UserTransaction,
  shift: number,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const session = context.driver.session({
    database: context.database,
    defaultAccessMode: neo4j.session.READ,
    // Records come in small batches, so that the byte budget stops the stream early.
    fetchSize: FETCH_SIZE,
    bookmarkManager: context.bookmarks,
  });
  try {
    const tx = session.beginTransaction({
      timeout: Math.max(1, Math.round(config.timeoutMs)),
      metadata: { app: "newsgraph", request: config.tag },
    });
    try {
      return await work(tx);
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    }
  } catch (error) {
    throw toQueryFailure(error, shift);
  } finally {
    await session.close().catch(() => undefined);
  }
}

const FETCH_SIZE = 20;

/** The plan Neo4j makes for `query` (not run). */
export async function explainQuery(
  context: Neo4jContext,
  query: string,
  params: Record<string, unknown>,
  config: UserTransaction,
): Promise<{ queryType: string; root: PlanStepRecord | null }> {
  const summary = await userTransaction(context, config, EXPLAIN_PREFIX.length, (tx) =>
    tx.run(EXPLAIN_PREFIX + query, toDriverParams(params)).summary(),
  );
  const plan = summary.plan === false ? null : summary.plan;
  return { queryType: String(summary.queryType), root: plan ? toPlanStep(plan) : null };
}

/**
 * Runs a read-only query; keeps rows (encoded as JSON) until the row cap or the byte budget
 * says stop, then stops the stream (the driver discards the rest in Neo4j).
 */
export async function runQuery(
  context: Neo4jContext,
  query: string,
  params: Record<string, unknown>,
  config: UserTransaction & RowLimits,
): Promise<RowBatch> {
  return userTransaction(context, config, 0, async (tx) => {
    const result = tx.run(query, toDriverParams(params));
    const batch = emptyBatch(await result.keys());
    for await (const record of result) {
      if (!addRow(batch, Array.from(record.values()), config)) break;
    }
    if (batch.truncated === "bytes" && batch.rowsJson.length === 0) {
      throw new QueryFailure(
        "too-large",
        `the first row alone is larger than the ${config.maxBytes}-byte budget (CYPHER_MAX_BYTES)`,
      );
    }
    return batch;
  });
}

/** Stops the running transactions tagged `tag`; resolves with how many there were. */
export async function terminateTagged(context: Neo4jContext, tag: string): Promise<number> {
  const ids = await taggedTransactions(context, tag);
  if (ids.length === 0) return 0;
  await context.driver.executeQuery(
    "TERMINATE TRANSACTIONS $ids",
    { ids },
    { database: context.database, transactionConfig: { timeout: ADMIN_TIMEOUT_MS } },
  );
  return ids.length;
}

/** Ids of the transactions tagged `tag` that Neo4j still runs. */
export async function taggedTransactions(context: Neo4jContext, tag: string): Promise<string[]> {
  const found = await context.driver.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId, metaData
     WHERE metaData.request = $tag RETURN collect(transactionId) AS ids`,
    { tag },
    { database: context.database, transactionConfig: { timeout: ADMIN_TIMEOUT_MS } },
  );
  return (found.records[0]?.get("ids") as string[] | undefined) ?? [];
}

const ADMIN_TIMEOUT_MS = 2_000;

export interface GraphElements {
  entities: (EntityRecord & { elementId: string })[];
  relations: (RelationRecord & { elementId: string })[];
}

/** The entities and relations (between entities) among these element ids, as graph records. */
export async function describeElements(
  context: Neo4jContext,
  nodeIds: readonly string[],
  relationshipIds: readonly string[],
): Promise<GraphElements> {
  return readTransaction(context, async (tx) => {
    const nodes = await tx.run(
      `UNWIND $ids AS eid
       MATCH (e:Entity) WHERE elementId(e) = eid
       RETURN eid, ${entityProjection("e")} AS e`,
      { ids: [...nodeIds] },
    );
    const rels = await tx.run(
      `UNWIND $ids AS eid
       MATCH (:Entity)-[r]->(:Entity) WHERE elementId(r) = eid AND r.id IS NOT NULL
       RETURN eid, ${relationProjection("r")} AS r`,
      { ids: [...relationshipIds] },
    );
    return {
      entities: nodes.records.map((r) => ({
        ...toEntityRecord(r.get("e")),
        elementId: r.get("eid") as string,
      })),
      relations: rels.records.map((r) => ({
        ...toRelationRecord(r.get("r")),
        elementId: r.get("eid") as string,
      })),
    };
  });
}

function toPlanStep(plan: {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: unknown[];
}): PlanStepRecord {
  return {
    operator: plan.operatorType,
    details: String(plan.arguments.Details ?? ""),
    children: plan.children.map((c) => toPlanStep(c as typeof plan)),
  };
}

/** The driver's error when Neo4j answers a query with IGNORED and no failure before it. */
const IGNORED_BY_NEO4J = "Ignored either because of an error or RESET";

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/**
 * A Neo4j error as a QueryFailure, by class: every class has its answer. `shift` is how many
 * characters the server put before the user's text (EXPLAIN), taken off reported positions.
 * "Unreachable" errors stay driver errors (the API answers them 503 everywhere).
 */
export function toQueryFailure(error: unknown, shift: number): unknown {
  if (error instanceof QueryFailure) return error;
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return new QueryFailure("too-deep", error.message);
  }
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  const raw = error instanceof Error ? error.message : String(error);
  if (code === "ServiceUnavailable" || code === "SessionExpired") return error;
  const firstLine = raw.split("\n")[0] ?? raw;
  if (code === "Neo.ClientError.Statement.SyntaxError") {
    const m = POSITION.exec(firstLine);
    if (!m) return new QueryFailure("syntax", firstLine);
    const line = Number(m[1]);
    const offset = Math.max(0, Number(m[3]) - shift);
    const column = line === 1 ? Math.max(1, Number(m[2]) - shift) : Number(m[2]);
    const position = { offset, line, column };
    return new QueryFailure(
      "syntax",
      firstLine.replace(POSITION, `(line ${line}, column ${column} (offset: ${offset}))`),
      position,
    );
  }
  if (code.includes("TransactionTimedOut")) return new QueryFailure("timeout", firstLine);
  if (code.includes("Transaction.Terminated") || code.includes("LockClientStopped")) {
    return new QueryFailure("terminated", firstLine);
  }
  if (code.includes("MemoryPoolOutOfMemoryError") || code.includes("OutOfMemory")) {
    return new QueryFailure("memory", firstLine);
  }
  if (code.includes("Security.Forbidden") || /read access mode/i.test(raw)) {
    return new QueryFailure("refused", firstLine);
  }
  // The planner or runtime recursing once per nesting level ran out of Java stack. Neo4j 5.26
  // mostly says so by failing the connection without a word: every later message on it comes
  // back IGNORED (the driver's error then has no code of Neo4j's).
  if (/StackOverflow/i.test(raw) || raw === IGNORED_BY_NEO4J) {
    return new QueryFailure("too-deep", firstLine);
  }
  if (code.startsWith("Neo.ClientError.")) return new QueryFailure("invalid", firstLine);
  if (code.startsWith("Neo.TransientError.")) return new QueryFailure("busy", firstLine);
  if (code.startsWith("Neo.DatabaseError.")) return new QueryFailure("failed", firstLine);
  return error;
}
