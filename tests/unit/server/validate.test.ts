import { describe, expect, it } from "vitest";
import { ApiError } from "../../../server/errors";
import { parseInput } from "../../../server/http/validate";
import { neighborhoodQuerySchema } from "../../../server/schemas/request-schemas";

function messageOf(fn: () => unknown): string {
  try {
    fn();
    return "";
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("BAD_REQUEST");
    return (error as ApiError).message;
  }
}

describe("parseInput", () => {
  it("reads lists, numbers and defaults from query strings", () => {
    expect(
      parseInput(neighborhoodQuerySchema, { ids: "a, b", rel: ["MET_WITH", "HEADS"] }, "query"),
    ).toEqual({
      ids: ["a", "b"],
      rel: ["MET_WITH", "HEADS"],
      depth: 1,
      limit: 300,
    });
  });

  it("names each bad parameter and why", () => {
    const message = messageOf(() =>
      parseInput(
        neighborhoodQuerySchema,
        { ids: "a", depth: "9", rel: "LIKES", from: "2020-13-01" },
        "query",
      ),
    );
    expect(message).toContain("query parameter 'depth': must be at most 3");
    expect(message).toContain("query parameter 'rel'");
    expect(message).toContain("query parameter 'from'");
  });

  it("refuses a date window that ends before it starts", () => {
    expect(
      messageOf(() =>
        parseInput(
          neighborhoodQuerySchema,
          { ids: "a", from: "2021-01-01", to: "2020-01-01" },
          "query",
        ),
      ),
    ).toContain("'from'");
  });
});
