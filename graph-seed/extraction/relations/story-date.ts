// The day a story is about. News tells its event with a date in the lead ("The prime ministers
// met here Sunday", "Union leaders got an audience Monday with two ministers") and then goes on
// about the same meeting without repeating it ("Jamali and Vajpayee went into a one-on-one
// meeting after the opening session"). A meeting sentence with no date of its own takes the
// lead's, unless it points at another occasion (a month, a year, "last week", "had met"); one
// told "later that day" takes the day the sentences just before it gave.

import { findDatesInSentence } from "../dates";
import type { RelationContext } from "./relation-context";

/** A lead sentence about a meeting: the word the date is measured from. */
const MEETING_CUE =
  /\b(?:met|meets|meeting|talks|audience|summit|visit|visited|received|hosted|welcomed|called on|sat down)\b/gi;

/** Words that tie a sentence to an occasion other than the story's own. */
const OTHER_OCCASION =
  /\b(?:19|20)\d{2}\b|\b(?:Jan(?:uary)?|Feb(?:ruary)?|March|Apr(?:il)?|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\b(?:last|previous|earlier|past|next|coming|this)\s+(?:year|month|week|weekend|time|meeting|summit)\b|\b(?:had|have|has)\s+(?:met|held|visited|been)\b|\b(?:previously|recent|recently|earlier|later|prior|past|once|since|ago|will|would|plans?|planned|expected|scheduled|first|second|third|former)\b/;

/** Sentences read as the lead: the body's first paragraph, at most its first two sentences. */
const LEAD_SENTENCES = 2;

const leadDates = new WeakMap<RelationContext, string | null>();

/** The date the lead gives to the story's meeting, or null when it gives none. */
function leadDate(ctx: RelationContext): string | null {
  const known = leadDates.get(ctx);
  if (known !== undefined) return known;
  const paragraphEnd = ctx.body.indexOf("\n\n");
  let found: string | null = null;
  for (const evidence of ctx.sentences.slice(0, LEAD_SENTENCES)) {
    if (paragraphEnd >= 0 && evidence.start > paragraphEnd) break;
    MEETING_CUE.lastIndex = 0;
    const cue = MEETING_CUE.exec(evidence.sentence);
    if (!cue) continue;
    const dates = findDatesInSentence(evidence.sentence, ctx.publishedOn).filter(
      (d) => ctx.publishedOn === null || d.iso <= ctx.publishedOn,
    );
    const closest = dates.sort(
      (a, b) => Math.abs(a.index - cue.index) - Math.abs(b.index - cue.index),
    )[0];
    if (closest) {
      found = closest.iso;
      break;
    }
  }
  leadDates.set(ctx, found);
  return found;
}

/** "later that day", "on the same day": the day the sentences before gave. */
const SAME_DAY =
  /\b(?:(?:later|earlier)\s+(?:that|the same)\s+day|(?:on\s+)?(?:that|the)\s+same\s+day|on\s+that\s+day)\b/i;
/** Sentences back a "that day" may reach for its date. */
const SAME_DAY_REACH = 3;

/** The last date (not after publication) the few sentences before `sentence` give. */
function previousDate(ctx: RelationContext, sentence: number): string | undefined {
  for (let s = sentence - 1; s >= Math.max(0, sentence - SAME_DAY_REACH); s--) {
    const text = ctx.sentences[s]?.sentence ?? "";
    const dates = findDatesInSentence(text, ctx.publishedOn).filter(
      (d) => ctx.publishedOn === null || d.iso <= ctx.publishedOn,
    );
    const last = dates.sort((a, b) => a.index - b.index).at(-1);
    if (last) return last.iso;
  }
  return undefined;
}

/**
 * The lead's date for a meeting told in sentence `sentence` without one, when it fits; "later
 * that day" takes the day the sentences just before gave.
 */
export function storyDate(ctx: RelationContext, sentence: number): string | undefined {
  const evidence = ctx.sentences[sentence];
  if (!evidence) return undefined;
  if (SAME_DAY.test(evidence.sentence))
    return previousDate(ctx, sentence) ?? leadDate(ctx) ?? undefined;
  if (OTHER_OCCASION.test(evidence.sentence)) return undefined;
  return leadDate(ctx) ?? undefined;
}
