// Descriptions that refer back to a person already named: "the emir", "the crown prince", "the
// Kuwaiti emir", "the Sports Minister", "the president of Chile". Each is resolved to the one
// person named earlier in the article whose written title fits; with no such person, or with two,
// it refers to no one. Relation rules read these references as participants beside the names.

import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from "../lexicon/countries";
import type { Country } from "../lexicon/countries";
import { organisationReferencesIn } from "./organisation-references";
import { pronounSubjects } from "./pronoun-subjects";
import { allMatches } from "../matches";
import { describedAs, mentionsIn } from "./relation-context";
import type { Located, RelationContext } from "./relation-context";

/** Title nouns a description can be made of, longest first so "prime minister" wins. */
const TITLE_NOUNS = [
  "crown prince",
  "prime minister",
  "deputy prime minister",
  "vice president",
  "secretary of state",
  "secretary-general",
  "secretary general",
  "foreign minister",
  "foreign secretary",
  "chief executive",
  "chief minister",
  "president",
  "premier",
  "chancellor",
  "minister",
  "emir",
  "king",
  "queen",
  "sultan",
  "governor",
  "mayor",
  "ambassador",
  "envoy",
  "chairman",
  "chairwoman",
  "chairperson",
  "speaker",
].sort((a, b) => b.length - a.length);

/** "crown prince" -> "[Cc]rown [Pp]rince": titles in either case, qualifiers capitalised only. */
const eitherCase = (phrase: string): string =>
  phrase.replace(/\b\p{L}/gu, (c) => `[${c.toUpperCase()}${c}]`);

/**
 * "the" + up to three capitalised qualifiers ("Kuwaiti", "Sports", "US") + a title noun + an
 * optional "of <Capitalised words>" ("the emir of Kuwait"). Built once, run once per article.
 */
const DESCRIPTION = new RegExp(
  `\\b[Tt]he\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}?)(${TITLE_NOUNS.map(eitherCase).join("|")})` +
    `(?:\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}))?(?![\\p{L}-])`,
  "gu",
);

/** A word of a title written before a name ("Crown Prince and Prime Minister"). */
const TITLE_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|of|for|and|the|to|in|&)$/u;

