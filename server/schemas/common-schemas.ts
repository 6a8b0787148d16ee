// Building blocks of the request schemas: lists in one query parameter, dates, ids, and the
// model's allow-lists (entity kinds, relation types).
import { z } from "zod";
import { ENTITY_KINDS, RELATION_TYPES } from "../../contract/model";

export const entityKindSchema = z.enum(ENTITY_KINDS);
export const relationTypeSchema = z.enum(RELATION_TYPES);

/** An entity or relation id as the graph stores it (`person:lee-in-young`). */
export const idSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(300, "is longer than 300 characters");

/**
 * A comma-separated list in one query parameter (`rel=MET_WITH,HEADS`); a repeated parameter
 * (`rel=MET_WITH&rel=HEADS`) is read the same way.
 */
export function commaList<T extends z.ZodType<unknown, string>>(item: T, max: number) {
  // The pattern tells clients (and the OpenAPI document) what the items are: one of an enum's
  // values (at most `max` of them), or anything but a comma; at least one item.
  const values = item instanceof z.ZodEnum ? (item.options as string[]) : null;
  const one = values ? `\\s*(${values.join("|")})\\s*` : "[^,]*[^,\\s][^,]*";
  const list = values ? `^${one}(,${one}){0,${max - 1}},?$` : `^(,|\\s)*${one}(,.*)?$`;
  return z
    .preprocess(
      (value) => (Array.isArray(value) ? value.join(",") : value),
      z
        .string()
        .regex(
          new RegExp(list),
          values ? `must list ${values.join(", ")}` : "must name at least one value",
        )
        .describe("comma-separated list"),
    )
    .transform((text) =>
      text
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== ""),
    )
    .pipe(
      z
        .array(item)
        .min(1, "must name at least one value")
        .max(max, `names more than ${max} values`),
    );
}

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, "is not a calendar date")
  .meta({ format: "date" });

/** An integer query parameter within bounds. */
export function intParam(min: number, max: number, fallback: number) {
  return z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(fallback);
}

/** The furthest a page may start: deeper paging is a scan, better done with a narrower query. */
export const MAX_OFFSET = 1_000_000;

/**
 * `offset` and `limit` of a paged list, in `what` (plural). A `limit` above `max` is refused with
 * a 400 that names the cap, never clamped, so a script never takes a short page for the end.
 */
export function pageShape(what: string, max: number, fallback: number) {
  return {
    offset: intParam(0, MAX_OFFSET, 0).describe(`${what} to skip, in the list's order`),
    limit: intParam(1, max, fallback).describe(`most ${what} in this page (at most ${max})`),
  };
}

/** A from/to date window; `from` must not come after `to`. */
export const dateWindowShape = {
  from: isoDateSchema.optional().describe("earliest relation date, YYYY-MM-DD"),
  to: isoDateSchema.optional().describe("latest relation date, YYYY-MM-DD"),
};

export function windowIsOrdered(value: { from?: string; to?: string }): boolean {
  return value.from === undefined || value.to === undefined || value.from <= value.to;
}
