// What an article's own capitalisation says about its words: a capitalised word the article also
// writes in lower case is a common word, and one written alone, with no capitalised word beside
// it, is the way news repeats a surname ("Smith said"). The fallback name finder reads both.

import { codePointAt } from "./characters";
import { allMatches } from "./matches";
import { isCapitalised } from "./tokens";

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

interface Word {
  text: string;
  index: number;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LOWER_CASE = /^\p{Ll}$/u;
const WORD_PART = /^[\p{L}'’-]$/u;

/** The code point that ends just before `i`, as a string ("" at the start). */
function codePointBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  const high = text.charCodeAt(i - 2);
  if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff)
    return text.slice(i - 2, i);
  return text.charAt(i - 1);
}

const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * The words of `body` that start with a lower-case letter (not glued to a letter or digit before
 * it) and go on over letters, apostrophes and hyphens, read by a
 * character loop (ASCII by its code), since a look-behind tried at every letter of every
 * article was one of the chunker's costliest steps.
 */
export function lowerCaseWords(body: string): Set<string> {
  const words = new Set<string>();
  let i = 0;
  while (i < body.length) {
    const c = body.charCodeAt(i);
    const ch = c < 128 ? "" : codePointAt(body, i);
    const lower = c < 128 ? c >= 97 && c <= 122 : LOWER_CASE.test(ch);
    if (!lower || (i > 0 && gluedBefore(body, i))) {
      i += c < 128 ? 1 : ch.length;
      continue;
    }
    let end = i + (c < 128 ? 1 : ch.length);
    while (end < body.length) {
      const d = body.charCodeAt(end);
      if (d < 128) {
        if (!isAsciiLetter(d) && d !== 39 && d !== 45) break;
        end++;
      } else {
        const next = codePointAt(body, end);
        if (!WORD_PART.test(next)) break;
        end += next.length;
      }
    }
    words.add(body.slice(i, end));
    i = end;
  }
  return words;
}

/** Whether the code point before `i` is a letter or digit. */
function gluedBefore(body: string, i: number): boolean {
  const b = body.charCodeAt(i - 1);
  if (b < 128) return isAsciiLetter(b) || (b >= 48 && b <= 57);
  return LETTER_OR_DIGIT.test(codePointBefore(body, i));
}

/** The capitalised words of `body` with no capitalised word beside them ("Smith said"). */
export function wordsAlone(body: string): Set<string> {
  const alone = new Set<string>();
  // One pass over the words, each looked at once its neighbours on both sides are known.
  const joined = (a: Word | undefined, b: Word | undefined) =>
    a !== undefined &&
    b !== undefined &&
    isCapitalised(a.text) &&
    isCapitalised(b.text) &&
    b.index === a.index + a.text.length + 1 &&
    body.charCodeAt(b.index - 1) === 32;
  let before: Word | undefined;
  let current: Word | undefined;
  const visit = (after: Word | undefined) => {
    if (
      current &&
      isCapitalised(current.text) &&
      !joined(before, current) &&
      !joined(current, after)
    )
      alone.add(current.text.replace(/['’]s$/, ""));
    before = current;
    current = after;
  };
  for (const m of allMatches(body, WORD)) visit({ text: m[0], index: m.index });
  visit(undefined);
  return alone;
}
