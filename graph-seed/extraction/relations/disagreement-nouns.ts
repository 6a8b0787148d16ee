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
import type { Located, RelationContext, SentenceRule } from "./relation-context";
import { TOPIC, trimTopic } from "./disagreement-topics";

const BETWEEN =
  /\b(?:dispute|disagreement|rift|row|feud|clash|conflict|spat|standoff|tensions?|split|discord|friction)\s+between\s+/gi;

/** "the dispute between A and B over X". */
export const disagreementsBetween: SentenceRule = (ctx, sentence, parties) =>
  factualMatches(ctx, sentence, BETWEEN).map(({ end: from, evidence }) => {
    const a = parties.find((p) => p.mention.start >= from && p.mention.start - from <= 5);
    const b =
      a &&
      parties.find(
        (p) =>
          p.mention.start > a.mention.end &&
          /^\s*,?\s*and\s+(?:the\s+)?$/i.test(between(ctx, a.mention.end, p.mention.start)),
      );
    if (!a || !b || a.entity === b.entity) return null;
    const topic = trimTopic(TOPIC.exec(ctx.body.slice(b.mention.end, evidence.end))?.[1]?.trim());
    return disagreement(ctx, a.entity, b.entity, {
      confidence: 0.7,
      rule: "disagreement-between",
      sentence,
      topic,
    });
  });

const QUALIFIERS =
  "(?:(?:long-standing|longstanding|long-running|deep|deepening|bitter|lingering|ongoing|old|many|political|policy|public|recent|past|simmering|growing|persistent)\\s+){0,2}";
const DISAGREEMENT_NOUN = "(?:differences|disagreements?|dispute|rift|feud|quarrel|row|spat)";
/** "their (long-standing) differences", "bridge (their) differences": whose is said elsewhere. */
const THEIR = new RegExp(
  `\\b(?:their\\s+${QUALIFIERS}${DISAGREEMENT_NOUN}|(?:bridge|bridging|resolve|resolving|settle|settling|narrow|narrowing|iron\\s+out|ironing\\s+out|overcome|overcoming|patch\\s+up|patching\\s+up|set\\s+aside|setting\\s+aside|put\\s+aside|putting\\s+aside)\\s+(?:their\\s+)?${QUALIFIERS}${DISAGREEMENT_NOUN})\\b`,
  "gi",
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
