// Country and place mentions: names and aliases of countries (also inside compounds such as
// "Korea-US"), capitals used for their government ("Seoul said"), regions and geographic names.

import { COUNTRIES, COUNTRY_BY_CAPITAL, COUNTRY_BY_NAME, REGIONS } from "./lexicon/countries";
import { PLACE_DATELINE } from "./article-parser";
import { LiteralNames } from "./literal-names";
import type { SentenceScan } from "./mention";
import { isCapitalised, isNameWord } from "./tokens";

const GEO_HEADS = new Set(
  (
    "Peninsula Sea Ocean River Island Islands Strait Gulf Bay Mountain Mountains Valley Desert " +
    "Province Prefecture County City District Square Street Avenue Road Airport Port Canal Lake"
  ).split(" "),
);
const LOCATIVE =
  /^(?:in|at|to|from|near|outside|inside|across|around|into|visit|visited|visiting|toward|towards)$/i;

const COUNTRY_NAMES = new LiteralNames(
  COUNTRIES.flatMap((c) => [c.name, ...c.aliases]),
  ".",
);
const CAPITAL_NAMES = new LiteralNames(COUNTRY_BY_CAPITAL.keys());
const REGION_NAMES = new LiteralNames(REGIONS);

const LETTER = /\p{L}/u;

/** Whether the code point ending just before `end` is a letter, and its length (0 if none). */
function letterBefore(text: string, end: number, from: number): number {
  const low = text.charCodeAt(end - 1);
  if (low < 128) return (low | 32) >= 97 && (low | 32) <= 122 ? 1 : 0;
  const high = text.charCodeAt(end - 2);
  const pair =
    low >= 0xdc00 && low <= 0xdfff && end - 2 >= from && high >= 0xd800 && high <= 0xdbff;
  const ch = pair ? text.slice(end - 2, end) : text.charAt(end - 1);
  return LETTER.test(ch) ? ch.length : 0;
}

/**
 * The word directly before a position, if only a space separates them: the run of letters
 * (within the last 40 characters) before an optional final space. Read backwards character by
 * character: a pattern anchored at the end was tried from each of the 40 positions.
 */
function lastWord(before: string): string {
  const from = Math.max(0, before.length - 40);
  const end = before.charCodeAt(before.length - 1) === 32 ? before.length - 1 : before.length;
  let start = end;
  for (let n = letterBefore(before, start, from); start - n >= from && n > 0;) {
    start -= n;
    n = start > from ? letterBefore(before, start, from) : 0;
  }
  return before.slice(start, end);
}

/** Adds a mention over the characters [start, end) of the sentence (body offsets). */
function addSpan(
  scan: SentenceScan,
  kind: "Country" | "Place",
  start: number,
  end: number,
  name: string,
): void {
  if (!scan.isFree(start, end)) return;
  scan.claim(start, end);
  const country = kind === "Country" ? COUNTRY_BY_NAME.get(name) : undefined;
  scan.mentions.push({
    kind,
    name,
    start,
    end,
    sentence: scan.index,
    partial: false,
    inQuote: scan.inQuote(start),
    implied: false,
    ...(country ? { country } : {}),
  });
}

/** Regions and names ending in a geographic head ("Korean Peninsula", "Han River"). */
export function findPlaces(scan: SentenceScan): void {
  const text = scan.evidence.sentence;
  const base = scan.evidence.start;
  for (const m of REGION_NAMES.findAll(text)) {
    const start = base + m.index;
    addSpan(scan, "Place", start, start + m.text.length, m.text);
  }
  for (let i = 1; i < scan.tokens.length; i++) {
    if (!GEO_HEADS.has(scan.word(i)) || !scan.tokenFree(i)) continue;
    let k = i - 1;
    while (
      k >= 0 &&
      isCapitalised(scan.word(k)) &&
      scan.tokenFree(k) &&
      (isNameWord(scan.word(k)) || k === i - 1)
    )
      k--;
    if (k + 1 < i) {
      const a = scan.tokens[k + 1];
      const b = scan.tokens[i];
      // "Cook Islands", "Marshall Islands" are countries, left to findCountries.
      const name = scan.text(k + 1, i);
      if (a && b && !COUNTRY_BY_NAME.has(name)) addSpan(scan, "Place", a.start, b.end, name);
    }
  }
}

/** Country names and aliases anywhere free; capitals as the government unless after "in", "to"... */
export function findCountries(scan: SentenceScan): void {
  const text = scan.evidence.sentence;
  const base = scan.evidence.start;
  for (const m of COUNTRY_NAMES.findAll(text)) {
    const country = COUNTRY_BY_NAME.get(m.text);
    const start = base + m.index;
    const before = text.slice(0, m.index);
    // "Jordan" in "Michael Jordan" is part of a name, not the country.
    if (
      !country ||
      (isNameWord(lastWord(before)) && !m.text.includes(" ") && !/\p{Lu}{2,}/u.test(m.text))
    )
      continue;
    addSpan(scan, "Country", start, start + m.text.length, country.name);
  }
  for (const m of CAPITAL_NAMES.findAll(text)) {
    const country = COUNTRY_BY_CAPITAL.get(m.text);
    const index = m.index;
    const before = text.slice(0, index);
    const after = text.slice(index + m.text.length);
    const prevWord = lastWord(before);
    if (!country || isNameWord(prevWord) || /^ \p{Lu}/u.test(after)) continue;
    const start = base + index;
    if (LOCATIVE.test(prevWord)) addSpan(scan, "Place", start, start + m.text.length, m.text);
    else addSpan(scan, "Country", start, start + m.text.length, country.name);
  }
}

/** "NORHAVEN 2021-09-12" in capitals -> "Norhaven"; "PORT-LA-MER" -> "Port-La-Mer". */
const titleCase = (caps: string): string =>
  caps
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/**
 * The place of a wire dateline kept as the article's first line ("NORHAVEN 2021-09-12", "PORT
 * ELLIS, Kent 2021-09-12"): the place the story was filed from, and its region or country.
 */
export function findDatelinePlace(scan: SentenceScan): void {
  if (scan.index !== 0) return;
  const m = PLACE_DATELINE.exec(scan.evidence.sentence);
  if (!m?.[1]) return;
  const base = scan.evidence.start;
  addSpan(scan, "Place", base, base + m[1].length, titleCase(m[1]));
  const region = m[2];
  if (!region) return;
  const at = base + scan.evidence.sentence.indexOf(region, m[1].length);
  const country = COUNTRY_BY_NAME.get(region);
  addSpan(scan, country ? "Country" : "Place", at, at + region.length, country?.name ?? region);
}
