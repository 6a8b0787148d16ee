// HEADS and MEMBER_OF from roles said another way than a title glued to the name: a title phrase
// set off by commas before the name ("NLC President, A", "the President of the X, (XYZ,) A",
// "Secretary, Ministry of Y, A", "a spokesman for X, A", "the X's secretary-general, A"), a bare
// role after it ("A, president, X") and a workplace ("A, who works for X"); appointments are read
// in role-appointments.ts.

import { APPOSITION_ROLES, TITLES } from "../lexicon/roles";
import type { RoleKind } from "../lexicon/roles";
import { between, followsNameAndComma } from "./relation-context";
import type { Found, Located, RelationContext } from "./relation-context";
import { roleRelation } from "./sentence-view";
import type { SentenceView } from "./sentence-view";

/** Roles a title phrase can name, one or two words ("secretary general", "chief executive"). */
function roleKindOf(words: readonly string[]): RoleKind | undefined {
  for (let i = 0; i < words.length; i++) {
    const two = `${words[i]} ${words[i + 1] ?? ""}`;
    const word = words[i] ?? "";
    const kind = TITLES.get(two) ?? TITLES.get(word) ?? APPOSITION_ROLES.get(word);
    if (kind && kind !== "honorific") return kind;
  }
  return undefined;
}

/** Words that make a stretch a clause rather than a title phrase. */
const CLAUSE_WORDS =
  /\b(?:said|says|told|met|meets|is|are|was|were|has|have|had|will|would|with|at|in|on|by|from|to|and|who|which|that|after|before|while|when)\b/i;
const PAST = /\b(?:former|ex|then|erstwhile|late|outgoing|previous)\b/i;
/** Words of a title phrase: the role, its organisation, "of", "for", "the", an acronym (bracketed too). */
const TITLE_PHRASE = /^(?:the\s+|a\s+|an\s+)?[\p{L}'’.\s()-]{2,90}$/u;

/** Whether `b` is an acronym written right after `a` ("the X Federation, XYZ,"). */
function isAcronymOf(ctx: RelationContext, a?: Located, b?: Located): boolean {
  if (!a || !b) return false;
  const text = ctx.body.slice(b.mention.start, b.mention.end);
  return (
    /^[\p{Lu}&]{2,8}$/u.test(text) &&
    /^\s*[,(]\s*$/.test(between(ctx, a.mention.end, b.mention.start))
  );
}

/** Words that end a clause before a title phrase ("met with the Director of X, A"). */
const CLAUSE_WORD =
  "said|says|told|met|is|are|was|were|has|have|had|with|at|in|on|by|from|to|and|who|which|that|after|before|while|when";
/**
 * The title phrase that ends a clause, of any length: the words after its last clause word, none
 * of them a clause word ("met with the Executive Director for the Americas of the X").
 */
const CLAUSE_TAIL = new RegExp(
  `(?:^|[;:]\\s*|\\b(?:${CLAUSE_WORD})\\s+)((?:the\\s+|a\\s+|an\\s+)?(?:(?!(?:${CLAUSE_WORD})\\b)[\\p{L}'’.()-]+\\s+){0,16}(?!(?:${CLAUSE_WORD})\\b)[\\p{L}'’.()-]+\\s*)$`,
  "iu",
);

function isTitlePhrase(part: string): boolean {
  const words = part.trim().split(/\s+/);
  return TITLE_PHRASE.test(part.trim()) && !CLAUSE_WORDS.test(part) && words.length <= 18;
}

const OF_CAPITALISED = /^\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)+$/u;

/**
 * Where the title phrase before a person ends: at a comma before the name ("the President of
 * the X, Prof. A": honorifics and a bracketed rank allowed), or, with no comma, after an
 * organisation and a capitalised "of the Y's Office" ("Head of the X of the Y Office A").
 */
function titleEnd(ctx: RelationContext, clause: SentenceView, person: Located): number | undefined {
  const before = between(ctx, clause.evidence.start, person.mention.start);
  const lead = /,\s*(?:(?:\p{Lu}[\p{L}]*\.?|\([^)]{1,6}\))\s+){0,3}$/u.exec(before);
  if (lead) return clause.evidence.start + lead.index;
  const org = clause.orgs.filter((o) => o.mention.end <= person.mention.start).at(-1);
  return org && OF_CAPITALISED.test(between(ctx, org.mention.end, person.mention.start))
    ? person.mention.start
    : undefined;
}

/** A person whose title phrase is read here: no title with the name, or one naming no organisation. */
const untitled = (l: Located): boolean =>
  !l.mention.role || (l.mention.role.org === undefined && !l.mention.role.past);

/**
 * "NLC President, A", "the President of the X, XYZ, A", "Secretary, Ministry of Y, A": the last
 * one to three comma-separated stretches before the name are a title phrase naming a role and
 * an organisation, and nothing else stands between them and the name. A role narrowed by "for"
 * before its organisation ("the Director for Asia of the X") is an officer's, a member's.
 */
