// Who heads a group and who belongs to it: "the X delegation, led by A", "a panel headed by A",
// "A led the X delegation", "A, head of the X delegation" (HEADS); "the X delegation included
// A, B and C", "A was part of the X delegation", and the people a group's head is accompanied by
// (MEMBER_OF). Then the meetings of groups reach their heads: when a group met someone, its head
// met them too, and the heads of two groups that met each other met.

import type { ExtractedRelation } from "../../../contract/model";
import type { Entity } from "../entity-resolver";
import { isNotFactual } from "./modality";
import { listEndingAt } from "./participants";
import { participantsIn } from "./references";
import { allMatches } from "../matches";
import { between, mentionsIn, relation } from "./relation-context";
import type { Found, Located, RelationContext } from "./relation-context";

const PEOPLE = new Set(["Person"]);

/** "..., led by", "which is headed by", "is led by": then the head's titles and name. */
const LED_BY =
  /^\s*(?:\([^)]{1,12}\)\s*)?,?\s*(?:(?:which|that)\s+(?:is|was)\s+|(?:is|was|were|are)\s+)?(?:being\s+)?(?:led|headed|chaired|fronted)\s+by\s+$/;
/** The head's titles between "led by" and the name: words only, no clause. */
const TITLES_ONLY = /^(?:(?:the\s+)?[\p{L}.'’-]+\s+){0,7}$/u;
/** "A led the", "A, who heads the", "A is leading a": the head before the group. */
const LEADS =
  /^\s*,?\s*(?:who\s+)?(?:also\s+)?(?:led|leads|leading|headed|heads|heading|is leading|was leading|chaired|chairs)\s+(?:a|an|the|his|her)?\s*$/;
/** "A, head of the", "A, the leader of the". */
const HEAD_OF =
  /^\s*,\s*(?:the\s+)?(?:head|leader|chief|chair|chairman|chairwoman|chairperson)\s+of\s+(?:the\s+)?$/;
/**
 * "the X delegation included", "comprised", "was made up of", "members were", also after an
 * apposition ("the X delegation, headed by A, included").
 */
const INCLUDED =
  /^(?:\s*,[^,;.]{0,80},)?\s*(?:,\s*)?(?:which|that)?\s*(?:also\s+)?(?:included|includes|including|comprised|comprises|comprising|consisted of|consists of|consisting of|(?:was|is)\s+made up of|made up of|members\s+(?:were|are|included))\s*:?\s*/;
/** A clause between two listed members ends the list. */
const LIST_BREAK = /\b(?:who|which|said|says|told|met|while|when|where|after|before|but)\b|[.:]/;
/** "A was part of the", "A, a member of the", "A and B were among the". */
const PART_OF =
  /^\s*,?\s*(?:who\s+)?(?:(?:was|were|is|are)\s+(?:also\s+)?(?:part of|a member of|members of|among|in)|,?\s*(?:a|an|another)\s+member\s+of|joined)\s+(?:the|a|an)\s*$/;
/** "A was accompanied by", "He is accompanied by". */
const ACCOMPANIED = /\b(?:was|is|were|are)\s+(?:also\s+)?accompanied\s+by\s+/g;

/**
 * A builder of one group relation type at its confidence: HEADS of a group, MEMBER_OF a group or
 * (coalitions.ts) an organisation that makes up a coalition.
 */
export function groupRelation(type: "HEADS" | "MEMBER_OF", confidence: number) {
  return (ctx: RelationContext, from: Located, to: Entity, sentence: number, rule: string) =>
    relation(ctx, { type, from: from.entity, to, confidence, rule, sentence });
}

const heads = groupRelation("HEADS", 0.8);
const member = groupRelation("MEMBER_OF", 0.75);

/** The people listed after offset `from` up to a clause break: "A; B, C and D". */
function membersAfter(ctx: RelationContext, people: readonly Located[], from: number): Located[] {
  const listed: Located[] = [];
  let last = from;
  for (const p of people) {
    if (p.mention.start < from) continue;
    if (LIST_BREAK.test(between(ctx, last, p.mention.start))) break;
    listed.push(p);
    last = p.mention.end;
  }
  return listed;
}

/** The heads and members of the groups named in one sentence. */
function groupRolesIn(
  ctx: RelationContext,
  sentence: number,
  headOf: Map<Entity, Entity>,
): Found[] {
  const evidence = ctx.sentences[sentence];
  if (!evidence) return [];
  const located = mentionsIn(ctx, sentence);
  const groups = located.filter((l) => l.entity.kind === "Group");
  const people = participantsIn(ctx, sentence, PEOPLE, false);
  const found: Found[] = [];
  for (const group of groups) {
    const after = people.find((p) => p.mention.start >= group.mention.end);
    const gap = after ? between(ctx, group.mention.end, after.mention.start) : "";
    const led = /(?:led|headed|chaired|fronted)\s+by\s+/.exec(gap);
    const prior = people.filter((p) => p.mention.end <= group.mention.start).at(-1);
    const before = prior ? between(ctx, prior.mention.end, group.mention.start) : "";
    const clause = between(ctx, evidence.start, group.mention.start);
    if (
      after &&
      led &&
      LED_BY.test(gap.slice(0, led.index + led[0].length)) &&
      TITLES_ONLY.test(gap.slice(led.index + led[0].length))
    ) {
      found.push(heads(ctx, after, group.entity, sentence, "group-led-by"));
      headOf.set(group.entity, after.entity);
    } else if (prior && (LEADS.test(before) || HEAD_OF.test(before)) && !isNotFactual(before)) {
      found.push(heads(ctx, prior, group.entity, sentence, "leads-group"));
      headOf.set(group.entity, prior.entity);
    } else if (prior && PART_OF.test(before) && !isNotFactual(clause)) {
      for (const p of listEndingAt(ctx, people, prior))
        found.push(member(ctx, p, group.entity, sentence, "part-of-group"));
    }
    const included = INCLUDED.exec(ctx.body.slice(group.mention.end, group.mention.end + 140));
    if (included)
      for (const p of membersAfter(ctx, people, group.mention.end + included[0].length))
        if (headOf.get(group.entity) !== p.entity)
          found.push(member(ctx, p, group.entity, sentence, "group-included"));
  }
  return found;
}

/** "A is accompanied by B and C" where A heads a group: B and C are its members. */
function companions(
  ctx: RelationContext,
  sentence: number,
  headOf: ReadonlyMap<Entity, Entity>,
): Found[] {
  const evidence = ctx.sentences[sentence];
  if (!evidence || headOf.size === 0) return [];
  const people = participantsIn(ctx, sentence, PEOPLE);
  const found: Found[] = [];
  for (const m of allMatches(evidence.sentence, ACCOMPANIED)) {
    const at = evidence.start + (m.index ?? 0);
    // The principal: the last person before the verb, or for "He/She is accompanied" the first
    // person of the sentence before.
    const principal =
      people.filter((p) => p.mention.end <= at).at(-1)?.entity ??
      (/^\s*(?:He|She)\b/.test(evidence.sentence)
        ? mentionsIn(ctx, sentence - 1).find((l) => l.entity.kind === "Person")?.entity
        : undefined);
    const group = [...headOf].find(([, head]) => head === principal)?.[0];
    if (!group || isNotFactual(evidence.sentence.slice(0, m.index))) continue;
    for (const p of membersAfter(ctx, people, at + m[0].length))
      if (p.entity !== principal) found.push(member(ctx, p, group, sentence, "accompanied-head"));
  }
  return found;
}

/** HEADS and MEMBER_OF of the article's groups; who heads each group (for their meetings). */
export function findGroupRoles(ctx: RelationContext): {
  relations: ExtractedRelation[];
  headOf: Map<Entity, Entity>;
} {
  const headOf = new Map<Entity, Entity>();
  if (!ctx.entities.some((e) => e.kind === "Group")) return { relations: [], headOf };
  const found: Found[] = [];
  ctx.sentences.forEach((_, sentence) => found.push(...groupRolesIn(ctx, sentence, headOf)));
  ctx.sentences.forEach((_, sentence) => found.push(...companions(ctx, sentence, headOf)));
  return { relations: found.filter((r): r is ExtractedRelation => r !== null), headOf };
}

/**
 * Meetings of a group reach its head: a group that met someone gives its head's meeting with
 * them (same sentence, date and confidence), and two groups that met give their heads' meeting.
 */
export function headsMeet(
  ctx: RelationContext,
  meetings: readonly ExtractedRelation[],
  headOf: ReadonlyMap<Entity, Entity>,
): ExtractedRelation[] {
  if (headOf.size === 0) return [];
  const byName = new Map([...headOf].map(([group, head]) => [group.name, head.name]));
  const groups = new Set(ctx.entities.filter((e) => e.kind === "Group").map((e) => e.name));
  const added: ExtractedRelation[] = [];
  for (const r of meetings) {
    if (r.type !== "MET_WITH") continue;
    const from = byName.get(r.from) ?? r.from;
    const to = byName.get(r.to) ?? r.to;
    // A group whose head the text does not name stays out: its head's meeting is unknown.
    const headless = (from === r.from && groups.has(from)) || (to === r.to && groups.has(to));
    if ((from === r.from && to === r.to) || from === to || headless) continue;
    added.push({ ...r, from, to, rule: `${r.rule}+group-head` });
  }
  return added;
}
