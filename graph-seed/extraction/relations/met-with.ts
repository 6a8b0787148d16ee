// MET_WITH: "A met (with) B", "A held talks with B", "A said during a meeting with B",
// "a meeting (on) September 16 between A and B", "A and B met". The date is the one closest to the
// trigger, resolved against the publication date; negated or planned meetings get low confidence.

import type { ExtractedRelation } from "../../../contract/model";
import { findDatesInSentence } from "../dates";
import { addedMeetings, tellsOnMeeting } from "./attendees";
import type { MeetingEvent } from "./attendees";
import { factualConfidence, MIN_CONFIDENCE } from "./modality";
import { openedMeeting } from "./meeting-openings";
import { organisationsMet } from "./organisation-guests";
import { listAfter, listEndingAt, listFrom, pairsOf } from "./participants";
import { participantsIn } from "./references";
import { between, relation } from "./relation-context";
import { cued, cuedMatches } from "./sentence-words";
import { storyDate } from "./story-date";
import type { Located, RelationContext } from "./relation-context";

const WITH_TRIGGER = cued(
  /\b(?:courtesy call|paid an? (?:courtesy )?(?:call|visit)|received (?:a|an) (?:(?!phone|telephone|video)[a-z-]+\s+)?(?:visit|call)|(?:a|an|his|her|their)\s+(?:(?:courtesy|official|working|brief)\s+)?visit)\s+(?:on|from|to)\s+(?:(?:the\s+)?(?:just|newly|recently)[\s-]+(?:appointed|elected)\s+)?|\b(?:met|meets|meet|meeting|meetings|talks|talked|talking|spoke|speaks|sat down|sits down|conferred|confers|conferring|summit|conversation|phone call|phone talks|held talks|hold talks|holds talks|audience|lunch|luncheon|dinner|breakfast|consultations|discussions|videoconference|(?:news|press) conference)(?:\s+(?:yesterday|today|earlier|(?:on|last|this)\s+[A-Za-z]+))?\s+with\s+/gi,
  "call visit met meets meet meeting meetings talks talked talking spoke speaks sat sits conferred confers conferring summit conversation phone audience lunch luncheon dinner breakfast consultations discussions videoconference conference",
);
/** "A discussed bilateral trade with B": talks whose subject comes between the verb and "with". */
const DISCUSSED_WITH = cued(
  /\b(?:discussed|discusses|discussing)\s+(?:[\p{L}'’-]+\s+){1,8}?with\s+/giu,
  "discussed discusses discussing",
);
/** "The meeting, which had A, B and C, ...", "the talks brought together A and B": all met. */
const GATHERING = cued(
  /\b(?:meeting|talks|summit|conference|session|dinner|luncheon|lunch|gathering)\b[^.;]{0,40}?\b(?:had|included|involved|brought\s+together)\s+/gi,
  "meeting talks summit conference session dinner luncheon lunch gathering",
);
const DIRECT_TRIGGER = cued(
  /\b(?:met|meets|meet|hosted|hosts|host|visited|visits|received|receives|welcomed|welcomes|greeted|greets|called on|calls on|call on|calling on)\s+(?!with\b)/gi,
  "met meets meet hosted hosts host visited visits received receives welcomed welcomes greeted greets called calls call calling",
);
/**
 * Where and when, written between a verb and the one it takes: "A received on Monday at the X
 * Palace the President of Y, B" (the wire style of many state agencies).
 */
const ADJUNCTS =
  /^(?:(?:on|at|in)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|\d{1,2}(?:st|nd|rd|th)?),?\s+)+|(?:yesterday|today|earlier|later)\s+)+/u;

/** The offset after the where-and-when phrases that follow a direct verb at `from`. */
function afterAdjuncts(ctx: RelationContext, from: number): number {
  return from + (ADJUNCTS.exec(ctx.body.slice(from, from + 80))?.[0].length ?? 0);
}

