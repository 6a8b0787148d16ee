// Short forms of a full personal name: the surname and the other words by which later sentences
// refer to the same person ("Lee" for "Lee In-young", "Burhan" for "Abdel Fattah al-Burhan"). In an
// Arabic or Malay chain ("Mohammed bin Salman") the words after "bin" name a parent, never the
// person: they are no short form of it.

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

/** Links of a patronymic chain: the word after one names a parent ("bin Salman": son of Salman). */
export const PATRONYMIC_LINKS: ReadonlySet<string> = new Set([
  "bin",
  "bint",
  "binti",
  "ibn",
  "Bin",
  "Bint",
  "Binti",
  "Ibn",
]);

/** An Arabic article before a family name, written apart ("Al Nahyan") or joined ("al-Sabah"). */
const isArticle = (w: string): boolean => w === "Al" || w === "al" || w === "El" || w === "el";
const ARTICLE_JOINED = /^(?:al|el)[-\u2010\u2011]\p{Lu}/iu;

/**
 * "Mohammed bin Salman Al Saud", "Mishal Al-Ahmad Al-Jaber Al-Sabah": the given names before the
 * first link or article are the person's own; the family name is the last word when it carries the
 * article; the words between name parents and grandparents. Undefined for a name without a chain.
 */
function chainShortNames(words: readonly string[]): ShortNames | undefined {
  const first = words.findIndex((w) => PATRONYMIC_LINKS.has(w));
  const articleAt = words.findIndex((w, k) => k > 0 && (isArticle(w) || ARTICLE_JOINED.test(w)));
  const joinedArticles = words.filter((w) => ARTICLE_JOINED.test(w)).length;
  // One joined article alone ("Abdel Fattah al-Burhan") is a plain family name, not a chain.
  if (first <= 0 && (articleAt <= 0 || (joinedArticles < 2 && !isArticle(words[articleAt] ?? ""))))
    return undefined;
  const ownEnd = first > 0 && (articleAt <= 0 || first < articleAt) ? first : articleAt;
  const last = words.at(-1) ?? "";
  const family =
    isArticle(words.at(-2) ?? "") || ARTICLE_JOINED.test(last) ? [last, withoutArticle(last)] : [];
  const own = words.slice(0, ownEnd).filter((w) => w.length >= 2 && isNameWord(w));
  return {
    surname: [...new Set(family)],
    other: own.filter((w) => !family.includes(w)),
  };
}

function computeShortNames(fullName: string): ShortNames {
  const chain = chainShortNames(fullName.split(/\s+/));
  if (chain) return chain;
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
