// HEADS, MEMBER_OF and PART_OF from how people and units are introduced: "X of the ruling Y", "a
// member of the Y", "the Y ... under new minister X" and units ("the Ministry's Policy Office");
// appositions are read in role-appositions.ts, titles written with the name in role-titles.ts, and
// findRoles runs every role rule.

import type { ExtractedRelation } from "../../../contract/model";
import { fromAppositions } from "./role-appositions";
import { fromAppointments } from "./role-appointments";
import { fromArticleSubject, fromJudges } from "./role-article-subject";
import { fromRoleClauses } from "./role-clauses";
import { fromRoleLists } from "./role-lists";
import { fromRolePhrases } from "./role-phrases";
import { fromSeats } from "./role-seats";
import { fromSharedTitleOrg, fromSubjectOrg } from "./role-subject";
import { fromTitles } from "./role-titles";
import { between, opensLongerName, relation } from "./relation-context";
import type { Found, RelationContext } from "./relation-context";
import { sentenceView, unquoted } from "./sentence-view";
import type { SentenceView } from "./sentence-view";

const GOVERNMENT_HEADS = /^(?:prime minister|premier|chancellor|king|queen|emperor|emir|sultan)$/;

const PARTY_ADJECTIVES =
  "ruling|main|minor|opposition|governing|conservative|liberal|progressive|centrist|far-right|far-left|left-wing|right-wing|leftist|rightist|left-leaning|right-leaning|centre-left|centre-right|center-left|center-right|populist|nationalist|socialist|junior|senior|former";
