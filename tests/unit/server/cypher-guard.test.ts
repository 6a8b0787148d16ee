// The read-only checks on user Cypher that need no database: the text scan and the plan walk.
import { describe, expect, it } from "vitest";
import { ApiError } from "../../../server/errors";
import { scanCypher } from "../../../server/services/cypher/cypher-lexer";
import { vetPlan, vetQueryText, type PlanStep } from "../../../server/services/cypher/cypher-guard";

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof ApiError ? error.code : "OTHER";
  }
}

const step = (operator: string, details = "", children: PlanStep[] = []): PlanStep => ({
  operator: `${operator}@neo4j`,
  details,
  children,
});

describe("scanCypher", () => {
  it("finds the first keyword past comments and blank space", () => {
    expect(scanCypher("  // hi\n /* there */ profile MATCH (n)").firstKeyword).toBe("PROFILE");
  });

  it("counts statements, ignoring separators in strings, comments and quoted names", () => {
    expect(scanCypher("RETURN 'a;b', \"c;d\", 1 AS `e;f` // ;\n").statements).toBe(1);
    expect(scanCypher("RETURN 1; RETURN 2").statements).toBe(2);
    expect(scanCypher("RETURN 'it\\'s; fine'").statements).toBe(1);
    expect(scanCypher("RETURN 1 AS `a``;b`").statements).toBe(1);
  });

  it("drops one trailing semicolon (and comments after it)", () => {
    const shape = scanCypher("MATCH (n) RETURN n; // done");
    expect(shape.statements).toBe(1);
    expect(shape.text).toBe("MATCH (n) RETURN n");
  });

  it("counts two separators as a second statement even when blank", () => {
    expect(scanCypher("RETURN 1;;").statements).toBe(2);
  });

  it("measures nesting of brackets, CASE and NOT runs, past strings and comments", () => {
    expect(scanCypher("MATCH (n) WHERE n.x IN [1, 2] RETURN {a: (1)}").depth).toBe(2);
    expect(scanCypher(`RETURN '${"(".repeat(500)}' // ${"[".repeat(500)}`).depth).toBe(0);
    expect(scanCypher("RETURN CASE WHEN x THEN CASE WHEN y THEN 1 END END").depth).toBe(2);
    expect(scanCypher("RETURN NOT NOT NOT x, [NOT y]").depth).toBe(3);
    expect(scanCypher("RETURN r.end, ((((1))))").depth).toBe(4);
    expect(scanCypher(`RETURN ${"(".repeat(300)}`).depth).toBe(300);
    expect(scanCypher(`RETURN ${")".repeat(300)}(1)`).depth).toBe(1);
    // A chain of property lookups nests in Neo4j's parser as deeply as brackets do.
    expect(scanCypher(`RETURN {}${".a".repeat(300)}`).depth).toBe(300);
    expect(scanCypher("RETURN a.b.c, 1.5, x.y").depth).toBe(2);
    expect(scanCypher("RETURN n.`odd name`.b, (m.c)").depth).toBe(2);
  });

  it("survives unterminated strings and comments", () => {
    expect(scanCypher("RETURN 'oops").statements).toBe(1);
    expect(scanCypher("/* never ends").firstKeyword).toBe("");
  });
});

describe("vetQueryText", () => {
  it("refuses a query nested deeper than 100 levels with BAD_REQUEST, and takes 100", () => {
    expect(codeOf(() => vetQueryText(`RETURN ${"(".repeat(101)}1${")".repeat(101)}`))).toBe(
      "BAD_REQUEST",
    );
    expect(codeOf(() => vetQueryText(`RETURN ${"(".repeat(100)}1${")".repeat(100)}`))).toBe(null);
  });

  it.each([
    ["EXPLAIN MATCH (n) RETURN n"],
    ["profile MATCH (n) RETURN n"],
    ["CYPHER 5 MATCH (n) RETURN n"],
    ["/**/EXPLAIN MATCH (n) RETURN n"],
    ["USE system SHOW USERS"],
    ["MATCH (n) RETURN n; MATCH (m) DELETE m"],
  ])("refuses %s", (query) => {
    expect(codeOf(() => vetQueryText(query))).toBe("QUERY_REFUSED");
  });

  it("answers BAD_REQUEST for a query that is only a comment", () => {
    expect(codeOf(() => vetQueryText("// nothing"))).toBe("BAD_REQUEST");
  });

  it("passes a plain read through, without its trailing semicolon", () => {
    expect(vetQueryText("MATCH (n) RETURN n;")).toBe("MATCH (n) RETURN n");
  });
});

describe("vetPlan", () => {
  const read = (root: PlanStep) => ({ queryType: "r", root });

  it("passes a read-only plan", () => {
    expect(
      codeOf(() => vetPlan(read(step("ProduceResults", "n", [step("AllNodesScan", "n")])))),
    ).toBeNull();
  });

  it("refuses any query type but 'r'", () => {
    for (const queryType of ["w", "rw", "s"]) {
      expect(codeOf(() => vetPlan({ queryType, root: step("ProduceResults") }))).toBe(
        "QUERY_REFUSED",
      );
    }
  });

  it.each([
    ["LoadCSV", ""],
    ["TransactionApply", "IN TRANSACTIONS OF 1000 ROWS"],
    ["TransactionForeach", ""],
    ["ShowTransactions", ""],
    ["TerminateTransactions", ""],
    ["AdministrationCommand", ""],
    ["SetProperty", "n.x = 1"],
    ["Create", "(n)"],
    ["ProcedureCall", "dbms.listConfig() :: (name :: STRING)"],
    ["ProcedureCall", "db.createLabel($autostring_0) :: ()"],
  ])("refuses %s deep in a read plan", (operator, details) => {
    const plan = read(
      step("ProduceResults", "", [step("Apply", "", [step("Argument"), step(operator, details)])]),
    );
    expect(codeOf(() => vetPlan(plan))).toBe("QUERY_REFUSED");
  });

  it("allows the listed read-only procedures", () => {
    const plan = read(
      step("ProduceResults", "", [step("ProcedureCall", "db.labels() :: (label :: STRING)")]),
    );
    expect(codeOf(() => vetPlan(plan))).toBeNull();
  });

  it("refuses a plan Neo4j did not give", () => {
    expect(codeOf(() => vetPlan({ queryType: "r", root: null }))).toBe("QUERY_REFUSED");
  });
});
