// Person names found by their shape or a cue rather than a title: East Asian name shapes ("Choi
// Young-joon", "Kim Jong Un"), Western names with a cue ("..., who", "said Harris", a common given
// name), and later references to a name already found (the full name again, or a surname).

import { upperCaseAt } from "./characters";
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from "./lexicon/countries";
import { EAST_ASIAN_SURNAMES, FACILITY_HEADS, GIVEN_NAMES, NAME_PARTICLES } from "./lexicon/names";
import { FOREIGN_ORG_OPENERS, LEADING_STYLES } from "./lexicon/name-cues";
import { KNOWN_ORGS } from "./lexicon/organizations";
import { PATRONYMIC_LINKS } from "./short-names";
import { APPOSITION_ROLES, PORTFOLIO_WORDS } from "./lexicon/roles";
import type { SentenceScan } from "./mention";
import { lowerCaseAt } from "./characters";
import { isCapitalised, isNameWord, isPossessive, isTitleWord, normaliseName } from "./tokens";

const NOT_GIVEN_NAME_SUFFIX =
  /-(?:related|based|led|backed|owned|style|born|like|level|wide|made|run|bound|centric|oriented|specific|friendly|free|long|term|funded|sponsored|linked|allied|aligned|controlled|held|era|type|class|sized)$/;
/** "Relegation-threatened", "Lagos-based": a hyphenated adjective, never a name's first word. */
export const isHyphenatedAdjective = (w: string): boolean =>
  /^\p{Lu}\p{Ll}+-\p{Ll}+(?:ed|ing)$/u.test(w) || NOT_GIVEN_NAME_SUFFIX.test(w);
const INSTITUTION_NOUNS = new Set(
  "office agency ministry party company firm group newspaper daily broadcaster network bank university institute council committee union association foundation organization organisation partnership coalition alliance federation club charity developer lender insurer carrier airline manufacturer maker retailer subsidiary conglomerate watchdog regulator".split(
    " ",
  ),
);
const SPEECH_VERBS =
  /^(?:said|says|told|tells|added|adds|noted|stressed|wrote|asked|explained|argued|warned|insisted|announced|claimed|replied|stated|emphasized|emphasised|urged|recalled)$/;

const KNOWN_ACRONYMS = new Set(KNOWN_ORGS.flatMap((o) => o.aliases));

/** Initials of one sound written with two letters in Mongolian names ("Ts.Munkh-Orgil"). */
const DIGRAPH_INITIALS = new Set(["Ch", "Sh", "Ts", "Kh", "Zh", "Ya", "Yu", "Yo", "Ye"]);

/** Whether the dot after token k is glued to it and to the word after ("Ts.Munkh-Orgil"). */
function gluedDot(scan: SentenceScan, k: number): boolean {
  const [a, dot, b] = [scan.tokens[k], scan.tokens[k + 1], scan.tokens[k + 2]];
  return dot?.text === "." && a?.end === dot.start && dot.end === b?.start && scan.tokenFree(k);
}

const digraphInitial = (scan: SentenceScan, k: number): boolean =>
  DIGRAPH_INITIALS.has(scan.word(k)) && gluedDot(scan, k);

/** One or two upper-case letters and nothing else (`^\p{Lu}{1,2}$`), read by character. */
function oneOrTwoCapitals(w: string): boolean {
  const first = upperCaseAt(w, 0);
  return first > 0 && (first === w.length || upperCaseAt(w, first) === w.length - first);
}

/**
 * An initial at token k ("P Chidambaram", "A K Antony", "KT Rao", "S. Rao", "D.Rao"): the index
 * after it (and its dot), or -1. Two glued capitals that are a country's code ("US") are no initial.
 */
function afterInitial(scan: SentenceScan, k: number): number {
  const w = scan.word(k);
  if (DIGRAPH_INITIALS.has(w)) return digraphInitial(scan, k) ? k + 2 : -1;
  if (!oneOrTwoCapitals(w) || COUNTRY_BY_NAME.has(w) || KNOWN_ACRONYMS.has(w)) return -1;
  if (!scan.tokenFree(k)) return -1;
  return scan.word(k + 1) === "." ? k + 2 : k + 1;
}

