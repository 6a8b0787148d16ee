// What a disagreement is about: the phrase after over / on / about, cut at its first finite
// verb, or, when that is only "the issue", the aim a party stated just before.

import type { RelationContext } from "./relation-context";

export const TOPIC =
  /^[^.;]*?\b(?:over|on|about|regarding)\s+((?:the\s+)?[^,.;]+?)(?=\s+(?:as|because|since|while|with|after|at|during|when|in (?:public|private)|and said|for (?:days|weeks|months|years))\b|[,.;]|$)/i;
const ANAPHORIC = /^(?:the\s+)?(?:issue|matter|question|subject|plan|idea|proposal|this|that|it)$/i;
const AIM =
  /\b(?:would like to|wants? to|wanted to|seeks? to|sought to|aims? to|hopes? to|plans? to|intends? to|proposed to|pushe[sd]? to|push(?:es)? for|calls? for|called for)\s+([^,.;”"]+?)(?=\s+(?:in a way|in order|so that|that|which|to help|to make)\b|[,.;”"]|$)/i;

/** A day closing a topic ("the offer on Tuesday"), or standing for one ("on Monday" is no topic). */
const DAY =
  /(?:^|\s+)(?:on\s+)?(?:(?:last|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|week|month|year)$/;

/** A topic phrase up to its first finite verb ("export controls deepened on Monday" -> "export controls"). */
export function trimTopic(written: string | undefined): string | undefined {
  const topic = written?.replace(DAY, "");
  if (!topic) return undefined;
  const words = topic.split(/\s+/);
  const verb = words.findIndex(
    (w, i) =>
      i > 0 &&
      !/^(?:the|a|an|its|their|his|her)$/i.test(words[i - 1] ?? "") &&
      /^(?:\p{Ll}+ed|is|are|was|were|has|have|had|will|would|could|may|might|remains?)$/u.test(w),
  );
  return (verb > 0 ? words.slice(0, verb) : words).join(" ");
}

/** The topic written after a trigger (`after`), else the aim stated in the sentences before. */
export function topicOf(
  ctx: RelationContext,
  sentence: number,
  after: string,
  otherSentence: number | null,
): string | undefined {
  const written = trimTopic(TOPIC.exec(after)?.[1]?.trim());
  if (written && !ANAPHORIC.test(written)) return written;
  for (let s = otherSentence ?? sentence - 1; s >= Math.max(0, sentence - 3); s--) {
    const aim = AIM.exec(ctx.sentences[s]?.sentence ?? "")?.[1];
    if (aim) return aim.trim();
  }
  return written;
}
