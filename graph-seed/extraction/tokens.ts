// Tokens of a sentence with offsets into the body, quotation ranges, and the word predicates the
// mention finders share (is this a capitalised name word, an organisation head, a title word).

import { ORG_HEADS } from "./lexicon/organizations";
import { allMatches } from "./matches";
import { MONTH_NAMES, NON_NAME_WORDS, WEEKDAY_NAMES } from "./lexicon/names";
import { TITLES } from "./lexicon/roles";

/** A word or punctuation mark of a sentence. */
export interface Token {
  text: string;
  /** Offsets into the article body. */
  start: number;
  end: number;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-\u2010\u2011'’][\p{L}\p{N}]+)*|\S/gu;

const POSSESSIVE_END = /['’]s$/;
const HAS_LETTER = /\p{L}/u;

/** Tokenises text starting at body offset `offset`; possessive 's becomes its own token. */
export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const m of allMatches(text, TOKEN)) {
    const start = offset + m.index;
    const word = m[0];
    // "Norland's" -> "Norland", "'s" (tested by its ending first: most words are no possessive).
    const stem = word.length > 2 && POSSESSIVE_END.test(word) ? word.slice(0, -2) : "";
    if (stem !== "" && HAS_LETTER.test(stem)) {
      tokens.push({ text: stem, start, end: start + stem.length });
      tokens.push({ text: word.slice(-2), start: start + stem.length, end: start + word.length });
    } else {
      tokens.push({ text: word, start, end: start + word.length });
    }
  }
  return tokens;
}

/** Character ranges of the body that are inside quotation marks. */
export function quoteRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "“" || (ch === '"' && open < 0)) open = i;
    else if ((ch === "”" || ch === '"') && open >= 0) {
      ranges.push([open, i + 1]);
      open = -1;
    } else if (ch === "\n" && body[i + 1] === "\n" && open >= 0 && body[i + 2] !== "“") {
      open = -1;
    }
  }
  return ranges;
}

/** One-word titles ("Minister", "Ambassador"); qualifiers of longer ones ("Special", "General") are not among them. */
const TITLE_WORDS = new Set(
  [...TITLES.keys()].filter((t) => !t.includes(" ")).map((t) => t.replace(/\./g, "")),
);

/** Starts with an upper-case letter. */
export const isCapitalised = (w: string | undefined): boolean =>
  w !== undefined && /^\p{Lu}/u.test(w);
/** The possessive token split off by `tokenize`. */
export const isPossessive = (w: string | undefined): boolean => w === "’s" || w === "'s";
/** A head noun that ends an organisation's name. */
export const isOrgHead = (w: string | undefined): boolean => w !== undefined && ORG_HEADS.has(w);
/** The ASCII first characters (lower case) of the one-word titles. */
const TITLE_FIRST_CODES = new Set([...TITLE_WORDS].map((t) => t.charCodeAt(0)));

/** A one-word title ("Minister", "Rep"). */
export function isTitleWord(w: string | undefined): boolean {
  if (w === undefined) return false;
  // Most words cannot be one by their first character: answered without a lower-case copy.
  const c = w.charCodeAt(0);
  if (c < 128 && !TITLE_FIRST_CODES.has(c >= 65 && c <= 90 ? c + 32 : c)) return false;
  return TITLE_WORDS.has(w.toLowerCase());
}

/**
 * A pure function of one string, answered from a cache after its first call; the cache is
 * emptied when it passes `bound` entries, since the vocabulary of news is open-ended.
 */
function memoised<T>(compute: (s: string) => T, bound: number): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    const cached = cache.get(s);
    if (cached !== undefined) return cached;
    const answer = compute(s);
    if (cache.size > bound) cache.clear();
    cache.set(s, answer);
    return answer;
  };
}

/** A capitalised word that may be part of a personal name (memoised). */
export function isNameWord(w: string | undefined): boolean {
  if (w === undefined) return false;
  // Most tokens are lower-case words and punctuation: a name word starts with a capital, or with
  // "a"/"e" of an article-prefixed name ("al-Burhan", "el-Sisi"). Answered before the cache.
  const c = w.charCodeAt(0);
  if (c < 128 && (c < 65 || c > 90) && c !== 97 && c !== 101) return false;
  return cachedIsNameWord(w);
}

/** Arabic family names written with the article ("al-Burhan", "el-Sisi"). */
const ARTICLE_PREFIXED_NAME = /^(?:al|el|ad|as|ash|at|az|ar|an)[-\u2010\u2011]\p{Lu}\p{Ll}/u;

const cachedIsNameWord = memoised(computeIsNameWord, 100_000);

function computeIsNameWord(w: string): boolean {
  if (ARTICLE_PREFIXED_NAME.test(w)) return true;
  return (
    isCapitalised(w) &&
    !/^\p{Lu}+$/u.test(w) &&
    !NON_NAME_WORDS.has(w) &&
    !MONTH_NAMES.has(w) &&
    !WEEKDAY_NAMES.has(w) &&
    !isOrgHead(w) &&
    !isTitleWord(w)
  );
}

/**
 * Normalised form used for keys: lower case, plain apostrophes, no hyphens or punctuation.
 * Memoised: the finders and the resolver normalise the same names many times per article.
 */
export const normaliseName = memoised(computeNormalisedName, 10_000);

function computeNormalisedName(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/^the\s+/, "")
    .replace(/[-\u2010-\u2015]/g, "")
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
