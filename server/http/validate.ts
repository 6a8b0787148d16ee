// Parses a request's query, path parameters or body with its zod schema, once, at the edge.
// A failure becomes a 400 whose message names the parameter and says why.
import type { z } from "zod";
import { ApiError } from "../errors";

export type InputPart = "query" | "path" | "body";

const PART_NAME: Record<InputPart, string> = {
  query: "query parameter",
  path: "path parameter",
  body: "body field",
};

/** The parsed value, or an ApiError BAD_REQUEST naming every offending parameter. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  part: InputPart,
): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    // `rel.0` reads better as `rel`: list positions are left out of the name.
    const named = issue.path.filter((p) => typeof p === "string");
    const where = named.length > 0 ? named.join(".") : null;
    if (where === null) return part === "body" ? `body: ${issue.message}` : issue.message;
    return `${PART_NAME[part]} '${where}': ${issue.message}`;
  });
  throw new ApiError("BAD_REQUEST", problems.join("; "));
}
