// The fallback name finder: capitalised runs that no cue-based finder claimed ("Phil Simmons took
// four wickets", "shares in Comelf", "talks in Bistrita"), typed by generic evidence around them
// (a given name, a role noun before, a speech verb after, a company or team noun, a locative
// preposition, an acronym) and left out when the evidence is weak. A name typed once is found
// again later in the article even without its cue.

import type { EntityKind } from "../../contract/model";
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, REGIONS } from "./lexicon/countries";
import {
  APPOINTED_AFTER,
  CONNECTORS,
  FOREIGN_ORG_OPENERS,
  LEADING_STYLES,
  LOCATIVE_BEFORE,
  NOT_ACRONYMS,
  ORG_NOUNS_BEFORE,
  ORG_WORDS_AFTER,
  PERSON_NOUNS_BEFORE,
  SPEECH_AFTER,
  SUCCESSION_BEFORE,
  TEAM_AND_COMPANY_HEADS,
} from "./lexicon/name-cues";
import { GIVEN_NAMES, MONTH_NAMES, NON_NAME_WORDS, WEEKDAY_NAMES } from "./lexicon/names";
import { ORG_HEADS } from "./lexicon/organizations";
import { APPOSITION_ROLES, PORTFOLIO_WORDS } from "./lexicon/roles";
import type { Mention, SentenceScan } from "./mention";
import { appositionAt, orgCue } from "./org-cues";
import { PEOPLE_NOUNS, peopleInLists } from "./name-lists";
import { isHyphenatedAdjective, modifiesNext } from "./person-names";
import type { NameRun } from "./name-lists";
import { lowerCaseAt } from "./characters";
import { isCapitalised, isNameWord, isPossessive, isTitleWord } from "./tokens";
import { lowerCaseWords, wordsAlone } from "./word-case";

type ChunkKind = Extract<EntityKind, "Person" | "Organization" | "Place">;

const REGION_NAMES = new Set(REGIONS);
/** Given names that open the second half of a compound name ("Tajuddin Abdul Rahman"). */
const COMPOUND_NAME_STARTS: ReadonlySet<string> = new Set([
  "Abdul",
  "Abdel",
  "Abd",
  "Abu",
  "Abdur",
]);
/** Malay and Arabic styles that the name keeps ("Tengku Ahmad Rizal", "Syed Ali Hamid"). */
const STYLES_IN_NAMES: ReadonlySet<string> = new Set([
  "Wan",
  "Nik",
  "Tengku",
  "Tunku",
  "Raja",
  "Syed",
  "Sayed",
  "Megat",
]);
const NUMBER = /^\p{N}+$/u;
/** Plurals that name events or fields, not teams ("the Olympic Games", "the Cup Finals"). */
const EVENT_PLURALS: ReadonlySet<string> = new Set(
  "Games Olympics Paralympics Finals Championships Awards Elections Talks Playoffs Nations Affairs Relations Studies Sciences Arts Rights Forces Islands Hills Mountains Alps Andes Balkans Americas Emirates".split(
    " ",
  ),
);
/** "the Jones family": a surname in the plural before a word for kin. */
const KIN_NOUNS: ReadonlySet<string> = new Set([
  "family",
  "brothers",
  "sisters",
  "household",
  "clan",
]);
const isAcronym = (w: string): boolean =>
  /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(w) && !NOT_ACRONYMS.has(w);