/** "A was welcomed by B", "A and his delegation were received by B". */
const PASSIVE_TRIGGER = cued(
  /\b(?:was|were|is|are|being|been)\s+(?:(?:warmly|cordially|officially|later|also|first)\s+)?(?:welcomed|received|hosted|greeted|met)\s+by\s+/gi,
  "welcomed received hosted greeted met",
);
/** "received a letter from B", "welcomed the decision by B": no meeting with B. */
const NOT_A_GUEST =
  /\b(?:from|by|with|letter|message|call|award|prize|support|invitation|report|news|planned|proposed|upcoming|decision|announcement|appointment|election|statement|remarks|move|votes?)\b/i;
/** A clause between a verb and a name: "X received 664 votes, while B ..." met no B. */
const CLAUSE_BETWEEN = /\b(?:while|whereas|but|although|though|who|which|when)\b/;
const BETWEEN_TRIGGER = cued(
  /\b(?:meeting|talks|summit|meet|met|discussions?|conversations?|phone call)\b[^.;]{0,40}?\bbetween\s+|\b(?:were|was)\s+held\s+between\s+/gi,
  "between",
);
/** "A hosted a luncheon for B and C". */
const HOST_TRIGGER = cued(
  /\b(?:hosted|hosts|host|hosting|gave|gives|threw|throws)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:luncheon|lunch|dinner|banquet|reception|breakfast)\s+(?:for|in honou?r of)\s+/giu,
  "luncheon lunch dinner banquet reception breakfast",
);
/** "A and B met", "... held a bilateral meeting", "... sat down", "... discussed". */
const PAIR_TRIGGER = cued(
  /\b(?:met|meet|held talks|hold talks|had talks|sat down|discussed|conferred|(?:held|hold|holds|had|began|begin|opened|(?<!\b(?:call|calls|called|calling|ask|asks|asked|push|pushed|pushing|press|pressed|appeal|appealed)\s+)for|into)\s+(?:(?:a|an|their)\s+)?(?:[\p{L}-]+\s+){0,3}(?:meeting|talks|summit|discussions?|consultations|videoconference|video conference))\b/giu,
  "met meet talks sat discussed conferred meeting summit discussion discussions consultations videoconference conference",
);

/** Who can meet: people, and groups such as delegations (never an organisation or a country). */
const PARTICIPANT_KINDS = new Set(["Person", "Group"]);
/** Meeting words after which an organisation can be the one met (not "visited", "received"). */
const MEETS_ORGANISATION = /^(?:met|meets|meet)\b|\bwith\s+$/i;

