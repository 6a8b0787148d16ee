// What the clause around an unknown capitalised name says about it being an organisation: a role
// or a verb of joining before it ("a spokesman for X", "an official at X", "who chairs X", "A
// joined X", "shares in X"), or what it does after it ("X said in a statement", "X signed A",
// "X appointed A as chief executive", "X's board", "X's shares"). Generic wording only.

import { APPOSITION_ROLES, ORG_ROLES, ORG_ROLE_PATTERN, ROLE_ADJECTIVES } from "./lexicon/roles";
import type { SentenceScan } from "./mention";
import { isPossessive } from "./tokens";

/** The end of the text before a name: a role and its link, or a verb that takes an organisation. */
const CUE_BEFORE = new RegExp(
  `(?:\\b(?:${ORG_ROLE_PATTERN})\\s+(?:at|for|with)|\\bboard(?:\\s+of\\s+directors)?\\s+(?:at|of)|\\bwho\\s+(?:also\\s+|now\\s+)?(?:chairs|heads|leads|runs|captains|coaches|manages)|` +
    `\\b(?:joined|rejoined|signed\\s+(?:for|with)|plays\\s+for|works\\s+(?:for|at)|shares\\s+in|stake\\s+in))\\s+(?:the\\s+)?$`,
  "i",
);

/** Nouns that say what kind of organisation a name set off before them is ("X, the parent company of"). */
const ORG_KINDS =
  "company|firm|club|party|union|group|carmaker|automaker|bank|lender|insurer|retailer|airline|conglomerate|federation|association|organisation|organization|broadcaster|operator|manufacturer|subsidiary";

/**
 * The start of the text after a name: what only an organisation does or has ("said it would",
 * "said it was reviewing"; not "said it was an honour", where "it" is no one).
 */
const CUE_AFTER = new RegExp(
  `^(?:\\s+(?:today\\s+|on\\s+\\p{Lu}\\p{Ll}+\\s+)?(?:said|announced|confirmed)\\s+(?:in\\s+a\\s+(?:statement|filing|release)|on\\s+its\\s+website|(?:that\\s+)?it\\s+(?:had|has|would|will|(?:was|is)\\s+\\p{L}+ing)|(?:that\\s+)?its)\\b|` +
    `['’]s\\s+(?:(?:${ROLE_ADJECTIVES})\\s+)?(?:board|shares|stock|players|squad|members|membership|headquarters|stadium|executives|employees|workers|staff|profits?|revenues?|shareholders|subsidiary|parent|fans|supporters|management|website|statement)\\b|` +
    `\\s+(?:has\\s+|have\\s+)?(?:signed|re-signed|recruited|appointed|named|hired)\\s+(?:\\S+\\s+){1,4}?as\\s+(?:(?:its|their)\\b|(?:the\\s+)?(?:new\\s+|interim\\s+)?(?:${ORG_ROLE_PATTERN})\\b))`,
  "iu",
);

/** "X, the parent company of ...", "X, a Swiss firm,": a lower-case kind noun in apposition. */
const KIND_AFTER = new RegExp(
  `^\\s*,\\s+(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${ORG_KINDS})(?:\\s+(?:of|that|which|whose|in|with|behind|for)\\b|\\s*[,.;:)])`,
  "u",
);

/** The words right before and after a name that can start a cue: a cheap test before the patterns. */
const WORD_BEFORE = new Set(
  "at for with of the chairs heads leads runs captains coaches manages joined rejoined in".split(
    " ",
  ),
);
const WORD_AFTER = new Set(
  ", said announced confirmed today on 's ’s ' ’ has have signed re-signed recruited appointed named hired".split(
    " ",
  ),
);

/**
 * Whether the clause around a name shows an organisation: `before` and `after` are the sentence's
 * text on either side, `prev` and `next` the words (in lower case) right beside the name.
 */
export function orgCue(before: string, after: string, prev: string, next: string): boolean {
  return (
    (WORD_BEFORE.has(prev) && CUE_BEFORE.test(before.slice(-60))) ||
    (WORD_AFTER.has(next) &&
      (CUE_AFTER.test(after.slice(0, 80)) || KIND_AFTER.test(after.slice(0, 80))))
  );
}

/** First words of the role nouns, and the adjectives that may stand before them. */
const ROLE_FIRST_WORDS = new Set([...ORG_ROLES.keys()].map((r) => r.split(" ")[0] ?? ""));
const ADJECTIVE_WORDS = new Set(ROLE_ADJECTIVES.split("|"));

/**
 * Whether tokens from `k` read as an organisation's role set off after a name: one to four
 * capitalised words, a possessive and a role noun ("A, Norvale's secretary-general, said"), so
 * the name before the comma is a person's.
 */
function possessiveRoleAt(scan: SentenceScan, k: number): boolean {
  for (let x = k; x < k + 5; x++) {
    if (isPossessive(scan.word(x))) {
      const role = ADJECTIVE_WORDS.has(scan.lower(x + 1)) ? x + 2 : x + 1;
      return x > k && ROLE_FIRST_WORDS.has(scan.lower(role));
    }
    if (!/^\p{Lu}/u.test(scan.word(x))) return false;
  }
  return false;
}

/**
 * Whether what follows a name's comma at `k` describes a person: "who", a role noun ("A, a
 * spokesman for"), or an organisation's role ("A, Norvale's secretary-general").
 */
export function appositionAt(scan: SentenceScan, k: number): boolean {
  return (
    scan.lower(k) === "who" || APPOSITION_ROLES.has(scan.lower(k + 1)) || possessiveRoleAt(scan, k)
  );
}
