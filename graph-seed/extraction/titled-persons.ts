// Titled person mentions: a name written after a title ("Unification Minister Lee In-young",
// "Rep. Kim", "Minister of Foreign Affairs Ana Ruiz"), with the role, country, organisation or
// portfolio the title's qualifiers name (and the ministry a portfolio minister implies).

import { PERSON_NOUNS_BEFORE } from "./lexicon/name-cues";
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from "./lexicon/countries";
import type { Country } from "./lexicon/countries";
import { NON_NAME_WORDS } from "./lexicon/names";
import {
  NEUTRAL_MARKERS,
  PAST_MARKERS,
  PORTFOLIO_EXPANSIONS,
  PORTFOLIO_WORDS,
  REGNAL_NUMBER,
  REGNAL_TITLES,
  SUBORDINATE_MARKERS,
  TITLES,
} from "./lexicon/roles";
import type { RoleKind } from "./lexicon/roles";
import type { Role, SentenceScan } from "./mention";
import { officeComplement } from "./office-complements";
import { nameEnd, startsName } from "./person-names";
import { PATRONYMIC_LINKS } from "./short-names";
import { isCapitalised, isNameWord, isPossessive } from "./tokens";

const TITLE_SEQUENCES = [...TITLES.entries()]
  .map(([title, kind]) => ({
    title,
    kind,
    words: title.replace(/\./g, " .").split(" ").filter(Boolean),
  }))
  .sort((a, b) => b.words.length - a.words.length);

/** Title sequences by their first word, so most tokens are rejected by one lookup. */
const TITLES_BY_FIRST_WORD = new Map<string, typeof TITLE_SEQUENCES>();
for (const seq of TITLE_SEQUENCES) {
  const first = seq.words[0] ?? "";
  TITLES_BY_FIRST_WORD.set(first, [...(TITLES_BY_FIRST_WORD.get(first) ?? []), seq]);
}

/** Titles of judges, which also name a portfolio ("Justice Minister"). */
const COURT_TITLES = new Set(["justice", "judge"]);

function isTitleStart(scan: SentenceScan, i: number): boolean {
  return (TITLES_BY_FIRST_WORD.get(scan.lower(i)) ?? []).length > 0 && isCapitalised(scan.word(i));
}

function matchTitle(
  scan: SentenceScan,
  i: number,
): { end: number; title: string; kind: Role["kind"] } | null {
  for (const seq of TITLES_BY_FIRST_WORD.get(scan.lower(i)) ?? []) {
    const ok = seq.words.every((w, k) => scan.lower(i + k) === w);
    if (ok)
      return { end: i + seq.words.length - 1, title: seq.title.replace(/\.$/, ""), kind: seq.kind };
  }
  return null;
}

interface Qualifiers {
  from: number;
  country?: Country;
  countryFrom?: number;
  countryTo?: number;
  org?: number;
  portfolio: string[];
  subordinate: boolean;
  past: boolean;
}

/** A title written in capitals ("FM", "CEO"). */
const ABBREVIATED = /^\p{Lu}{2,4}$/u;

/** Role nouns that a title word may open ("Head Coach", "Chief Justice", "Team Manager"). */
const ROLE_NOUNS_IN_TITLES = new Set([...PERSON_NOUNS_BEFORE, "justice", "judge", "executive"]);

/** Lower-case words that may sit inside a title ("top nuclear envoy", "senior official"). */
const ROLE_ADJECTIVES = new Set(["top", "chief", "senior", "nuclear", "special", "outgoing"]);

/** A country (one or two words) ending at token k, with its first token index. */
function countryBefore(scan: SentenceScan, k: number): [number, Country] | null {
  const two = COUNTRY_BY_NAME.get(`${scan.word(k - 1)} ${scan.word(k)}`);
  if (two) return [k - 1, two];
  const one = COUNTRY_BY_NAME.get(scan.word(k));
  return one ? [k, one] : null;
}

const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,6}(?:-\p{Lu}{1,3})?$/u;
/** Capitals that abbreviate a title or a style, not an organisation ("PM", "HE" His Excellency). */
const TITLE_ABBREVIATIONS = new Set(
  "PM DPM HE HH HRH MP MPS MLA MLC MEP VP EVP SVP CEO CFO COO CTO MD GM OBE MBE QC SC KC JP".split(
    " ",
  ),
);

