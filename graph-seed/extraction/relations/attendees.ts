// Meetings told over several sentences. A meeting sentence names its principals ("A hosted B");
// later sentences add to it: the people who attended ("In attendance were C, D and E", "The
// Indian side included C", "Those who received B included C"), "the two leaders met on Friday"
// (the pair just named), or the guest when the host was named a sentence earlier ("A met an
// envoy on Monday. The heir hosted B"). Attendees meet the principal of the other side only.

import type { Country } from "../lexicon/countries";
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from "../lexicon/countries";
import { listAfter, listEndingAt, listFrom } from "./participants";
import { titlesByEntity } from "./references";
import type { Located, RelationContext } from "./relation-context";

/** One meeting a sentence states as having happened: who met (hosts) and whom (guests). */
export interface MeetingEvent {
  sentence: number;
  /** Body offset of the trigger. */
  at: number;
  /** The subject side; empty when the text names none ("ministers welcomed B"). */
  hosts: Located[];
  /** The object side; empty when the one met is not named ("A met an envoy"). */
  guests: Located[];
}

/** A meeting the sentences around an event add: a with b, stated by `sentence`. */
export interface AddedMeeting {
  a: Located;
  b: Located;
  sentence: number;
  at: number;
  /** The sentence whose date the meeting takes when its own sentence gives none. */
  dateFrom: number;
  rule: string;
}

/** Sentences after a meeting that can still speak of it. */
const REACH = 8;

/**
 * Words that introduce the people present: "In attendance (at the meeting) was", "attended by",
 * "also present", "among those present", "taking part", "attendees included", "The X side
 * included", "accompanied by", "Accompanying A", "Those (officials) are", "Those who received A".
 */
const ATTENDANCE =
  /\b(?:in attendance|in the presence of|attended by|(?:also|were|was|those) present|present were|taking part|took part|attendees included|participants included|side included|accompanying\b|accompanied by\b|those (?:officials|ministers|leaders) (?:are|were|included)|(?:those|officials) who (?:received|welcomed|greeted|met)\b)/i;
/** "On the American side", "From the Pakistani side", "The Indian side included". */
const SIDE = /\b(?:on|from)?\s*the\s+(\p{Lu}[\p{L}-]*)\s+side\b/u;
/** The attendees received or met the one named after the cue ("Those who received A"). */
const MET_CUE = /\bwho (?:received|welcomed|greeted|met)\s*$/i;
/** "A and B met in the presence of C": C was with both sides. */
const PRESENCE_CUE = /\bin the presence of\s*$/i;
/** The attendees came with the principal the cue names ("Accompanying A", "A was accompanied by"). */
const WITH_CUE = /\baccompan\w*(?:\s+by)?\s*$/i;
/** Cues written after the list they close ("A, B and C were present", "C took part"). */
const LIST_BEFORE = /present|taking part|took part/i;
/** "C, who was (also) present": a relative clause on the name before the cue. */
const RELATIVE_BEFORE = /\bwho\s+(?:was|were|is|are|had\s+been)\s+$/i;
/** "The two leaders met", "the pair held talks", "both prime ministers". */
const PAIR_REFERENCE =
  /\b(?:the two|both)\s+(?:\p{L}+\s+)?(?:leaders|heads|presidents|prime ministers|ministers|premiers|chancellors|sides|men|women|officials|diplomats)\b|\bthe pair\b/iu;
/** A meeting word after a pair reference ("the two leaders met", "held talks"). */
const PAIR_MET =
  /^[^.;]{0,30}?\b(?:met|meet|held (?:a |their |an? )?(?:\p{L}+\s+){0,3}?(?:talks|meeting|summit)|sat down|conferred)\b/iu;
/** A sentence whose subject is a pronoun or a description of someone already named. */
const REFERRING_SUBJECT = /^\s*(?:He|She|The\s+(?:\p{Ll}|\d)[^,]*?)\s+\p{Ll}+/u;

/**
 * Whether a sentence may tell on a meeting of the sentence before (an attendance cue, a pronoun
 * or description as subject): only then is a meeting with one side unnamed worth reading there.
 */
export function tellsOnMeeting(sentence: string): boolean {
  return ATTENDANCE.test(sentence) || REFERRING_SUBJECT.test(sentence);
}

const countryOfWord = (w: string): Country | undefined =>
  COUNTRY_BY_DEMONYM.get(w) ?? COUNTRY_BY_NAME.get(w);

/** The principals the attendees met: the other side's, as the text or the countries tell. */
function counterparts(
  ctx: RelationContext,
  event: MeetingEvent,
  cue: string,
  named: Located | undefined,
  side: Country | undefined,
  attendees: readonly Located[],
  companions: readonly Located[],
): Located[] {
  const principals = [...event.hosts, ...event.guests];
  if (PRESENCE_CUE.test(cue)) return principals;
  if (named && MET_CUE.test(cue)) return [named];
  // "A and B were accompanied by C": C came with both, and met the principals other than them.
  if (named && WITH_CUE.test(cue)) {
    const together = new Set(companions.map((p) => p.entity));
    return principals.filter((p) => !together.has(p.entity) && p.entity !== named.entity);
  }
  const titles = titlesByEntity(ctx);
  const countryOf = (p: Located) => titles.get(p.entityIndex)?.country;
  const own = side ?? attendees.map(countryOf).find((c) => c !== undefined);
  if (own) {
    const same = principals.filter((p) => countryOf(p) === own);
    const other = principals.filter((p) => countryOf(p) !== undefined && countryOf(p) !== own);
    if (same.length > 0) return principals.filter((p) => !same.includes(p));
    if (other.length > 0) return other;
  }
  // No side stated: the host's people attend, so they met the guests (or the named guest).
  return event.guests.length > 0 ? event.guests : [];
}

