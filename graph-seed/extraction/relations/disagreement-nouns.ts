// Disagreements named by a noun: "the dispute between A and B over X", "their disagreement on
// X", "A and B sought to bridge their differences". A noun presupposes the disagreement, so "he
// did not mention their rift" still states one; "denied any rift" does not.

import {
  between,
  factualMatches,
  lastTwoParties,
  disagreement,
  triggerMatches,
} from "./relation-context";
import type { DisagreementSpec, Located, RelationContext, SentenceRule } from "./relation-context";
import { TOPIC, trimTopic } from "./disagreement-topics";
import { cued } from "./sentence-words";
import { listFrom, pairsOf } from "./participants";
import { BEFORE_SUBJECT } from "./pronoun-subjects";

const BETWEEN = cued(
  /\b(?:dispute|disagreement|rift|row|feud|clash|conflict|spat|standoff|tensions?|split|discord|friction|showdown|(?:legal|court|boardroom|power)\s+(?:battle|fight|struggle)|litigation)\s+(?:(?:has\s+|have\s+|had\s+|is\s+|are\s+)?(?:emerged|erupted|arose|grew|grown|flared|broke\s+out|deepened|widened|simmered|escalated|looming|brewing|raging|continuing)\s+)?between\s+/gi,
  "dispute disagreement rift row feud clash conflict spat standoff tension tensions split discord friction showdown battle fight struggle litigation",
);
/** "relations between A and B have soured": ties that worsened state a disagreement too. */
const TIES_BETWEEN = cued(/\b(?:relations|ties)\s+between\s+/gi, "relations ties");
const WORSENED =
  /^\s*(?:have\s+|has\s+|had\s+)?(?:(?:\p{Ll}+ly|also|since|been|remained|remain)\s+){0,2}(?:soured|strained|deteriorated|worsened|frayed|cooled|sunk|sank|hit\s+a\s+low)\b/u;
/** Between "between" and the first party: "the", titles ("between Chancellor A and ..."). */
const TO_FIRST = /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/** The parties listed after `from` ("between A and B", "between Minister A, B and C"). */
function listedBetween(ctx: RelationContext, parties: readonly Located[], from: number): Located[] {
  const first = parties.find((p) => p.mention.start >= from);
  if (!first || !TO_FIRST.test(between(ctx, from, first.mention.start))) return [];
  return listFrom(ctx, parties, first);
}

/** A disagreement between each pair a list holds, stated by one sentence. */
function pairsDisagree(ctx: RelationContext, list: readonly Located[], spec: DisagreementSpec) {
  return pairsOf(list).map(([a, b]) => disagreement(ctx, a.entity, b.entity, spec));
}

/** "the dispute between A and B over X", "tension emerged between A and B", "relations between A and B soured". */
export const disagreementsBetween: SentenceRule = (ctx, sentence, parties) => [
  ...factualMatches(ctx, sentence, BETWEEN).flatMap(({ end: from, evidence }) => {
    const list = listedBetween(ctx, parties, from);
    const last = list.at(-1);
    if (list.length < 2 || !last) return [];
    const rest = ctx.body.slice(last.mention.end, evidence.end);
    const topic = trimTopic(TOPIC.exec(rest)?.[1]?.trim());
    return pairsDisagree(ctx, list, {
      confidence: 0.7,
      rule: "disagreement-between",
      sentence,
      topic,
    });
  }),
  ...factualMatches(ctx, sentence, TIES_BETWEEN).flatMap(({ end: from, evidence }) => {
    const list = listedBetween(ctx, parties, from);
    const last = list.at(-1);
    if (list.length !== 2 || !last) return [];
    const rest = ctx.body.slice(last.mention.end, evidence.end);
    const worsened = WORSENED.exec(rest);
    if (!worsened) return [];
    const topic = trimTopic(TOPIC.exec(rest.slice(worsened[0].length))?.[1]?.trim());
    return pairsDisagree(ctx, list, { confidence: 0.65, rule: "ties-worsened", sentence, topic });
  }),
];

const QUALIFIERS =
  "(?:(?:long-standing|longstanding|long-running|deep|deepening|bitter|lingering|ongoing|old|many|political|policy|public|recent|past|simmering|growing|persistent)\\s+){0,2}";
const DISAGREEMENT_NOUNS =
  "differences disagreement disagreements dispute rift feud quarrel row spat";
const DISAGREEMENT_NOUN = `(?:${DISAGREEMENT_NOUNS.split(" ").join("|")})`;
/**
 * "their (long-standing) differences", "bridge (their) differences", "cordial despite
 * differences": whose is said elsewhere.
 */