/**
 * The organisation mention that ends at token k, or before the bracketed acronym that ends there
 * ("Pakistan People's Party (PPP) senior leader X"); -1 if none.
 */
function orgEndingAt(scan: SentenceScan, k: number): number {
  const end = scan.word(k) === ")" && scan.word(k - 2) === "(" ? k - 3 : k;
  return scan.mentions.findIndex(
    (m) => m.kind === "Organization" && !m.implied && m.end === scan.tokens[end]?.end,
  );
}

/** Whether token k, right before the title at `titleStart`, is an organisation's acronym. */
function isOrgAcronym(scan: SentenceScan, k: number, titleStart: number): boolean {
  const w = scan.word(k);
  return (
    ACRONYM.test(w) &&
    !TITLE_ABBREVIATIONS.has(w) &&
    scan.tokenFree(k) &&
    !ACRONYM.test(scan.word(titleStart)) &&
    !ACRONYM.test(scan.word(k - 1)) &&
    !COUNTRY_BY_NAME.has(w) &&
    !COUNTRY_BY_DEMONYM.has(w)
  );
}

/** Words before a title: markers (vice, former), a country or demonym, an organisation, a portfolio. */
function qualifiers(scan: SentenceScan, titleStart: number, kind: RoleKind): Qualifiers {
  const q: Qualifiers = { from: titleStart, portfolio: [], subordinate: false, past: false };
  let k = titleStart - 1;
  const orgBefore = orgEndingAt(scan, k);
  const acronymAt = isPossessive(scan.word(k)) ? k - 1 : k;
  if (orgBefore >= 0) {
    q.org = orgBefore;
    // "former Norvale chairman X": a past marker before the organisation dates the title.
    const orgStart = scan.tokens.findIndex((t) => t.start === scan.mentions[orgBefore]?.start);
    if (PAST_MARKERS.has(scan.lower(orgStart - 1))) q.past = true;
  } else if (kind !== "honorific" && isOrgAcronym(scan, acronymAt, titleStart)) {
    // "INTUC President X", "ODM's leader X": an acronym right before the title is its organisation.
    q.org = scan.add("Organization", acronymAt, acronymAt);
    q.from = k + 1;
  }
  // "senior leader X" is one of a party's leaders, not its head.
  if (scan.lower(k) === "senior" && scan.lower(titleStart) === "leader") q.subordinate = true;
  while (k >= 0 && titleStart - k <= 4) {
    const w = scan.word(k);
    const lw = w.toLowerCase();
    if (w === "-" && scan.lower(k - 1) === "then") {
      q.past = true;
      k -= 2;
      continue;
    }
    // "the DPK's floor leader X": the organisation before the possessive.
    const orgOwner = isPossessive(w)
      ? scan.mentions.findIndex(
          (m) => m.kind === "Organization" && !m.implied && m.end === scan.tokens[k - 1]?.end,
        )
      : -1;
    if (orgOwner >= 0 && q.org === undefined) {
      q.org = orgOwner;
      q.from = k + 1;
      break;
    }
    // "Hyundai Motor Group Executive Chair X": the organisation before the title's qualifiers.
    const orgEnding = q.org === undefined && k < titleStart - 1 ? orgEndingAt(scan, k) : -1;
    if (orgEnding >= 0) {
      q.org = orgEnding;
      break;
    }
    const owner = isPossessive(w) ? countryBefore(scan, k - 1) : null;
    if (owner) {
      // "South Korea's top nuclear envoy X", "Japan's Prime Minister X"
      const [from, country] = owner;
      q.country = country;
      q.countryFrom = from;
      q.countryTo = k - 1;
      q.from = from;
      break;
    }
    // "Commerce and Industry Minister X": two portfolio words joined by "and".
    if (
      w === "and" &&
      q.portfolio.length > 0 &&
      q.country === undefined &&
      scan.word(k + 1) === q.portfolio[0] &&
      scan.tokenFree(k - 1) &&
      // "P Rao and Labour Minister X" joins a name to a title, not two portfolios.
      PORTFOLIO_WORDS.has(scan.word(k - 1)) &&
      !/^(?:between|and)$/i.test(scan.word(k - 2)) &&
      isCapitalised(scan.word(k - 1)) &&
      isNameWord(scan.word(k - 1)) &&
      !COUNTRY_BY_DEMONYM.has(scan.word(k - 1))
    ) {
      q.portfolio.unshift(w);
      q.from = k;
      k--;
      continue;
    }
    if (SUBORDINATE_MARKERS.has(lw)) q.subordinate = true;
    else if (PAST_MARKERS.has(lw)) q.past = true;
    else if (NEUTRAL_MARKERS.has(lw) || ROLE_ADJECTIVES.has(w)) {
      /* neither changes the role */
    } else if (
      !scan.tokenFree(k) ||
      !isCapitalised(w) ||
      (!isNameWord(w) && !COURT_TITLES.has(lw) && !/^\p{Lu}{2,}$|^(?:\p{Lu}\.)+$/u.test(w))
    )
      break;
    else {
      const two = `${scan.word(k - 1)} ${w}`;
      const country = COUNTRY_BY_DEMONYM.get(two) ?? COUNTRY_BY_NAME.get(two);
      const one = COUNTRY_BY_DEMONYM.get(w) ?? COUNTRY_BY_NAME.get(w);
      if (country && scan.tokenFree(k - 1)) {
        q.country = country;
        q.countryFrom = k - 1;
        q.countryTo = k;
        k--;
      } else if (one) {
        q.country = one;
        q.countryFrom = k;
        q.countryTo = k;
      } else q.portfolio.unshift(w);
    }
    q.from = k;
    k--;
  }
  return q;
}