/** The run of title words that ends `text`, read backwards word by word (no regex backtracking). */
function titleBefore(text: string): string {
  const words = text.split(/[\s,]+/);
  if (words.at(-1) === "") words.pop();
  let first = words.length;
  while (first > 0 && TITLE_WORD.test(words[first - 1] ?? "")) first--;
  return words.slice(first).join(" ");
}
/** An apposition after a name: ", the Crown Prince of Abu Dhabi and ...". */
const TITLE_AFTER = /^,\s+(?:the\s+)?((?:(?:\p{Lu}[\p{L}.'’-]*|of|for|and|the|&)\s*)+)/u;
/** A title with one of these in front is another office ("Deputy Crown Prince", "former president"). */
const OTHER_OFFICE = /\b(?:deputy|vice|former|ex|late|then|second|first|assistant)[\s-]+$/i;

/** What the article writes around one person's names: where first named, titles, country. */
export interface PersonTitles {
  /** Body offset of the first written name. */
  at: number;
  /** Titles written with the names, lower-cased, each with a leading space. */
  titles: string[];
  /** The first country a title names ("Saudi Ambassador to Kuwait" -> Saudi Arabia). */
  country?: Country;
}

/** The first country named in a title as written (a demonym, a name, a possessive name). */
function countryOf(title: string): Country | undefined {
  const words = title.split(/[\s,]+/).map((w) => w.replace(/['’]s?$/, ""));
  for (let i = 0; i < words.length; i++) {
    const two = `${words[i] ?? ""} ${words[i + 1] ?? ""}`;
    const w = words[i] ?? "";
    const c = COUNTRY_BY_NAME.get(two) ?? COUNTRY_BY_NAME.get(w) ?? COUNTRY_BY_DEMONYM.get(w);
    if (c) return c;
  }
  return undefined;
}

const titleCache = new WeakMap<RelationContext, Map<number, PersonTitles>>();

/** The titles the article writes with each person's names, per entity index. */
export function titlesByEntity(ctx: RelationContext): Map<number, PersonTitles> {
  const cached = titleCache.get(ctx);
  if (cached) return cached;
  const byEntity = new Map<number, PersonTitles>();
  let previousEnd = 0;
  const people = ctx.mentions.filter((m) => m.kind === "Person" && !m.implied);
  for (const m of [...people].sort((a, b) => a.start - b.start)) {
    if (m.entity === undefined) continue;
    // The title run stops at the name before ("Prince A, Saudi Ambassador to Kuwait Prince B").
    const from = Math.max(0, m.start - 90, previousEnd);
    previousEnd = Math.max(previousEnd, m.end);
    const before = titleBefore(ctx.body.slice(from, m.start));
    const after = TITLE_AFTER.exec(ctx.body.slice(m.end, m.end + 90))?.[1];
    const entry: PersonTitles = byEntity.get(m.entity) ?? { at: m.start, titles: [] };
    entry.at = Math.min(entry.at, m.start);
    for (const t of [before, after, m.role?.title]) {
      if (!t) continue;
      entry.titles.push(` ${t.toLowerCase()}`);
      entry.country ??= m.role?.country ?? countryOf(t);
    }
    byEntity.set(m.entity, entry);
  }
  titleCache.set(ctx, byEntity);
  return byEntity;
}

/** Whether `text` holds `word` as a whole word (" us" is not in " business"). */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + word.length);
    if (!/[\p{L}]/u.test(before) && !/[\p{L}]/u.test(after)) return true;
  }
  return false;
}

/** Whether a title as written names the office (with its qualifiers) a description speaks of. */
function fits(titles: readonly string[], noun: string, qualifiers: readonly string[]): boolean {
  return titles.some((t) => {
    let at = t.indexOf(` ${noun}`);
    while (at >= 0) {
      const end = at + noun.length + 1;
      const whole = !/[\p{L}-]/u.test(t.charAt(end));
      if (whole && !OTHER_OFFICE.test(t.slice(0, at + 1))) break;
      at = t.indexOf(` ${noun}`, end);
    }
    return at >= 0 && qualifiers.every((q) => hasWord(t, q));
  });
}

/** The words a qualifier may be written as in a title: "Kuwaiti" also as "Kuwait", and back. */
function qualifierForms(word: string): string[] {
  const country = COUNTRY_BY_DEMONYM.get(word) ?? COUNTRY_BY_NAME.get(word);
  const forms = country ? [country.name, ...country.aliases, ...country.demonyms] : [word];
  return forms.map((f) => f.toLowerCase());
}

const cache = new WeakMap<RelationContext, Located[]>();

/**
 * Every description in the article that resolves to exactly one person named before it, and
 * every sentence-opening pronoun that carries the subject before it.
 */
function allReferences(ctx: RelationContext): Located[] {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const found: Located[] = [];
  const written = ctx.mentions.filter((m) => !m.implied);
  for (const match of allMatches(ctx.body, DESCRIPTION)) {
    const start = match.index;
    const end = start + match[0].length;
    // Inside a name already found ("the Prime Minister's Office"), or a title of the next name.
    if (written.some((m) => m.start < end && start < m.end)) continue;
    if (/^\s+\p{Lu}/u.test(ctx.body.slice(end, end + 3))) continue; // "the King Khalid Airport"
    // A longer title goes on ("the Minister of State for Labour, B"): another office.
    if (/^\s+(?:for|of|to)\s+(?:the\s+)?\p{Lu}/u.test(ctx.body.slice(end, end + 24))) continue;
    const next = written.find((m) => m.start >= end && m.kind === "Person");
    if (
      next &&
      /^(?:[\s,]+(?:\p{Lu}[\p{L}.'’-]*|of|for|and|the|de|al))*[\s,]*$/u.test(
        ctx.body.slice(end, next.start),
      )
    )
      continue;
    const noun = (match[2] ?? "").toLowerCase();
    const words = [...(match[1] ?? "").trim().split(/\s+/), match[3] ?? ""].filter((w) => w);
    // Each qualifier must be written in the title, in one of its forms.
    // Read the titles only once a description is found: most sentences hold none.
    const candidates = [...titlesByEntity(ctx)].filter(
      ([, { at, titles: ts }]) =>
        at < start &&
        words.every((w) => qualifierForms(w).some((f) => fits(ts, noun, [f]))) &&
        fits(ts, noun, []),
    );
    const only = candidates.length === 1 ? candidates[0] : undefined;
    const located = only && describedAs(ctx, "Person", start, end, only[0]);
    if (located) found.push(located);
  }
  // "He"/"she" opening a sentence: the subject of the sentence before.
  found.push(...pronounSubjects(ctx));
  found.sort((a, b) => a.mention.start - b.mention.start);
  cache.set(ctx, found);
  return found;
}

/** The descriptions in one sentence that refer to a person named earlier, in text order. */
export function referencesIn(ctx: RelationContext, sentence: number): Located[] {
  return allReferences(ctx).filter((l) => l.mention.sentence === sentence);
}

/** The people of a sentence: its written names and the descriptions that refer to one, in order. */
export function peopleIn(
  ctx: RelationContext,
  written: readonly Located[],
  sentence: number,
): Located[] {
  const refs = referencesIn(ctx, sentence);
  if (refs.length === 0) return [...written];
  return [...written, ...refs].sort((a, b) => a.mention.start - b.mention.start);
}

/**
 * The participants of a sentence as every relation rule reads them: its written names of the
 * given kinds, outside quotations unless `quoted`, and the descriptions that refer back to a
 * person named earlier ("the emir") or to an organisation ("the union", when `kinds` takes
 * organisations), in text order. The one participant-resolution step the
 * meeting, group and disagreement rules share.
 */
export function participantsIn(
  ctx: RelationContext,
  sentence: number,
  kinds: ReadonlySet<string>,
  quoted = true,
): Located[] {
  const written = mentionsIn(ctx, sentence).filter(
    (l) => kinds.has(l.entity.kind) && (quoted || !l.mention.inQuote),
  );
  const people = kinds.has("Person") ? peopleIn(ctx, written, sentence) : written;
  // "the union", "the party": organisations told by a description, for the rules that take them.
  if (!kinds.has("Organization")) return people;
  const organisations = organisationReferencesIn(ctx, sentence);
  if (organisations.length === 0) return people;
  return [...people, ...organisations].sort((a, b) => a.mention.start - b.mention.start);
}