const THEIR = cued(
  new RegExp(
    `\\b(?:their\\s+${QUALIFIERS}${DISAGREEMENT_NOUN}|(?:bridge|bridging|resolve|resolving|settle|settling|narrow|narrowing|iron\\s+out|ironing\\s+out|overcome|overcoming|patch\\s+up|patching\\s+up|set\\s+aside|setting\\s+aside|put\\s+aside|putting\\s+aside|despite|in\\s+spite\\s+of)\\s+(?:their\\s+)?${QUALIFIERS}${DISAGREEMENT_NOUN})\\b`,
    "gi",
  ),
  DISAGREEMENT_NOUNS,
);
/** "denied any rift", "no differences", "played down their differences": none is stated. */
const DENIED =
  /\b(?:no|any|deny|denies|denied|denying|dismiss(?:es|ed|ing)?|rejects?|rejected|downplay(?:s|ed|ing)?|play(?:s|ed|ing)?\s+down|rumou?red|alleged|reported)\s+(?:\S+\s+){0,1}$/i;
/** "A and B", "A and Title B": two parties joined as one subject. */
const JOINED = /^\s*(?:\([^)]*\)\s*)?,?\s*and\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*)\s+){0,5}$/u;

/** The pair a "their differences" belongs to: a subject "A and B", else the last two named. */
function ownersOf(ctx: RelationContext, sentence: number, parties: readonly Located[], at: number) {
  const before = parties.filter((p) => p.mention.end <= at);
  for (let k = before.length - 1; k > 0; k--) {
    const [a, b] = [before[k - 1], before[k]];
    if (a && b && a.entity !== b.entity && a.entity.kind === b.entity.kind)
      if (JOINED.test(between(ctx, a.mention.end, b.mention.start))) return [a, b] as const;
  }
  return (
    lastTwoParties(ctx, sentence, at, "Person") ?? lastTwoParties(ctx, sentence, at, "Country")
  );
}

/** "He did not mention their disagreement on X", "A and B sought to bridge differences over X". */
export const theirDifferences: SentenceRule = (ctx, sentence, parties) =>
  triggerMatches(ctx, sentence, THEIR).map(({ at, before, after }) => {
    if (DENIED.test(before)) return null;
    const pair = ownersOf(ctx, sentence, parties, at);
    if (!pair) return null;
    return disagreement(ctx, pair[0].entity, pair[1].entity, {
      confidence: 0.6,
      rule: "their-differences",
      sentence,
      topic: trimTopic(TOPIC.exec(after)?.[1]?.trim()),
    });
  });

/** "A's feud with B", "ousted after a power struggle with B": a disagreement noun with its other side. */
const NOUN_WITH = cued(
  /\b(?:power\s+struggle|dispute|rift|row|feud|spat|standoff|stand-off|falling-out|quarrel|tussle|legal\s+battle|showdown)\s+with\s+(?:the\s+)?/gi,
  "struggle dispute rift row feud spat standoff stand falling quarrel tussle battle showdown",
);
/** Between "with" and the other side: nothing, or title words ("with chairman A", "with Chairman A"). */
const TO_OTHER = /^(?:(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}+)\s+){0,3}$/u;

/**
 * Whose a "feud with B" is: the party right before "'s (bitter) feud", else the subject the
 * sentence opens with, when no other person stands between it and the noun.
 */
function ownerOf(ctx: RelationContext, parties: readonly Located[], at: number, start: number) {
  const before = parties.filter((p) => p.mention.end <= at);
  const nearest = before.at(-1);
  if (nearest && /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(between(ctx, nearest.mention.end, at)))
    return nearest;
  const opening = before[0];
  if (!opening || !BEFORE_SUBJECT.test(between(ctx, start, opening.mention.start))) return null;
  const people = before.filter((p) => p.entity.kind === "Person");
  return people.length === 1 && people[0] === opening ? opening : null;
}

/** "A's feud with B", "A was ousted after a power struggle with B over X". */
export const disagreementsWith: SentenceRule = (ctx, sentence, parties) =>
  factualMatches(ctx, sentence, NOUN_WITH).map(({ at, end, evidence, before }) => {
    if (DENIED.test(before)) return null;
    const other = parties.find((p) => p.mention.start >= end);
    if (!other || !TO_OTHER.test(between(ctx, end, other.mention.start))) return null;
    const owner = ownerOf(ctx, parties, at, evidence.start);
    if (!owner || owner.entity === other.entity) return null;
    const rest = ctx.body.slice(other.mention.end, evidence.end);
    return disagreement(ctx, owner.entity, other.entity, {
      confidence: 0.65,
      rule: "disagreement-with",
      sentence,
      topic: trimTopic(TOPIC.exec(rest)?.[1]?.trim()),
    });
  });
