// User Cypher against Neo4j: EXPLAIN to get its plan, then the run itself in a READ session
// with a server-side timeout, a row cap and a tag by which a run can be stopped. Driver errors
// become QueryFailure, driver values plain JSON, here at the edge.
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import type { CypherNode, CypherPath, CypherRelationship, QueryPosition } from "../../contract/api";
import {
  entityProjection,
  relationProjection,
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from "./graph-records";
import { readTransaction, type Neo4jContext } from "./neo4j-context";
import { toDriverParams, toPlain } from "./neo4j-values";

const EXPLAIN_PREFIX = "EXPLAIN ";

export interface PlanStepRecord {
  operator: string;
  details: string;
  children: PlanStepRecord[];
}

/** Why a user query failed, in the API's terms. */
export class QueryFailure extends Error {
  constructor(
    readonly kind: "syntax" | "timeout" | "terminated" | "refused" | "invalid" | "memory",
    message: string,
    readonly position?: QueryPosition,
  ) {
    super(message);
    this.name = "QueryFailure";
  }
}

/** The plan Neo4j makes for `query` (not run). */
export async function explainQuery(
  context: Neo4jContext,
  query: string,
  params: Record<string, unknown>,
): Promise<{ queryType: string; root: PlanStepRecord | null }> {
  const summary = await readTransaction(context, (tx) =>
    guarded(
      () => tx.run(EXPLAIN_PREFIX + query, toDriverParams(params)).summary(),
      EXPLAIN_PREFIX.length,
    ),
  );
  const plan = summary.plan === false ? null : summary.plan;
  return { queryType: String(summary.queryType), root: plan ? toPlanStep(plan) : null };
}

export interface RunOptions {
  timeoutMs: number;
  maxRows: number;
  /** Tags the transaction so that `terminateTagged` can stop it. */
  tag: string;
}

export interface RunRecords {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  nodes: CypherNode[];
  relationships: CypherRelationship[];
}

/** Runs a read-only query and returns at most `maxRows` rows, values made plain. */
export async function runQuery(
  context: Neo4jContext,
  query: string,
  params: Record<string, unknown>,
  options: RunOptions,
): Promise<RunRecords> {
  const session = context.driver.session({
    database: context.database,
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    return await session.executeRead(
      (tx) => guarded(() => collectRows(tx, query, params, options.maxRows), 0),
      { timeout: options.timeoutMs, metadata: { app: "newsgraph", request: options.tag } },
    );
  } finally {
    await session.close();
  }
}

async function collectRows(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
  maxRows: number,
): Promise<RunRecords> {
  const result = tx.run(query, toDriverParams(params));
  const columns = await result.keys();
  const rows: unknown[][] = [];
  let truncated = false;
  for await (const record of result) {
    if (rows.length >= maxRows) {
      truncated = true;
      break; // the driver discards the rest of the stream
    }
    rows.push(columns.map((column) => toPlain(record.get(column))));
  }
  const nodes = new Map<string, CypherNode>();
  const relationships = new Map<string, CypherRelationship>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") {
      const v = value as CypherNode | CypherRelationship | CypherPath;
      if (v.$type === "node") nodes.set(v.elementId, v);
      else if (v.$type === "relationship") relationships.set(v.elementId, v);
      else if (v.$type === "path") [...v.nodes, ...v.relationships].forEach(collect);
      else Object.values(value).forEach(collect);
    }
  };
  rows.forEach(collect);
  return {
    columns,
    rows,
    truncated,
    nodes: [...nodes.values()],
    relationships: [...relationships.values()],
  };
}

/** Stops the running transactions tagged `tag` (the client went away). */
export async function terminateTagged(context: Neo4jContext, tag: string): Promise<number> {
  const found = await context.driver.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId, metaData
     WHERE metaData.request = $tag RETURN collect(transactionId) AS ids`,
    { tag },
    { database: context.database },
  );
  const ids = (found.records[0]?.get("ids") as string[] | undefined) ?? [];
  if (ids.length === 0) return 0;
  await context.driver.executeQuery(
    "TERMINATE TRANSACTIONS $ids",
    { ids },
    { database: context.database },
  );
  return ids.length;
}

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

/**
 * Runs `work`, turning a Neo4j error into a QueryFailure. Being no Neo4j error, a QueryFailure
 * is never retried by executeRead. `shift` is how many characters the server put before the
 * user's text (EXPLAIN), taken off reported positions.
 */
async function guarded<T>(work: () => Promise<T>, shift: number): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toQueryFailure(error, shift);
  }
}

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

export function toQueryFailure(error: unknown, shift: number): unknown {
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
  if (code.startsWith("Neo.ClientError.")) return new QueryFailure("invalid", firstLine);
  return error;
}
