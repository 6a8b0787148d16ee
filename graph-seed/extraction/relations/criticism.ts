// DISAGREES_ON from one party criticising another: "A criticised / slammed / lambasted B('s
// plan)", "A hit back at B", "A accused B of T", "A voiced concern over B's remarks", and the
// reversed "B drew criticism from A", "B was criticised by A". The critic is the subject of the
// clause (reported speech counts: "C said A had slammed B"); a denial or a plan does not count.

import { between, factualMatches, relation } from "./relation-context";
import type { Located, RelationContext, SentenceRule } from "./relation-context";

/** A criticises B: the critic before, the criticised after. */
const CRITICISES =
  /\b(?:criticised|criticized|criticises|criticizes|criticising|criticizing|slammed|slams|lambasted|lambasts|blasted|blasts|condemned|condemns|denounced|denounces|rebuked|rebukes|chided|chides|assailed|assails|censured|censures|(?:hit|hits|hitting|lashed|lashes|lashing)\s+(?:out|back)\s+at|(?:took|takes|taking)\s+aim\s+at|(?:pushed|pushes|pushing)\s+back\s+(?:against|on)|accused|accuses|accusing|(?:voiced|voices|expressed|expresses|raised|raises)\s+(?:serious\s+|strong\s+|deep\s+)?(?:concerns?|opposition|displeasure|objections?)\s+(?:over|about|at|with|to))\s+/gi;
/** B is criticised by A: the criticised before, the critic after. */
const CRITICISED_BY =
  /\b(?:(?:drew|draws|drawing|faced|faces|facing)\s+(?:sharp\s+|strong\s+|heavy\s+|fierce\s+)?(?:criticism|fire|condemnation|rebuke)\s+from|(?:came|comes|coming)\s+under\s+fire\s+from|(?:was|were|is|are|been|being)\s+(?:sharply\s+|strongly\s+|also\s+)?(?:criticised|criticized|slammed|lambasted|condemned|denounced|rebuked|accused)\s+by)\s+/gi;

/** Between the verb and the criticised: nothing, a title, or "the 100-day plan of (the)". */
const TO_OBJECT =
  /^(?:the\s+|a\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|for|and)\s+){0,5}$|^(?:the|a|an|its|his|her|their)\s+(?:[\p{L}\d-]+\s+){0,4}(?:of|by|from)\s+(?:the\s+)?$/u;
/** "A, who heads X, slammed ...": an apposition between the critic and the verb. */
const APPOSED = /^\s*(?:\([^)]*\)\s*)?,[^,]*,\s*(?:also\s+|has\s+|had\s+|have\s+)?$/;
/** Between the critic and the verb: nothing but an auxiliary or an adverb. */
const TO_VERB =
  /^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:has|have|had|also|again|publicly|openly|sharply|strongly|fiercely|on\s+\p{Lu}\p{Ll}+|\p{Ll}+ly)\s+){0,3}$/u;
/** "A accused B of T", "A slammed B over T", "B's plan to T": where the topic is written. */
const TOPIC_AFTER =
  /^\s*(?:['’]s\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,1}?(?:of|over|for|on|about)\s+([^,.;"“”]+?)(?=\s+(?:as|because|since|while|after|and said|saying)\b|[,.;"“”]|$)/u;
const OWNED_TOPIC =
  /^['’]s\s+([^,.;"“”]+?)(?=\s+(?:as|because|since|while|and said|saying)\b|[,.;"“”]|$)/u;

function topicAfter(ctx: RelationContext, party: Located, end: number): string | undefined {
  const rest = ctx.body.slice(party.mention.end, end);
  const topic = (OWNED_TOPIC.exec(rest) ?? TOPIC_AFTER.exec(rest))?.[1]?.trim();
  return topic && topic.split(/\s+/).length <= 12 ? topic : undefined;
}

/** The clause subject before `at`: the nearest party joined to the verb, else the one apposed. */
function subjectBefore(
  ctx: RelationContext,
  parties: readonly Located[],
  at: number,
): Located | undefined {
  const before = parties.filter((p) => p.mention.end <= at);
  const nearest = before.at(-1);
  if (nearest && TO_VERB.test(between(ctx, nearest.mention.end, at))) return nearest;
  return [...before].reverse().find((p) => APPOSED.test(between(ctx, p.mention.end, at)));
}

/** Disagreements stated as one party criticising another in sentence `sentence`. */
export const findCriticisms: SentenceRule = (ctx, sentence, parties) =>
  [CRITICISES, CRITICISED_BY].flatMap((trigger) =>
    factualMatches(ctx, sentence, trigger).map(({ at, end, evidence }) => {
      const before = subjectBefore(ctx, parties, at);
      const after = parties.find(
        (p) => p.mention.start >= end && TO_OBJECT.test(between(ctx, end, p.mention.start)),
      );
      if (!before || !after || before.entity === after.entity) return null;
      const [critic, criticised] = trigger === CRITICISES ? [before, after] : [after, before];
      const topic = trigger === CRITICISES ? topicAfter(ctx, after, evidence.end) : undefined;
      return relation(ctx, {
        type: "DISAGREES_ON",
        from: critic.entity,
        to: criticised.entity,
        confidence: 0.7,
        rule: "criticism",
        sentence,
        topic,
      });
    }),
  );
