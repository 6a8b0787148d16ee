// Organisations named by a role noun before them ("chief executive of Rabobank", "a member of the
// Rajya Sabha"), and the person such a role introduces ("The chairperson of the X, Jane Doe, said").

import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from "./lexicon/countries";
import { GIVEN_NAMES, NON_NAME_WORDS } from "./lexicon/names";
import type { SentenceScan } from "./mention";
import { nameEnd } from "./person-names";
import { isCapitalised, isTitleWord } from "./tokens";

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
      org = scan.add("Organization", k, end);
    }
    if (org < 0 || end < 0) continue;
    // "The chairperson of the X (XU), Jane Doe, ...": the name the role introduces.
    k = end + 1;
    if (scan.word(k) === "(" && scan.word(k + 2) === ")") k += 3;
    if (scan.word(k) !== "," || role.word.startsWith("member")) continue;
    const nameEndAt = nameEnd(scan, k + 1);
    const after = scan.lower(nameEndAt + 1);
    if (nameEndAt <= k + 1 || (after !== "," && after !== "and" && after !== ".")) continue;
    const opening = scan.lower(role.from - 1);
    if (role.from > 0 && !/^(?:the|its|their|a|an)$/.test(opening)) continue;
    const kind = role.word.startsWith("member") ? "member" : "head";
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
