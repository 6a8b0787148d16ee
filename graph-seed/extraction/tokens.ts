// Tokens of a sentence with offsets into the body, quotation ranges, and the word predicates the
// mention finders share (is this a capitalised name word, an organisation head, a title word).

import { ORG_HEADS } from "./lexicon/organizations";
import { codePointLength, letterOrDigitAt, spaceAt, upperCaseAt } from "./characters";
import { MONTH_NAMES, NON_NAME_WORDS, WEEKDAY_NAMES } from "./lexicon/names";
import { TITLES } from "./lexicon/roles";

/** A word or punctuation mark of a sentence. */
export interface Token {
  text: string;
  /** Offsets into the article body. */
  start: number;
  end: number;
}

const POSSESSIVE_END = /['’]s$/;
const HAS_LETTER = /\p{L}/u;

/** The end of a dotted acronym of two or more letters starting at `i` ("U.S.", "E.U."), or -1. */
function acronymEnd(text: string, i: number): number {
  let end = i;
  let letters = 0;
  for (let k = upperCaseAt(text, end); k > 0 && text.charCodeAt(end + k) === 46;) {
    end += k + 1;
    letters++;
    k = upperCaseAt(text, end);
  }
  return letters >= 2 ? end : -1;
}

/** Hyphens and apostrophes that join the parts of one word ("Jong-un", "O'Neill"). */
const isJoiner = (c: number): boolean =>
  c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019;

/**
 * Participles that make a compound adjective of the name before them ("Modi-led", "Lagos-based",
 * "UN-backed"): the name stays a word of its own, so "the Ana Ruiz-led government" names Ana Ruiz.
 */
const NAME_PARTICIPLES = new Set(
  "led based backed owned run controlled funded linked born affiliated allied aligned dominated headquartered listed sponsored brokered".split(
    " ",
  ),
);

/** Whether a participle of NAME_PARTICIPLES, and nothing more, follows the joiner at `j`. */
function participleAfter(text: string, j: number): boolean {
  let end = j + 1;
  while (end < text.length && end - j <= 14) {
    const c = text.charCodeAt(end);
    if (c < 97 || c > 122) break;
    end++;
  }
  return (
    end > j + 1 &&
    letterOrDigitAt(text, end) === 0 &&
    !isJoiner(text.charCodeAt(end)) &&
    NAME_PARTICIPLES.has(text.slice(j + 1, end))
  );
}

/** The end of the word of letters and digits starting at `i`, its joined parts included. */
function wordEnd(text: string, i: number): number {
  let end = i;
  for (let k = letterOrDigitAt(text, end); k > 0; k = letterOrDigitAt(text, end)) {
    end += k;
    if (isJoiner(text.charCodeAt(end)) && letterOrDigitAt(text, end + 1) > 0) {
      // "Modi-led": the name ends before a participle (its first letter is upper case).
      if (text.charCodeAt(end) === 45 && upperCaseAt(text, i) > 0 && participleAfter(text, end))
        break;
      end++;
    }
  }
  return end;
}

/**
 * The end of the token starting at `i` (not white space): a dotted acronym, a word (letters and
 * digits, with inner hyphens and apostrophes), else one character. The same tokens as the
 * pattern `(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-\u2010\u2011'’][\p{L}\p{N}]+)*|\S`, read by a
 * character loop: that pattern, tried on every sentence, cost as much as a name finder.
 */
function tokenEnd(text: string, i: number): number {
  const acronym = acronymEnd(text, i);
  if (acronym >= 0) return acronym;
  return letterOrDigitAt(text, i) > 0 ? wordEnd(text, i) : i + codePointLength(text, i);
}

/** Tokenises text starting at body offset `offset`; possessive 's becomes its own token. */
export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length;) {
    if (spaceAt(text, i)) {
      i++;
      continue;
    }
    const end = tokenEnd(text, i);
    const start = offset + i;
    const word = text.slice(i, end);
    i = end;
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
  w !== undefined && upperCaseAt(w, 0) > 0;
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
export function memoised<T>(compute: (s: string) => T, bound: number): (s: string) => T {
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
