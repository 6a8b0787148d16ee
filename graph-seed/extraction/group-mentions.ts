// Groups: bodies formed for a purpose or an occasion (a delegation, a team, a working group, a
// task force, a panel, a coalition). A group noun is a Group only when the text anchors it: a
// country or an organisation names whose it is ("the Indonesian delegation", "a delegation from
// Singapore", "the union's negotiating team"), or it is introduced as led by someone ("a
// ministerial panel led by A"), or by who it is made of ("the selection committee comprising A,
// B and C", "a panel made up of A and B": a committee only this way). "The delegation" later in the article is the one group of that
// noun named before it. Any other "team" or "panel" is a common noun, not an entity.

import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from "./lexicon/countries";
import type { Mention, SentenceScan } from "./mention";

/** Nouns that make a group, written in lower case (a capitalised one belongs to a name). */
const GROUP_NOUNS = new Set(["delegation", "team", "squad", "panel", "contingent", "coalition"]);
/** Group nouns anchored only by the people they are made of (a committee is often a standing body). */
const COMPOSED_NOUNS = new Set(["committee"]);
const PLURAL_NOUNS = new Map([
  ["delegations", "delegation"],
  ["teams", "team"],
]);
/** Two-word group nouns, by their second word. */
const TWO_WORD_NOUNS = new Map([
  ["group", "working"],
  ["force", "task"],
]);

/** Words that say what kind of group it is: kept in its name ("Indonesian business delegation"). */
const KIND_WORDS = new Set(
  "business trade parliamentary ministerial government military negotiating national joint technical cabinet union party youth women's".split(
    " ",
  ),
);
/** Words that describe the group's size or rank: dropped from its name ("high-level", "five-strong"). */
const SIZE_WORDS =
  /^(?:high-level|top-level|senior|large|small|big|official|visiting|strong|powerful|[\p{L}\d]+-(?:strong|member|man|woman|person|level))$/u;

/** "led by", "headed by": a group introduced by who leads it needs no other anchor. */
const LED_AFTER =
  /^\s*,?\s*(?:(?:which|that)\s+(?:is|was)\s+|(?:is|was)\s+)?(?:led|headed|chaired)\s+by\s+(?:\p{Lu}|the\s+\p{Lu}|\p{Ll}+\s+(?:minister|secretary)\b)/u;

/** "comprising", "made up of", "which includes": the group is introduced by its members. */
const COMPOSED_AFTER =
  /^\s*,?\s*(?:(?:which|that)\s+(?:comprises|comprised|includes|included|consists\s+of|consisted\s+of|(?:is|was)\s+made\s+up\s+of)|comprising|consisting\s+of|made\s+up\s+of)\s+(?:\p{Ll}+\s+){0,4}\p{Lu}/u;
/** A lower-case word before a composed group's noun that says what it is for ("selection"). */
const PURPOSE_WORD = /^\p{Ll}{3,}$/u;
/** Words before the noun that are no purpose: determiners and the like. */
const NOT_PURPOSE = /^(?:the|a|an|this|that|its|his|her|their|our|new|same|other|whose|which)$/;

const countryOf = (words: string) => COUNTRY_BY_DEMONYM.get(words) ?? COUNTRY_BY_NAME.get(words);

/** The country written as tokens [from, to] (one or two words, as a demonym or a name). */
function countryAt(scan: SentenceScan, end: number): { start: number; text: string } | null {
  for (const n of [2, 1]) {
    const start = end - n + 1;
    if (start < 0) continue;
    const text = scan.text(start, end);
    if (countryOf(text)) return { start, text };
  }
  return null;
}

/** The organisation mention that ends at token `end` ("the NLC delegation", "the union's team"). */
function orgEndingAt(scan: SentenceScan, end: number): Mention | undefined {
  const token = scan.tokens[end];
  return scan.mentions.find(
    (m) =>
      m.kind === "Organization" && m.sentence === scan.index && !m.implied && m.end === token?.end,
  );
}

/** Token index where the mention of `org` starts. */
function tokenAt(scan: SentenceScan, offset: number): number {
  return scan.tokens.findIndex((t) => t.start === offset);
}

/** The anchor after the noun: "from/of (the) <country>", "from/of the <organisation>". */
function anchorAfter(scan: SentenceScan, noun: number): { text: string; end: number } | null {
  if (!/^(?:from|of)$/.test(scan.lower(noun + 1))) return null;
  const at = scan.lower(noun + 2) === "the" ? noun + 3 : noun + 2;
  for (const n of [3, 2, 1]) {
    const text = scan.text(at, at + n - 1);
    if (countryOf(text)) return { text: countryOf(text)?.name ?? text, end: at + n - 1 };
  }
  const org = scan.mentions.find(
    (m) => m.kind === "Organization" && !m.implied && m.start === scan.tokens[at]?.start,
  );
  if (!org) return null;
  return { text: org.name, end: scan.tokens.findIndex((t) => t.end === org.end) };
}

