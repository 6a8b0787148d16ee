// Disagreement told by an act against someone, named by a noun: a lawsuit, an appeal, a complaint,
// a challenge, an attack, criticism, a dig. One reading of the clause around the noun finds who
// acts and against whom:
//   the actor: a possessive ("A's lawsuit against B"), "of / by / from A" after the noun ("the
//   lawsuit of A against B", "the case, brought by A against B"), or the clause's subject doing
//   the act with a light verb ("A filed another lawsuit in X against B", "A issued an attack on
//   B", "A took a dig at B");
//   the target: the first party after the preposition the noun takes ("against", "on", "at",
//   "of", "to"), past where-and-when words but no clause; a party named as the organisation of a
//   role ("X chairman B") gives way to the person it titles. "The lawsuit of A to B" (a common
//   translation) names B the defendant, unless B is a court or a commission the suit went to.
// A planned, denied or hoped-for act is no act (factualMatches and DENIED).

import { TOPIC, trimTopic } from "./disagreement-topics";
import { listFrom } from "./participants";
import { between, disagreement, factualMatches } from "./relation-context";
import type { Located, RelationContext, SentenceRule } from "./relation-context";
import { cued } from "./sentence-words";

/** The act nouns with the prepositions that name their target. */
const ACT = cued(
  /\b(?:(?:lawsuits?|suits?|litigation|legal\s+action|court\s+action|legal\s+challenges?|case|complaints?|petitions?|appeals?|protests?|campaign|boycott)(?:[\s,][^;.:"“”]{0,120}?)??\s+against|(?:lawsuits?|suits?|claims?)\s+of\s+[^;.:"“”]{1,80}?\s+to|(?:attacks?|assault|broadside|onslaught)(?:\s[^,;.:"“”]{0,40}?)??\s+(?:on|against)|(?:dig|digs|swipe|jibe|jab|potshots?)(?:\s[^,;.:"“”]{0,20}?)??\s+at|(?:criticism|condemnation)\s+of|(?:challenges?|opposition)\s+to)\s+(?:the\s+)?/giu,
  `lawsuit lawsuits suit suits claim claims litigation action challenge challenges case complaint
  complaints petition petitions appeal appeals protest protests campaign boycott attack attacks
  assault broadside onslaught dig digs swipe jibe jab potshot potshots criticism condemnation
  opposition`,
);
/** The light verbs a subject does an act with ("filed", "launched", "took", "issued"). */
const DOES =
  /^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:has|have|had|also|again|now|then|on\s+\p{Lu}\p{Ll}+|\p{Ll}+ly)\s+){0,3}(?:filed|files|filing|brought|brings|lodged|lodges|launched|launches|mounted|mounts|initiated|initiates|issued|issues|made|makes|took|takes|renewed|renews|stepped\s+up|steps\s+up|escalated|escalates|won|wins|led|leads|staged|stages|(?:has|have|had)\s+(?:a|an)\s+pending)\s+(?:(?:a|an|the|its|his|her|their|another|fresh|new|further|second|separate|formal|legal|court|class|scathing|sharp|fierce|blistering|unprecedented|stinging|veiled|thinly[\s-]veiled|personal|public|patent|defamation|civil|criminal|high\s+court)\s+){0,4}$/u;
/** After the noun, its actor: "of A", "by A", "(was) brought / filed by A". */
const ACTOR_AFTER =
  /^(?:\s+(?:of|from|by)\s+|\s*,?\s*(?:[^,;.]{0,40},\s*)?(?:which\s+|that\s+)?(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+)?(?:brought|filed|lodged|launched|initiated|mounted)\s+by\s+)(?:the\s+)?(?:\p{Ll}+\s+){0,3}$/u;
