// Organisations named by a role noun beside them: after it ("chief executive of Rabobank", "a
// member of the Rajya Sabha", with the person such a role introduces: "The chairperson of the X,
// Jane Doe, said") or before it ("Unite general secretary A", "Norvale's chief executive",
// "Kestrel striker A"): an unknown capitalised name is an organisation when a role word ties it
// to a person.

import {
  COUNTRY_BY_CAPITAL,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  REGIONS,
  STATE_NOUNS,
} from "./lexicon/countries";
import { GIVEN_NAMES, MONTH_NAMES, NON_NAME_WORDS, WEEKDAY_NAMES } from "./lexicon/names";
import { ORG_ROLES, ORG_ROLE_PATTERN, PORTFOLIO_WORDS, ROLE_ADJECTIVES } from "./lexicon/roles";
import type { SentenceScan } from "./mention";
import type { NameChunks } from "./name-chunks";
import { nameEnd } from "./person-names";
import { isCapitalised, isOrgHead, isTitleWord } from "./tokens";

const ROLE_OF =
  /^(?:president|chairman|chairwoman|chairperson|chair|chief executive|chief executive officer|ceo|head|leader|director|director-general|secretary-general|governor|co-leader|co-chair|founder|owner|member|members)$/;

/** The role noun ending at token k ("chief executive" in "the chief executive of"), or null. */
function roleNounBefore(scan: SentenceScan, k: number): { from: number; word: string } | null {
  for (const from of [k - 2, k - 1, k]) {
    if (from < 0) continue;
    const words: string[] = [];
    for (let x = from; x <= k; x++) words.push(scan.lower(x));
    if (ROLE_OF.test(words.join(" "))) return { from, word: words.join(" ") };
  }
  return null;
}

/**
 * Organisations named by their role context ("chief executive of Rabobank", "a member of the Rajya
 * Sabha") and the names they introduce ("The chairperson of the X, Jane Doe, said").
 */
export function findRoleOfOrgs(scan: SentenceScan): void {
  for (let i = 1; i + 1 < scan.tokens.length; i++) {
    if (scan.word(i) !== "of") continue;
    const role = roleNounBefore(scan, i - 1);
    if (!role) continue;
    let k = scan.word(i + 1) === "the" ? i + 2 : i + 1;
    const first = scan.tokens[k];
    let org = first
      ? scan.mentions.findIndex((m) => m.kind === "Organization" && m.start === first.start)
      : -1;
    let end = -1;
    if (org >= 0) {
      end = scan.tokens.findIndex((t) => t.end === scan.mentions[org]?.end);
    } else {
      let x = k;
      while (
        x - k < 4 &&
        scan.tokenFree(x) &&
        isCapitalised(scan.word(x)) &&
        !NON_NAME_WORDS.has(scan.word(x)) &&
        !isTitleWord(scan.word(x)) &&
        !/^\p{Lu}\p{Ll}+day$/u.test(scan.word(x))
      )
        x++;
      const next = scan.word(x);
      const text = scan.text(k, x - 1);
      if (
        x === k ||
        isCapitalised(next) ||
        COUNTRY_BY_NAME.has(text) ||
        COUNTRY_BY_DEMONYM.has(text) ||
        GIVEN_NAMES.has(scan.word(k))
      )
        continue;
      end = x - 1;
      // "the President of the Republic, A": A is found, but "Republic" names no organisation.
      if (!STATE_NOUNS.has(text)) org = scan.add("Organization", k, end);
    }
    if (end < 0) continue;
    // "The chairperson of the X (XU), Jane Doe, ...": the name the role introduces.
    k = end + 1;
    if (scan.word(k) === "(" && scan.word(k + 2) === ")") k += 3;
    // "Chairman of the XYZ party, A": the party's name, then its head.
    if (scan.word(k) === "party" && scan.word(k + 1) === ",") k++;
    if (scan.word(k) !== "," || role.word.startsWith("member")) continue;
    const nameEndAt = nameEnd(scan, k + 1);
    const after = scan.lower(nameEndAt + 1);
    if (nameEndAt <= k + 1 || (after !== "," && after !== "and" && after !== ".")) continue;
    const opening = scan.lower(role.from - 1);
    if (role.from > 0 && !/^(?:the|its|their|a|an)$/.test(opening)) continue;
    const kind = role.word.startsWith("member") ? "member" : "head";
    if (org < 0) {
      scan.add("Person", k + 1, nameEndAt);
      i = nameEndAt;
      continue;
    }
    scan.add("Person", k + 1, nameEndAt, {
      role: {
        title: scan.text(role.from, end),
        word: role.word,
        kind,
        subordinate: false,
        past: false,
        org,
      },
    });
    i = nameEndAt;
  }
}

