// HEADS and MEMBER_OF for an organisation's title written with no organisation ("current chairman
// A", "party leader A", "Secretary A") in a sentence whose subject is an organisation: the title
// is that organisation's. "Harrowgate has announced that current chairman A will retire", "The
// Tarnwick League condemned the plan, with Secretary A saying ...", "Volt expelled B, party leader
// A said". Another organisation between the two (not inside the subject's own apposition) makes
// the title ambiguous, and no role is given.

import type { Role } from "../mention";
import { between, relation } from "./relation-context";
import type { Found, Located, RelationContext } from "./relation-context";
import type { SentenceView } from "./sentence-view";

/**
 * Titles that an organisation gives its officers. Heads of state and government, governors,
 * mayors and ministers are left out: "The EU said President A" names a country's president.
 */
const OFFICER_TITLES = new Set([
  "chairman",
  "chairwoman",
  "chairperson",
  "chair",
  "ceo",
  "chief executive",
  "chief executive officer",
  "managing director",
  "director",
  "director-general",
  "director general",
  "general secretary",
  "secretary-general",
  "secretary general",
  "secretary",
  "leader",
  "speaker",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "treasurer",
]);

/** Subjects whose officers the text rarely means: a court sentences or orders the person it names. */
const NOT_EMPLOYERS = /\b(?:Court|Tribunal|Police|Prosecutors?)\b/;

const AFTER_PREPOSITION = /\b(?:of|for|at|with|to|from|by|in)\s+(?:the\s+)?$/i;
const DATELINE_DASH = /^[\s,)(A-Z]*[—–-]/;

/** "A of the X", "A at X": the title's organisation is written after the name. */
const ORG_AFTER = /^\s*,?\s*(?:of|at|for)\s+(?:the\s+)?$/i;

function officerTitle(role: Role | undefined): role is Role {
  return (
    role !== undefined &&
    !role.past &&
    role.org === undefined &&
    role.country === undefined &&
    role.portfolio === undefined &&
    (role.kind === "head" || role.kind === "member") &&
    OFFICER_TITLES.has(role.word)
  );
}

/** Where the subject's apposition ends ("X, the parent company of Y and Z, has ..."), or its end. */
function appositionEnd(ctx: RelationContext, subject: Located, sentenceEnd: number): number {
  const after = between(ctx, subject.mention.end, sentenceEnd);
  if (!/^\s*,\s*(?:the|a|an)\s/i.test(after)) return subject.mention.end;
  const close = after.indexOf(",", after.indexOf(",") + 1);
  return close < 0 ? subject.mention.end : subject.mention.end + close;
}

/** Roles of titled people whose organisation is the sentence's subject. */
export function fromSubjectOrg(ctx: RelationContext, view: SentenceView): Found[] {
  const { evidence, located, sentence } = view;
  // A dateline's place ("Nairobi — X has ...") comes before the subject.
  const subject = located.find(
    (l) =>
      l.entity.kind === "Organization" ||
      l.entity.kind === "Person" ||
      !DATELINE_DASH.test(ctx.body.slice(l.mention.end, l.mention.end + 4)),
  );
  if (subject?.entity.kind !== "Organization") return [];
  // "met with the Director of the X, A": an organisation after a preposition is no subject.
  if (AFTER_PREPOSITION.test(between(ctx, evidence.start, subject.mention.start))) return [];
  if (NOT_EMPLOYERS.test(subject.entity.name)) return [];
  const apposition = appositionEnd(ctx, subject, evidence.end);
  const found: Found[] = [];
  for (const person of located) {
    const role = person.mention.role;
    if (person.entity.kind !== "Person" || person.mention.inQuote || !officerTitle(role)) continue;
    const otherOrg = located.some(
      (l) =>
        l.entity.kind === "Organization" &&
        l.entity !== subject.entity &&
        l.mention.start >= apposition &&
        (l.mention.start < person.mention.start ||
          ORG_AFTER.test(between(ctx, person.mention.end, l.mention.start))),
    );
    if (otherOrg) continue;
    found.push(
      relation(ctx, {
        type: role.kind === "head" ? "HEADS" : "MEMBER_OF",
        from: person.entity,
        to: subject.entity,
        confidence: 0.7,
        rule: "title-of-subject-org",
        sentence,
      }),
    );
  }
  return found;
}

/**
 * "X Vice President A and Secretary-General B", "X chairman A, treasurer B": a title after a name
 * whose title named an organisation shares that organisation when nothing but "and" or a comma
 * stands between. Not for presidents, ministers and other titles of a country.
 */
export function fromSharedTitleOrg(ctx: RelationContext, view: SentenceView): Found[] {
  const { people, sentence } = view;
  const found: Found[] = [];
  people.forEach((person, k) => {
    const role = person.mention.role;
    const prior = people[k - 1];
    const priorOrg = prior?.mention.role?.org;
    if (!prior || priorOrg === undefined || prior.mention.role?.past || !officerTitle(role)) return;
    // "Minister for X A, Parliamentary Secretary for Y B": a government's posts, each its own office.
    if (prior.mention.role?.word.endsWith("minister") || /\b(?:for|of|to)\b/i.test(role.title))
      return;
    const gap = between(ctx, prior.mention.end, person.mention.start).trimEnd().toLowerCase();
    const title = role.title.toLowerCase();
    if (!gap.endsWith(title) || !/^\s*(?:,\s*)?(?:and\s+)?$/.test(gap.slice(0, -title.length)))
      return;
    const org = ctx.mentions[priorOrg]?.entity;
    const orgEntity = org !== undefined ? ctx.entities[org] : undefined;
    if (orgEntity?.kind !== "Organization") return;
    found.push(
      relation(ctx, {
        type: role.kind === "head" ? "HEADS" : "MEMBER_OF",
        from: person.entity,
        to: orgEntity,
        confidence: 0.7,
        rule: "title-shared-org",
        sentence,
      }),
    );
  });
  return found;
}