/** "A's lawsuit", "A's fresh legal challenge": the possessive before the noun. */
const OWNED = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** Words between the preposition and its party: titles and role words, no clause. */
const TO_TARGET = /^(?:(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}+)\s+){0,3}$/u;
/** The target's preposition closing an act match. */
const PREPOSITION = /\b(?:against|on|at|of|to)\s+(?:the\s+)?$/;
/** The act noun opening a match ("legal action", "lawsuits"). */
const NOUN = /^[\p{L}-]+(?:\s+(?:action|challenges?))?/u;
/** "the lawsuit of A to B": the suit's actor is "of A", and B must be a party, not a forum. */
const SUIT_OF_TO = /^(?:lawsuits?|suits?|claims?)\s+of\s/i;
const FORUM = /\b(?:Court|Tribunal|Commission|Ombudsman|Prosecutor|Committee on)\b/;
/** A clause between the actor and the noun ends the reading. */
const CLAUSE = /\b(?:that|said|says|told|which|who|whose|while|after|before|denied|denies)\b|[;:]/;
/** "denied any lawsuit", "no complaint", "rumoured attack": none is stated. */
const DENIED =
  /\b(?:no|any|deny|denies|denied|denying|rumou?red|alleged|threatened|threatens|possible|potential)\s+(?:\S+\s+){0,1}$/i;
/** "X chairman B": the organisation titles the person who follows it. */
const TITLES_NEXT = /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}$/u;

/** "X chairman B": the person an organisation named as their role's organisation titles, else the party. */
export function titledPerson(
  ctx: RelationContext,
  parties: readonly Located[],
  party: Located,
): Located {
  const next = parties.find((p) => p.mention.start >= party.mention.end);
  return party.entity.kind !== "Person" &&
    next?.entity.kind === "Person" &&
    TITLES_NEXT.test(between(ctx, party.mention.end, next.mention.start))
    ? next
    : party;
}

/** The party a target preposition names: the one right after it, or the person it titles. */
function targetAfter(ctx: RelationContext, parties: readonly Located[], from: number) {
  const first = parties.find((p) => p.mention.start >= from);
  if (!first || !TO_TARGET.test(between(ctx, from, first.mention.start))) return undefined;
  return titledPerson(ctx, parties, first);
}

/** Who does the act named at [at, nounEnd): its possessor, its "of / by" actor, or the subject. */
function actorsOf(
  ctx: RelationContext,
  parties: readonly Located[],
  at: number,
  nounEnd: number,
  prepAt: number,
  sentenceStart: number,
): Located[] {
  const before = parties.filter((p) => p.mention.end <= at);
  const nearest = before.at(-1);
  if (nearest && OWNED.test(between(ctx, nearest.mention.end, at))) return [nearest];
  const actor = parties.find(
    (p) =>
      p.mention.start >= nounEnd &&
      p.mention.end <= prepAt &&
      ACTOR_AFTER.test(between(ctx, nounEnd, p.mention.start)),
  );
  if (actor) return listFrom(ctx, parties, actor).filter((p) => p.mention.end <= prepAt);
  if (!nearest || !DOES.test(between(ctx, nearest.mention.end, at))) return [];
  if (CLAUSE.test(between(ctx, sentenceStart, nearest.mention.start).split(",").at(-1) ?? ""))
    return [];
  return [nearest];
}

/** "A filed a lawsuit against B", "the case brought by A against B", "A took a dig at B". */
export const actsAgainst: SentenceRule = (ctx, sentence, parties) =>
  factualMatches(ctx, sentence, ACT).flatMap(({ match, at, end, before, evidence }) => {
    if (DENIED.test(before)) return [];
    const prepAt = at + (PREPOSITION.exec(match[0])?.index ?? match[0].length);
    const nounEnd = at + (NOUN.exec(match[0])?.[0].length ?? 0);
    // The actor may stand between the noun and the preposition, so the target is read after it.
    const actors = actorsOf(ctx, parties, at, nounEnd, prepAt, evidence.start);
    const target = targetAfter(ctx, parties, end);
    if (!target) return [];
    if (
      SUIT_OF_TO.test(match[0]) &&
      /\bto\s+(?:the\s+)?$/.test(match[0]) &&
      FORUM.test(target.entity.name)
    )
      return [];
    const rest = ctx.body.slice(target.mention.end, evidence.end);
    const topic = trimTopic(TOPIC.exec(rest)?.[1]?.trim());
    return actors
      .filter((a) => a.entity !== target.entity)
      .map((a) =>
        disagreement(ctx, a.entity, target.entity, {
          confidence: 0.65,
          rule: "act-against",
          sentence,
          topic,
        }),
      );
  });
