// The words of an office written after its title and before the holder's name: one or more
// "of" / "for" / "to" phrases of any length ("Minister of Foreign Affairs of the Republic of
// Ruritania Ana Ruiz", "Ambassador of Japan to Mongolia Ana Ruiz", "President of Norway Tor
// Lindqvist"), the portfolio and countries they name, and where the name starts.

import { COUNTRY_BY_NAME } from "./lexicon/countries";
import type { Country } from "./lexicon/countries";
import { EAST_ASIAN_SURNAMES, GIVEN_NAMES, NAME_PARTICLES } from "./lexicon/names";
import { PORTFOLIO_WORDS } from "./lexicon/roles";
import type { SentenceScan } from "./mention";
import { startsName } from "./person-names";
import { isCapitalised, isNameWord, isTitleWord } from "./tokens";

/** A country an office phrase names: the office's own ("of"), or an envoy's host ("to"). */
export interface OfficeCountry {
  country: Country;
  from: number;
  to: number;
  host: boolean;
}

export interface OfficeComplement {
  /** The first phrase's words when it is no country ("Foreign Affairs"). */
  portfolio: string[];
  nameStart: number;
  /** The first phrase's link word. */
  link: string;
  countries: OfficeCountry[];
}

/** One "of the X Y" phrase: its link and its capitalised words [from, to). */
interface Phrase {
  link: string;
  from: number;
  to: number;
}

const LINKS = new Set(["of", "for", "to"]);

/** Whether capitalised words (and commas) from k reach "and" + a capitalised word. */
function listAhead(scan: SentenceScan, k: number): boolean {
  let m = k;
  while (isCapitalised(scan.word(m)) || scan.word(m) === ",") m++;
  return scan.word(m) === "and" && isCapitalised(scan.word(m + 1));
}

/** Whether tokens [from, to) are all portfolio words ("Sports and Youth Development"). */
function isPortfolio(scan: SentenceScan, from: number, to: number): boolean {
  for (let x = from; x < to; x++)
    if (!PORTFOLIO_WORDS.has(scan.word(x)) && !/^(?:and|,)$/.test(scan.word(x))) return false;
  return true;
}

/** The phrase whose link is at k, or null. */
function phraseAt(scan: SentenceScan, k: number): Phrase | null {
  const link = scan.word(k);
  if (!LINKS.has(link)) return null;
  const from = scan.word(k + 1) === "the" ? k + 2 : k + 1;
  let to = from;
  // "Minister of Economy, Trade and Industry X": a comma list inside the portfolio; "and" before
  // a title starts another titled name ("President of X A and President of Y B").
  while (
    isCapitalised(scan.word(to)) ||
    (scan.word(to) === "and" &&
      isCapitalised(scan.word(to + 1)) &&
      !isTitleWord(scan.word(to + 1))) ||
    (scan.word(to) === "," && isCapitalised(scan.word(to + 1)) && listAhead(scan, to + 1))
  )
    to++;
  return to > from ? { link, from, to } : null;
}

/** A phrase that holds no name: no given name or title word in it ("of the Republic"). */
function nameFree(scan: SentenceScan, p: Phrase): boolean {
  for (let x = p.from; x < p.to; x++)
    if (GIVEN_NAMES.has(scan.word(x)) || isTitleWord(scan.word(x))) return false;
  return true;
}

/** The number of words (1-3) of a country's name that opens tokens [from, to), or 0. */
function countryOpening(scan: SentenceScan, from: number, to: number): number {
  for (let n = Math.min(3, to - from); n >= 1; n--)
    if (COUNTRY_BY_NAME.has(scan.text(from, from + n - 1))) return n;
  return 0;
}

/**
 * Where the name starts in a capitalised run after "Minister of": at an honorific ("... Affairs
 * Prince X"), a common given name, the word before a particle ("... Affairs Omar bin Said"), the
 * first word past the portfolio's vocabulary ("Rural Development Amir Hadi Musa"), else at the
 * last two words.
 */
function complementNameStart(
  scan: SentenceScan,
  from: number,
  to: number,
  honorificAt: (i: number) => boolean,
): number {
  for (let x = from + 1; x < to; x++) if (honorificAt(x)) return x;
  for (let x = from + 1; x < to; x++) if (GIVEN_NAMES.has(scan.word(x))) return x;
  // "Ambassador to Japan Nguyen Quoc Cuong": a family name that opens an East Asian name.
  for (let x = from + 1; x < to - 1; x++) if (EAST_ASIAN_SURNAMES.has(scan.word(x))) return x;
  if (NAME_PARTICLES.has(scan.word(to)) && isNameWord(scan.word(to + 1))) return to - 1;
  let p = from;
  while (p < to && (PORTFOLIO_WORDS.has(scan.word(p)) || /^(?:and|,)$/.test(scan.word(p)))) p++;
  if (p > from && p < to - 1 && !/^(?:and|,)$/.test(scan.word(p - 1))) return p;
  // "Minister for External Affairs Menon": a portfolio's word opens no name, so the name is
  // the one word after it.
  return PORTFOLIO_WORDS.has(scan.word(to - 2)) ? to - 1 : to - 2;
}

