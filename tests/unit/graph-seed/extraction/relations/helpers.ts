import { SYMMETRIC_RELATION_TYPES } from "../../../../../contract/model";
import type { ExtractedRelation, Extraction, ParsedArticle } from "../../../../../contract/model";
import { extract } from "../../../../../graph-seed/extraction/index";

/** Extracts from a body written for a test, published on the given date. */
export function extractBody(body: string, publishedOn = "2022-05-11"): Extraction {
  const article: ParsedArticle = { title: "Test", outlet: null, byline: null, publishedOn, body };
  return extract(article);
}

/** The relation of that type between the two names (either order when symmetric). */
export function findRelation(
  relations: readonly ExtractedRelation[],
  type: ExtractedRelation["type"],
  from: string,
  to: string,
): ExtractedRelation | undefined {
  return relations.find(
    (r) =>
      r.type === type &&
      ((r.from === from && r.to === to) ||
        (SYMMETRIC_RELATION_TYPES.includes(r.type) && r.from === to && r.to === from)),
  );
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