/** Capitalised words that qualify a title rather than name its organisation ("Executive Chairman"). */
const TITLE_QUALIFIERS = new Set(
  (
    "Executive Non-Executive Managing General Deputy Vice Chief Senior Acting Interim Former New " +
    "Majority Minority Opposition National Federal State Regional Provincial Parliamentary " +
    "Assistant Associate Joint Party Group Team Club Head Top Star Veteran Board Union Company " +
    "Additional Special Principal Permanent"
  ).split(" "),
);
/** A role word after an organisation's name: "'s chief executive", " general secretary". */
const ROLE_AFTER_ORG = new RegExp(
  `^(['’]s?)?\\s+(?:(?:${ROLE_ADJECTIVES})(?:-|\\s+)){0,2}(${ORG_ROLE_PATTERN})(?![\\p{L}-])\\s*,?\\s*`,
  "iu",
);
/** What may follow such a role word: a name, punctuation or a function word, not a noun it qualifies ("executive members"). */
const ROLE_ENDS =
  /^(?:\p{Lu}|[.;:)"”]|$|(?:and|or|who|said|says|told|has|had|is|was|will|would|of|at|for|in|on|to|since)\b)/u;
const ARTICLE_BEFORE = new RegExp(`\\b(?:the|a|an|as)\\s+(?:(?:${ROLE_ADJECTIVES})\\s+)?$`, "i");
/** Words that can follow an organisation's name when a role comes next. */
const ROLE_STARTS = new Set([
  "'s",
  "’s",
  "'",
  "’",
  ...[...ORG_ROLES.keys()].map((r) => r.split(/[\s]/)[0] ?? ""),
  ...ROLE_ADJECTIVES.split("|"),
]);
const PLACE_NAMES = new Set<string>(REGIONS);
const LABOUR = /^Labou?r$/;

/** A capitalised word that may be part of an organisation's own name before a role word. */
function orgWord(scan: SentenceScan, i: number): boolean {
  const w = scan.word(i);
  return (
    isCapitalised(w) &&
    scan.tokenFree(i) &&
    !NON_NAME_WORDS.has(w) &&
    !MONTH_NAMES.has(w) &&
    !WEEKDAY_NAMES.has(w) &&
    !isTitleWord(w) &&
    !TITLE_QUALIFIERS.has(w)
  );
}

const isPlace = (text: string): boolean =>
  COUNTRY_BY_NAME.has(text) ||
  COUNTRY_BY_DEMONYM.has(text) ||
  COUNTRY_BY_CAPITAL.has(text) ||
  PLACE_NAMES.has(text);

/**
 * "Unite general secretary A", "the Norvale chairman A", "Kestrel striker A", "Norvale's chief
 * executive": an unknown capitalised name before a role word (and, unless possessive, before a
 * name) is an organisation. Not a country, capital or region ("Paris mayor"), not a person met
 * before, not a run that starts with a given name.
 */
export function findOrgsBeforeRoles(scan: SentenceScan, chunks: NameChunks): void {
  const { evidence } = scan;
  for (let i = 0; i < scan.tokens.length; i++) {
    if (!orgWord(scan, i)) continue;
    let end = i;
    while (end - i < 3 && orgWord(scan, end + 1)) end++;
    const last = scan.tokens[end];
    const from = i;
    i = end;
    // "Prime Minister Ana Ruiz's official visit": a titled person's name, not an organisation.
    if (!last || isTitleWord(scan.word(from - 1))) continue;
    // Most capitalised runs are followed by no role word: one lookup rules them out.
    const following = scan.lower(end + 1);
    if (!ROLE_STARTS.has(following) && !following.startsWith("ex-")) continue;
    const after = evidence.sentence.slice(last.end - evidence.start);
    const role = ROLE_AFTER_ORG.exec(after);
    const next = after.slice(role?.[0].length ?? 0);
    // A name follows ("X striker A"), or a possessive or an article marks one noun phrase
    // ("Norvale's chief executive", "A, the Brixham boss,").
    const first = scan.tokens[from];
    const article =
      first !== undefined &&
      ARTICLE_BEFORE.test(evidence.sentence.slice(0, first.start - evidence.start));
    if (!role || (!role[1] && (!ROLE_ENDS.test(next) || (!article && !/^\p{Lu}/u.test(next)))))
      continue;
    let start = from;
    // A sentence's first word is capitalised anyway: a common word there is no name.
    // ("Suspended XYZ secretary-general A": a participle or adverb opening the sentence too).
    const opener = start === 0 && start < end && /\p{Ll}(?:ed|ing|ly)$/u.test(scan.word(0));
    if (start === 0 && (chunks.isCommonWord(scan.word(0)) || opener)) start++;
    // "Kenyan ODM leader": a leading demonym or country qualifies, unless the name ends in a head.
    while (start < end && isPlace(scan.word(start)) && !isOrgHead(scan.word(end))) start++;
    if (start > end) continue;
    const text = scan.text(start, end);
    // A head noun alone ("Cabinet", "Congress") or a portfolio ("Foreign Secretary") is no
    // organisation's own name; "Labour" is the one portfolio word that names parties.
    const portfolio = text.split(" ").every((w) => PORTFOLIO_WORDS.has(w) && !LABOUR.test(w));
    if (isPlace(text) || GIVEN_NAMES.has(scan.word(start)) || isOrgHead(text) || portfolio)
      continue;
    const person = scan.mentions.some(
      (m) => m.kind === "Person" && (m.name === text || m.name.endsWith(` ${text}`)),
    );
    if (person) continue;
    scan.add("Organization", start, end);
    chunks.remember(text, "Organization");
  }
}

/** A name's end: punctuation, "and", or a lower-case word (its verb: "A decry the delay"). */
const AFTER_NAME = /^(?:[,.;:]|and|\p{Ll}.*)$/u;

/**
 * "NLC President, A decry ...", "Unite general secretary, A, said": a role set off by a comma after
 * an organisation introduces the name that follows, with that role and organisation.
 */
export function findNamesAfterOrgRoles(scan: SentenceScan): void {
  const { evidence } = scan;
  for (let index = scan.mentions.length - 1; index >= 0; index--) {
    const org = scan.mentions[index];
    if (org?.sentence !== scan.index) break;
    if (org.kind !== "Organization" || org.implied) continue;
    const after = evidence.sentence.slice(org.end - evidence.start);
    const role = ROLE_AFTER_ORG.exec(after);
    if (!role || !role[0].includes(",") || /former|ex-|then/i.test(role[0])) continue;
    const at = org.end + role[0].length;
    const k = scan.tokens.findIndex((t) => t.start === at);
    const end = k < 0 ? -1 : nameEnd(scan, k);
    if (end <= k || !AFTER_NAME.test(scan.word(end + 1))) continue;
    const word = (role[2] ?? "").toLowerCase().replace(/\s+/g, " ");
    const kind = ORG_ROLES.get(word);
    if (!kind) continue;
    scan.add("Person", k, end, {
      role: { title: word, word, kind, subordinate: false, past: false, org: index },
    });
  }
}
