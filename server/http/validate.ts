// Parses a request's query, path parameters or body with its zod schema, once, at the edge.
// A failure becomes a 400 whose message names the parameter and says why; so does a query
// parameter the endpoint does not take (a typo such as `entitiy=` must not widen the answer).
import { z } from "zod";
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

/** The names a query schema takes, read from its JSON Schema (as the OpenAPI document is). */
export function queryParameterNames(schema: z.ZodType): string[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, unknown>;
  };
  return Object.keys(json.properties ?? {});
}

/** Throws BAD_REQUEST naming every query parameter of `query` that is not in `known`. */
export function refuseUnknownParameters(query: object, known: readonly string[]): void {
  const unknown = Object.keys(query).filter((name) => !known.includes(name));
  if (unknown.length === 0) return;
  const names = unknown.map((name) => `'${name.slice(0, 40)}'`).join(", ");
  const takes = known.length > 0 ? `it takes: ${known.join(", ")}` : "it takes none";
  throw new ApiError(
    "BAD_REQUEST",
    `unknown query parameter${unknown.length > 1 ? "s" : ""} ${names}; ${takes}`,
  );
}
