// Generic institutions (every country has a "Ministry of Foreign Affairs", a "Parliament", a
// "Presidential Office") qualified by the country the article ties them to, so that across
// articles Mongolia's and China's foreign ministries stay two entities: "Ministry of Foreign
// Affairs (Mongolia)" is the name the graph stores, the bare name stays the article's name.

import type { Country } from "./lexicon/countries";
import { COUNTRY_BY_CAPITAL, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from "./lexicon/countries";
import { GENERIC_INSTITUTIONS } from "./lexicon/organizations";
import type { Mention } from "./mention";
import { canonicalOrgName } from "./org-names";

/** What qualification needs of a resolved organisation. */
interface Institution {
  kind: string;
  name: string;
  mentions: number[];
  qualifiedName?: string;
}

const countryOf = (words: string): Country | undefined =>
  COUNTRY_BY_DEMONYM.get(words) ?? COUNTRY_BY_NAME.get(words);

/** "Ministry of National Defense" and "Defense Ministry" are one ministry within a country. */
function institutionBase(name: string): string | null {
  const base = canonicalOrgName(name).replace(
    /^Ministry of National (Defen[cs]e)$/,
    "Ministry of $1",
  );
  if (/^Ministry of \S/.test(base)) return base;
  return GENERIC_INSTITUTIONS.has(base.toLowerCase().replace(/’/g, "'")) ? base : null;
}

/** A country written in or just before a mention ("South Korea's foreign ministry", "Mongolian Parliament"). */
export function writtenCountry(m: Mention, body: string): Country | undefined {
  const words = m.name.replace(/^the\s+/i, "").split(" ");
  for (const n of [2, 1]) {
    const c = words.length > n ? countryOf(words.slice(0, n).join(" ")) : undefined;
    if (c) return c;
  }
  const before = /((?:\p{Lu}[\p{L}.]*\s+)?\p{Lu}[\p{L}.]*)(?:['’]s)?\s+(?:the\s+)?$/u.exec(
    body.slice(Math.max(0, m.start - 40), m.start),
  )?.[1];
  if (!before) return undefined;
  const last = before.split(/\s+/).at(-1) ?? "";
  return countryOf(before) ?? countryOf(last);
}

/** The one country an article names, if it names only one (in a bilateral story the most named is no guide). */
function dominantCountry(mentions: readonly Mention[]): Country | undefined {
  const counts = new Map<Country, number>();
  for (const m of mentions) {
    const country = m.kind === "Country" ? (m.country ?? COUNTRY_BY_NAME.get(m.name)) : undefined;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts.size === 1 ? [...counts.keys()][0] : undefined;
}

/** The countries a sentence names: as countries, as capitals ("In Tokyo, ..."), in titles. */
function sentenceCountries(mentions: readonly Mention[], sentence: number): Set<Country> {
  const found = new Set<Country>();
  for (const m of mentions) {
    if (m.sentence !== sentence) continue;
    const country =
      m.kind === "Country"
        ? (m.country ?? COUNTRY_BY_NAME.get(m.name))
        : m.kind === "Place"
          ? COUNTRY_BY_CAPITAL.get(m.name)
          : m.role?.country;
    if (country) found.add(country);
  }
  return found;
}

/**
 * Sets `qualifiedName` on each generic institution, from the first of: a country written with one
 * of its mentions; the country of a title that names it ("Mongolian Foreign Minister X"); the one
 * country the sentence of a written mention names; the only country the article names. None when the
 * article does not tell: a wrong country would be worse than none.
 */
export function qualifyInstitutions(
  entities: readonly Institution[],
  mentions: readonly Mention[],
  body: string,
): void {
  let dominant: Country | undefined | null = null;
  for (const entity of entities) {
    if (entity.kind !== "Organization") continue;
    const base = institutionBase(entity.name);
    if (!base) continue;
    const own = new Set(entity.mentions);
    const written = entity.mentions
      .map((k) => mentions[k])
      .filter((m): m is Mention => m !== undefined && !m.implied);
    let country = written.map((m) => writtenCountry(m, body)).find((c) => c !== undefined);
    country ??= mentions.find(
      (m) => m.role?.org !== undefined && own.has(m.role.org) && m.role.country,
    )?.role?.country;
    for (const m of written) {
      if (country) break;
      const named = sentenceCountries(mentions, m.sentence);
      if (named.size === 1) country = [...named][0];
    }
    if (!country) {
      if (dominant === null) dominant = dominantCountry(mentions);
      country = dominant;
    }
    if (country) entity.qualifiedName = `${base} (${country.name})`;
  }
}
