// HEADS, MEMBER_OF, REPRESENTS and PART_OF from how people and units are introduced: appositions
// ("X, head of the Y", "X, special representative ... at the Y"), "X of the ruling Y", "a member
// of the Y", "the Y ... under new minister X" and units ("the Ministry's Policy Office"); titles
// written with the name are read in role-titles.ts, and findRoles runs every role rule.

import type { ExtractedRelation } from "../../../contract/model";
import { APPOSITION_ROLES } from "../lexicon/roles";
import { fromAppointments } from "./role-appointments";
import { fromArticleSubject, fromJudges } from "./role-article-subject";
import { fromRoleClauses } from "./role-clauses";
import { fromRolePhrases } from "./role-phrases";
import { fromSharedTitleOrg, fromSubjectOrg } from "./role-subject";
import { fromTitles } from "./role-titles";
import { between, opensLongerName, relation, titlesAnother } from "./relation-context";
import type { Found, RelationContext } from "./relation-context";
import { sentenceView, unquoted } from "./sentence-view";
import type { SentenceView } from "./sentence-view";

const PAST_ROLE = /^(?:former|ex-.*|then-.*|erstwhile|one-time|onetime)$/;
const CLAUSE_OPENERS =
  /^(?:after|before|while|when|as|because|since|but|and|or|though|although|who|which|that)\b/i;
const SUBORDINATE_ROLE = /^(?:vice|deputy|assistant|associate|executive|non-executive)$/;

/** "X, head of the Y", "X, special representative for ... at the Y", "X, the country's envoy". */
function fromAppositions(ctx: RelationContext, view: SentenceView): Found[] {
  const { evidence, located, sentence } = view;
  const found: Found[] = [];
  for (const person of view.people) {
    const rest = ctx.body.slice(person.mention.end, evidence.end);
    const m = /^\s*,\s*((?:a|an|the)\s+)?([^,;()]*)/.exec(rest);
    // "A, and B ...": a list, not an apposition.
    if (!m?.[2] || /^(?:and|or)\b/.test(m[2])) continue;
    const phraseStart = person.mention.end + m[0].length - m[2].length;
    const phraseEnd = person.mention.end + m[0].length;
    const words = m[2].split(/\s+/).map((w) => w.toLowerCase());
    // "A, after the country's leader complained about X": a clause, not an apposition.
    if (CLAUSE_OPENERS.test(m[2])) continue;
    const roleIndex = words.slice(0, 8).findIndex((w) => APPOSITION_ROLES.has(w));
    const roleWord = words[roleIndex];
    // "A, the Executive Director at X", "A, deputy head of X": an officer, not the head.
    // "A, chief strategy officer at X": a chief officer of a field is an officer too.
    const officer =
      SUBORDINATE_ROLE.test(words[roleIndex - 1] ?? "") ||
      (roleWord === "chief" &&
        words[roleIndex + 2] === "officer" &&
        words[roleIndex + 1] !== "executive");
    // "A, a former head of the X": a past role gives no relation, as with a "former" title.
    const past = words.slice(0, roleIndex).some((w) => PAST_ROLE.test(w));
    if (
      !roleWord ||
      past ||
      (/^\p{Lu}/u.test(m[2]) &&
        !/^(?:[A-Z][a-z]+ )?(?:Minister|Ambassador|President|Chairman|Director|Head|Chief|Secretary)\b/.test(
          m[2],
        ))
    )
      continue;
    const kind = officer ? "member" : APPOSITION_ROLES.get(roleWord);
    const inside = located.filter(
      (l) => l.mention.start >= phraseStart && l.mention.start < phraseEnd,
    );
    const orgs = inside.filter((l) => l.entity.kind === "Organization" && !opensLongerName(ctx, l));
    const countries = inside.filter((l) => l.entity.kind === "Country");
    // "head of the UN refugee agency UNHCR": the name that ends the noun phrase, not its modifier.
    const headed = orgs.filter(
      (o, k) =>
        k === 0 ||
        (o.mention.start >= (orgs[0]?.mention.end ?? 0) &&
          !/\b(?:of|on|in|at|for|with|to|from|and)\b/.test(
            between(ctx, orgs[0]?.mention.end ?? 0, o.mention.start),
          )),
    );
    const headedOrg = headed.at(-1);
    const org = kind === "head" ? headedOrg : orgs.at(-1);
    if (org && titlesAnother(ctx, located, person, org)) continue;
    if (kind === "head" && headedOrg) {
      found.push(
        relation(ctx, {
          type: "HEADS",
          from: person.entity,
          to: headedOrg.entity,
          confidence: 0.8,
          rule: "apposition-heads",
          sentence,
        }),
      );
    } else if (kind === "member" && org) {
      found.push(
        relation(ctx, {
          type: "MEMBER_OF",
          from: person.entity,
          to: org.entity,
          confidence: 0.75,
          rule: "apposition-member",
          sentence,
        }),
      );
    } else if (kind === "represent" && countries[0]) {
      found.push(
        relation(ctx, {
          type: "REPRESENTS",
          from: person.entity,
          to: countries[0].entity,
          confidence: 0.75,
          rule: "apposition-represents",
          sentence,
        }),
      );
    }
  }
  return found;
}

const GOVERNMENT_HEADS = /^(?:prime minister|premier|chancellor|king|queen|emperor|emir|sultan)$/;

const PARTY_ADJECTIVES =
  "ruling|main|minor|opposition|governing|conservative|liberal|progressive|centrist|far-right|far-left|left-wing|right-wing|leftist|rightist|left-leaning|right-leaning|centre-left|centre-right|center-left|center-right|populist|nationalist|socialist|junior|senior|former";
const PARTY_OF = new RegExp(
  `^\\s*,?\\s+of\\s+(?:the\\s+)?(?:(?:${PARTY_ADJECTIVES})\\s+){0,3}$`,
  "i",
);
const MEMBER_PHRASE =
  /\b(?:a|an|the)?\s*(?:member|members|lawmaker|official|officials|spokesperson|spokesman|spokeswoman)\s+(?:of|at|from|for)\s+(?:the\s+)?$/i;
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
      !/[.;]/.test(between(ctx, prior.mention.end, org.mention.start))
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
