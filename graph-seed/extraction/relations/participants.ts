// The people (and groups) of a clause, as every relation rule reads them: lists written
// "A, B and C", "including A, B and C", "A and his Indian counterpart B", "A, head of X, and B",
// with titles and appositions between the names. Rules find a trigger and ask for the list after
// it (who was met) or the list that ends before it (who met); the list is the participants.

import { between } from "./relation-context";
import type { Located, RelationContext } from "./relation-context";

/** Words that end a list: a verb, a clause or a preposition means the next name is elsewhere. */
const BREAK_WORDS =
  /\b(?:who|whom|which|that|said|says|told|tells|met|meets|held|holds|is|are|was|were|has|have|had|will|would|at|in|on|to|with|from|by|after|before|during|while|when|where|as|but|than|over|about|against|not)\b/i;

/** An apposition closed by a comma ("A, head of the X Party, and B"): lower-case first word. */
const APPOSITION = /^(?:\s*\([^)]{0,40}\))?(?:\s*,\s*(?:the\s+|a\s+|an\s+)?\p{Ll}[^,;]{0,70},)?/u;
/** The joint between two listed names: a comma, "and", a semicolon. */
const JOINT = /^(?:\s*,\s*and\s+|\s+and\s+|\s*,\s*|\s*;\s*(?:and\s+)?)/;
/** "his Indian counterpart", "her deputy", "their host": a possessive noun phrase before a name. */
const POSSESSED =
  /^(?:his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:counterpart|host|guest|deputy|successor|predecessor)s?,?\s+/u;
