// HEADS and MEMBER_OF for a role written without its organisation, which is the article's own
// subject (article-subject.ts): "said chairman A", "the new coach A", "A, the chief executive,
// said", "the company's chief financial officer, A", "union president A", "A was named vice
// chairman". None for a former holder, when another organisation stands in the sentence, when the
// role word does not fit the subject's kind ("the club's coach" and a bank), or for presidents
// and ministers without a description (they belong to countries).

import type { Entity } from "../entity-resolver";
import { ORG_ROLES, ORG_ROLE_PATTERN, ROLE_ADJECTIVES } from "../lexicon/roles";
import { orgKind, subjectOrg } from "./article-subject";
import type { OrgKind } from "./article-subject";
import { isNotFactual } from "./modality";
import { between, mentionsIn, relation } from "./relation-context";
import type { Found, Located, RelationContext } from "./relation-context";
import type { SentenceView } from "./sentence-view";

const ALL_BUT_COURT: ReadonlySet<OrgKind> = new Set([
  "company",
  "club",
  "party",
  "union",
  "federation",
  "body",
]);
const OFFICER_KINDS: ReadonlySet<OrgKind> = new Set([
  "company",
  "club",
  "union",
  "federation",
  "body",
]);
const SECRETARY_KINDS: ReadonlySet<OrgKind> = new Set(["party", "union", "federation", "body"]);
const LEADER_KINDS: ReadonlySet<OrgKind> = new Set(["party", "union"]);
/** A coach or player written alone is a club's; a league or federation has no players. */
const SPORTS_KINDS: ReadonlySet<OrgKind> = new Set(["club"]);

/** What kinds of organisation each role word, written alone, can belong to. */
const ROLE_KINDS: ReadonlyMap<string, ReadonlySet<OrgKind>> = new Map([
  ...(
    "chairman|chairwoman|chairperson|chair|chief executive officer|chief executive|ceo|" +
    "managing director|executive chairman|non-executive chairman|deputy chairman|vice chairman|" +
    "vice-chairman|chief financial officer|chief operating officer|chief technology officer|cfo|" +
    "coo|cto|board member|non-executive director|executive director|director-general|" +
    "director general|general counsel"
  )
    .split("|")
    .map((w): [string, ReadonlySet<OrgKind>] => [w, OFFICER_KINDS]),
  ..."secretary-general|secretary general|general secretary|deputy general secretary|assistant general secretary|treasurer"
    .split("|")
    .map((w): [string, ReadonlySet<OrgKind>] => [w, SECRETARY_KINDS]),
  ..."leader|party leader|deputy leader|co-leader"
    .split("|")
    .map((w): [string, ReadonlySet<OrgKind>] => [w, LEADER_KINDS]),
  ...(
    "coach|head coach|assistant coach|manager|team manager|assistant manager|captain|player|" +
    "striker|midfielder|defender|goalkeeper|forward|winger|full-back|centre-back"
  )
    .split("|")
    .map((w): [string, ReadonlySet<OrgKind>] => [w, SPORTS_KINDS]),
  ...["spokesman", "spokeswoman", "spokesperson"].map((w): [string, ReadonlySet<OrgKind>] => [
    w,
    ALL_BUT_COURT,
  ]),
]);

/** Descriptions that stand for the subject ("the company", "the union's president"), by kind. */
const DESCRIPTION_KINDS: ReadonlyMap<string, ReadonlySet<OrgKind>> = new Map([
  ...(
    "company|firm|group|bank|lender|carrier|airline|developer|insurer|retailer|automaker|carmaker|" +
    "conglomerate|corporation|miner|operator|manufacturer|chain|business"
  )
    .split("|")
    .map((w): [string, ReadonlySet<OrgKind>] => [w, new Set<OrgKind>(["company", "body"])]),
  ..."club|team|side|franchise"
    .split("|")
    .map((w): [string, ReadonlySet<OrgKind>] => [w, new Set<OrgKind>(["club", "body"])]),
  ["party", new Set<OrgKind>(["party"])],
  ["union", new Set<OrgKind>(["union", "body"])],
  ..."federation|association|league|body"
    .split("|")
    .map((w): [string, ReadonlySet<OrgKind>] => [w, new Set<OrgKind>(["federation", "body"])]),
]);
const DESCRIPTION = `(${[...DESCRIPTION_KINDS.keys()].join("|")})`;

