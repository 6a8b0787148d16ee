// Helpers for extraction unit tests: an article from a body of invented sentences, and the
// relation of a type between two names (either order for symmetric types).
import {
  SYMMETRIC_RELATION_TYPES,
  type ExtractedRelation,
  type ParsedArticle,
} from "../../contract/model";

export function parsedArticle(body: string, publishedOn: string): ParsedArticle {
  return { title: "Test", outlet: null, byline: null, url: null, publishedOn, body };
}

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
