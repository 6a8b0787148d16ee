// MET_WITH: "A met (with) B", "A held talks with B", "A said during a meeting with B",
// "a meeting (on) September 16 between A and B", "A and B met". The date is the one closest to the
// trigger, resolved against the publication date; negated or planned meetings get low confidence.

import type { ExtractedRelation } from "../../../contract/model";
import { findDatesInSentence } from "../dates";
import { factualConfidence } from "./modality";
import { between, mentionsIn, relation } from "./relation-context";
import type { Located, RelationContext } from "./relation-context";

const WITH_TRIGGER =
  /\b(?:courtesy call|paid a call|paid a visit)\s+(?:on|from|to)\s+|\b(?:met|meets|meet|meeting|meetings|talks|talked|talking|spoke|speaks|sat down|summit|conversation|phone call|phone talks|held talks|hold talks|holds talks)\s+with\s+/gi;
const DIRECT_TRIGGER =
  /\b(?:met|meets|meet|hosted|hosts|host|visited|visits|received|receives|welcomed|welcomes)\s+(?!with\b)/gi;
/** "received a letter from B", "welcomed the decision by B": no meeting with B. */
const NOT_A_GUEST =
  /\b(?:from|by|letter|message|call|award|prize|support|invitation|report|news)\b/i;
const BETWEEN_TRIGGER =
  /\b(?:meeting|talks|summit|meet|met|discussions?|conversation|phone call)\b[^.;]{0,40}?\bbetween\s+/gi;
const PAIR_TRIGGER = /\b(?:met|meet|held talks|hold talks)\b/gi;