const ROLE = `(${ORG_ROLE_PATTERN})`;
const ADJECTIVES = `((?:(?:${ROLE_ADJECTIVES})(?:-|\\s+)){0,2})`;
const PAST = /\b(?:former|ex|then|previous|previously|erstwhile|late|one-time|onetime)\b/i;

/** Before a name: "the company's chief executive, ", "the club's new coach ", "union president ". */
const BEFORE_NAME = new RegExp(
  `\\b(?:(?:the|its|their)\\s+)?(?:${DESCRIPTION}(?:['’]s)?\\s+)?${ADJECTIVES}${ROLE}\\s*,?\\s*$`,
  "i",
);
/** After a name: ", the chief executive," ", its new coach." ", the union's president, said". */
const AFTER_NAME = new RegExp(
  `^\\s*,\\s*(?:(?:the|its|their|a|an)\\s+)?(?:${DESCRIPTION}['’]s\\s+)?${ADJECTIVES}${ROLE}\\s*(?:,|\\.|;|$|\\s+(?:said|says|told|added)\\b)`,
  "i",
);
/** An appointment: "A was named (as) vice chairman", "A has been appointed the new coach". */
const APPOINTED = new RegExp(
  `^\\s*,?\\s*(?:(?:was|is|has\\s+been|had\\s+been|will\\s+be)\\s+)?(?:named|appointed|elected|promoted\\s+to|confirmed)\\s+(?:as\\s+)?(?:(?:the|its|their)\\s+)?${ADJECTIVES}${ROLE}\\s*(?:,|\\.|;|$|\\s+(?:with|effective|from|on|in|after|and|to|by)\\b)`,
  "i",
);

