// Organisations named by where they stand rather than by a head noun: the items of a list that a
// plural kind noun closes ("the Alder, Birch Union and Cedar parties") or opens ("companies such
// as Alder, Birchwood and Cedar"), and a capitalised run that a bracketed acronym of its initials
// defines ("the Kanta Lomu Peramuna (KLP)"). None of them has a word that says "organisation"
// inside the name, so only the position can.

import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, REGIONS } from "./lexicon/countries";
import { GIVEN_NAMES, MONTH_NAMES, NON_NAME_WORDS, WEEKDAY_NAMES } from "./lexicon/names";
import { ORG_ROLES, TITLES } from "./lexicon/roles";
import type { SentenceScan } from "./mention";
import type { NameChunks } from "./name-chunks";
import { isCapitalised, isTitleWord } from "./tokens";

/** Plural kind nouns whose list items are each one organisation ("the X and Y parties"). */
const PLURAL_KINDS: ReadonlySet<string> = new Set(
  (
    "parties companies firms clubs teams unions banks lenders carmakers automakers airlines " +
    "broadcasters federations associations retailers insurers conglomerates miners factions " +
    "newspapers outlets groups"
  ).split(" "),
);

/** The first token of the examples a plural kind noun at `i` opens ("such as", "like"), or -1. */
function examplesFrom(scan: SentenceScan, i: number): number {
  const next = scan.lower(i + 1);
  if (next === "like" || next === "including") return i + 2;
  return next === "such" && scan.lower(i + 2) === "as" ? i + 3 : -1;
}

/** The most words one list item may have ("Thai People Power"). */
const MAX_ITEM_WORDS = 4;

const REGION_NAMES: ReadonlySet<string> = new Set(REGIONS);

/** A capitalised word that may be part of an organisation's plain name. */
export function nameWord(scan: SentenceScan, i: number): boolean {
  const w = scan.word(i);
  return (
    isCapitalised(w) &&
    !NON_NAME_WORDS.has(w) &&
    !isTitleWord(w) &&
    !MONTH_NAMES.has(w) &&
    !WEEKDAY_NAMES.has(w)
  );
}

/** A capitalised word inside a name after its first ("Thai People Power"). */
function innerWord(scan: SentenceScan, i: number): boolean {
  return isCapitalised(scan.word(i)) && !isTitleWord(scan.word(i));
}

/** Whether a list item names a place or a people rather than an organisation. */
export function placeLike(text: string): boolean {
  return COUNTRY_BY_NAME.has(text) || COUNTRY_BY_DEMONYM.has(text) || REGION_NAMES.has(text);
}

interface Item {
  start: number;
  end: number;
}

/** Whether an item's tokens are all free, or all one organisation another finder took. */
function itemState(scan: SentenceScan, item: Item): "free" | "organisation" | "taken" {
  let free = true;
  for (let k = item.start; k <= item.end; k++) free &&= scan.tokenFree(k);
  if (free) return "free";
  const a = scan.tokens[item.start];
  const b = scan.tokens[item.end];
  const taken = scan.mentions.find(
    (m) => m.sentence === scan.index && a && b && m.start <= a.start && m.end >= b.end,
  );
  return taken?.kind === "Organization" ? "organisation" : "taken";
}

/**
 * Adds the free items as organisations when every item is a name (no place, people or person);
 * remembered, so the article's later "Alder's leader" is found too.
 */
function addItems(scan: SentenceScan, items: readonly Item[], chunks: NameChunks): void {
  const states = items.map((item) => itemState(scan, item));
  if (states.includes("taken")) return;
  for (const item of items) if (placeLike(scan.text(item.start, item.end))) return;
  items.forEach((item, x) => {
    if (states[x] !== "free") return;
    scan.add("Organization", item.start, item.end);
    chunks.remember(scan.text(item.start, item.end), "Organization");
  });
}

/** "the A, B and C parties": the items before a plural kind noun, read backwards. */
function itemsBefore(scan: SentenceScan, kind: number): Item[] {
  const items: Item[] = [];
  let k = kind - 1;
  for (;;) {
    const end = k;
    while (k >= 0 && end - k < MAX_ITEM_WORDS && innerWord(scan, k)) k--;
    // "The Alder and Birch parties" at a sentence's start: "The" opens the list, not a name.
    let start = k + 1;
    while (start <= end && !nameWord(scan, start)) start++;
    if (start > end || (start === k + 1 && innerWord(scan, k))) return [];
    items.unshift({ start, end });
    if (start > k + 1) break;
    if (scan.lower(k) === "and" || scan.lower(k) === "or") {
      k--;
      if (scan.word(k) === ",") k--;
    } else if (scan.word(k) === ",") k--;
    else break;
  }
  // One name before "parties" is no list ("the Pheu Thai party" is read as a party already), and a
  // list needs "and"/"or" before its last item.
  const joined = /^(?:and|or)$/.test(scan.lower((items.at(-1)?.start ?? 0) - 1));
  return items.length >= 2 && joined ? items : [];
}

