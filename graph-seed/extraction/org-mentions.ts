// Organisation mentions by pattern: proper modifiers ending in a head noun ("Democratic Party",
// "Korea Herald"), optionally with a complement ("Ministry of Foreign Affairs", "Committee on
// Foreign Affairs and Unification"), units of another ("the Ministry's Policy Office"), defined
// acronyms ("(DPK)") and well-known organisations.

import {
  COMPANY_SUFFIXES,
  KNOWN_ORGS,
  LOWERCASE_ORG_HEADS,
  ORG_COMPLEMENT_LINKS,
  SUB_UNIT_HEADS,
} from "./lexicon/organizations";
import { TEAM_AND_COMPANY_HEADS } from "./lexicon/name-cues";
import type { SentenceScan } from "./mention";
import { ORG_ROLES, PORTFOLIO_EXPANSIONS, TITLES } from "./lexicon/roles";
import {
  isCapitalised,
  isNameWord,
  isOrgHead,
  isPossessive,
  isTitleWord,
  tokenize,
} from "./tokens";
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from "./lexicon/countries";
import { GIVEN_NAMES, MONTH_NAMES, NON_NAME_WORDS, WEEKDAY_NAMES } from "./lexicon/names";

/** Modifiers too generic to make a name on their own ("Working Group", "Special Committee"). */
const GENERIC_MODIFIERS = new Set(
  "Working Task Special Joint Steering Advisory Standing Select Central Executive General National Policy".split(
    " ",
  ),
);

const KNOWN_BY_NAME = new Map(
  KNOWN_ORGS.flatMap((o) => [o.name, ...o.aliases].map((n) => [n, o.name] as const)),
);

const ABBREVIATED_HEADS = new Set(["Co", "Corp", "Inc", "Ltd"]);

const KNOWN_FIRST_WORDS = new Set([...KNOWN_BY_NAME.keys()].map((n) => n.split(" ")[0] ?? ""));

/**
 * The most tokens of a well-known name by its first token ("North" -> 4 for "North Atlantic
 * Treaty Organization"): findKnownOrgs tries no longer stretch, since none could be a name.
 */
const KNOWN_TOKENS_BY_FIRST = new Map<string, number>();
for (const name of KNOWN_BY_NAME.keys()) {
  const tokens = tokenize(name, 0);
  const first = tokens[0]?.text ?? "";
  KNOWN_TOKENS_BY_FIRST.set(first, Math.max(KNOWN_TOKENS_BY_FIRST.get(first) ?? 0, tokens.length));
}

function isModifier(w: string): boolean {
  return isCapitalised(w) && !NON_NAME_WORDS.has(w) && !isTitleWord(w);
}

/** Whether capitalised words from `k` go on to "and X" (a list inside a name: "Trade, Industry and Energy"). */
function listContinues(scan: SentenceScan, k: number): boolean {
  let m = k;
  while (isCapitalised(scan.word(m))) m++;
  if (scan.word(m) === ",") return listContinues(scan, m + 1);
  return scan.word(m) === "and" && isModifier(scan.word(m + 1)) && !isOrgHead(scan.word(m + 1));
}

