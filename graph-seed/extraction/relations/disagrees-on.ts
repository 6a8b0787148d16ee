// DISAGREES_ON from each sentence by the rule families (criticism.ts, disagreement-nouns.ts and
// the stances here): "A and B remain apart over X", "A is at odds with B over X", "A disagreed
// with B on X", and the contrastive "But B is taking a different stance on X" whose other party
// is the one whose position the previous sentences gave.

import { participantsIn } from "./references";
import type { ExtractedRelation } from "../../../contract/model";
import { findCriticisms } from "./criticism";
import { actsAgainst } from "./disagreement-acts";
import { disagreementsBetween, disagreementsWith, theirDifferences } from "./disagreement-nouns";
import { findJudgements } from "./judgements";
import { topicOf, trimTopic } from "./disagreement-topics";
import {
  between,
  factualMatches,
  lastTwoParties,
  mentionsIn,
  PARTY_KINDS,
  disagreement,
} from "./relation-context";
import type { Found, Located, RelationContext, SentenceRule } from "./relation-context";
import { cued } from "./sentence-words";

const TRIGGER = cued(
  /\b(?:(?:tak(?:e|es|ing)|took|ha(?:s|ve) taken|adopt(?:s|ed|ing)?|hold(?:s|ing)?|held)\s+(?:a\s+|an\s+)?(?:different|opposing|opposite|contrary|differing)\s+(?:stance|position|view|approach|line)|(?:(?:stuck|sticks?|sticking|kept|keeps?|held|holds?|clung|clings?)\s+to\s+)?their\s+(?:(?:sharply|widely|deeply)\s+)?(?:opposing|opposite|contrary|differing|conflicting|divergent|different)\s+(?:stance|position|view|approach|line)s?|remain(?:s|ed)?\s+(?:far\s+)?apart|at odds|at loggerheads|lock(?:s|ed|ing)?\s+horns|butt(?:s|ed|ing)?\s+heads|feud(?:s|ed|ing)?\s+(?:over|with)|spar(?:s|red|ring)?\s+(?:over|with)|disagree(?:s|d)?|clash(?:es|ed)?|(?:fell|fallen|falls?|falling)\s+out|reject(?:s|ed|ing)?|differ(?:s|ed)?|(?:are|is|were|was)\s+(?:divided|split)|oppos(?:e|es|ed)|(?:are|is|were|was)\s+opposed)\b/gi,
  `different opposing opposite contrary differing conflicting divergent apart odds loggerheads
  horns heads feud feuds feuded feuding spar spars sparred sparring disagree disagrees disagreed
  clash clashes clashed fell fallen fall falls falling reject rejects rejected rejecting differ
  differs differed divided split oppose opposes opposed`,
);
/** "A opposed", "A took a different stance": one side's act ("their opposing views" are both's). */
const ONE_SIDED =
  /^(?!(?:\p{L}+\s+to\s+)?their\s)(?:.*(?:oppos|different|contrary|differing|opposite|reject))/iu;
/** "Only proposals are rejected": "A rejected B's proposal", never "A rejected B". */
const REJECTED_THING =
  /^['’]s\s+(?:\p{Ll}+\s+){0,2}(?:proposal|plan|demand|offer|bid|request|idea|call|terms|draft|text|position|suggestion)s?\b/u;
/** "A rejected the B proposals": B's own proposal, plan or offer, named right after B. */
const ATTRIBUTIVE_THING =
  /^\s+(?:proposal|plan|demand|offer|bid|request|idea|terms|draft|position)s?\b/u;
/** "A rejected the (latest) offer from B", "opposed the plan by B". */
const THING_FROM =
  /^\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:proposals?|plans?|demands?|offers?|bids?|requests?|terms|draft|position)\s+(?:from|by|of)\s+(?:the\s+)?$/u;
/** "The two ministers clashed": the pair is named before. */
const THE_TWO =
  /\b[Tt]he two (\p{L}+)\s+(?:of\s+(?:state|government)\s+)?(?:(?:that|which|who|have|has|had|been|also|still|again|remain|remained|are|were|maintained)\s+){0,3}$/u;
/** "The two leaders signed a declaration, but remain at odds": the subject of a second predicate. */
const THE_TWO_COORDINATED =
  /^[Tt]he two (\p{L}+)\s+[^.;]*?,?\s+(?:but|yet|and)\s+(?:(?:have|has|had|also|still|again|remain|remained|are|were)\s+){0,2}$/u;
const PERSON_NOUNS =
  /^(?:ministers|leaders|men|women|presidents|officials|sides|diplomats|envoys|heads|chiefs|executives|politicians|lawmakers|rivals)$/;
const COUNTRY_NOUNS = /^(?:countries|nations|governments|neighbou?rs|states)$/;
const TITLED_AND = /^\s*,?\s*and\s+(?:(?:\p{Lu}[\p{L}.'’-]*|['’]s)\s+){1,6}$/u;
/** "A, who ..., rejected": an apposition between the subject and its verb. */
const APPOSED = /^\s*(?:\([^)]*\)\s*)?,[^,]*,\s*(?:also\s+)?$/;
const CONTRAST = /^(?:But|However|Meanwhile|Yet|In contrast|On the other hand|By contrast)\b/;
/** The other party in the previous sentences: the first party named outside quotations. */
function previousParty(
  ctx: RelationContext,
  sentence: number,
  a: Located,
): { party: Located; sentence: number } | null {
  for (let s = sentence - 1; s >= Math.max(0, sentence - 2); s--) {
    const party = mentionsIn(ctx, s).find(
      (l) => !l.mention.inQuote && l.entity !== a.entity && l.entity.kind === a.entity.kind,
    );
    if (party) return { party, sentence: s };
  }
  return null;
}