/** Shaped like a personal name word ("Simmons", "O'Neill", "McCarthy", "Jean-Luc"). */
/** An Arabic family name with its article, inside a name: "Salim al-Aisawi". */
const ARTICLE_FAMILY_NAME = /^(?:al|el)-\p{Lu}\p{Ll}+$/u;
const isPersonShaped = (w: string): boolean =>
  /^(?:\p{Lu}['’]?\p{Lu}?\p{Ll}+)(?:-\p{Lu}?\p{Ll}+)?$/u.test(w) ||
  /^(?:Mc|(?:al|el)-)\p{Lu}\p{Ll}+$/u.test(w);

/** Whether an organisation mention of this sentence ends at token k. */
function orgEndsAt(scan: SentenceScan, k: number): boolean {
  const end = scan.tokens[k]?.end;
  return scan.mentions.some(
    (m) => m.kind === "Organization" && m.sentence === scan.index && m.end === end,
  );
}

/** Finds the fallback names of an article, sentence by sentence, and their later repeats. */
export class NameChunks {
  /** Lower-case words of the body: a capitalised word also written in lower case is common. */
  private readonly lowerWords: ReadonlySet<string>;
  /** Names typed by their context, to be found again without it. */
  private readonly typed = new Map<string, ChunkKind>();

  /** Last words of the people found so far, and how many mentions have been looked at. */
  private readonly surnames = new Set<string>();
  private mentionsSeen = 0;

  /** Capitalised words written on their own, with no capitalised word beside them (lazily). */
  private aloneWords: ReadonlySet<string> | undefined;

  constructor(private readonly body: string) {
    this.lowerWords = lowerCaseWords(body);
  }

  /**
   * The capitalised words written alone: read on the first question, since only a run that no
   * cue types asks it, and many articles have none.
   */
  private get alone(): ReadonlySet<string> {
    this.aloneWords ??= wordsAlone(this.body);
    return this.aloneWords;
  }

  /** Whether the article also writes this word in lower case (a common word, not a name). */
  isCommonWord(w: string): boolean {
    return this.lowerWords.has(w.toLowerCase());
  }

  /** Records a name another finder typed from its clause, so its later repeats are found. */
  remember(name: string, kind: ChunkKind): void {
    if (!this.typed.has(name)) this.typed.set(name, kind);
  }

  /** A capitalised word that may start or continue a name here. */
  private nameWord(scan: SentenceScan, i: number): boolean {
    const w = scan.word(i);
    if (w === undefined || !isCapitalised(w) || !scan.tokenFree(i)) return false;
    if (NON_NAME_WORDS.has(w) || MONTH_NAMES.has(w) || WEEKDAY_NAMES.has(w)) return false;
    if (isTitleWord(w)) return false;
    // A sentence's first word is capitalised anyway: a common word there is no name.
    const first = i === 0 || /^["“‘'(\-—–:]$/.test(scan.word(i - 1));
    return !(first && this.lowerWords.has(w.toLowerCase()));
  }

  /** First pass: claims and types the capitalised runs left free by the other finders. */
  find(scan: SentenceScan): void {
    // Lines of figures and capitals (tables, headlines) give no reliable capitalisation: only
    // the shapes of a results table are read there.
    if (!scan.tokens.some((t) => lowerCaseAt(t.text, 0))) {
      if (scan.tokens.some((t) => NUMBER.test(t.text))) this.findInRow(scan);
      return;
    }
    const untyped: NameRun[] = [];
    for (let i = 0; i < scan.tokens.length; i++) {
      const initialled = this.claimInitialled(scan, i);
      if (initialled > 0) {
        i = initialled;
        continue;
      }
      if (!this.nameWord(scan, i)) continue;
      let end = i;
      while (end + 1 < scan.tokens.length && end - i < 5) {
        if (this.nameWord(scan, end + 1) || ARTICLE_FAMILY_NAME.test(scan.word(end + 1))) end++;
        else if (
          CONNECTORS.has(scan.word(end + 1)) &&
          this.nameWord(scan, end + 2) &&
          (scan.word(end + 1) !== "of" || this.headed(scan.word(end)))
        )
          end += 2;
        else break;
      }
      let start = i;
      // "Irish manager ...": a leading demonym is an adjective, not part of the name; "Justice
      // Ana Ruiz", "Coach Ana Ruiz": a leading role noun is the cue, not part of the name.
      while (start < end && COUNTRY_BY_DEMONYM.has(scan.word(start))) start++;
      // "Relegation-threatened Norhaven": a hyphenated adjective is no part of the name.
      if (start < end && isHyphenatedAdjective(scan.word(start))) start++;
      // "General Secretaries Ana Ruiz and ...": a plural people noun opens the list, not the name.
      for (let k = start; k < end - 1; k++) if (PEOPLE_NOUNS.has(scan.lower(k))) start = k + 1;
      // ("Justice Ruiz" alone is a surname for the later pass to resolve.)
      if (LEADING_STYLES.has(scan.word(start)) && end - start >= 2) start++;
      // "Frankreich Jacques Chirac": a person's name starts at its given name, unless that
      // name is the second part of a compound one ("Amer Abdul Karim") or follows a style that
      // is part of the name ("Tengku Ahmad Rizal").
      for (let k = start + 1; k < end && !FOREIGN_ORG_OPENERS.has(scan.word(start)); k++)
        if (
          GIVEN_NAMES.has(scan.word(k)) &&
          !COMPOUND_NAME_STARTS.has(scan.word(k)) &&
          !STYLES_IN_NAMES.has(scan.word(k - 1))
        )
          start = k;
      const kind = this.kindOf(scan, start, end);
      if (kind) {
        scan.add(kind, start, end);
        this.typed.set(scan.text(start, end), kind);
      } else if (this.personShapedRun(scan, start, end)) untyped.push({ start, end });
      i = end;
    }
    this.addListedPeople(scan, untyped);
  }

  /**
   * Two to four words each shaped like a personal name, never written in lower case, and none a
   * title, organisation or portfolio word ("Postsecondary Education, Training and Labour Minister").
   */
  private personShapedRun(scan: SentenceScan, start: number, end: number): boolean {
    if (end === start || end - start > 3) return false;
    // "A, High Representative of X": a run that ends in a role noun is a title.
    if (APPOSITION_ROLES.has(scan.lower(end))) return false;
    for (let k = start; k <= end; k++) {
      const w = scan.word(k);
      if (!isPersonShaped(w) || !isNameWord(w) || PORTFOLIO_WORDS.has(w)) return false;
      if (this.lowerWords.has(w.toLowerCase()) && !GIVEN_NAMES.has(w)) return false;
    }
    return true;
  }

  /** "Ana Brenna, Tor Lindqvist and Kari Holm": the untyped names listed beside a person. */
  private addListedPeople(scan: SentenceScan, untyped: readonly NameRun[]): void {
    for (const run of peopleInLists(scan, untyped)) {
      scan.add("Person", run.start, run.end);
      this.typed.set(scan.text(run.start, run.end), "Person");
    }
  }

  /** Claims an initialled name ("M. Ramprakash") at i as a Person; returns its last token or 0. */
  private claimInitialled(scan: SentenceScan, i: number): number {
    const end = this.initialled(scan, i);
    if (end > 0) scan.add("Person", i, end);
    return end;
  }

  /**
   * A row of a results table or a score line, with figures and no lower-case word: a name with
   * a given name, an initial or a country in brackets is a person ("3. Ana Brenna (Norway)
   * 12.94"); any other name next to a score is a team ("Norhaven 2 Eastport 1", "Lakeside 4 3
   * 1 0 9 2 10").
   */
  private findInRow(scan: SentenceScan): void {
    // A headline in capitals with a figure in it ("SHARES RISE 2 PERCENT") is no table row;
    // a standings row in capitals has several figures.
    const figures = scan.tokens.filter((t) => NUMBER.test(t.text)).length;
    if (figures < 3 && !scan.tokens.some((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) return;
    this.learnSurnames(scan.mentions);
    const untyped: NameRun[] = [];
    for (let i = 0; i < scan.tokens.length; i++) {
      const initialled = this.claimInitialled(scan, i);
      if (initialled > 0) {
        i = initialled;
        continue;
      }
      if (!this.rowNameWord(scan, i)) continue;
      let end = i;
      while (end - i < 4 && this.rowNameWord(scan, end + 1)) end++;
      const words = end - i + 1;
      const text = scan.text(i, end);
      const person =
        words >= 2 &&
        (GIVEN_NAMES.has(scan.word(i)) ||
          (scan.word(end + 1) === "(" && this.countryInBrackets(scan, end + 2)));
      const scored =
        NUMBER.test(scan.word(end + 1)) ||
        (NUMBER.test(scan.word(i - 1)) &&
          (end + 1 === scan.tokens.length || scan.word(end + 1) === ","));
      // "Brenna 12.94" after "Ana Brenna": the surname of a person met before.
      if (words === 1 && this.surnames.has(text)) {
        i = end;
        continue;
      }
      const kind: ChunkKind | null = person
        ? "Person"
        : (this.typed.get(text) ??
          (scored && !COUNTRY_BY_DEMONYM.has(text) ? "Organization" : null));
      if (kind) {
        scan.add(kind, i, end);
        this.typed.set(text, kind);
      } else if (this.personShapedRun(scan, i, end)) untyped.push({ start: i, end });
      i = end;
    }
    this.addListedPeople(scan, untyped);
  }

  /** Adds the last words of the people found so far to the surnames a row may repeat. */
  private learnSurnames(mentions: readonly Mention[]): void {
    for (; this.mentionsSeen < mentions.length; this.mentionsSeen++) {
      const m = mentions[this.mentionsSeen];
      const last = m?.name.split(" ").at(-1);
      if (m?.kind === "Person" && last !== undefined && m.name.includes(" "))
        this.surnames.add(last);
    }
  }

  /** A capitalised word of a table row that may be part of a name. */
  private rowNameWord(scan: SentenceScan, i: number): boolean {
    const w = scan.word(i);
    return (
      isCapitalised(w) &&
      scan.tokenFree(i) &&
      !NON_NAME_WORDS.has(w) &&
      !MONTH_NAMES.has(w) &&
      !WEEKDAY_NAMES.has(w) &&
      !isTitleWord(w) &&
      !NOT_ACRONYMS.has(w)
    );
  }

  /** Second pass: a name typed earlier, written again without its cue. */
  findReferences(scan: SentenceScan): void {
    for (let i = 0; i < scan.tokens.length; i++) {
      if (!this.nameWord(scan, i)) continue;
      let end = i;
      while (this.nameWord(scan, end + 1) && end - i < 5) end++;
      const kind = this.typed.get(scan.text(i, end));
      if (kind && kind !== "Person") scan.add(kind, i, end);
      i = end;
    }
  }

  /** Whether the tokens from k up to a closing bracket name a country ("Czech Republic"). */
  private countryInBrackets(scan: SentenceScan, k: number): boolean {
    for (let close = k; close < k + 4; close++) {
      if (scan.word(close) === ")")
        return close > k && COUNTRY_BY_NAME.has(scan.text(k, close - 1));
    }
    return false;
  }

  /** "M. Ramprakash", "J. van Dijk": an initial, its period, then a name word. */
  private initialled(scan: SentenceScan, i: number): number {
    if (!/^\p{Lu}$/u.test(scan.word(i)) || scan.word(i + 1) !== "." || !scan.tokenFree(i))
      return -1;
    // "Dennis A. Smith": a middle initial belongs to the name before it.
    if (isCapitalised(scan.word(i - 1))) return -1;
    let end = i + 1;
    while (isPersonShaped(scan.word(end + 1)) && scan.tokenFree(end + 1) && end < i + 4) end++;
    return end > i + 1 && !isCapitalised(scan.word(end + 1)) ? end : -1;
  }

  /** The clause shows tokens [start, end] are an organisation, and no person goes by that name. */
  private orgClause(scan: SentenceScan, start: number, end: number): boolean {
    const { evidence } = scan;
    const a = scan.tokens[start];
    const b = scan.tokens[end];
    if (!a || !b) return false;
    const before = evidence.sentence.slice(0, a.start - evidence.start);
    const after = evidence.sentence.slice(b.end - evidence.start);
    if (!orgCue(before, after, scan.lower(start - 1), scan.lower(end + 1))) return false;
    const text = scan.text(start, end);
    return !scan.mentions.some(
      (m) => m.kind === "Person" && (m.name === text || m.name.endsWith(` ${text}`)),
    );
  }

  /**
   * A plural that is no common word of the text and no people of a country ("Kestrels", not
   * "Americans", "Games" when the text writes "games", nor a surname like "Harris").
   */
  private pluralName(w: string): boolean {
    return (
      /^\p{Lu}\p{Ll}+[^isu'’]s$/u.test(w) &&
      !EVENT_PLURALS.has(w) &&
      !this.lowerWords.has(w.toLowerCase()) &&
      // "the Member States", "the Plaintiffs": a plural of a word the text writes in lower case.
      !this.lowerWords.has(w.slice(0, w.endsWith("ies") ? -3 : -1).toLowerCase()) &&
      !PEOPLE_NOUNS.has(w.toLowerCase()) &&
      !COUNTRY_BY_DEMONYM.has(w.slice(0, -1)) &&
      !this.surnames.has(w)
    );
  }

  /** A word that can take an "of" complement ("Bank of", "University of"). */
  private headed(w: string): boolean {
    return ORG_HEADS.has(w) || TEAM_AND_COMPANY_HEADS.has(w);
  }

  /** The kind the context gives tokens [start, end], or null when the evidence is weak. */
  private kindOf(scan: SentenceScan, start: number, end: number): ChunkKind | null {
    const words: string[] = [];
    for (let k = start; k <= end; k++) words.push(scan.word(k));
    const text = scan.text(start, end);
    const first = words[0] ?? "";
    const last = words.at(-1) ?? "";
    if (COUNTRY_BY_NAME.has(text) || COUNTRY_BY_DEMONYM.has(text) || REGION_NAMES.has(text))
      return null;
    const prev = scan.lower(start - 1);
    const next = scan.lower(end + 1);
    const known = this.typed.get(text);
    if (known) return known;
    // Next to a capitalised word the run is part of a longer name or title another finder
    // reads ("Senate Majority Leader ...", "Dutch MEP Tineke ..."), or failed to read.
    if (isCapitalised(scan.word(end + 1)) || isTitleWord(scan.word(start - 1))) return null;

    // "(WHO)" after a name is that name's acronym, which the organisation finders define.
    const definition = prev === "(" && next === ")" && isCapitalised(scan.word(start - 2));
    // "A (XYZ)" after a person's name is their party or body, not a definition.
    const affiliation =
      definition &&
      scan.mentions.some((m) => m.kind === "Person" && m.end === scan.tokens[start - 2]?.end);
    if (words.length === 1 && isAcronym(first) && first.length >= 3)
      return definition && !affiliation ? null : "Organization";
    // "A (Popular Action)": a party of two or more words in brackets after a person's name.
    if (affiliation && words.length >= 2 && !GIVEN_NAMES.has(first)) return "Organization";
    // "Grupo Financiero Norte", "Banco del Sur": a head that opens the name in other languages.
    // Cut before a connector ("Fédération Internationale de ..."), the run is no whole name.
    if (FOREIGN_ORG_OPENERS.has(first) && words.length > 1)
      return CONNECTORS.has(next) ? null : "Organization";
    const headed = ORG_HEADS.has(last) || TEAM_AND_COMPANY_HEADS.has(last);
    if (headed) return words.length > 1 ? "Organization" : null;
    // "the Harbour Kestrels", "the Falcons": a plural name after "the" is a team or a party, and
    // a person is never written "the Ana Ruiz".
    // One word before a lower-case one is a modifier ("the Ostrovets plant", "the Lagos-based
    // firm"), maybe of a place.
    if (
      prev === "the" &&
      this.pluralName(last) &&
      !KIN_NOUNS.has(next) &&
      // "the Los Angeles' manager": a plural article opens a place's name, not a team's.
      !/^(?:Los|Las|Les)$/.test(first) &&
      // "the County Governments": title-case common words, not a name.
      words.every((w) => w === last || !this.lowerWords.has(w.toLowerCase())) &&
      (words.length > 1 || (!lowerCaseAt(scan.word(end + 1), 0) && next !== "-"))
    )
      return "Organization";
    if (ORG_NOUNS_BEFORE.has(prev) || ORG_WORDS_AFTER.has(next)) return "Organization";
    if (!GIVEN_NAMES.has(first) && this.orgClause(scan, start, end)) return "Organization";
    if (
      (prev === "in" || prev === "of") &&
      (scan.lower(start - 2) === "shares" || scan.lower(start - 2) === "stake")
    )
      return "Organization";

    // "Tengku Ahmad Rizal Tengku Aziz": a style that opens a personal name.
    if (STYLES_IN_NAMES.has(first) && words.length >= 3 && words.every((w) => isPersonShaped(w)))
      return "Person";
    // "Presidential Villa": a word the text also writes in lower case is a common word.
    const personShaped = words.every(
      (w) => isPersonShaped(w) && (GIVEN_NAMES.has(w) || !this.lowerWords.has(w.toLowerCase())),
    );
    // "backed by the Christian Democracy": after "the" a person's name only modifies a noun
    // ("the Ana Ruiz government").
    const modifier = prev !== "the" || modifiesNext(scan, end);
    if (personShaped && modifier && words.length <= 4) {
      if (GIVEN_NAMES.has(first) && words.length >= 2) return "Person";
      if (PERSON_NOUNS_BEFORE.has(prev)) return "Person";
      if (words.length >= 2 && SUCCESSION_BEFORE.has(prev)) return "Person";
      // "Alder's Ana Ruiz": a full name owned by an organisation is one of its people.
      if (words.length >= 2 && isPossessive(scan.word(start - 1)) && orgEndsAt(scan, start - 2))
        return "Person";
      if (
        words.length >= 2 &&
        (next === "was" || next === "is" || next === "has") &&
        APPOINTED_AFTER.has(
          scan.lower(end + 2) === "been" ? scan.lower(end + 3) : scan.lower(end + 2),
        )
      )
        return "Person";
      // "NLC President, Ayuba Wabba", "Chairman of the party, Mikulas Dzurinda, said": a name
      // after a title and a comma.
      if (
        words.length >= 2 &&
        prev === "," &&
        (isTitleWord(scan.word(start - 2)) || (next === "," && isTitleWord(scan.word(0))))
      )
        return "Person";
      if (words.length >= 2 && (SPEECH_AFTER.test(next) || SPEECH_AFTER.test(prev)))
        return "Person";
      // "the Ana Ruiz-led coalition": a full name leading a government or a coalition.
      if (words.length >= 2 && next === "-" && scan.lower(end + 2) === "led") return "Person";
      // "Ana Brenna (Norway)": a name with a country in brackets, as results print it.
      if (words.length >= 2 && next === "(" && this.countryInBrackets(scan, end + 2))
        return "Person";
      // "Ana Brenna, 34, ...": a name with an age.
      if (
        next === "," &&
        /^\d{1,2}$/.test(scan.word(end + 2)) &&
        scan.word(end + 3) === "," &&
        words.length >= 2
      )
        return "Person";
      // The news convention for people: the full name once, then the surname alone.
      if (words.length >= 2 && this.alone.has(last) && !this.alone.has(first)) return "Person";
      if (words.length >= 2 && next === "," && appositionAt(scan, end + 2)) return "Person";
    }
    if (
      LOCATIVE_BEFORE.has(prev) &&
      words.length <= 3 &&
      !isPossessive(scan.word(end + 1)) &&
      !GIVEN_NAMES.has(first)
    )
      return "Place";
    return null;
  }
}