/** Attendees listed by a sentence after (or with) a meeting, paired with its other side. */
function attendance(
  ctx: RelationContext,
  event: MeetingEvent,
  sentence: number,
  people: readonly Located[],
): AddedMeeting[] {
  const evidence = ctx.sentences[sentence];
  if (!evidence) return [];
  const text = evidence.sentence;
  const cue = ATTENDANCE.exec(text);
  if (!cue) return [];
  const cueStart = evidence.start + cue.index;
  const cueEnd = cueStart + cue[0].length;
  const principals = new Set([...event.hosts, ...event.guests].map((p) => p.entity));
  // The principal written right after the cue ("Accompanying the Crown Prince", "received A"),
  // or before "accompanied by" ("A was accompanied by C").
  const first = people.find((p) => p.mention.start >= cueEnd);
  const lead = [...people].reverse().find((p) => p.mention.end <= cueStart);
  const accompanied = /^accompanied/i.test(cue[0]);
  const named = accompanied
    ? lead && principals.has(lead.entity)
      ? lead
      : undefined
    : first && principals.has(first.entity) && first.mention.start - cueEnd <= 4
      ? first
      : undefined;
  // Someone accompanied who took no part in the meeting: not its attendees.
  if (accompanied && !named) return [];
  const others = people.filter((p) => !principals.has(p.entity));
  // "C, who was also present, said B ...": the one the relative clause follows, and no name
  // of what C went on to say.
  const relative = LIST_BEFORE.test(cue[0]) && RELATIVE_BEFORE.test(text.slice(0, cue.index));
  if (relative)
    return lead && !principals.has(lead.entity)
      ? counterparts(ctx, event, "", undefined, undefined, [lead], []).map((b) => ({
          a: lead,
          b,
          sentence,
          at: cueEnd,
          dateFrom: event.sentence,
          rule: "attended",
        }))
      : [];
  // The list after the cue (or after the principal named there), or before "were present".
  let attendees = listAfter(ctx, others, accompanied ? cueEnd : (named?.mention.end ?? cueEnd), 90);
  const firstOther = others.find((p) => p.mention.end <= cueStart);
  if (attendees.length === 0 && firstOther && LIST_BEFORE.test(cue[0]))
    attendees = listFrom(ctx, others, firstOther).filter((p) => p.mention.end <= cueStart);
  const sideWord = SIDE.exec(text)?.[1];
  const side = sideWord ? countryOfWord(sideWord) : undefined;
  const cueText = text.slice(0, cue.index + cue[0].length);
  const companions = accompanied && named ? listEndingAt(ctx, people, named) : [];
  const met = counterparts(ctx, event, cueText, named, side, attendees, companions);
  const added: AddedMeeting[] = [];
  for (const a of attendees)
    for (const b of met)
      if (a.entity !== b.entity)
        added.push({ a, b, sentence, at: cueEnd, dateFrom: event.sentence, rule: "attended" });
  return added;
}

/** "The two leaders met on Friday": the pair of the latest meeting, with this sentence's date. */
function pairReference(
  ctx: RelationContext,
  event: MeetingEvent,
  sentence: number,
): AddedMeeting[] {
  const evidence = ctx.sentences[sentence];
  const pair = [...event.hosts, ...event.guests];
  const [a, b] = pair;
  if (!evidence || !a || !b || pair.length !== 2) return [];
  const text = evidence.sentence;
  if (!/two|both|pair/i.test(text)) return [];
  const ref = PAIR_REFERENCE.exec(text);
  if (!ref || !PAIR_MET.test(evidence.sentence.slice(ref.index + ref[0].length))) return [];
  const at = evidence.start + ref.index;
  return [{ a, b, sentence, at, dateFrom: sentence, rule: "pair-reference" }];
}

/**
 * The meetings later sentences add to the events found sentence by sentence. `peopleOf` gives a
 * sentence's people (names and resolved descriptions) in text order.
 */
export function addedMeetings(
  ctx: RelationContext,
  events: readonly MeetingEvent[],
  peopleOf: (sentence: number) => Located[],
): AddedMeeting[] {
  const added: AddedMeeting[] = [];
  // A meeting named with its hosts in the attendance sentence itself ("talks between A and B were
  // attended by C") counts; one with no host there is the cue's own verb ("Those who received B").
  const latest = (sentence: number, sameSentence: boolean) =>
    [...events]
      .reverse()
      .find(
        (e) =>
          (e.sentence < sentence ||
            (sameSentence && e.sentence === sentence && e.hosts.length > 0)) &&
          sentence - e.sentence <= REACH &&
          e.hosts.length + e.guests.length >= 1,
      );
  for (let s = 0; s < ctx.sentences.length; s++) {
    const people = peopleOf(s);
    const event = latest(s, true);
    if (event && people.length > 0) added.push(...attendance(ctx, event, s, people));
    const before = latest(s, false);
    if (before && before.guests.length > 0 && before.hosts.length > 0)
      added.push(...pairReference(ctx, before, s));
  }
  // "A met an envoy on Monday. The heir hosted B": the host of one sentence meets the guest of
  // the next when the next names no host of its own and opens with a pronoun or a description.
  for (const e of events) {
    const next = events.find((n) => n.sentence === e.sentence + 1);
    const text = next ? (ctx.sentences[next.sentence]?.sentence ?? "") : "";
    if (!next || e.guests.length > 0 || next.hosts.length > 0 || !REFERRING_SUBJECT.test(text))
      continue;
    for (const a of e.hosts)
      for (const b of next.guests)
        added.push({
          a,
          b,
          sentence: next.sentence,
          at: next.at,
          dateFrom: e.sentence,
          rule: "host-next-sentence",
        });
  }
  return added;
}