/**
 * "The two ministers clashed over X": the last two distinct parties of the right kind named
 * before, in this sentence or the two before it.
 */
function namedPair(
  ctx: RelationContext,
  sentence: number,
  beforeText: string,
): [Located, Located] | null {
  const noun = (THE_TWO.exec(beforeText) ??
    THE_TWO_COORDINATED.exec(beforeText))?.[1]?.toLowerCase();
  if (!noun) return null;
  const kind = PERSON_NOUNS.test(noun)
    ? "Person"
    : COUNTRY_NOUNS.test(noun)
      ? "Country"
      : "Organization";
  const cut = (ctx.sentences[sentence]?.start ?? 0) + beforeText.length;
  return lastTwoParties(ctx, sentence, cut, kind);
}

/** "A and B clashed over X", "A is at odds with B", "A opposed B's plan", "But B takes a different stance". */
const stanceDisagreements: SentenceRule = (ctx, sentence, parties) =>
  factualMatches(ctx, sentence, TRIGGER).map(
    ({ match: m, at, end, before: beforeText, after, evidence }) => {
      const pair = namedPair(ctx, sentence, beforeText);
      if (pair) {
        return disagreement(ctx, pair[0].entity, pair[1].entity, {
          confidence: 0.65,
          rule: "disagreement-pair",
          sentence,
          topic: topicOf(ctx, sentence, after, null),
        });
      }
      const before = parties.filter((p) => p.mention.end <= at);
      // "A, who heads X, rejected ...": the subject before the apposition, not X.
      const a =
        [...before].reverse().find((p) => APPOSED.test(between(ctx, p.mention.end, at))) ??
        before.at(-1);
      if (!a) return null;
      // "Y told reporters that the administration rejected ...": the subject is not a party.
      if (/\b(?:that|said|says|told)\b/.test(between(ctx, a.mention.end, at))) return null;
      // "A opposed ..." is one-sided: "A and B opposed the plan" puts A and B on the same side.
      const oneSided = ONE_SIDED.test(m[0]);
      const rejecting = /^reject/i.test(m[0]);
      // "A clashed (constantly) with B", "A fell out with B".
      const withParty = /^\s+(?:\p{Ll}+ly\s+)?with\s+(?:the\s+)?/iu.exec(after)
        ? parties.find(
            (p) =>
              p.mention.start >= end &&
              p.mention.start - end < 45 &&
              !/[,;.]/.test(between(ctx, end, p.mention.start)),
          )
        : oneSided
          ? (parties.find(
              (p) =>
                p.mention.start >= end &&
                (p.mention.start - end < 6 ||
                  /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u.test(
                    between(ctx, end, p.mention.start),
                  )) &&
                ((rejecting ? REJECTED_THING : /^['’]s\b/u).test(
                  ctx.body.slice(p.mention.end, p.mention.end + 40),
                ) ||
                  // "rejected the X proposals": the name used as the owner before the noun.
                  (/^\s+the\s+$/.test(between(ctx, end, p.mention.start)) &&
                    ATTRIBUTIVE_THING.test(ctx.body.slice(p.mention.end, p.mention.end + 40)))),
            ) ??
            // "rejected the latest offer from B": the thing and its owner after it.
            parties.find(
              (p) =>
                p.mention.start >= end &&
                p.mention.start - end < 60 &&
                THING_FROM.test(between(ctx, end, p.mention.start)),
            ))
          : undefined;
      const joined = oneSided
        ? undefined
        : before.find(
            (p) =>
              p.entity !== a.entity &&
              (/^\s*(?:\([^)]*\)\s*)?,?\s*and\s+(?:the\s+)?$/i.test(
                between(ctx, p.mention.end, a.mention.start),
              ) ||
                // "A and Solomon Islands Prime Minister B were at odds": B's title in between.
                (p.entity.kind === a.entity.kind &&
                  TITLED_AND.test(between(ctx, p.mention.end, a.mention.start)))),
          );
      let b: Located | undefined = withParty ?? joined;
      let otherSentence: number | null = null;
      let confidence = 0.75;
      if (!b && (CONTRAST.test(evidence.sentence) || /different|opposing|contrary/i.test(m[0]))) {
        const previous = previousParty(ctx, sentence, a);
        b = previous?.party;
        otherSentence = previous?.sentence ?? null;
        confidence = 0.6;
      }
      if (!b || b.entity === a.entity) return null;
      // "A opposed B's plan to ...": the plan is the topic.
      const owned =
        oneSided && b === withParty && b
          ? /^['’]s\s+([^,.;]+)/.exec(ctx.body.slice(b.mention.end, evidence.end))?.[1]
          : undefined;
      const topic = trimTopic(owned) ?? topicOf(ctx, sentence, after, otherSentence);
      return disagreement(ctx, a.entity, b.entity, {
        confidence,
        rule: "disagreement",
        sentence,
        topic,
      });
    },
  );

/** The rule families, each reading one sentence. */
const RULES: readonly SentenceRule[] = [
  disagreementsBetween,
  disagreementsWith,
  actsAgainst,
  theirDifferences,
  findCriticisms,
  findJudgements,
  stanceDisagreements,
];

/** Disagreements stated by each sentence. */
export function findDisagreements(ctx: RelationContext): ExtractedRelation[] {
  const found: Found[] = [];
  ctx.sentences.forEach((_, sentence) => {
    const parties = participantsIn(ctx, sentence, PARTY_KINDS, false);
    for (const rule of RULES) found.push(...rule(ctx, sentence, parties));
  });
  return found.filter((r): r is ExtractedRelation => r !== null);
}