const PARTY_OF = new RegExp(
  `^\\s*,?\\s+of\\s+(?:the\\s+)?(?:(?:${PARTY_ADJECTIVES})\\s+){0,3}$`,
  "i",
);
/** "a member of the X", "a member of A's X" (a party written as its leader's). */
const MEMBER_PHRASE =
  /\b(?:a|an|the)?\s*(?:member|members|lawmaker|official|officials|spokesperson|spokesman|spokeswoman)\s+(?:of|at|from|for)\s+(?:the\s+)?(?:[A-Z][\p{L}.-]*['’]s\s+)?$/iu;
const LED_BY =
  /\b(?:under|led by|headed by|chaired by|run by)\s+(?:(?:new|former|current|acting|incoming)\s+)?$/i;
const DELEGATION_OF =
  /\b(?:delegation|team|mission|contingent|panel)\s+(?:from|of)\s+(?:the\s+)?$/i;
const ORG_LED_BY =
  /^\s*(?:\([^)]{1,12}\)\s*)?,?\s*(?:which is\s+|that is\s+)?(?:led|headed|chaired|run)\s+by\s+(?:(?:new|former|current|acting)\s+)?(?:\p{L}+\.?\s+){0,4}$/u;
const HEADS_VERB = new RegExp(
  // "X, who heads the Y", "X, a lawyer from Z who chairs the ruling Y", "X, who is also president of Y"
  `^\\s*(?:,[^,;]*?\\bwho\\s+(?:also\\s+)?|,?\\s*(?:who\\s+(?:also\\s+)?)?)` +
    `(?:(?:heads|leads|chairs|runs|headed|led|chaired)|(?:is|was)\\s+(?:also\\s+)?(?:the\\s+)?(?:president|head|leader|chair|chairman|chairwoman|chairperson|chief executive|director)\\s+of)` +
    `\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*['’]s\\s+)?(?:(?:${PARTY_ADJECTIVES})\\s+){0,2}$`,
  "iu",
);

/** "X of the ruling Y", "..., a member of the Y", "the Y, ... under new minister X", "X, who heads the Y". */
function fromPhrases(ctx: RelationContext, view: SentenceView): Found[] {
  const { evidence, sentence } = view;
  const found: Found[] = [];
  const people = unquoted(view.people);
  const orgs = view.orgs.filter((l) => !opensLongerName(ctx, l));
  for (const org of orgs) {
    const before = between(ctx, evidence.start, org.mention.start);
    const prior = people.filter((p) => p.mention.end <= org.mention.start).at(-1);
    if (prior && PARTY_OF.test(between(ctx, prior.mention.end, org.mention.start))) {
      found.push(
        relation(ctx, {
          type: "MEMBER_OF",
          from: prior.entity,
          to: org.entity,
          confidence: 0.75,
          rule: "person-of-org",
          sentence,
        }),
      );
    } else if (prior && HEADS_VERB.test(between(ctx, prior.mention.end, org.mention.start))) {
      found.push(
        relation(ctx, {
          type: "HEADS",
          from: prior.entity,
          to: org.entity,
          confidence: 0.75,
          rule: "person-heads-org",
          sentence,
        }),
      );
    } else if (
      prior &&
      MEMBER_PHRASE.test(before) &&
      // "A, a member of the X", "A is a member of the X"; not "A met officials of the X".
      /(?:,|\b(?:is|was|as|remains|became))(?:\s+[\p{L}-]+){0,3}\s*$/u.test(
        before.slice(0, MEMBER_PHRASE.exec(before)?.index),
      ) &&
      !/[.;]/.test(between(ctx, prior.mention.end, org.mention.start)) &&
      // "A was once a member of X": a past membership.
      !/\b(?:once|formerly|former|ex)\b/i.test(between(ctx, prior.mention.end, org.mention.start))
    ) {
      found.push(
        relation(ctx, {
          type: "MEMBER_OF",
          from: prior.entity,
          to: org.entity,
          confidence: 0.7,
          rule: "member-of-phrase",
          sentence,
        }),
      );
    }
  }
  for (const org of orgs) {
    // "the committee, led by Rep. A", "a task force headed by A"
    const led = people.find(
      (p) =>
        p.mention.start > org.mention.end &&
        ORG_LED_BY.test(between(ctx, org.mention.end, p.mention.start)),
    );
    // "a delegation from the X, led by A": A leads the delegation and is a member of X.
    const delegation = DELEGATION_OF.test(between(ctx, evidence.start, org.mention.start));
    if (led && delegation)
      found.push(
        relation(ctx, {
          type: "MEMBER_OF",
          from: led.entity,
          to: org.entity,
          confidence: 0.7,
          rule: "delegation-led-by",
          sentence,
        }),
      );
    else if (led)
      found.push(
        relation(ctx, {
          type: "HEADS",
          from: led.entity,
          to: org.entity,
          confidence: 0.75,
          rule: "org-led-by",
          sentence,
        }),
      );
  }
  for (const person of people) {
    const role = person.mention.role;
    const before = between(ctx, evidence.start, person.mention.start);
    if (!role || role.kind !== "head" || role.org !== undefined || role.country || role.past)
      continue;
    // "a coalition under Prime Minister A": a head of government heads no party by that.
    if (GOVERNMENT_HEADS.test(role.word)) continue;
    const ministerOrg = role.word === "minister";
    const lead = before.trimEnd();
    const cut = lead.endsWith(role.title) ? lead.slice(0, -role.title.length) : lead;
    if (!ministerOrg && !LED_BY.test(`${cut.trimEnd()} `)) continue;
    const org = orgs
      .filter((o) => o.mention.end <= person.mention.start)
      .filter((o) => !ministerOrg || /ministry/i.test(o.entity.name))
      .at(-1);
    if (org)
      found.push(
        relation(ctx, {
          type: "HEADS",
          from: person.entity,
          to: org.entity,
          confidence: 0.7,
          rule: "title-in-org-context",
          sentence,
        }),
      );
  }
  return found;
}

/** PART_OF for units written as "the Y's Z Office". */
function fromUnits(ctx: RelationContext, view: SentenceView): Found[] {
  const { located, sentence } = view;
  const found: Found[] = [];
  for (const unit of located.filter((l) => l.mention.parentName !== undefined)) {
    const parent = located.find(
      (l) =>
        l.mention.start === unit.mention.start &&
        l.entity !== unit.entity &&
        l.entity.kind === "Organization",
    );
    if (parent)
      found.push(
        relation(ctx, {
          type: "PART_OF",
          from: unit.entity,
          to: parent.entity,
          confidence: 0.9,
          rule: "unit-of-org",
          sentence,
        }),
      );
  }
  return found;
}

/** The role rules, each reading one sentence; their order is the order of their relations. */
const ROLE_RULES: readonly ((ctx: RelationContext, view: SentenceView) => Found[])[] = [
  fromTitles,
  fromAppositions,
  fromPhrases,
  fromUnits,
  fromRolePhrases,
  fromAppointments,
  fromRoleClauses,
  fromRoleLists,
  fromSeats,
  fromSubjectOrg,
  fromSharedTitleOrg,
  fromArticleSubject,
  fromJudges,
];

/** Role relations stated by each sentence. */
export function findRoles(ctx: RelationContext): ExtractedRelation[] {
  const found: Found[] = [];
  ctx.sentences.forEach((_, sentence) => {
    const view = sentenceView(ctx, sentence);
    if (view) for (const rule of ROLE_RULES) found.push(...rule(ctx, view));
  });
  return found.filter((r): r is ExtractedRelation => r !== null);
}