/** A name used as a modifier ("the Yoon Suk-yeol administration's envoy") is not the one met. */
const MODIFIER_USE =
  /^\s*(?:['’]s?\s|administration|government|camp|office|aides?|family|era|cabinet)/;

/** A name used as a modifier ("the Yoon Suk-yeol administration's envoy") is not the one met. */
function usedAsModifier(ctx: RelationContext, p: Located): boolean {
  return MODIFIER_USE.test(ctx.body.slice(p.mention.end, p.mention.end + 16));
}

/** A reported clause whose subject is a noun phrase: "said that the party ...". */
const OWN_SUBJECT = /\bthat\s+(?:the|a|an|its|his|her|their)\s+\p{Ll}+\s/u;

/** A relative clause or a companion phrase the name sits in ("A, who was joined by B, met C"). */
const INSIDE_CLAUSE = /\b(?:who|which|whose|joined|accompanied|along|together|with|by)\b[^,]*$/i;

/**
 * Who met: the list of people ending nearest before the trigger in the same clause ("A and B
 * met", "A, head of X, and B met", "the president of X, B, met"), else the first person of the
 * sentence and those listed with it ("A, who was joined by Vice Minister B, met C" -> A).
 */
function subjectsBefore(
  ctx: RelationContext,
  people: readonly Located[],
  at: number,
  sentenceStart: number,
): Located[] {
  const nearest = [...people].reverse().find((p) => p.mention.end <= at);
  if (!nearest) return [];
  const gap = between(ctx, nearest.mention.end, at);
  // "A announced that the party had opened talks with B": the clause has a subject of its own.
  if (OWN_SUBJECT.test(gap)) return [];
  const lead = between(ctx, sentenceStart, nearest.mention.start).split(",").at(-1) ?? "";
  if (!/,/.test(gap) || (/^\s*,\s*$/.test(gap) && !INSIDE_CLAUSE.test(lead)))
    return listEndingAt(ctx, people, nearest);
  const first = people.find((p) => p.mention.end <= at && !p.mention.inQuote);
  return first ? listFrom(ctx, people, first).filter((p) => p.mention.end <= at) : [];
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

/** The first date a sentence gives, for a meeting told on from it. */
function firstDate(ctx: RelationContext, sentence: number): string | undefined {
  const evidence = ctx.sentences[sentence];
  return evidence ? findDatesInSentence(evidence.sentence, ctx.publishedOn)[0]?.iso : undefined;
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
  /** The sentence whose date the meeting takes when its own gives none. */
  dateFrom?: number;
}

/**
 * How sure a meeting stated at `triggerAt` is: `base` when its clause reads as factual, lower
 * when negated, planned or conditional (read from the subject on and from the clause start), a
 * phone call, or dated after publication.
 */
function meetingConfidence(
  ctx: RelationContext,
  sentence: number,
  triggerAt: number,
  before: string,
  base: number,
  date?: string,
): number {
  const evidence = ctx.sentences[sentence];
  const clauseStart = evidence ? between(ctx, evidence.start, triggerAt) : "";
  const after = evidence ? between(ctx, triggerAt, evidence.end) : "";
  let confidence = Math.min(
    factualConfidence(base, before, after),
    factualConfidence(base, clauseStart),
  );
  // A phone call is talk, not a meeting.
  if (
    /\b(?:phone|telephone)\b[^.]{0,12}$/i.test(clauseStart) ||
    /^(?:phone|telephone)\b/i.test(after.slice(0, 12)) ||
    /\b(?:by|over the|via) (?:tele)?phone\b/i.test(after.split(/[.;]/)[0] ?? "")
  ) {
    confidence = Math.min(confidence, 0.4);
  }
  if (date && ctx.publishedOn && date > ctx.publishedOn) confidence = Math.min(confidence, 0.2);
  return confidence;
}

/** A MET_WITH relation with its date and a confidence lowered for non-factual clauses and calls. */
function meeting(ctx: RelationContext, spec: MeetingSpec): ExtractedRelation | null {
  const { a, b, sentence, triggerAt, before, base, rule, dateFrom } = spec;
  const date =
    meetingDate(ctx, sentence, triggerAt) ??
    (dateFrom === undefined || dateFrom === sentence ? undefined : firstDate(ctx, dateFrom)) ??
    storyDate(ctx, dateFrom ?? sentence);
  return relation(ctx, {
    type: "MET_WITH",
    from: a.entity,
    to: b.entity,
    confidence: meetingConfidence(ctx, sentence, triggerAt, before, base, date),
    rule,
    sentence,
    date,
  });
}

/** "In a meeting with B, A called for ...": the subject comes after the opening phrase. */
const OPENING_PHRASE = /^\s*(?:In|During|At|After|Following)\b[^,]*$/;

/** Meetings between persons stated by each sentence, and those the sentences after them add. */
export function findMeetings(ctx: RelationContext): ExtractedRelation[] {
  const found: (ExtractedRelation | null)[] = [];
  const events: MeetingEvent[] = [];
  /** The meetings of hosts with guests stated at `at`; a factual one is an event to tell on. */
  const meetAll = (
    hosts: readonly Located[],
    guests: readonly Located[],
    sentence: number,
    at: number,
    base: number,
    rule: string,
  ): void => {
    let factual = false;
    for (const a of hosts)
      for (const b of guests) {
        if (a.entity === b.entity) continue;
        const before = between(ctx, a.mention.end, at);
        const r = meeting(ctx, { a, b, sentence, triggerAt: at, before, base, rule });
        factual ||= r !== null && r.confidence >= MIN_CONFIDENCE;
        found.push(r);
      }
    // One side unnamed ("ministers welcomed B", "A met an envoy"): an event if the clause is factual.
    if (hosts.length === 0 || guests.length === 0)
      factual = meetingConfidence(ctx, sentence, at, "", base) >= MIN_CONFIDENCE;
    if (factual) events.push({ sentence, at, hosts: [...hosts], guests: [...guests] });
  };
  // Each sentence's people (names and resolved descriptions), read once: the rules below and
  // the meetings told over several sentences both ask for them.
  const peopleBySentence = ctx.sentences.map((_, sentence) =>
    participantsIn(ctx, sentence, PARTICIPANT_KINDS),
  );
  const peopleOf = (sentence: number): Located[] => peopleBySentence[sentence] ?? [];
  const cues = ctx.sentences.map((s) => tellsOnMeeting(s.sentence));
  const tellsOn = cues.map((cue, s) => cue || cues[s + 1] === true);
  const withOrganisations = new Set(
    ctx.mentions.filter((m) => m.kind === "Organization").map((m) => m.sentence),
  );
  ctx.sentences.forEach((evidence, sentence) => {
    const people = peopleOf(sentence);
    // With one person only a meeting with someone unnamed can be stated ("A met an envoy"),
    // worth reading only when this sentence or the next tells on it, or one with organisations.
    const several = people.length > 1;
    const unnamed = several || tellsOn[sentence] === true;
    if (!several && !(people.length === 1 && (unnamed || withOrganisations.has(sentence)))) return;
    const text = evidence.sentence;
    const abs = (i: number) => evidence.start + i;
    for (const m of several ? cuedMatches(ctx, sentence, BETWEEN_TRIGGER) : []) {
      const list = listAfter(ctx, people, abs((m.index ?? 0) + m[0].length), 40);
      // "A meeting between A and B, planned under ..., has yet to take place."
      const rest = text.slice((m.index ?? 0) + m[0].length);
      if (
        list.length < 2 ||
        /\b(?:yet to|planned|proposed|would|will|could|expected)\b/i.test(rest)
      )
        continue;
      const at = abs(m.index ?? 0);
      for (const [a, b] of pairsOf(list))
        found.push(
          meeting(ctx, {
            a,
            b,
            sentence,
            triggerAt: at,
            before: text.slice(0, m.index),
            base: 0.85,
            rule: "meeting-between",
          }),
        );
      if (meetingConfidence(ctx, sentence, at, text.slice(0, m.index), 0.85) >= MIN_CONFIDENCE)
        events.push({ sentence, at, hosts: list.slice(0, 1), guests: list.slice(1) });
    }
    for (const m of several ? cuedMatches(ctx, sentence, GATHERING) : []) {
      // Read from the verb: "a summit that would have brought together A and B" is no meeting.
      const verbEnd = (m.index ?? 0) + m[0].length;
      const list = listAfter(ctx, people, abs(verbEnd), 30);
      const at = abs(verbEnd);
      const before = text.slice(0, verbEnd);
      if (list.length < 2) continue;
      for (const [a, b] of pairsOf(list))
        found.push(
          meeting(ctx, { a, b, sentence, triggerAt: at, before, base: 0.8, rule: "gathering" }),
        );
    }
    // "During the meeting, A and B stressed ...", "A praised B during their talks".
    const opened = several ? openedMeeting(ctx, sentence, people) : null;
    if (opened) {
      const before = text.slice(0, opened.at - evidence.start);
      for (const [a, b] of opened.pairs)
        found.push(
          meeting(ctx, {
            a,
            b,
            sentence,
            triggerAt: opened.at,
            before,
            base: 0.8,
            rule: opened.rule,
          }),
        );
      const [first, ...rest] = [...new Set(opened.pairs.flat())];
      if (first && meetingConfidence(ctx, sentence, opened.at, before, 0.8) >= MIN_CONFIDENCE)
        events.push({ sentence, at: opened.at, hosts: [first], guests: rest });
    }
    const triggers = several
      ? [WITH_TRIGGER, DISCUSSED_WITH, DIRECT_TRIGGER, HOST_TRIGGER, PASSIVE_TRIGGER]
      : [WITH_TRIGGER, DIRECT_TRIGGER];
    for (const trigger of triggers) {
      for (const m of cuedMatches(ctx, sentence, trigger)) {
        const at = abs(m.index ?? 0);
        const verbEnd = at + m[0].length;
        const objects = listAfter(
          ctx,
          people,
          trigger === DIRECT_TRIGGER ? afterAdjuncts(ctx, verbEnd) : verbEnd,
        );
        const b = objects[0];
        let subjects = subjectsBefore(ctx, people, at, evidence.start);
        if (!b) {
          // "A met with the X Federation", "A held talks with the striking unions".
          const orgs = MEETS_ORGANISATION.test(m[0])
            ? organisationsMet(ctx, sentence, at + m[0].length)
            : [];
          // "... a follow-up of the previous meeting with X": a meeting named, not its subject's.
          const named = /\b(?:the|a|an|this|that|previous|earlier)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(
            text.slice(0, m.index),
          );
          if (orgs.length > 0 && subjects.length > 0 && !named) {
            meetAll(subjects, orgs, sentence, at, 0.85, "met-organisation");
            continue;
          }
          // "A met with Washington's envoy": a host whose guest the next sentence may name.
          if (
            unnamed &&
            trigger !== HOST_TRIGGER &&
            subjects.length > 0 &&
            !/^(?:call|wel|rec|gre|vis)/i.test(m[0])
          )
            meetAll(subjects, [], sentence, at, 0.9, "met-unnamed");
          continue;
        }
        if (usedAsModifier(ctx, b)) continue;
        const guestGap = between(ctx, at + m[0].length, b.mention.start);
        if (/^(?:rec|wel)/i.test(m[0]) && NOT_A_GUEST.test(guestGap)) continue;
        if (trigger === DIRECT_TRIGGER && CLAUSE_BETWEEN.test(guestGap)) continue;
        // "A called on B to resign" is a demand, not a visit.
        const last = objects.at(-1) ?? b;
        if (/^call/i.test(m[0]) && /^\s*,?\s*to\s+\p{Ll}/u.test(ctx.body.slice(last.mention.end)))
          continue;
        if (subjects.length === 0 && OPENING_PHRASE.test(text.slice(0, m.index))) {
          // The first person after the comma that closes the opening phrase.
          const comma = ctx.body.indexOf(",", last.mention.end);
          const after =
            comma < 0 || comma > evidence.end ? undefined : listAfter(ctx, people, comma + 1, 30);
          subjects = after?.slice(0, 1) ?? [];
        }
        const rule =
          trigger === WITH_TRIGGER || trigger === DISCUSSED_WITH
            ? "met-with"
            : trigger === HOST_TRIGGER
              ? "hosted-for"
              : trigger === PASSIVE_TRIGGER
                ? "met-passive"
                : "met-direct";
        // "A met with B and C", "A and B held talks with C, D and E": each pair across the sides.
        meetAll(
          subjects,
          objects.filter((o) => !subjects.includes(o)),
          sentence,
          at,
          0.9,
          rule,
        );
      }
    }
    for (const m of several ? cuedMatches(ctx, sentence, PAIR_TRIGGER) : []) {
      const at = abs(m.index ?? 0);
      const nearest = [...people].reverse().find((p) => p.mention.end <= at);
      if (!nearest || listAfter(ctx, people, at + m[0].length).length > 0) continue;
      // "A and B held talks with the crown prince": they met someone else, not each other.
      if (/^\s*with\b/.test(text.slice((m.index ?? 0) + m[0].length))) continue;
      // "A and B met", "A, head of X, and B met", "the two delegations, led by A and B, met"
      const list = listEndingAt(ctx, people, nearest);
      if (list.length < 2) continue;
      const before = between(ctx, nearest.mention.end, at);
      for (const [a, b] of pairsOf(list))
        found.push(
          meeting(ctx, { a, b, sentence, triggerAt: at, before, base: 0.8, rule: "pair-met" }),
        );
      if (meetingConfidence(ctx, sentence, at, before, 0.8) >= MIN_CONFIDENCE)
        events.push({ sentence, at, hosts: list.slice(0, 1), guests: list.slice(1) });
    }
  });
  const added = events.length > 0 ? addedMeetings(ctx, events, peopleOf) : [];
  for (const { a, b, sentence, at, dateFrom, rule } of added)
    found.push(
      meeting(ctx, {
        a,
        b,
        sentence,
        triggerAt: at,
        before: between(ctx, a.mention.end, at),
        base: 0.75,
        rule,
        dateFrom,
      }),
    );
  return found.filter((r): r is ExtractedRelation => r !== null);
}