/** Whether initials from k lead to a name word ("A" and "I" alone are words, not initials). */
function initialsLeadToName(scan: SentenceScan, k: number): boolean {
  let next = afterInitial(scan, k);
  if (next < 0 || (/^[AI]$/.test(scan.word(k)) && afterInitial(scan, next) < 0)) return false;
  while (afterInitial(scan, next) > 0 && next - k < 6) next = afterInitial(scan, next);
  return isNameWord(scan.word(next));
}

/** Arabic and Malay name links as often written with a capital ("Saif Bin Zayed Al Nahyan"). */
const CAPITALISED_PARTICLES = new Set(["Bin", "Bint", "Binti", "Ibn", "Al"]);

/** A particle inside a name ("bin", "van der", "Al"): it does not count towards a name's length. */
const isParticle = (w: string): boolean => NAME_PARTICLES.has(w) || CAPITALISED_PARTICLES.has(w);

/** Whether a quoted nickname starts at token k and the name goes on after it. */
function nicknameAt(scan: SentenceScan, k: number): boolean {
  return (
    /^[“"]$/.test(scan.word(k)) &&
    isNameWord(scan.word(k + 1)) &&
    /^[”"]$/.test(scan.word(k + 2)) &&
    (isNameWord(scan.word(k + 3)) || initialsLeadToName(scan, k + 3))
  );
}

/** Name words from token i on (initials and particles allowed inside); returns the last index or -1. */
export function nameEnd(scan: SentenceScan, i: number, max = 4): number {
  let end = -1;
  let count = 0;
  let k = i;
  while (k < scan.tokens.length && count < max && scan.tokenFree(k)) {
    const w = scan.word(k);
    // "King Khalid International Airport", "the Peace Medal": a facility or prize, not a person.
    if (FACILITY_HEADS.has(w)) return -1;
    if (count > 0 && isParticle(w)) {
      let p = k;
      while (isParticle(scan.word(p))) p++;
      if (!isNameWord(scan.word(p))) break;
      k = p;
    } else if (isNameWord(w) && !COUNTRY_BY_NAME.has(w) && !digraphInitial(scan, k)) {
      end = k;
      // "al-Sabah", "Al-Jaber": family names in a chain do not count towards the limit.
      if (!/^al-/iu.test(w)) count++;
      k++;
    } else if (initialsLeadToName(scan, k)) {
      k = afterInitial(scan, k);
    } else if (count > 0 && nicknameAt(scan, k)) {
      // "Jose “Sonny” Matula": a nickname in quotes stays inside the name it interrupts.
      k += 3;
    } else break;
  }
  if (end >= 0 && FACILITY_HEADS.has(scan.word(end + 1))) return -1;
  return end;
}

/** Whether tokens [i, end] hold "X bin Y": a personal name whatever X and Y are. */
function patronymic(scan: SentenceScan, i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) if (PATRONYMIC_LINKS.has(scan.lower(k))) return true;
  return false;
}

/** Whether a name starts at token i: a name word, or initials before one. */
export function startsName(scan: SentenceScan, i: number): boolean {
  return isNameWord(scan.word(i)) || initialsLeadToName(scan, i);
}

/** "Choi Young-joon", "Moon Jae-in", "Kim Jong Un", "Xi Jinping". */
export function findEastAsianNames(scan: SentenceScan): void {
  for (let i = 0; i + 1 < scan.tokens.length; i++) {
    const family = scan.word(i);
    const given = scan.word(i + 1);
    if (!scan.tokenFree(i) || !scan.tokenFree(i + 1) || !isNameWord(family) || family.includes("-"))
      continue;
    if (COUNTRY_BY_NAME.has(family) || COUNTRY_BY_DEMONYM.has(family)) continue;
    const hyphenated =
      /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(given) &&
      !NOT_GIVEN_NAME_SUFFIX.test(given) &&
      !COUNTRY_BY_NAME.has(given.split("-")[0] ?? "") &&
      family.length <= 8;
    let end = -1;
    if (hyphenated) end = i + 1;
    else if (
      EAST_ASIAN_SURNAMES.has(family) &&
      isNameWord(given) &&
      given.length <= 9 &&
      !given.includes("-")
    ) {
      end = i + 1;
      const third = scan.word(i + 2);
      // "Kim Jong Un", "Lee Hsien Loong", "Nguyen Quoc Cuong": a short third part.
      if (isNameWord(third) && third.length <= 6 && scan.tokenFree(i + 2)) end = i + 2;
    }
    if (
      end < 0 ||
      (isCapitalised(scan.word(end + 1)) && !/^(?:\p{Lu}{2,}|’s|'s)$/u.test(scan.word(end + 1)))
    )
      continue;
    scan.add("Person", i, end);
    i = end;
  }
}

/**
 * Whether the name from i to end follows a person's untitled name in a list ("A, B and C"). After
 * a titled name the next item is titled too ("..., Labour Minister A and Treasurer B"), so an
 * untitled run there is a title's words, as are portfolio words and demonyms.
 */
function listedAfterPerson(scan: SentenceScan, i: number, end: number): boolean {
  const prev = scan.word(i - 1);
  if (prev !== "," && prev !== "and") return false;
  for (let k = i; k <= end; k++)
    if (PORTFOLIO_WORDS.has(scan.word(k)) || COUNTRY_BY_DEMONYM.has(scan.word(k))) return false;
  // "A, High Representative of X": an item that ends in a role noun is A's title.
  if (APPOSITION_ROLES.has(scan.lower(end))) return false;
  const k = prev === "and" && scan.word(i - 2) === "," ? i - 3 : i - 2;
  const endsThere = scan.tokens[k]?.end;
  return scan.mentions.some(
    (m) => m.kind === "Person" && m.end === endsThere && m.sentence === scan.index && !m.role,
  );
}

/** The noun of a short apposition from token k: "partnership" in "a (global) partnership of". */
function appositionNoun(scan: SentenceScan, k: number): string {
  const first = scan.lower(k);
  const second = scan.lower(k + 1);
  // "A, the party's treasurer": the noun after a possessor is the one that describes A.
  if (isPossessive(second)) return "";
  // "A, the party Vice-Chairman": a title after the noun is what describes A.
  const title = scan.word(k + 1);
  if (isTitleWord(title) || isTitleWord(title.split("-").at(-1))) return second;
  return /^\p{Ll}+$/u.test(second) && !/^(?:of|for|in|on|at|who|that|which|and)$/.test(second)
    ? second
    : first;
}

/** Words after a name that show it is no modifier of a noun ("the Ana Ruiz on Monday"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  "on in at of for to and or with by from as is was has had have are were said says will would".split(
    " ",
  ),
);

/**
 * Whether the name ending at token `end` modifies what follows it ("the Ana Ruiz government",
 * "the Ana Ruiz-led coalition"): the only way "the" stands before a person's name.
 */
export function modifiesNext(scan: SentenceScan, end: number): boolean {
  const next = scan.word(end + 1);
  return next === "-" || (lowerCaseAt(next, 0) && !FUNCTION_WORDS.has(next));
}

/** Western names with a cue: a speech verb, an apposition, a relative clause or a given name. */
export function findCuedNames(scan: SentenceScan): void {
  for (let i = 0; i < scan.tokens.length; i++) {
    if (!scan.tokenFree(i) || !startsName(scan, i) || isNameWord(scan.word(i - 1))) continue;
    // "Rashid bin Hamad": the name began before the link, at the word that is not free here.
    if (PATRONYMIC_LINKS.has(scan.lower(i - 1))) continue;
    // "the White House said" names no person; "the Joe Biden administration" does.
    const afterThe = scan.lower(i - 1) === "the";
    if (afterThe && !GIVEN_NAMES.has(scan.word(i))) continue;
    const end = nameEnd(scan, i);
    if (end <= i) continue;
    // ... and only as a modifier ("the Ana Ruiz-led coalition"): "backed by the Christian
    // Democracy" names a party.
    if (afterThe && !modifiesNext(scan, end)) continue;
    if (isCapitalised(scan.word(end + 1)) && scan.tokenFree(end + 1)) continue;
    // "Justice Ana Ruiz said": the style is no part of the name.
    if (LEADING_STYLES.has(scan.word(i)) && end - i >= 2) i++;
    // "Austrian Riedl, who ...": a demonym before the name says where the person is from.
    if (COUNTRY_BY_DEMONYM.has(scan.word(i)) && end > i) {
      // "Ana Ruiz, Kenyan Youth Laureate, head of X": after a name and a comma, a demonym opens a
      // description of that name's person, not another name.
      if (scan.word(i - 1) === "," && isCapitalised(scan.word(i - 2))) {
        i = end;
        continue;
      }
      i++;
    }
    // "Relegation-threatened Norhaven said": a hyphenated adjective opens no name.
    if (isHyphenatedAdjective(scan.word(i))) continue;
    const next = scan.lower(end + 1);
    // "X, The Daily Post said": a capitalised "The" opens another name, not an apposition.
    const afterComma = scan.word(end + 2) === "The" ? "" : scan.lower(end + 2);
    const prev = scan.lower(i - 1);
    const cued =
      GIVEN_NAMES.has(scan.word(i)) ||
      patronymic(scan, i, end) ||
      SPEECH_VERBS.test(next) ||
      SPEECH_VERBS.test(prev) ||
      (next === "," &&
        (/^(?:who|a|an|the)$/.test(afterComma) || APPOSITION_ROLES.has(afterComma))) ||
      (prev === "to" && scan.lower(i - 2) === "according") ||
      // "A, B and Ana Ruiz": the next full name in a list of people.
      (end > i && listedAfterPerson(scan, i, end)) ||
      // "the council, led by X", "a task force headed by X"
      (prev === "by" && /^(?:led|headed|chaired|run|founded)$/.test(scan.lower(i - 2)));
    if (!cued) continue;
    // "the presidential office Cheong Wa Dae said": a name in apposition to an institution noun;
    // "Norvale Rights Watch, a coalition of ...": an institution noun in apposition to a name.
    const described =
      next === "," && /^(?:a|an|the)$/.test(afterComma) ? appositionNoun(scan, end + 3) : "";
    // "Grupo Norte said": a head that opens a name in other languages makes it an organisation.
    // Only a lower-case institution noun stands in apposition: "the President's Office Ana Ruiz"
    // ends one name and starts another.
    const organisation =
      (INSTITUTION_NOUNS.has(prev) && lowerCaseAt(scan.word(i - 1), 0)) ||
      INSTITUTION_NOUNS.has(described) ||
      FOREIGN_ORG_OPENERS.has(scan.word(i));
    scan.add(organisation ? "Organization" : "Person", i, end);
    i = end;
  }
}

/** Later references to a person found with a full name: the full name again, or a surname. */
export function findNameReferences(
  scan: SentenceScan,
  fullNames: ReadonlySet<string>,
  surnames: ReadonlySet<string>,
): void {
  for (let i = 0; i < scan.tokens.length; i++) {
    if (!scan.tokenFree(i) || !startsName(scan, i)) continue;
    const end = nameEnd(scan, i);
    if (end > i && fullNames.has(normaliseName(scan.text(i, end)))) {
      scan.add("Person", i, end);
      i = end;
    } else if (surnames.has(scan.word(i)) && !isCapitalised(scan.word(i + 1))) {
      scan.add("Person", i, i, { partial: true });
    }
  }
}
