// Names in a list of people: "Ana Brenna, Tor Lindqvist and Kari Holm", "62 Ola Dahl, Per Sund
// (Norway), Jon Aas", "Ola Dahl of Eastport and Per Sund of Westby". A list joins names of one kind, so a name standing in a list beside a person
// is a person too, even when nothing else about it says so.

import { TITLES } from "./lexicon/roles";
import type { SentenceScan } from "./mention";

/** A run of name tokens, by token index (inclusive). */
export interface NameRun {
  start: number;
  end: number;
}

/**
 * The token after a run and what qualifies it: a bracket ("Per Sund (Norway)") or the place or
 * team after "of" ("Ana Brenna of Eastport"); -1 when the bracket runs on.
 */
function afterBracket(scan: SentenceScan, end: number): number {
  if (scan.word(end + 1) === "of" && /^\p{Lu}/u.test(scan.word(end + 2))) {
    let k = end + 2;
    while (k < end + 4 && /^\p{Lu}/u.test(scan.word(k + 1))) k++;
    return k + 1;
  }
  if (scan.word(end + 1) !== "(") return end + 1;
  for (let k = end + 2; k <= end + 5; k++) if (scan.word(k) === ")") return k + 1;
  return -1;
}

/** Whether only a list separator (",", "and", ", and", "&") stands between tokens a and b. */
function listed(scan: SentenceScan, from: number, to: number): boolean {
  if (from < 0) return false;
  const between: string[] = [];
  for (let k = from; k < to; k++) between.push(scan.lower(k));
  const joined = between.join(" ");
  return joined === "," || joined === "and" || joined === ", and" || joined === "&";
}

/** Plural nouns for people that introduce a list of names ("officials including ..."). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  (
    "candidates officials ministers lawmakers legislators members leaders players politicians " +
    "figures dignitaries guests participants delegates executives directors ambassadors envoys " +
    "senators mps deputies judges coaches athletes activists people persons colleagues rivals " +
    "office-bearers secretaries chairmen presidents vice-presidents commissioners councillors " +
    "councilors trustees founders partners nominees appointees chiefs managers captains officers"
  ).split(" "),
);

/** Words between a plural people noun and its list: "members include X", "ministers: X". */
const LIST_OPENERS: ReadonlySet<string> = new Set([
  "include",
  "includes",
  "included",
  "including",
  "are",
  "were",
  ":",
  "—",
  "–",
  "-",
]);

/**
 * Whether a run opens a list that a plural people noun introduces: "officials, including X",
 * "former office-bearers X, Y and Z", "board members include X and Y", "ministers—X, Y".
 */
function introducedAsPeople(scan: SentenceScan, start: number): boolean {
  let k = start - 1;
  // Back over the list's earlier items: "including al-Hadi, Salim Aziz, and ...".
  while (
    k > 0 &&
    !PEOPLE_NOUNS.has(scan.lower(k)) &&
    (/^(?:,|and)$/.test(scan.lower(k)) || /^(?:\p{Lu}|al-|el-)/u.test(scan.word(k)))
  )
    k--;
  // "The suspended MP is X": a title and a copula name the one person after them.
  if (/^(?:is|was)$/.test(scan.lower(k)) && TITLES.has(scan.lower(k - 1))) return true;
  if (scan.lower(k) === "as" && scan.lower(k - 1) === "such") k -= 2;
  else if (LIST_OPENERS.has(scan.lower(k))) k--;
  if (scan.word(k) === ",") k--;
  return PEOPLE_NOUNS.has(scan.lower(k));
}

/**
 * The runs of `candidates` (untyped names, each shaped like a personal name) that stand in a
 * list with a person of the sentence, directly or through another such run.
 */
export function peopleInLists(scan: SentenceScan, candidates: readonly NameRun[]): NameRun[] {
  if (candidates.length === 0) return [];
  const startOf = new Map(scan.tokens.map((t, k) => [t.start, k]));
  const endOf = new Map(scan.tokens.map((t, k) => [t.end, k]));
  // "candidates including X, Y and Z": the list's head noun says what its names are.
  const introduced = candidates.filter((run) => introducedAsPeople(scan, run.start));
  const people: NameRun[] = [...introduced];
  for (const m of scan.mentions) {
    if (m.sentence !== scan.index || m.kind !== "Person" || m.implied) continue;
    const start = startOf.get(m.start);
    const end = endOf.get(m.end);
    if (start !== undefined && end !== undefined) people.push({ start, end });
  }
  if (people.length === 0) return [];
  const found: NameRun[] = [...introduced];
  let pending = candidates.filter((run) => !introduced.includes(run));
  for (let changed = true; changed && pending.length > 0;) {
    changed = false;
    const known = [...people, ...found.filter((run) => !introduced.includes(run))];
    const beside = (run: NameRun) =>
      known.some(
        (p) =>
          (p.end < run.start && listed(scan, afterBracket(scan, p.end), run.start)) ||
          (run.end < p.start && listed(scan, afterBracket(scan, run.end), p.start)),
      );
    const next = pending.filter((run) => !beside(run));
    if (next.length < pending.length) {
      found.push(...pending.filter((run) => !next.includes(run)));
      pending = next;
      changed = true;
    }
  }
  return found;
}