/** The countries of the phrases before the last, each a whole phrase ("of Japan to ..."). */
function phraseCountries(scan: SentenceScan, phrases: readonly Phrase[]): OfficeCountry[] {
  const found: OfficeCountry[] = [];
  for (const p of phrases) {
    const country = COUNTRY_BY_NAME.get(scan.text(p.from, p.to - 1));
    if (country) found.push({ country, from: p.from, to: p.to - 1, host: p.link === "to" });
  }
  return found;
}

/**
 * Where the name starts in the last phrase, with the country opening it: after a country
 * ("President of Norway Tor Lindqvist"), in apposition after a long office ("Head of the X
 * Commission of Y, Ana Ruiz"), or by the given-name and portfolio cues; -1 when none fits.
 */
function nameInLast(
  scan: SentenceScan,
  phrases: readonly Phrase[],
  honorificAt: (i: number) => boolean,
): { nameStart: number; country?: OfficeCountry } {
  const last = phrases.at(-1);
  if (!last) return { nameStart: -1 };
  const n = countryOpening(scan, last.from, last.to);
  const country = COUNTRY_BY_NAME.get(scan.text(last.from, last.from + n - 1));
  // Two name words at least after the country: "leader of New Zealand First" names a party.
  if (n > 0 && country && last.from + n + 1 < last.to && startsName(scan, last.from + n))
    return {
      nameStart: last.from + n,
      country: { country, from: last.from, to: last.from + n - 1, host: last.link === "to" },
    };
  if (phrases.length < 2) return { nameStart: -1 };
  if (scan.word(last.to) === "," && startsName(scan, last.to + 1))
    return { nameStart: last.to + 1 };
  if (n === 0 && last.to - last.from >= 3)
    return { nameStart: complementNameStart(scan, last.from, last.to, honorificAt) };
  return { nameStart: -1 };
}

/**
 * "Minister of Foreign Affairs Ana Ruiz", "Secretary of Defense Mark Esper", "Minister of Foreign
 * Affairs of the Republic of Ruritania Ana Ruiz": the office's words after the title at k - 1 and
 * where the name starts. `honorificAt` says whether an honorific opens at a token.
 */
export function officeComplement(
  scan: SentenceScan,
  k: number,
  honorificAt: (i: number) => boolean,
): OfficeComplement | null {
  const first = phraseAt(scan, k);
  if (!first) return null;
  const { link, from } = first;
  // A chain of phrases with no name inside ("of Foreign Affairs", "of the Republic", "of Japan").
  const phrases = [first];
  for (
    let p = phraseAt(scan, first.to);
    p && phrases.length < 4 && nameFree(scan, phrases.at(-1) ?? first);
    p = phraseAt(scan, p.to)
  )
    phrases.push(p);
  const firstIsCountry = COUNTRY_BY_NAME.has(scan.text(from, first.to - 1));
  // The longest chain whose last phrase holds the name.
  for (let n = phrases.length; n >= 1; n--) {
    const chain = phrases.slice(0, n);
    const { nameStart, country } = nameInLast(scan, chain, honorificAt);
    if (nameStart < 0) continue;
    const countries = phraseCountries(scan, chain.slice(0, -1));
    if (country) countries.push(country);
    // "President of Norway Tor Lindqvist" names no portfolio.
    const portfolio =
      firstIsCountry || n === 1 ? [] : [scan.text(from, first.to - 1).replace(/ ,/g, ",")];
    return { portfolio, nameStart, link, countries };
  }
  const { to } = first;
  // "Minister of Labour, Ana Ruiz": the name in apposition after the portfolio.
  if (scan.word(to) === "," && startsName(scan, to + 1) && isPortfolio(scan, from, to))
    return { portfolio: [scan.text(from, to - 1)], nameStart: to + 1, link, countries: [] };
  if (to - from < 3) return null;
  const nameStart = complementNameStart(scan, from, to, honorificAt);
  // "leader of New Zealand First": a name cannot start inside a country's name.
  if (COUNTRY_BY_NAME.has(`${scan.word(nameStart - 1)} ${scan.word(nameStart)}`)) return null;
  // "Minister for Defence, Ana Ruiz and Minister for ...": no comma ends the portfolio.
  const portfolio = scan
    .text(from, nameStart - 1)
    .replace(/ ,/g, ",")
    .replace(/,$/, "");
  return { portfolio: [portfolio], nameStart, link, countries: [] };
}
