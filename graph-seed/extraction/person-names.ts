// Person names found by their shape or a cue rather than a title: East Asian name shapes ("Choi
// Young-joon", "Kim Jong Un"), Western names with a cue ("..., who", "said Harris", a common given
// name), and later references to a name already found (the full name again, or a surname).

import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from "./lexicon/countries";
import { EAST_ASIAN_SURNAMES, GIVEN_NAMES, NAME_PARTICLES } from "./lexicon/names";
import { APPOSITION_ROLES } from "./lexicon/roles";
import type { SentenceScan } from "./mention";
import { isCapitalised, isNameWord, normaliseName } from "./tokens";

const NOT_GIVEN_NAME_SUFFIX =
  /-(?:related|based|led|backed|owned|style|born|like|level|wide|made|run|bound|centric|oriented|specific|friendly|free|long|term|funded|sponsored|linked|allied|aligned|controlled|held|era|type|class|sized)$/;
const INSTITUTION_NOUNS = new Set(
  "office agency ministry party company firm group newspaper daily broadcaster network bank university institute council committee union association foundation organization organisation".split(
    " ",
  ),
);
const SPEECH_VERBS =
  /^(?:said|says|told|tells|added|adds|noted|stressed|wrote|asked|explained|argued|warned|insisted|announced|claimed|replied|stated|emphasized|emphasised|urged|recalled)$/;

/** Name words from token i on (particles allowed inside); returns the last index or -1. */
export function nameEnd(scan: SentenceScan, i: number, max = 4): number {
  let end = -1;
  let count = 0;
  let k = i;
  while (k < scan.tokens.length && count < max && scan.tokenFree(k)) {
    const w = scan.word(k);
    if (isNameWord(w) && !COUNTRY_BY_NAME.has(w)) {
      end = k;
      count++;
      k++;
    } else if (count > 0 && NAME_PARTICLES.has(w)) {
      let p = k;
      while (NAME_PARTICLES.has(scan.word(p))) p++;
      if (!isNameWord(scan.word(p))) break;
      k = p;
    } else break;
  }
  return end;
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
      if (isNameWord(third) && third.length <= 4 && scan.tokenFree(i + 2)) end = i + 2;
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

/** Western names with a cue: a speech verb, an apposition, a relative clause or a given name. */
export function findCuedNames(scan: SentenceScan): void {
  for (let i = 0; i < scan.tokens.length; i++) {
    if (!scan.tokenFree(i) || !isNameWord(scan.word(i)) || isNameWord(scan.word(i - 1))) continue;
    // "the White House said" names no person; "the Joe Biden administration" does.
    if (scan.lower(i - 1) === "the" && !GIVEN_NAMES.has(scan.word(i))) continue;
    const end = nameEnd(scan, i);
    if (end <= i) continue;
    if (isCapitalised(scan.word(end + 1)) && scan.tokenFree(end + 1)) continue;
    const next = scan.lower(end + 1);
    const afterComma = scan.lower(end + 2);
    const prev = scan.lower(i - 1);
    const cued =
      GIVEN_NAMES.has(scan.word(i)) ||
      SPEECH_VERBS.test(next) ||
      SPEECH_VERBS.test(prev) ||
      (next === "," &&
        (/^(?:who|a|an|the)$/.test(afterComma) || APPOSITION_ROLES.has(afterComma))) ||
      (prev === "to" && scan.lower(i - 2) === "according") ||
      // "the council, led by X", "a task force headed by X"
      (prev === "by" && /^(?:led|headed|chaired|run|founded)$/.test(scan.lower(i - 2)));
    if (!cued) continue;
    // "the presidential office Cheong Wa Dae said": a name in apposition to an institution noun.
    scan.add(INSTITUTION_NOUNS.has(prev) ? "Organization" : "Person", i, end);
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
    if (!scan.tokenFree(i) || !isNameWord(scan.word(i))) continue;
    const end = nameEnd(scan, i);
    if (end > i && fullNames.has(normaliseName(scan.text(i, end)))) {
      scan.add("Person", i, end);
      i = end;
    } else if (surnames.has(scan.word(i)) && !isCapitalised(scan.word(i + 1))) {
      scan.add("Person", i, i, { partial: true });
    }
  }
}