/** "companies such as A, B and C", "clubs like A and B": the items after a plural kind noun. */
function itemsAfter(scan: SentenceScan, from: number): Item[] {
  const items: Item[] = [];
  let k = from;
  for (;;) {
    const start = k;
    if (!nameWord(scan, k)) break;
    while (k - start < MAX_ITEM_WORDS && innerWord(scan, k)) k++;
    if (innerWord(scan, k)) break;
    items.push({ start, end: k - 1 });
    if (scan.word(k) === "," && /^(?:and|or)$/.test(scan.lower(k + 1))) k += 2;
    else if (scan.word(k) === "," || /^(?:and|or)$/.test(scan.lower(k))) k++;
    else break;
  }
  return items;
}

/** Finds the organisations of lists a plural kind noun closes or opens. */
export function findListedOrgs(scan: SentenceScan, chunks: NameChunks): void {
  for (let i = 2; i < scan.tokens.length; i++) {
    if (!PLURAL_KINDS.has(scan.word(i))) continue;
    addItems(scan, itemsBefore(scan, i), chunks);
    const first = examplesFrom(scan, i);
    if (first > 0) addItems(scan, itemsAfter(scan, first), chunks);
  }
}

/** Last words of defined names that are no organisation ("Value Added Tax (VAT)"). */
const NOT_ORG_LAST_WORDS: ReadonlySet<string> = new Set(
  (
    "Tax Act Agreement Treaty Policy Programme Program Plan Index Strategy Framework Law Bill " +
    "Project Scheme Day Summit Conference Games Cup Zone Area Region Corridor Product Rate " +
    "Standard System Pacific Disease Syndrome Vision Declaration Goals Report Survey Test " +
    "Initiative Assessment Territory Territories Statement Certificate"
  ).split(" "),
);

/** Lower-case words that may stand inside a defined name ("Alliance for Democracy in X"). */
const INNER_LINKS: ReadonlySet<string> = new Set(["of", "for", "and", "in", "on", "the", "&"]);

/** The initials of a capitalised word, each part of a hyphenated one ("Indo-Pacific" -> "IP"). */
function initials(w: string): string {
  return w
    .split("-")
    .map((part) => (/^\p{Lu}/u.test(part) ? part[0] : ""))
    .join("");
}

/**
 * The first token of the capitalised run that ends at `last` and whose initials spell `acronym`
 * ("Kanta Lomu Peramuna" for "KLP"), or -1.
 */
function definedFrom(scan: SentenceScan, last: number, acronym: string): number {
  let spelt = "";
  for (let k = last; k >= 0 && last - k < 12; k--) {
    const w = scan.word(k);
    if (INNER_LINKS.has(w) && k < last) continue;
    if (!nameWord(scan, k) || !scan.tokenFree(k)) return -1;
    spelt = initials(w) + spelt;
    if (spelt === acronym) return isCapitalised(scan.word(k - 1)) && k - 1 >= 0 ? -1 : k;
    if (!acronym.endsWith(spelt)) return -1;
  }
  return -1;
}

/**
 * "the Kanta Lomu Peramuna (KLP)": a run of two or more capitalised words that a bracketed
 * acronym of its initials defines is an organisation, unless it is a person's name (a given name
 * first), a place, or a tax, law or event by its last word. The acronym is kept for later use.
 */
export function findDefinedOrgs(scan: SentenceScan): void {
  for (let p = 2; p + 2 < scan.tokens.length; p++) {
    const acronym = scan.word(p + 1);
    if (scan.word(p) !== "(" || scan.word(p + 2) !== ")" || !/^\p{Lu}{2,8}$/u.test(acronym))
      continue;
    const from = definedFrom(scan, p - 1, acronym);
    if (from < 0 || p - 1 === from) continue;
    const text = scan.text(from, p - 1);
    // "Member of Parliament (MP)": a role, not a body.
    if (
      TITLES.has(scan.lower(from)) ||
      ORG_ROLES.has(scan.lower(from)) ||
      GIVEN_NAMES.has(scan.word(from)) ||
      placeLike(text) ||
      NOT_ORG_LAST_WORDS.has(scan.word(p - 1))
    )
      continue;
    const index = scan.add("Organization", from, p - 1, { acronym });
    const open = scan.tokens[p];
    const close = scan.tokens[p + 2];
    if (index >= 0 && open && close) scan.claim(open.start, close.end);
  }
}
