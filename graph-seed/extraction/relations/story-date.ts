// The day a story is about. News tells its event with a date in the lead ("The prime ministers
// met here Sunday", "Union leaders got an audience Monday with two ministers") and then goes on
// about the same meeting without repeating it ("Jamali and Vajpayee went into a one-on-one
// meeting after the opening session"). A meeting sentence with no date of its own takes the
// lead's, unless it points at another occasion (a month, a year, "last week", "had met"); one
// told "later that day" or opening "Later," / "In the afternoon," takes the day the sentences just
// before it gave. When the lead gives no date ("On his second day in X, A met B"), the story's day
// is the one the first dated opening sentence gives, if that sentence tells a meeting ("held
// meetings on Friday in X") in the week before publication.

import { findDatesInSentence } from "../dates";
import type { RelationContext } from "./relation-context";

/** A lead sentence about a meeting: the word the date is measured from. */
const MEETING_CUE =
  /\b(?:met|meets|meetings?|talks|audience|summit|visit|visited|received|hosted|welcomed|called on|sat down)\b/gi;

/** A year or a month: a sentence that names one tells a day of its own or another occasion. */
const DATE_WORDS =
  /\b(?:19|20)\d{2}\b|\b(?:Jan(?:uary)?|Feb(?:ruary)?|March|Apr(?:il)?|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
/** Words that tie a sentence to another occasion ("on his second day" is still the story's). */
const OCCASION_WORDS =
  /\b(?:last|previous|earlier|past|next|coming|this)\s+(?:year|month|week|weekend|time|meeting|summit)\b|\b(?:had|have|has)\s+(?:met|held|visited|been)\b|\b(?:previously|recent|recently|earlier|later|prior|past|once|since|ago|will|would|plans?|planned|expected|scheduled|former)\b|\b(?:first|second|third)\b(?!\s+day\b)/;
/** Words that tie a sentence to an occasion other than the story's own. */
const OTHER_OCCASION = new RegExp(`${DATE_WORDS.source}|${OCCASION_WORDS.source}`);

/** Sentences read as the lead: the body's first paragraph, at most its first two sentences. */
const LEAD_SENTENCES = 2;
/** Sentences read for the story's day when the lead gives none. */
const OPENING_SENTENCES = 8;
/** How many days before publication the story's day may fall when the lead does not give it. */
const OPENING_REACH_DAYS = 7;
const DAY_MS = 86_400_000;
/** A sentence reporting speech dates the speaking ("Speaking on Sunday about the talks"). */
const REPORTING =
  /\b(?:said|says|saying|speaking|spoke|told|revealed|announced|confirmed|disclosed)\b/;

/** The date a sentence gives closest to its meeting word (none after publication). */
function cuedDate(ctx: RelationContext, sentence: string): string | undefined {
  MEETING_CUE.lastIndex = 0;
  const cue = MEETING_CUE.exec(sentence);
  if (!cue) return undefined;
  const dates = findDatesInSentence(sentence, ctx.publishedOn).filter(
    (d) => ctx.publishedOn === null || d.iso <= ctx.publishedOn,
  );
  return dates.sort((a, b) => Math.abs(a.index - cue.index) - Math.abs(b.index - cue.index))[0]
    ?.iso;
}

/**
 * The day the first dated opening sentence gives, when it tells a meeting of the story (no other
 * occasion, no reported speech) in the week before publication: a first date on anything else
 * ("arrived on Sunday", "speaking on Sunday") leaves the story undated.
 */
function openingDate(ctx: RelationContext): string | null {
  if (ctx.publishedOn === null) return null;
  const published = Date.parse(ctx.publishedOn);
  for (const { sentence } of ctx.sentences.slice(0, OPENING_SENTENCES)) {
    const dated = findDatesInSentence(sentence, ctx.publishedOn).some(
      (d) => d.iso <= (ctx.publishedOn ?? ""),
    );
    if (!dated) continue;
    if (OCCASION_WORDS.test(sentence) || REPORTING.test(sentence)) return null;
    const date = cuedDate(ctx, sentence);
    return date && published - Date.parse(date) <= OPENING_REACH_DAYS * DAY_MS ? date : null;
  }
  return null;
}

const leadDates = new WeakMap<RelationContext, string | null>();

/** The date the lead gives to the story's meeting, or null when it gives none. */
function leadDate(ctx: RelationContext): string | null {
  const known = leadDates.get(ctx);
  if (known !== undefined) return known;
  const paragraphEnd = ctx.body.indexOf("\n\n");
  let found: string | null = null;
  for (const evidence of ctx.sentences.slice(0, LEAD_SENTENCES)) {
    if (paragraphEnd >= 0 && evidence.start > paragraphEnd) break;
    found = cuedDate(ctx, evidence.sentence) ?? null;
    if (found) break;
  }
  found ??= openingDate(ctx);
  leadDates.set(ctx, found);
  return found;
}

/** "later that day", "on the same day", "Later, ...": the day the sentences before gave. */
const SAME_DAY =
  /^\s*(?:Later|Afterwards|Subsequently|In the (?:morning|afternoon|evening)),|\b(?:(?:later|earlier)\s+(?:that|the same)\s+day|(?:on\s+)?(?:that|the)\s+same\s+day|on\s+that\s+day)\b/i;
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