/** Adds the group whose noun is tokens [nounStart, nounEnd], when the text anchors it. */
function addGroup(scan: SentenceScan, nounStart: number, nounEnd: number, noun: string): number {
  // Walk back over the words before the noun: kinds kept, sizes skipped, a country or an
  // organisation as the anchor ("the five-strong Indonesian trade delegation").
  let first = nounStart;
  let anchor = "";
  const kinds: string[] = [];
  for (let k = nounStart - 1; k >= 0 && nounStart - k <= 5; k--) {
    const word = scan.lower(k);
    if (KIND_WORDS.has(word)) kinds.unshift(word);
    else if (!SIZE_WORDS.test(word)) {
      // "Singapore's delegation", "the union's team": the possessor is the anchor.
      const owner = /^['’]s$/.test(scan.word(k)) ? k - 1 : k;
      const country = countryAt(scan, owner);
      const org = country ? undefined : orgEndingAt(scan, owner);
      if (country) {
        anchor = country.text;
        first = country.start;
      } else if (org) {
        anchor = org.name;
        first = tokenAt(scan, org.start);
      }
      break;
    }
    first = k;
  }
  // The size words before the anchor belong to the phrase ("the five-strong Indonesian delegation").
  while (anchor && first > 0 && SIZE_WORDS.test(scan.lower(first - 1))) first--;
  const after = anchor ? null : anchorAfter(scan, nounEnd);
  const rest = scan.evidence.sentence.slice((scan.tokens[nounEnd]?.end ?? 0) - scan.evidence.start);
  const led = LED_AFTER.test(rest);
  const composed = COMPOSED_AFTER.test(rest);
  // "the selection committee comprising A and B": its purpose word names it.
  if (composed && !anchor && !after && kinds.length === 0) {
    const before = scan.lower(first - 1);
    if (PURPOSE_WORD.test(before) && !NOT_PURPOSE.test(before) && !SIZE_WORDS.test(before)) {
      kinds.push(before);
      first--;
    }
  }
  if (COMPOSED_NOUNS.has(noun) && !composed) return -1;
  if (!anchor && !after && !((led || composed) && kinds.length > 0)) return -1;
  const name = [anchor || after?.text, ...kinds, noun].filter((w) => w).join(" ");
  return scan.add("Group", first, after ? after.end : nounEnd, { name });
}

/** "the Indian and Pakistani delegations": one group per country listed before a plural noun. */
function addPluralGroups(scan: SentenceScan, noun: number, singular: string): void {
  const found: [number, string][] = [];
  let k = noun - 1;
  while (k >= 0) {
    const country = countryAt(scan, k);
    if (!country) break;
    found.unshift([country.start, country.text]);
    k = country.start - 1;
    if (!/^(?:and|,)$/.test(scan.lower(k))) break;
    k--;
  }
  if (found.length < 2) return;
  found.forEach(([start, text], i) => {
    const end = i === found.length - 1 ? noun : start + text.split(" ").length - 1;
    scan.add("Group", start, end, { name: `${text} ${singular}` });
  });
}

/** Groups named in one sentence (see the module comment). */
export function findGroups(scan: SentenceScan): void {
  for (let i = 0; i < scan.tokens.length; i++) {
    const word = scan.word(i);
    const plural = PLURAL_NOUNS.get(word);
    if (plural && scan.tokenFree(i)) {
      addPluralGroups(scan, i, plural);
      continue;
    }
    const first = TWO_WORD_NOUNS.get(word);
    const two = first !== undefined && scan.word(i - 1) === first;
    if (!two && !GROUP_NOUNS.has(word) && !COMPOSED_NOUNS.has(word)) continue;
    const start = two ? i - 1 : i;
    if (!scan.tokenFree(start) || !scan.tokenFree(i)) continue;
    addGroup(scan, start, i, two ? `${first} ${word}` : word);
  }
}

/** The group noun of a group's name ("Indonesian trade delegation" -> "delegation"). */
export function groupNoun(name: string): string {
  const words = name.toLowerCase().split(" ");
  const last = words.at(-1) ?? "";
  const before = words.at(-2);
  return before !== undefined && TWO_WORD_NOUNS.get(last) === before ? `${before} ${last}` : last;
}

/** Whether an organisation's name is a group's ("Korea-US working group", "X coalition"). */
function isGroupName(name: string): boolean {
  const noun = groupNoun(name);
  return (
    name.includes(" ") &&
    /\p{Ll}/u.test(noun.charAt(0)) &&
    (noun === "delegation" || noun === "coalition" || TWO_WORD_NOUNS.has(noun.split(" ")[1] ?? ""))
  );
}

/**
 * "The delegation", "the working group": the one group of that noun named before, in an earlier
 * sentence or earlier in this one. `named` maps each noun to the groups named so far.
 */
export function findGroupReferences(
  scan: SentenceScan,
  named: ReadonlyMap<string, readonly Mention[]>,
): void {
  for (let i = 1; i < scan.tokens.length; i++) {
    const word = scan.word(i);
    const first = TWO_WORD_NOUNS.get(word);
    const two = first !== undefined && scan.word(i - 1) === first;
    const noun = two ? `${first} ${word}` : word;
    const start = two ? i - 1 : i;
    if (!two && !GROUP_NOUNS.has(word)) continue;
    if (scan.lower(start - 1) !== "the" || !scan.tokenFree(start) || !scan.tokenFree(i)) continue;
    // "the delegation of X", "the team's coach": another group or a possessive use.
    if (/^(?:of|from)$/.test(scan.lower(i + 1))) continue;
    const at = scan.tokens[start]?.start ?? 0;
    const before = (named.get(noun) ?? []).filter((m) => m.start < at);
    const names = new Set(before.map((m) => m.name));
    const only = before[0];
    if (names.size !== 1 || !only) continue;
    scan.add("Group", start, i, { name: only.name });
  }
}

/**
 * Organisations found by their names whose noun is a group's ("Korea-US working group", "the
 * Frente de Todos coalition") become Groups; returns the groups named so far by their noun.
 */
export function markGroups(mentions: readonly Mention[]): Map<string, Mention[]> {
  const byNoun = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.kind === "Organization" && isGroupName(m.name)) m.kind = "Group";
    if (m.kind !== "Group") continue;
    const noun = groupNoun(m.name);
    byNoun.set(noun, [...(byNoun.get(noun) ?? []), m]);
  }
  return byNoun;
}