function fromTitlePhrases(ctx: RelationContext, clause: SentenceView): Found[] {
  const { evidence, orgs, people } = clause;
  const found: Found[] = [];
  for (const person of people.filter(untitled)) {
    const end = titleEnd(ctx, clause, person);
    if (end === undefined) continue;
    const parts = between(ctx, evidence.start, end).split(",");
    // Whole stretches that read as a title, then the tail of the clause before them
    // ("an assault on NLC President, A": "NLC President"). A stretch that names a person ends a
    // list item and is no title ("A, T1, B, T2, C"), nor is a tail that does.
    const startOf = (k: number): number =>
      evidence.start + parts.slice(0, k).join(",").length + (k > 0 ? 1 : 0);
    const names = (from: number, to: number): boolean =>
      people.some((p) => p.mention.start >= from && p.mention.start < Math.min(to, end));
    let from = parts.length;
    while (
      from > 0 &&
      parts.length - from < 3 &&
      isTitlePhrase(parts[from - 1] ?? "") &&
      !names(startOf(from - 1), startOf(from))
    )
      from--;
    const stretch = from > 0 ? (parts[from - 1] ?? "") : "";
    const stretchEnd = startOf(from) - (from > 0 ? 1 : 0);
    const clauseTail = CLAUSE_TAIL.exec(stretch)?.[1] ?? "";
    const tail = names(stretchEnd - clauseTail.length, stretchEnd) ? "" : clauseTail;
    if (from === parts.length && !tail) continue;
    // The phrase opens with that tail, or after the comma that ends the stretch before it.
    const phraseStart = tail ? stretchEnd - tail.length : startOf(from);
    const phrase = between(ctx, phraseStart, end);
    const words = phrase
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean);
    const kind = roleKindOf(words);
    // "A, Minister of Y, B": a title between two names set off by commas is the first one's.
    const listed = end < person.mention.start && followsNameAndComma(ctx, people, phraseStart);
    if (!kind || PAST.test(phrase) || listed) continue;
    const inPhrase = orgs.filter((o) => o.mention.start >= phraseStart && o.mention.end <= end);
    // "the President of the X, XYZ, A": an acronym set off after the name stands for it.
    let k = inPhrase.length - 1;
    while (k > 0 && isAcronymOf(ctx, inPhrase[k - 1], inPhrase[k])) k--;
    const org = inPhrase[k];
    if (!org) continue;
    const narrowed = /\bfor\b/i.test(between(ctx, phraseStart, org.mention.start));
    const type =
      kind === "head" && !narrowed
        ? "HEADS"
        : kind === "head" || kind === "member"
          ? "MEMBER_OF"
          : null;
    if (!type) continue;
    found.push(roleRelation(ctx, clause, type, [person, org], "title-phrase-before-name"));
  }
  return found;
}

/** "A, president, X": a bare role set off by commas, then the organisation. */
const BARE_ROLE = /^\s*,\s*((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s*,\s*(?:the\s+)?/u;

/** "A, president, Confederation of X", "A, General Manager, X Bank, Y Office". */
function fromBareRoles(ctx: RelationContext, clause: SentenceView): Found[] {
  return clause.people.map((person) => {
    const m = BARE_ROLE.exec(ctx.body.slice(person.mention.end, clause.evidence.end));
    const phrase = m?.[1] ?? "";
    if (!m || CLAUSE_WORDS.test(phrase) || PAST.test(phrase)) return null;
    const kind = roleKindOf(phrase.toLowerCase().split(/\s+/));
    const at = person.mention.end + m[0].length;
    const org = clause.orgs.find((o) => o.mention.start === at);
    const type = kind === "head" ? "HEADS" : kind === "member" ? "MEMBER_OF" : null;
    if (!org || !type) return null;
    return roleRelation(ctx, clause, type, [person, org], "bare-role-apposition");
  });
}

/** "A, who is based at X", "A, who works for X", "A, a lawyer at X": A works there. */
const WORKS_AT =
  /^\s*,?\s*(?:who\s+(?:is|was|has\s+been)\s+(?:based|employed)\s+(?:at|by|with)|who\s+(?:works|worked)\s+(?:at|for)|(?:a|an)\s+\p{Ll}+\s+at)\s+(?:the\s+)?$/u;
/** "A's Popular Movement": a party is its leader's or member's own. */
const PARTY_HEAD = /\b(?:Party|Movement|Alliance|Coalition|Front|Congress|League)$/;

/** MEMBER_OF from where a person works, and from a party written as a person's. */
function fromAffiliations(ctx: RelationContext, clause: SentenceView): Found[] {
  const found: Found[] = [];
  for (const person of clause.people) {
    const org = clause.orgs.find((o) => {
      const gap = between(ctx, person.mention.end, o.mention.start);
      return (
        o.mention.start >= person.mention.end &&
        (WORKS_AT.test(gap) || (/^['’]s\s+$/u.test(gap) && PARTY_HEAD.test(o.entity.name)))
      );
    });
    if (org) found.push(roleRelation(ctx, clause, "MEMBER_OF", [person, org], "affiliation"));
  }
  return found;
}

/** Role relations said by a title phrase before the name, a bare role after it, or a workplace. */
export function fromRolePhrases(ctx: RelationContext, clause: SentenceView): Found[] {
  return [
    ...fromTitlePhrases(ctx, clause),
    ...fromBareRoles(ctx, clause),
    ...fromAffiliations(ctx, clause),
  ];
}
