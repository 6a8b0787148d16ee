// Disagreements named by a noun: "the dispute between A and B over X".

import { between, factualMatches, relation } from "./relation-context";
import type { SentenceRule } from "./relation-context";
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
    return relation(ctx, {
      type: "DISAGREES_ON",
      from: a.entity,
      to: b.entity,
      confidence: 0.7,
      rule: "disagreement-between",
      sentence,
      topic,
    });
  });