/** End (inclusive) of a complement starting at `k` ("of the Foreign Affairs and Trade"), or -1. */
function complementEnd(scan: SentenceScan, k: number): number {
  if (!ORG_COMPLEMENT_LINKS.has(scan.word(k))) return -1;
  let m = scan.word(k + 1) === "the" ? k + 2 : k + 1;
  // "Office of Management and Budget": a head word may open a list of subjects.
  const listed = scan.word(m + 1) === "and" && isModifier(scan.word(m + 2));
  if (!isModifier(scan.word(m)) || (isOrgHead(scan.word(m)) && !listed)) return -1;
  // "Honda Motor Co on Thursday", "the Court on August 14": a date, not the body's subject.
  if (WEEKDAY_NAMES.has(scan.word(m)) || MONTH_NAMES.has(scan.word(m))) return -1;
  let end = -1;
  while (m < scan.tokens.length) {
    const w = scan.word(m);
    if (isCapitalised(w) && !NON_NAME_WORDS.has(w) && scan.tokenFree(m)) {
      end = m;
      m++;
    } else if (
      (w === "and" || w === "&") &&
      isModifier(scan.word(m + 1)) &&
      !isOrgHead(scan.word(m + 1)) &&
      // "Ministry of Foreign Affairs and Kenya's ministry": a possessor opens another name;
      // "Chairman of the Board of Directors and Founder of X": a role opens another phrase.
      !isPossessive(scan.word(m + 2)) &&
      !ORG_ROLES.has(scan.lower(m + 1))
    ) {
      m++;
    } else if (w === "," && isModifier(scan.word(m + 1)) && listContinues(scan, m + 1)) {
      m++;
    } else if (
      // "Office for the Coordination of Humanitarian Affairs", not "... of South Korea".
      w === "of" &&
      end === m - 1 &&
      !isOrgHead(scan.word(end)) &&
      isModifier(scan.word(scan.word(m + 1) === "the" ? m + 2 : m + 1)) &&
      !COUNTRY_BY_NAME.has(scan.word(scan.word(m + 1) === "the" ? m + 2 : m + 1))
    ) {
      m = scan.word(m + 1) === "the" ? m + 2 : m + 1;
    } else break;
  }
  return end;
}

/**
 * Whether the "and" at `and` joins two subjects inside one name that ends in a head noun
 * ("the Food and Drug Administration", "Justice and Development Party (AKP)"). Only with a sign
 * that the words form one name: an article or a possessive before it, an acronym after it, or an
 * ampersand, so that "Ford and Labour Party" stays two names.
 */
function innerAndName(scan: SentenceScan, i: number, and: number): boolean {
  // "the Champions League and Europa League": a name with its own head before "and" is whole
  // ("Securities and Exchange Commission" has one word there).
  if (and - i > 3 || (and - i >= 2 && isOrgHead(scan.word(and - 1)))) return false;
  let k = and + 1;
  // The run after "and" reaches a head noun ("Human Rights Commission"; capitals may follow it).
  let headAt = -1;
  while (isModifier(scan.word(k)) && scan.tokenFree(k)) {
    if (isOrgHead(scan.word(k))) headAt = k;
    k++;
  }
  if (headAt < 0) return false;
  k = headAt + 1;
  for (let m = i; m < k; m++) {
    const w = scan.word(m);
    if (COUNTRY_BY_NAME.has(w) || COUNTRY_BY_DEMONYM.has(w)) return false;
  }
  // "Jammu & Kashmir High Court", "J&K Bank": an ampersand always joins within one name.
  if (scan.word(and) === "&") return true;
  const before = scan.lower(i - 1);
  const acronymAfter =
    scan.word(k) === "(" && /^\p{Lu}{2,7}$/u.test(scan.word(k + 1)) && scan.word(k + 2) === ")";
  // "a Securities and Exchange Commission statement": an article opens one name too.
  return /^(?:the|a|an)$/.test(before) || isPossessive(scan.word(i - 1)) || acronymAfter;
}

