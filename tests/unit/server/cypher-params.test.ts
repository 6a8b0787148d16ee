// POST /api/cypher's `params`: nesting is bounded before anything reaches Neo4j.
import { describe, expect, it } from "vitest";
import {
  MAX_PARAMS_DEPTH,
  cypherRequestSchema,
  nestingDepth,
} from "../../../server/schemas/request-schemas";

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe("cypher request params", () => {
  it("measures nesting of lists and maps without recursion", () => {
    expect(nestingDepth({})).toBe(1);
    expect(nestingDepth({ a: [1, { b: 2 }] })).toBe(3);
    expect(nestingDepth({ p: nested(100_000) })).toBeGreaterThan(MAX_PARAMS_DEPTH);
  });

  it(`accepts ${MAX_PARAMS_DEPTH} levels and refuses one more`, () => {
    const ok = { query: "RETURN $p", params: { p: nested(MAX_PARAMS_DEPTH - 1) } };
    expect(cypherRequestSchema.safeParse(ok).success).toBe(true);
    const deep = { query: "RETURN $p", params: { p: nested(MAX_PARAMS_DEPTH) } };
    expect(cypherRequestSchema.safeParse(deep).success).toBe(false);
  });
});
