import { SYMMETRIC_RELATION_TYPES } from "../../../../../contract/model";
import type { ExtractedRelation, Extraction } from "../../../../../contract/model";
import { extract } from "../../../../../graph-seed/extraction/index";
import { findRelation, parsedArticle } from "../../../../support/extraction";

export { findRelation };

/** Extracts from a body written for a test, published on the given date. */
export function extractBody(body: string, publishedOn = "2022-05-11"): Extraction {
  return extract(parsedArticle(body, publishedOn));
}

/**
 * The relations of one type as sorted "A | B | date" lines (names in alphabetical order for
 * symmetric types), so a test can assert the exact set, spurious relations included.
 */
export function relationSet(
  relations: readonly ExtractedRelation[],
  type: ExtractedRelation["type"],
): string[] {
  return relations
    .filter((r) => r.type === type)
    .map((r) => {
      const ends = SYMMETRIC_RELATION_TYPES.includes(type) ? [r.from, r.to].sort() : [r.from, r.to];
      return [...ends, r.date ?? r.topic ?? ""].join(" | ");
    })
    .sort();
}

/** HEADS and MEMBER_OF of a body written for a test, as sorted "TYPE | person | organisation" lines. */
export function roleLines(body: string): string[] {
  const { relations } = extractBody(body);
  return [
    ...relationSet(relations, "HEADS").map((r) => `HEADS | ${r}`),
    ...relationSet(relations, "MEMBER_OF").map((r) => `MEMBER_OF | ${r}`),
  ].map((line) => line.replace(/ \| $/, ""));
}
