// Entity search: turns what the user typed into a full-text query that finds whole words,
// prefixes (`harri` -> Harris) and near misses, all words required (`Lee In` -> Lee In-young).
import type { SearchResponse } from "../../contract/api";
import type { Neo4jContext } from "../repositories/neo4j-context";
import { searchEntities } from "../repositories/search-repository";
import type { SearchQuery } from "../schemas/request-schemas";

const MAX_WORDS = 8;

/**
 * A Lucene query for the typed text: each word must match exactly (boosted), as a prefix, or
 * (from four letters on) within one or two edits. Words are letters and digits only, so no
 * Lucene syntax can come through. Null when the text holds no word.
 */
export function toLuceneQuery(text: string): string | null {
  const words = text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "")
    .slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  const clauses = words.map((word) => {
    const options = [`${word}^3`, `${word}*^2`];
    if (word.length >= 4) options.push(`${word}~${word.length >= 7 ? 2 : 1}`);
    return `(${options.join(" OR ")})`;
  });
  const all = clauses.join(" AND ");
  return words.length > 1 ? `(${all}) OR "${words.join(" ")}"^4` : all;
}

export async function search(context: Neo4jContext, query: SearchQuery): Promise<SearchResponse> {
  const page = { offset: query.offset, limit: query.limit };
  const lucene = toLuceneQuery(query.q);
  if (lucene === null) return { hits: [], total: 0, ...page };
  const found = await searchEntities(context, lucene, query.kinds ?? null, page);
  return {
    hits: found.hits.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      aliases: e.aliases,
      degree: e.degree,
      score: e.score,
    })),
    total: found.total,
    ...page,
  };
}