/** Titles written before a name: capitalised words with their "of", "for", "and", "the". */
const TITLE_WORDS =
  /^(?:(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*,?\s+|(?:of|for|and|the|&)\s+|\p{Ll}[\p{L}'’-]*\s+)){0,20}$/u;
/**
 * A preposition inside a title, before the place or body it names ("Ambassador to Kuwait",
 * "Chargé d'Affaires of the US Embassy in Riyadh"): part of the title, not a clause.
 */
const TITLE_PREPOSITION = /\b(?:to|in|at|on)\s+(?=(?:the\s+)?\p{Lu})/gu;

/** The joint ("and", ", ", "; ") between two listed names, or null when the text does not join them. */
function jointOf(gap: string): string | null {
  const apposition = APPOSITION.exec(gap)?.[0] ?? "";
  // ", the Minister for X, B": what looked like an apposition is the next name's title.
  return (apposition && titledJoint(gap.slice(apposition.length))) || titledJoint(gap);
}

/** The joint that opens `rest`, when only a title follows it up to the next name. */
function titledJoint(rest: string): string | null {
  const joint = JOINT.exec(rest);
  if (!joint) return null;
  let title = rest.slice(joint[0].length);
  title = title.replace(POSSESSED, "").replace(TITLE_PREPOSITION, "of ");
  // "Chairman of the Finance Committee (Budget and Trade) B", "President of the X Federation
  // (XF), and B": a bracketed part of the title or an apposition.
  title = title.replace(/\s\((?:\p{Lu}[\p{L}'’-]*|and|of|&|\s)+\)(?=[\s,])/gu, "");
  if (BREAK_WORDS.test(title) || /[.;:()"“”]/.test(title)) return null;
  // Lower-case words before a name are title words ("former finance minister"): a few at most.
  const lower = title
    .split(/\s+/)
    .filter((w) => /^\p{Ll}/u.test(w) && !/^(?:of|for|and|the)$/.test(w));
  return lower.length <= 4 && TITLE_WORDS.test(title) ? joint[0] : null;
}

/** Whether `text` is only a title written before a name: capitalised words and their "of", "the". */
function isTitle(text: string): boolean {
  return (
    text.length <= 120 &&
    !BREAK_WORDS.test(text) &&
    /^(?:the\s+)?\p{Lu}/u.test(text) &&
    /^(?:(?:\p{Lu}[\p{L}.'’-]*,?|of|for|and|the|&)\s+)+$/u.test(text)
  );
}

/** Whether the text between two listed names joins them into one list. */
const joins = (gap: string): boolean => jointOf(gap) !== null;

const SPEAKS = /^\s*(?:said|says|told|tells|added|noted|stressed|stated|explained)\b/;

/** `first` and the names listed after it ("A, B and C"), in text order. */
export function listFrom(
  ctx: RelationContext,
  parties: readonly Located[],
  first: Located,
): Located[] {
  const list = [first];
  let closed = false;
  for (let last = first; ;) {
    const next = parties.find((q) => q.mention.start >= last.mention.end && q !== last);
    const gap = between(ctx, last.mention.end, next?.mention.start ?? 0);
    const joint = next ? jointOf(gap) : null;
    if (!next || joint === null) break;
    // "A, B and C" ends at C: "After meeting B and C, A said" does not list A.
    const and = /\band\b/.test(joint);
    if (closed && !and) break;
    closed ||= and;
    // "A met B, C said": a name after a bare comma that starts a new clause is not listed.
    if (
      !/\band\b/.test(gap) &&
      SPEAKS.test(ctx.body.slice(next.mention.end, next.mention.end + 20))
    )
      break;
    if (!list.some((p) => p.entity === next.entity)) list.push(next);
    last = next;
  }
  return list;
}

const PRESENCE = /\b(?:presence of|witnessed by|attended by|accompanied by)\b/i;

/** A lead-in before the first listed name: "five former ministers, including", "the visiting". */
const INCLUDING =
  /^[^.;:]{0,90}?\b(?:including|among them|namely|such as|comprising)\s*:?\s+(?:[\p{L}.'’-]+,?\s+){0,8}$/u;

/**
 * The list that starts within `reach` characters of offset `from` ("met with A and B"), or after
 * a lead-in ending "including" ("met with five ministers, including A, B and C").
 */
export function listAfter(
  ctx: RelationContext,
  parties: readonly Located[],
  from: number,
  reach = 45,
): Located[] {
  const first = parties.find((p) => p.mention.start >= from);
  if (!first) return [];
  const gap = between(ctx, from, first.mention.start);
  // "A and B met in the presence of C": C watched the meeting, read by the attendance rule.
  if (PRESENCE.test(gap)) return [];
  // A dotted acronym ("former U.N. Secretary-General") ends no sentence.
  // A long title of office is no distance: "met with the Minister of Foreign Affairs of the
  // Republic of X B" (title words only, with the prepositions titles take).
  const near =
    (first.mention.start - from <= reach || isTitle(gap.replace(TITLE_PREPOSITION, "of "))) &&
    !/[.;]/.test(gap.replace(/\b(?:\p{Lu}\.)+/gu, ""));
  if (!near && !INCLUDING.test(gap)) return [];
  // "A met the X, B said": the speaker after a comma is not the one met.
  if (/,/.test(gap) && SPEAKS.test(ctx.body.slice(first.mention.end, first.mention.end + 20)))
    return [];
  return listFrom(ctx, parties, first);
}

/** The list that ends with `last` ("A and B", "A, head of X, and B"), in text order. */
export function listEndingAt(
  ctx: RelationContext,
  parties: readonly Located[],
  last: Located,
): Located[] {
  const list = [last];
  for (let first = last; ;) {
    const prev = [...parties]
      .reverse()
      .find((q) => q.mention.end <= first.mention.start && q !== first);
    if (!prev || !joins(between(ctx, prev.mention.end, first.mention.start))) break;
    if (!list.some((p) => p.entity === prev.entity)) list.unshift(prev);
    first = prev;
  }
  return list;
}

/** Every unordered pair of a list's distinct entities. */
export function pairsOf(list: readonly Located[]): [Located, Located][] {
  const pairs: [Located, Located][] = [];
  list.forEach((a, i) => {
    for (const b of list.slice(i + 1)) if (a.entity !== b.entity) pairs.push([a, b]);
  });
  return pairs;
}