/** Whether a name chain starts at k: "bin Saad", "Ahmed bin Sulayem" (a link within two words). */
function opensChain(scan: SentenceScan, k: number): boolean {
  const linkAt = PATRONYMIC_LINKS.has(scan.lower(k)) ? k : k + 1;
  return (
    PATRONYMIC_LINKS.has(scan.lower(linkAt)) &&
    isNameWord(scan.word(linkAt + 1)) &&
    (linkAt === k || isNameWord(scan.word(k)))
  );
}

/**
 * Whether a minister's portfolio names a ministry: portfolio words ("Trade and Industry"),
 * not a rank ("Minister of State") nor words the name finder left in it ("Rural Development Amir").
 */
function impliesMinistry(portfolio: string): boolean {
  const words = portfolio.split(/[\s,]+/).filter((w) => w && w !== "and");
  if (words.length === 0 || words[0] === "State") return false;
  // A plural noun is a portfolio the list lacks ("Oceans", "Waterways"); a place or a name is not.
  return words.every(
    (w) => PORTFOLIO_WORDS.has(w) || PORTFOLIO_EXPANSIONS.has(w) || /^\p{Lu}\p{Ll}+s$/u.test(w),
  );
}

/** Names written after a title; records the role and the country or organisation it names. */
export function findTitledPersons(scan: SentenceScan): void {
  for (let i = 0; i < scan.tokens.length; i++) {
    if (!scan.tokenFree(i)) continue;
    const title = matchTitle(scan, i);
    if (!title) continue;
    // "Justice Minister A": a portfolio word before another title, not a judge's title.
    if (COURT_TITLES.has(title.title) && isTitleStart(scan, title.end + 1)) continue;
    const complement = officeComplement(
      scan,
      title.end + 1,
      (x) => matchTitle(scan, x)?.kind === "honorific",
    );
    // "for" links a portfolio only to a capitalised title ("Commissioner for Trade X"), not to a
    // description ("special representative for Peninsula Affairs at the X").
    const office =
      complement?.link === "for" && !isCapitalised(scan.word(title.end)) ? null : complement;
    let nameStart = office ? office.nameStart : title.end + 1;
    // "Foreign Minister Prince Faisal ...": an honorific between the title and the name.
    const honorific = title.kind !== "honorific" ? matchTitle(scan, nameStart) : null;
    if (honorific?.kind === "honorific" && isNameWord(scan.word(honorific.end + 1)))
      nameStart = honorific.end + 1;
    // "Head Coach A", "Chief Justice A": a role noun after the title belongs to the title.
    if (
      !office &&
      honorific?.kind !== "honorific" &&
      isCapitalised(scan.word(nameStart)) &&
      ROLE_NOUNS_IN_TITLES.has(scan.lower(nameStart)) &&
      startsName(scan, nameStart + 1)
    )
      nameStart++;
    // "Deputy FM A", "party spokesman MP A": a title in capitals after the title belongs to it.
    if (
      !office &&
      ABBREVIATED.test(scan.word(nameStart)) &&
      isTitleStart(scan, nameStart) &&
      startsName(scan, nameStart + 1)
    )
      nameStart++;
    // After a title a short capitalised function word can be a family name ("Vice Premier He Lifeng").
    const shortFamily =
      NON_NAME_WORDS.has(scan.word(nameStart)) && isNameWord(scan.word(nameStart + 1));
    // "Prince Sultan bin Saad", "Chairman Sultan Ahmed bin Sulayem": a title word that opens a
    // name chain is the person's given name.
    const titleNamed =
      !isNameWord(scan.word(nameStart)) &&
      matchTitle(scan, nameStart)?.kind !== "honorific" &&
      opensChain(scan, nameStart + 1);
    const restFrom = PATRONYMIC_LINKS.has(scan.lower(nameStart + 1))
      ? nameStart + 2
      : nameStart + 1;
    let end =
      shortFamily || titleNamed
        ? Math.max(nameStart + 1, nameEnd(scan, restFrom))
        : nameEnd(scan, nameStart);
    // "Emperor Wilhelm II": the regnal number belongs to the name.
    if (end >= 0 && REGNAL_TITLES.has(title.title) && REGNAL_NUMBER.test(scan.word(end + 1))) end++;
    // "Deputy Foreign Minister X": the title goes on, so "Foreign" is no name.
    if (end < 0 || isTitleStart(scan, end + 1)) continue;
    const q = qualifiers(scan, i, title.kind);
    const honorificFrom = honorific?.kind === "honorific" ? nameStart : -1;
    // "Minister of Foreign Affairs X" names a portfolio; "Ambassador to South Korea X" a host
    // country; "President of Norway X", "Ambassador of Japan to Y X" the country of the office.
    if (office?.link === "of" || office?.link === "for") q.portfolio = office.portfolio;
    for (const c of office?.countries ?? []) {
      scan.add("Country", c.from, c.to, { name: c.country.name, country: c.country });
      if (!c.host && q.country === undefined) q.country = c.country;
    }
    if (honorificFrom < 0) title.end = nameStart - 1;
    const written = scan.text(q.from, title.end);
    let kind = title.kind;
    if (q.subordinate && kind === "head") kind = "member";
    const role: Role = {
      title: written,
      word: title.title,
      kind,
      subordinate: q.subordinate,
      past: q.past,
      ...(q.country ? { country: q.country } : {}),
      ...(q.org !== undefined ? { org: q.org } : {}),
      ...(q.portfolio.length > 0 ? { portfolio: q.portfolio.join(" ") } : {}),
    };
    if (q.country && q.countryFrom !== undefined && q.countryTo !== undefined) {
      scan.add("Country", q.countryFrom, q.countryTo, { name: q.country.name, country: q.country });
    }
    const titleFrom = scan.tokens[q.from];
    const titleTo = scan.tokens[title.end];
    if (titleFrom && titleTo) scan.claim(titleFrom.start, titleTo.end);
    const honorificStart = scan.tokens[title.end + 1];
    const honorificEnd = scan.tokens[nameStart - 1];
    if (honorificFrom >= 0 && honorificStart && honorificEnd)
      scan.claim(honorificStart.start, honorificEnd.end);
    const isMinister = title.title.endsWith("minister") && title.title !== "prime minister";
    if (office && !isMinister) delete role.portfolio;
    const portfolio = q.portfolio.join(" ");
    if (isMinister && impliesMinistry(portfolio) && q.org === undefined && titleFrom && titleTo) {
      scan.mentions.push({
        kind: "Organization",
        name: `Ministry of ${PORTFOLIO_EXPANSIONS.get(portfolio) ?? portfolio}`,
        start: titleFrom.start,
        end: titleTo.end,
        sentence: scan.index,
        partial: false,
        inQuote: scan.inQuote(titleFrom.start),
        implied: true,
      });
      role.org = scan.mentions.length - 1;
    }
    scan.add("Person", nameStart, end, { partial: end === nameStart, role });
    i = end;
  }
}
