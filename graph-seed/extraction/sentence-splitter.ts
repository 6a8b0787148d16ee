// Sentence splitting for news prose: abbreviations ("U.S.", "Mr.", "Sept."), initials, decimal
// numbers, quotations and run-together sentences ("talks.The minister") are all handled, and
// every sentence keeps its offsets into the body.

import type { Evidence } from "../../contract/model";

const TERMINALS = ".!?…";
/** A character of TERMINALS, by its code: asked of every character of the body. */
const isTerminalCode = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
const CLOSERS = "\"'”’)]»";
const OPENERS = "\"'“‘([«";

/** Abbreviations after which a period never ends a sentence. */
const NEVER_FINAL = new Set(
  (
    "mr mrs ms mx dr prof rep reps sen sens gov gen lt col maj capt sgt cpl adm cmdr rev hon pres " +
    "st mt ft no nos vs v cf approx dept est fig vol"
  ).split(" "),
);
/** Abbreviations that may end a sentence: split only when a typical sentence opener follows. */
const MAYBE_FINAL = new Set(
  "jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd jr sr etc bros".split(" "),
);
/** Words that typically open a sentence; after an ambiguous abbreviation they signal a split. */
const OPENER_WORDS = new Set(
  (
    "the a an he she it they we i you this that these those but and however in on at after " +
    "before meanwhile his her their its our there as while when if some many according during " +
    "both yet so still also then what who why how"
  ).split(" "),
);

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Lu}/u.test(ch);
}
function isLower(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Ll}/u.test(ch);
}

/** The word (letters and inner periods) that ends just before index `end`. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1] ?? "")) i--;
  return text.slice(i, end);
}

function wordAfter(text: string, start: number): string {
  const m = /^[\p{L}]+/u.exec(text.slice(start, start + 40));
  return m ? m[0] : "";
}

/** Whether the terminal at `p`, with closers up to `j`, ends a sentence. */
function endsSentence(text: string, p: number, j: number): boolean {
  if (j >= text.length) return true;
  let k = j;
  while (k < text.length && /\s/.test(text[k] ?? "")) k++;
  if (k >= text.length) return true;
  if (text.slice(j, k).includes("\n")) return true;
  const spaced = k > j;
  let first = k;
  while (first < text.length && OPENERS.includes(text[first] ?? "")) first++;
  const next = text[first];
  if (!isUpper(next) && !(spaced && /\d/.test(next ?? "") && text[p] !== ".")) {
    return spaced && first > k && isUpper(text[first]);
  }
  if (text[p] !== ".") return spaced || isLower(text[first + 1]);
  const before = wordBefore(text, p);
  const lower = before.toLowerCase();
  if (!spaced) {
    // Run-together: "talks.The" splits, "U.S.The", "heraldcorp.com", "2.0" and an initial of two
    // letters glued to a name ("Ts.Munkh-Orgil", "Dr.Ruiz") do not.
    return (
      before.length >= 2 &&
      !/^\p{Lu}\p{Ll}$/u.test(before) &&
      !before.includes(".") &&
      isLower(before.at(-1)) &&
      isLower(text[first + 1])
    );
  }
  if (NEVER_FINAL.has(lower)) return false;
  const opener = OPENER_WORDS.has(wordAfter(text, first).toLowerCase());
  if (MAYBE_FINAL.has(lower)) return opener;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return opener; // dotted acronym: U.S.
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "J. Smith"
  return true;
}

/** Splits a body into sentences with offsets; paragraph breaks always end a sentence. */
export function splitSentences(body: string): Evidence[] {
  const sentences: Evidence[] = [];
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(body[s] ?? "")) s++;
    while (e > s && /\s/.test(body[e - 1] ?? "")) e--;
    if (e > s) sentences.push({ sentence: body.slice(s, e), start: s, end: e });
  };
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    // Read by character code: most characters are neither a paragraph break nor a terminal.
    const code = body.charCodeAt(i);
    if (code === 10 && body.charCodeAt(i + 1) === 10) {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (!isTerminalCode(code)) continue;
    if (code === 46 && /\d/.test(body[i - 1] ?? "") && /\d/.test(body[i + 1] ?? "")) continue;
    let j = i + 1;
    while (j < body.length && TERMINALS.includes(body[j] ?? "")) j++;
    while (j < body.length && CLOSERS.includes(body[j] ?? "")) j++;
    if (endsSentence(body, i, j)) {
      push(start, j);
      start = j;
    }
    i = j - 1;
  }
  push(start, body.length);
  return sentences;
}
