// Short forms of a full personal name: the surname and the other words by which later sentences
// refer to the same person ("Lee" for "Lee In-young", "Burhan" for "Abdel Fattah al-Burhan").

import { EAST_ASIAN_SURNAMES, GIVEN_NAMES, NAME_PARTICLES } from "./lexicon/names";
import { isNameWord } from "./tokens";

/** "al-Burhan" is also written "Burhan". */
function withoutArticle(word: string): string {
  return word.replace(/^(?:al|el|ad|as|ash|at|az|ar|an)[-\u2010\u2011](?=\p{Lu})/u, "");
}

/**
 * The surname and every other word by which a full name may be shortened later: the article-less
 * family name ("Burhan" for "Abdel Fattah al-Burhan") and the other name words ("Lula" for "Luiz
 * Inácio Lula da Silva", "Tedros" for "Tedros Adhanom Ghebreyesus").
 */
export function shortNamesOf(fullName: string): ShortNames {
  const known = shortNameCache.get(fullName);
  if (known) return known;
  const computed = computeShortNames(fullName);
  if (shortNameCache.size > 50_000) shortNameCache.clear();
  shortNameCache.set(fullName, computed);
  return computed;
}

interface ShortNames {
  surname: string[];
  other: string[];
}

const shortNameCache = new Map<string, ShortNames>();

function computeShortNames(fullName: string): ShortNames {
  const surname = surnameOf(fullName);
  const words = fullName
    .split(/\s+/)
    .filter((w) => !NAME_PARTICLES.has(w) && !/^(?:Jr|Sr|III|II)\.?$/.test(w) && /\p{Ll}/u.test(w));
  const surnames = [...new Set([surname, withoutArticle(surname)])];
  const other = words
    .flatMap((w) => [w, withoutArticle(w)])
    .filter((w) => w.length >= 2 && !surnames.includes(w) && isNameWord(w));
  return { surname: surnames, other: [...new Set(other)] };
}

/** The family name by which a full name is shortened ("Lee In-young" -> "Lee", "Harry Harris" -> "Harris"). */
export function surnameOf(fullName: string): string {
  const words = fullName
    .split(/\s+/)
    .filter((w) => !NAME_PARTICLES.has(w) && !/^(?:Jr|Sr|III|II)\.?$/.test(w));
  const first = words[0] ?? "";
  const second = words[1] ?? "";
  const eastAsian =
    /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(second) ||
    (EAST_ASIAN_SURNAMES.has(first) && !GIVEN_NAMES.has(first));
  return eastAsian ? first : (words.at(-1) ?? first);
}
