// The read-only checks on user Cypher, before it runs: the query's shape (one statement, no
// prefixes of its own) and the plan Neo4j makes for it (EXPLAIN). Both refuse with a reason.
import { ApiError } from "../../errors";
import { scanCypher } from "./cypher-lexer";

/** One operator of an EXPLAIN plan, as the repository hands it over. */
export interface PlanStep {
  operator: string;
  details: string;
  children: PlanStep[];
}

export interface QueryPlan {
  /** Neo4j's query type: "r" read, "w" write, "rw" both, "s" schema. */
  queryType: string;
  root: PlanStep | null;
}

/** Procedures a user query may call: all of them only read. */
export const ALLOWED_PROCEDURES: readonly string[] = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  "dbms.components",
];

/** Operators that write, load files or URLs, commit on their own, or administer the server. */
const FORBIDDEN_OPERATORS: readonly [RegExp, string][] = [
  [/^LoadCSV/, "LOAD CSV is not allowed"],
  [/^Transaction(Apply|Foreach)/, "CALL { ... } IN TRANSACTIONS is not allowed"],
  [
    /^(AdministrationCommand|Show|Terminate|Alter|Drop|Grant|Deny|Revoke)/,
    "administration and SHOW/TERMINATE commands are not allowed",
  ],
  [
    /^(Create|Merge|LockingMerge|Delete|DetachDelete|Set|Remove|Foreach)/,
    "this query would change data; the console is read-only",
  ],
];

const PREFIXES = new Set(["EXPLAIN", "PROFILE", "CYPHER"]);

/**
 * Deepest nesting a query may have. Neo4j 5.26's parser overflows its stack from about 200
 * levels (fewer in a longer query) and then fails the whole connection; people write 10 or 20.
 */
export const MAX_QUERY_DEPTH = 100;

/**
 * Checks the text of a user query and returns it ready to plan (a trailing `;` removed).
 * Refuses several statements, and EXPLAIN, PROFILE or CYPHER prefixes (the server plans the
 * query itself, and pre-parser options could change how it runs), USE (another database), and
 * expressions nested deeper than MAX_QUERY_DEPTH, before anything reaches Neo4j.
 */
export function vetQueryText(query: string): string {
  const shape = scanCypher(query);
  if (shape.firstKeyword === "")
    throw new ApiError("BAD_REQUEST", "body field 'query' holds no Cypher");
  if (shape.statements > 1) {
    throw new ApiError(
      "QUERY_REFUSED",
      `one statement per query, please (found ${shape.statements})`,
    );
  }
  if (PREFIXES.has(shape.firstKeyword)) {
    throw new ApiError(
      "QUERY_REFUSED",
      `queries may not start with ${shape.firstKeyword}: the server plans and runs the query itself`,
    );
  }
  if (shape.firstKeyword === "USE") {
    throw new ApiError("QUERY_REFUSED", "USE is not allowed: queries run on the graph's database");
  }
  if (shape.depth > MAX_QUERY_DEPTH) {
    throw new ApiError(
      "BAD_REQUEST",
      `query too deeply nested: ${shape.depth} levels of brackets, CASE, NOT or property ` +
        `lookups (at most ` +
        `${MAX_QUERY_DEPTH}); flatten the nested expressions`,
    );
  }
  return shape.text;
}

/** Refuses a plan that is not read-only or uses a forbidden operator or procedure. */
export function vetPlan(plan: QueryPlan): void {
  if (plan.queryType !== "r") {
    const what = plan.queryType === "s" ? "the database's schema" : "data";
    throw new ApiError(
      "QUERY_REFUSED",
      `this query would change ${what}; the console is read-only`,
    );
  }
  if (plan.root === null) throw new ApiError("QUERY_REFUSED", "Neo4j gave no plan for the query");
  const stack: PlanStep[] = [plan.root];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const operator = step.operator.split("@")[0] ?? "";
    for (const [pattern, reason] of FORBIDDEN_OPERATORS) {
      if (pattern.test(operator)) throw new ApiError("QUERY_REFUSED", `${reason} (${operator})`);
    }
    if (operator.startsWith("ProcedureCall")) {
      const name = /^\s*([A-Za-z_][\w.]*)\s*\(/.exec(step.details)?.[1] ?? step.details;
      if (!ALLOWED_PROCEDURES.includes(name)) {
        throw new ApiError(
          "QUERY_REFUSED",
          `procedure ${name} is not allowed; these are: ${ALLOWED_PROCEDURES.join(", ")}`,
        );
      }
    }
    stack.push(...step.children);
  }
}