/** Finds organisations built from a head noun; returns nothing, adds mentions to the scan. */
export function findPatternOrgs(scan: SentenceScan): void {
  const n = scan.tokens.length;
  for (let i = 0; i < n; i++) {
    // A function word starts a name only mid-sentence ("the main opposition People Power Party").
    const midSentence =
      /^\p{Ll}/u.test(scan.word(i - 1)) &&
      isCapitalised(scan.word(i)) &&
      !isTitleWord(scan.word(i));
    if (!(isModifier(scan.word(i)) || midSentence) || !scan.tokenFree(i)) continue;
    let j = i + 1;
    // Inside a name any capitalised word may appear ("People Power Party"), not only at its start.
    while (j < n && scan.tokenFree(j)) {
      const w = scan.word(j);
      // "Workers' Party": a plural possessive inside a name.
      const pluralPossessive =
        ((w === "’" || w === "'") &&
          scan.word(j - 1).endsWith("s") &&
          isCapitalised(scan.word(j + 1))) ||
        // "European People's Party", "People's Bank of China"
        (/^(?:’s|'s)$/.test(w) && scan.word(j - 1) === "People" && isCapitalised(scan.word(j + 1)));
      if ((w === "and" || w === "&") && j > i && innerAndName(scan, i, j)) {
        j++;
        continue;
      }
      // "Fédération Internationale de Football Association", "Banco de la Nación": a link of
      // other languages between capitalised words is inside the name.
      if (
        j > i &&
        (FOREIGN_LINKS.has(w) || (w === "la" && scan.word(j - 1) === "de")) &&
        (isCapitalised(scan.word(j + 1)) || scan.word(j + 1) === "la")
      ) {
        j++;
        continue;
      }
      if (!pluralPossessive && (!isCapitalised(w) || isTitleWord(w))) break;
      j++;
    }
    let head = -1;
    for (let h = j - 1; h >= i; h--)
      if (isOrgHead(scan.word(h))) {
        head = h;
        break;
      }
    let end = -1;
    if (head >= 0) {
      const mods = [];
      for (let k = i; k < head; k++) mods.push(scan.word(k));
      const complement = complementEnd(scan, head + 1);
      const proper = mods.some((w) => !GENERIC_MODIFIERS.has(w) && !isOrgHead(w));
      if (!proper && complement < 0) {
        i = j - 1;
        continue;
      }
      end = complement >= 0 ? complement : head;
      // "Samsung Electronics Co." keeps its abbreviation's period.
      if (end === head && ABBREVIATED_HEADS.has(scan.word(head)) && scan.word(head + 1) === ".")
        end++;
      // "Nairobi Securities Exchange": a company head after the organisation head ends the name.
      else if (end === head)
        while (end + 1 < j && TEAM_AND_COMPANY_HEADS.has(scan.word(end + 1))) end++;
    } else {
      const after = `${scan.lower(j)} ${scan.lower(j + 1)}`;
      if (LOWERCASE_ORG_HEADS.includes(after)) end = j + 1;
      else if (isPartyName(scan, i, j)) {
        // "the liberal D66 party", "the GreenLeft party": the name without the common noun.
        const index = scan.add("Organization", i, j - 1);
        const party = scan.tokens[j];
        if (index >= 0 && party) scan.claim(party.start, party.end);
        i = j;
        continue;
      } else {
        i = j - 1;
        continue;
      }
    }
    const index = scan.add("Organization", i, end);
    addUnitAndAcronym(scan, index, i, end);
    i = end;
  }
}

/** "the Greens, led by X": capitalised words after "the" introduced as led by someone. */
export function findLedOrgs(scan: SentenceScan): void {
  for (let i = 1; i < scan.tokens.length; i++) {
    if (scan.lower(i - 1) !== "the" || !scan.tokenFree(i) || !isModifier(scan.word(i))) continue;
    let j = i;
    while (j - i < 4 && scan.tokenFree(j) && isModifier(scan.word(j))) j++;
    const text = scan.text(i, j - 1);
    if (
      scan.word(j) !== "," ||
      !/^(?:led|headed|chaired|run)$/.test(scan.lower(j + 1)) ||
      scan.lower(j + 2) !== "by" ||
      COUNTRY_BY_NAME.has(text) ||
      COUNTRY_BY_DEMONYM.has(text)
    )
      continue;
    scan.add("Organization", i, j - 1);
    i = j;
  }
}

/** "the (ruling) X party": capitalised words before a lower-case "party", after "the"/"a". */
function isPartyName(scan: SentenceScan, i: number, j: number): boolean {
  if (scan.word(j) !== "party" || j - i > 3) return false;
  // "the Pheu Thai party" is a name; "the Thai party", "the German Green party" are not.
  const w0 = scan.word(i);
  if (COUNTRY_BY_NAME.has(w0) || COUNTRY_BY_DEMONYM.has(w0)) return false;
  for (let k = i; k < j; k++) if (NON_NAME_WORDS.has(scan.word(k))) return false;
  let k = i - 1;
  while (/^\p{Ll}+$/u.test(scan.word(k)) && !/^(?:the|a|an|of)$/.test(scan.lower(k))) k--;
  return /^(?:the|a|an)$/.test(scan.lower(k)) && i - k <= 3;
}

/** Trade words between a company's name and its legal suffix ("Honda Motor Co"). */
export const TRADE_WORDS: ReadonlySet<string> = new Set([
  "Motor",
  "Motors",
  "Electric",
  "Steel",
  "Chemical",
  "Industries",
]);

/** The short name of a company written with its legal or trade suffix ("Merck" for "Merck KGaA"). */
export function companyShortName(name: string): string | null {
  const words = name.replace(/\.$/, "").split(" ");
  const last = words.at(-1) ?? "";
  // "Honda Motor Co": a trade word before the suffix goes too.
  if (words.length === 3 && TRADE_WORDS.has(words[1] ?? "")) words.splice(1, 1);
  if (words.length !== 2 || !COMPANY_SUFFIXES.has(last)) return null;
  const first = words[0] ?? "";
  return /^\p{Lu}/u.test(first) && !COUNTRY_BY_NAME.has(first) && !COUNTRY_BY_DEMONYM.has(first)
    ? first
    : null;
}

function addUnitAndAcronym(scan: SentenceScan, index: number, from: number, end: number): void {
  const org = scan.mentions[index];
  if (!org) return;
  let k = end + 1;
  if (isPossessive(scan.word(k))) {
    let j = k + 1;
    while (isModifier(scan.word(j)) && scan.tokenFree(j)) j++;
    if (j - 1 > k && SUB_UNIT_HEADS.has(scan.word(j - 1))) {
      scan.add("Organization", from, j - 1, {
        name: `${org.name.replace(/^the\s+/i, "")} ${scan.text(k + 1, j - 1)}`,
        parentName: org.name,
      });
      k = j;
    }
  }
  const acronym = scan.word(k + 1);
  if (
    scan.word(k) === "(" &&
    scan.word(k + 2) === ")" &&
    acronym &&
    /^\p{Lu}{2,7}$/u.test(acronym)
  ) {
    org.acronym = acronym;
    const a = scan.tokens[k];
    const b = scan.tokens[k + 2];
    if (a && b) scan.claim(a.start, b.end);
  }
}

/** Finds well-known organisations and acronyms defined earlier in the article. */
export function findKnownOrgs(
  scan: SentenceScan,
  acronyms: ReadonlyMap<string, string>,
  yieldToLongerNames = false,
): void {
  for (let i = 0; i < scan.tokens.length; i++) {
    const first = scan.word(i);
    if (!KNOWN_FIRST_WORDS.has(first) && !acronyms.has(first)) continue;
    // Only a company's short name ("LG" of "LG Group"), not an acronym ("FIFA World Cup").
    const full = acronyms.get(first);
    const affiliate = full && companyShortName(full) === first ? affiliateEnd(scan, i) : -1;
    if (affiliate > i) {
      scan.add("Organization", i, affiliate);
      i = affiliate;
      continue;
    }
    // An acronym is one token; a longer stretch is looked up only as long as a listed name.
    const longest = Math.min(6, Math.max(1, KNOWN_TOKENS_BY_FIRST.get(first) ?? 0));
    for (let len = longest; len >= 1; len--) {
      if (i + len > scan.tokens.length) continue;
      const written = scan.text(i, i + len - 1);
      const surface = written.includes("’") ? written.replace(/’/g, "'") : written;
      // An acronym the article defines wins over a well-known one it may shadow.
      const name = (len === 1 ? acronyms.get(surface) : undefined) ?? KNOWN_BY_NAME.get(surface);
      const first = scan.tokens[i];
      const last = scan.tokens[i + len - 1];
      // "(OCHA)" right after a name is that name's acronym, for the pattern finder to define.
      const definition =
        yieldToLongerNames &&
        len === 1 &&
        scan.word(i - 1) === "(" &&
        scan.word(i + 1) === ")" &&
        isCapitalised(scan.word(i - 2));
      if (definition) break;
      if (!name) continue;
      // In the first pass "U.N." leaves "U.N. Security Council" to the pattern finder.
      const longer =
        yieldToLongerNames &&
        isModifier(scan.word(i + len)) &&
        !NON_NAME_WORDS.has(scan.word(i + len)) &&
        headFollows(scan, i + len);
      if (first && last && !longer && scan.isFree(first.start, last.end)) {
        scan.add("Organization", i, i + len - 1, { name });
        i += len - 1;
        break;
      }
    }
  }
}

/** Links inside names in other languages ("Banco do Brasil", "Fédération ... de Football"). */
const FOREIGN_LINKS: ReadonlySet<string> = new Set(
  "de du des del della di da do dos das".split(" "),
);

/** The first words of titles ("vice" of "vice chairman"). */
const TITLE_OPENERS: ReadonlySet<string> = new Set(
  [...TITLES.keys()].map((t) => t.split(" ")[0] ?? ""),
);

/**
 * "LG Chem", "Norvale Energy": a company's short name before one or two name words (no title,
 * country or given name) names one of the group's companies; the last token of it, or -1.
 */
function affiliateEnd(scan: SentenceScan, i: number): number {
  if (!scan.tokenFree(i) || isCapitalised(scan.word(i - 1))) return -1;
  let end = i;
  for (let k = i + 1; k <= i + 2; k++) {
    const w = scan.word(k);
    if (
      !isCapitalised(w) ||
      !isNameWord(w) ||
      TITLE_OPENERS.has(w.toLowerCase()) ||
      !scan.tokenFree(k) ||
      GIVEN_NAMES.has(w) ||
      COUNTRY_BY_NAME.has(w) ||
      COUNTRY_BY_DEMONYM.has(w)
    )
      break;
    end = k;
  }
  return end > i ? end : -1;
}

/** Whether the capitalised words from k on reach an organisation head ("U.N. Security Council"). */
function headFollows(scan: SentenceScan, k: number): boolean {
  for (let m = k; isCapitalised(scan.word(m)); m++) if (isOrgHead(scan.word(m))) return true;
  return false;
}

const REFERENCE_HEADS = new Set([
  "ministry",
  "party",
  "committee",
  "agency",
  "office",
  "council",
  "commission",
  "group",
]);

/** Lower-case references to an organisation named earlier ("the foreign ministry", "the working group"). */
export function findOrgReferences(scan: SentenceScan): void {
  for (let i = 1; i < scan.tokens.length; i++) {
    const head = scan.lower(i);
    if (!REFERENCE_HEADS.has(head) || !scan.tokenFree(i) || isCapitalised(scan.word(i))) continue;
    const modifier =
      /^\p{Ll}+$/u.test(scan.word(i - 1)) && scan.lower(i - 1) !== "the" ? scan.lower(i - 1) : "";
    const hasThe = scan.lower(modifier ? i - 2 : i - 1) === "the";
    if (!hasThe) continue;
    const at = scan.tokens[i]?.start ?? 0;
    const wanted = `${modifier} ${head}`.trim();
    const earlier = scan.mentions
      .filter((m) => m.kind === "Organization" && m.start < at)
      .filter((m) => {
        const name = m.name.toLowerCase();
        return (
          name.includes(head) &&
          (modifier === "" || name.includes(modifier) || name.includes(wanted))
        );
      });
    const target = earlier.at(-1);
    if (!target) continue;
    scan.add("Organization", modifier ? i - 1 : i, i, { name: target.name, implied: false });
  }
}

/**
 * Ministries named together by their portfolios ("the Foreign and Unification ministries",
 * "the Defense, Finance and Trade ministries"): one mention per portfolio word.
 */
export function findCoordinatedMinistries(scan: SentenceScan): void {
  for (let i = 3; i < scan.tokens.length; i++) {
    if (scan.lower(i) !== "ministries") continue;
    const words: number[] = [];
    let k = i - 1;
    while (
      k >= 0 &&
      isCapitalised(scan.word(k)) &&
      scan.tokenFree(k) &&
      !NON_NAME_WORDS.has(scan.word(k))
    ) {
      words.unshift(k);
      const link = scan.word(k - 1);
      if (link !== "and" && link !== "," && link !== "&") break;
      k -= 2;
    }
    if (words.length < 2) continue;
    for (const w of words) {
      const portfolio = scan.word(w);
      scan.add("Organization", w, w, {
        name: `Ministry of ${PORTFOLIO_EXPANSIONS.get(portfolio) ?? portfolio}`,
      });
    }
  }
}