/** A name used as a modifier ("the Yoon Suk-yeol administration's envoy") is not the one met. */
const MODIFIER_USE =
  /^\s*(?:['’]s?\s|administration|government|camp|office|aides?|family|era|cabinet)/;

/** The first person after `from` whose mention starts within `reach` characters of it. */
function personAfter(
  ctx: RelationContext,
  people: readonly Located[],
  from: number,
  reach: number,
): Located | undefined {
  const next = people.find((p) => p.mention.start >= from && p.mention.start - from <= reach);
  return next && !MODIFIER_USE.test(ctx.body.slice(next.mention.end, next.mention.end + 16))
    ? next
    : undefined;
}

/** The person listed right after `p` ("B and C", "B, C"), titles allowed in between. */
function nextListed(
  ctx: RelationContext,
  people: readonly Located[],
  p: Located,
): Located | undefined {
  const next = people.find((q) => q.mention.start > p.mention.end);
  if (!next) return undefined;
  const gap = between(ctx, p.mention.end, next.mention.start);
  return /^(?:,\s*|,?\s+and\s+)(?:[\p{L}.'’-]+\s+){0,4}$/u.test(gap) &&
    !/\b(?:who|which|said|told)\b/.test(gap)
    ? next
    : undefined;
}

/**
 * Who met: the nearest person before the trigger in the same clause, else the first person of
 * the sentence ("Lee, who was joined by Vice Minister Suh, met Harris" -> Lee).
 */
function subjectBefore(
  ctx: RelationContext,
  people: readonly Located[],
  at: number,
): Located | undefined {
  const nearest = personBefore(people, at);
  if (!nearest || !/,/.test(between(ctx, nearest.mention.end, at))) return nearest;
  return people.find((p) => p.mention.end <= at && !p.mention.inQuote) ?? nearest;
}

function personBefore(people: readonly Located[], at: number): Located | undefined {
  return [...people].reverse().find((p) => p.mention.end <= at);
}

function meetingDate(
  ctx: RelationContext,
  sentence: number,
  triggerAt: number,
): string | undefined {
  const evidence = ctx.sentences[sentence];
  if (!evidence) return undefined;
  const dates = findDatesInSentence(evidence.sentence, ctx.publishedOn);
  const at = triggerAt - evidence.start;
  const closest = [...dates].sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
  return closest?.iso;
}

/** A meeting a trigger states between two people, as the rule found it. */
interface MeetingSpec {
  a: Located;
  b: Located;
  sentence: number;
  /** Body offset of the trigger ("met", "talks"). */
  triggerAt: number;
  /** Text from the subject to the trigger, read for modality ("would", "plans to"). */
  before: string;
  /** The rule's confidence when the clause reads as factual. */
  base: number;
  rule: string;
}

/** A MET_WITH relation with its date and a confidence lowered for non-factual clauses and calls. */
function meeting(ctx: RelationContext, spec: MeetingSpec): ExtractedRelation | null {
  const { a, b, sentence, triggerAt, before, base, rule } = spec;
  const date = meetingDate(ctx, sentence, triggerAt);
  const evidence = ctx.sentences[sentence];
  const clauseStart = evidence ? between(ctx, evidence.start, triggerAt) : "";
  const after = evidence ? between(ctx, triggerAt, evidence.end) : "";
  // The clause must read as factual both from the subject on and from its start ("If A meets B").
  let confidence = Math.min(
    factualConfidence(base, before, after),
    factualConfidence(base, clauseStart),
  );
  // A phone call is talk, not a meeting.
  if (
    /\b(?:phone|telephone)\b[^.]{0,12}$/i.test(clauseStart) ||
    /^(?:phone|telephone)\b/i.test(after.slice(0, 12))
  ) {
    confidence = Math.min(confidence, 0.4);
  }
  if (date && ctx.publishedOn && date > ctx.publishedOn) confidence = Math.min(confidence, 0.2);
  return relation(ctx, {
    type: "MET_WITH",
    from: a.entity,
    to: b.entity,
    confidence,
    rule,
    sentence,
    date,
  });
}

/** Meetings between persons stated by each sentence. */
export function findMeetings(ctx: RelationContext): ExtractedRelation[] {
  const found: (ExtractedRelation | null)[] = [];
  ctx.sentences.forEach((evidence, sentence) => {
    const people = mentionsIn(ctx, sentence).filter((l) => l.entity.kind === "Person");
    if (people.length < 2) return;
    const text = evidence.sentence;
    const abs = (i: number) => evidence.start + i;
    for (const m of text.matchAll(BETWEEN_TRIGGER)) {
      const after = abs((m.index ?? 0) + m[0].length);
      const a = personAfter(ctx, people, after, 40);
      const b =
        a &&
        people.find(
          (p) =>
            p.mention.start > a.mention.end &&
            / and /.test(between(ctx, a.mention.end, p.mention.start)),
        );
      // "A meeting between A and B, planned under ..., has yet to take place."
      const rest = text.slice((m.index ?? 0) + m[0].length);
      if (/\b(?:yet to|planned|proposed|would|will|could|expected)\b/i.test(rest)) continue;
      if (a && b)
        found.push(
          meeting(ctx, {
            a,
            b,
            sentence,
            triggerAt: abs(m.index ?? 0),
            before: text.slice(0, m.index),
            base: 0.85,
            rule: "meeting-between",
          }),
        );
    }
    for (const trigger of [WITH_TRIGGER, DIRECT_TRIGGER]) {
      for (const m of text.matchAll(trigger)) {
        const at = abs(m.index ?? 0);
        const b = personAfter(ctx, people, abs((m.index ?? 0) + m[0].length), 45);
        const a = subjectBefore(ctx, people, at);
        if (!a || !b || a.entity === b.entity) continue;
        const guestGap = between(ctx, at + m[0].length, b.mention.start);
        if (/^(?:rec|wel)/i.test(m[0]) && NOT_A_GUEST.test(guestGap)) continue;
        const rule = trigger === WITH_TRIGGER ? "met-with" : "met-direct";
        // "A met with B and C", "A met B, C and D": each listed person was met.
        for (let other: Located | undefined = b; other; other = nextListed(ctx, people, other)) {
          if (other.entity === a.entity) break;
          found.push(
            meeting(ctx, {
              a,
              b: other,
              sentence,
              triggerAt: at,
              before: between(ctx, a.mention.end, at),
              base: 0.9,
              rule,
            }),
          );
        }
      }
    }
    for (const m of text.matchAll(PAIR_TRIGGER)) {
      const at = abs(m.index ?? 0);
      const b = personBefore(people, at);
      const a = b && personBefore(people, b.mention.start);
      if (!a || !b || personAfter(ctx, people, at, 45)) continue;
      // "A and B held talks with the crown prince": they met someone else, not each other.
      if (/^\s*with\b/.test(text.slice((m.index ?? 0) + m[0].length))) continue;
      // "A and B met", "A, head of X, and B met"
      if (!/^\s*(?:,[^,]*)?,?\s*and\s/.test(between(ctx, a.mention.end, b.mention.start))) continue;
      found.push(
        meeting(ctx, {
          a,
          b,
          sentence,
          triggerAt: at,
          before: between(ctx, b.mention.end, at),
          base: 0.8,
          rule: "pair-met",
        }),
      );
    }
  });
  return found.filter((r): r is ExtractedRelation => r !== null);
}