const CAPITALISED_BEFORE = /\p{Lu}[\p{L}.&'’-]*\s+$/u;

/** The role a person is given by the words around the name, with the kinds it fits. */
function roleAround(
  ctx: RelationContext,
  person: Located,
  sentenceStart: number,
  sentenceEnd: number,
): { type: "HEADS" | "MEMBER_OF"; kinds: ReadonlySet<OrgKind> } | null {
  const before = between(ctx, sentenceStart, person.mention.start);
  const after = between(ctx, person.mention.end, sentenceEnd);
  const glued = person.mention.role;
  // A title that names its own organisation or country ("NZ Rugby chairman A", "Italian coach A").
  if (glued && (glued.org !== undefined || glued.country || glued.portfolio)) return null;
  const lead = BEFORE_NAME.exec(before);
  const m = lead ?? AFTER_NAME.exec(after) ?? APPOINTED.exec(after);
  let titleAt = lead?.index;
  if (!m) {
    // A title the name finder glued to the name ("chairman A"): written right before it, no "of".
    const title = glued?.title.toLowerCase();
    const text = before.trimEnd();
    if (!title || /\bof\b/.test(title) || !text.toLowerCase().endsWith(title)) return null;
    titleAt = text.length - title.length;
  }
  // "Kestrel striker A", "Norvale's coach A": a capitalised word before the role may be an
  // organisation the name finders missed.
  if (titleAt !== undefined && CAPITALISED_BEFORE.test(before.slice(0, titleAt))) return null;
  const word = (m ? m[m.length - 1] : glued?.word)?.toLowerCase().replace(/\s+/g, " ");
  if (!word) return null;
  const description = m && m.length === 4 ? m[1]?.toLowerCase() : undefined;
  if (PAST.test(m?.[0] ?? "") || glued?.past) return null;
  const kind = ORG_ROLES.get(word);
  if (!kind) return null;
  const kinds = description ? DESCRIPTION_KINDS.get(description) : ROLE_KINDS.get(word);
  if (!kinds) return null;
  return { type: kind === "head" ? "HEADS" : "MEMBER_OF", kinds };
}

/** How many sentences back an organisation named last still stands for "the company". */
const RECENT_SENTENCES = 3;

/** The organisation named last in the few sentences before `sentence`, if any. */
function lastOrgBefore(ctx: RelationContext, sentence: number): Entity | undefined {
  for (let s = sentence - 1; s >= Math.max(0, sentence - RECENT_SENTENCES); s--) {
    const org = mentionsIn(ctx, s)
      .filter((l) => l.entity.kind === "Organization")
      // "according to X": a source cited, not an organisation the story turns to.
      .filter(
        (l) =>
          !/according to\s+(?:the\s+)?$/i.test(
            ctx.body.slice(l.mention.start - 20, l.mention.start),
          ),
      )
      .at(-1);
    if (org) return org.entity;
  }
  return undefined;
}

/** Roles of people whose organisation is the article's subject, unnamed in their sentence. */
export function fromArticleSubject(ctx: RelationContext, view: SentenceView): Found[] {
  const { evidence, located, orgs, sentence } = view;
  // Without a subject organisation (most articles) no role needs reading: the role patterns,
  // anchored at the end of the text before each name, are the costly part.
  const subject = subjectOrg(ctx);
  if (!subject) return [];
  const found: Found[] = [];
  for (const person of located) {
    if (person.entity.kind !== "Person" || person.mention.inQuote) continue;
    const role = roleAround(ctx, person, evidence.start, evidence.end);
    if (!role || !role.kinds.has(subject.kind)) continue;
    // Another organisation in the sentence, or named just before it, may be the role's.
    const last = lastOrgBefore(ctx, sentence);
    if (orgs.some((o) => !subject.names.has(o.entity)) || (last && !subject.names.has(last)))
      continue;
    if (isNotFactual(between(ctx, evidence.start, person.mention.start))) continue;
    found.push(
      relation(ctx, {
        type: role.type,
        from: person.entity,
        to: subject.entity,
        confidence: 0.65,
        rule: "role-of-article-subject",
        sentence,
      }),
    );
  }
  return found;
}

/** Judges' titles: a judge belongs to a court (the gold's convention), the chief justice too. */
const JUDGE_TITLES = new Set(["justice", "judge", "chief justice"]);

/**
 * "In the X High Court, Justice A ruled", "Justice A said the appeal failed" in a story about
 * one court: a judge's title written without its court names the one court named before it in
 * the sentence or, with no court in the sentence, the court the article's lead names. The
 * parties to a case, named beside the judge, do not stand in the way; a second court does.
 */
export function fromJudges(ctx: RelationContext, view: SentenceView): Found[] {
  const { located, sentence } = view;
  const found: Found[] = [];
  for (const person of located) {
    const role = person.mention.role;
    if (person.entity.kind !== "Person" || !role || !JUDGE_TITLES.has(role.word)) continue;
    if (role.past || role.org !== undefined || role.country) continue;
    const courts = located.filter(
      (l) => l.entity.kind === "Organization" && orgKind(l.entity.name) === "court",
    );
    // "In the X Court, Justice A ruled": the court named before the judge. One named only after
    // ("overturned a ruling of the Y Court") is another court's.
    const before = courts.filter((c) => c.mention.end <= person.mention.start);
    let court: Entity | undefined;
    if (courts.length === 0) court = subjectOrg(ctx, "court")?.entity;
    else if (before.length === 1) court = before[0]?.entity;
    if (court)
      found.push(
        relation(ctx, {
          type: "MEMBER_OF",
          from: person.entity,
          to: court,
          confidence: 0.7,
          rule: "judge-of-court",
          sentence,
        }),
      );
  }
  return found;
}
