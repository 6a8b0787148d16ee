// Meetings named by a phrase the clause opens or closes with, whose participants are the
// clause's people rather than a verb's object: "During the meeting, A and B stressed ...", "In
// an official meeting held in X, the President of Y, A, and Minister B discussed ...", "During
// their talks, A praised B", "A welcomed B's visit during their talks in X". Whatever the verb,
// the people of such a clause are the meeting's participants.

import { listAfter, pairsOf } from "./participants";
import type { Located, RelationContext } from "./relation-context";

/**
 * "During/In/At/After the (official) meeting (held in X), " opening a sentence (after a dateline
 * such as "Oslo, May 2 (Agency) -- "). A phrase naming
 * the other side ("a meeting with B", "talks between") is read by the with/between triggers.
 */
const OPENING =
  /^(?:[^:—–]{0,100}(?::|—|–|--)\s*)?\s*(?:During|In|At|After|Following)\s+(?:the|their|an?|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|meetings|talks|discussions|summit|audience|session)\b(?![^,]*\b(?:with|between|of)\b)[^,;]{0,60},\s*/iu;
/** "their meeting", "their talks": the two people of the clause met. */
const THEIR_MEETING =
  /\b(?:during|in|at|after|following)\s+their\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|meetings|talks|discussions|summit)\b/iu;
/** After the last listed name: what makes the list a subject (a verb), not the end of a list. */
const VERB_NEXT = /^\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*)?(?:also\s+|jointly\s+|both\s+)?\p{Ll}/u;

/** Participants of one meeting a sentence's opening or closing phrase names. */
export interface OpenedMeeting {
  /** The participants, in text order; every pair of them met. */
  pairs: [Located, Located][];
  /** Body offset of the meeting word, where the date is looked for. */
  at: number;
  rule: string;
}

/**
 * The meeting the sentence names by an opening phrase ("During the meeting, A and B ...") or by
 * "their meeting" with exactly two people in it. `people` are the sentence's participants.
 */
export function openedMeeting(
  ctx: RelationContext,
  sentence: number,
  people: readonly Located[],
): OpenedMeeting | null {
  const evidence = ctx.sentences[sentence];
  if (!evidence || people.length < 2) return null;
  const text = evidence.sentence;
  const opening = OPENING.exec(text);
  if (opening) {
    const list = listAfter(ctx, people, evidence.start + opening[0].length);
    const last = list.at(-1);
    const afterList = last ? ctx.body.slice(last.mention.end, last.mention.end + 30) : "";
    // "A and B stressed": two or more joined as the subject of the clause's verb.
    if (list.length >= 2 && VERB_NEXT.test(afterList))
      return { pairs: pairsOf(list), at: evidence.start + opening.index, rule: "meeting-opening" };
  }
  const their = THEIR_MEETING.exec(text);
  if (!their) return null;
  const outside = people.filter((p) => !p.mention.inQuote);
  const distinct = [...new Map(outside.map((p) => [p.entity, p])).values()];
  const [a, b] = distinct;
  if (distinct.length !== 2 || !a || !b) return null;
  return { pairs: [[a, b]], at: evidence.start + their.index, rule: "their-meeting" };
}
