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

/** The title phrase that ends a clause: the words after its last clause word. */
const CLAUSE_TAIL =
  /(?:^|\b(?:said|says|told|met|is|are|was|were|has|have|had|with|at|in|on|by|from|to|and|who|which|that|after|before|while|when)\s+)((?:the\s+|a\s+|an\s+)?(?:[\p{L}'’.-]+\s+){0,5}[\p{L}'’.-]+\s*)$/u;

function isTitlePhrase(part: string): boolean {
  const words = part.trim().split(/\s+/);
  return TITLE_PHRASE.test(part.trim()) && !CLAUSE_WORDS.test(part) && words.length <= 8;
}

/**
 * "NLC President, A", "the President of the X, XYZ, A", "Secretary, Ministry of Y, A": the last
 * one to three comma-separated stretches before the name are a title phrase naming a role and
 * an organisation, and nothing else stands between them and the name.
 */
function fromTitlePhrases(ctx: RelationContext, clause: SentenceView): Found[] {
  const { evidence, orgs, people } = clause;
  const found: Found[] = [];
  for (const person of people.filter((l) => !l.mention.role)) {
    const before = between(ctx, evidence.start, person.mention.start);
    // The name follows a comma (honorifics and a bracketed rank allowed: "Col (R) A").
    const lead = /,\s*(?:(?:\p{Lu}[\p{L}]*\.?|\([^)]{1,6}\))\s+){0,3}$/u.exec(before);
    if (!lead) continue;
    const parts = before.slice(0, lead.index).split(",");
    // Whole stretches that read as a title, then the tail of the clause before them
    // ("an assault on NLC President, A": "NLC President").
    let from = parts.length;
    while (from > 0 && parts.length - from < 3 && isTitlePhrase(parts[from - 1] ?? "")) from--;
    const stretch = from > 0 ? (parts[from - 1] ?? "") : "";
    const tail = CLAUSE_TAIL.exec(stretch)?.[1] ?? "";
    if (from === parts.length && !tail) continue;
    const phraseStart =
      evidence.start + parts.slice(0, from).join(",").length - (from > 0 ? tail.length : 0);
    const phrase = between(ctx, phraseStart, evidence.start + lead.index);
    const words = phrase
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean);
    const kind = roleKindOf(words);
    if (!kind || PAST.test(phrase) || followsNameAndComma(ctx, people, phraseStart)) continue;
    const inPhrase = orgs.filter(
      (o) => o.mention.start >= phraseStart && o.mention.end <= evidence.start + lead.index,
    );
    // "the President of the X, XYZ, A": an acronym set off after the name stands for it.
    let k = inPhrase.length - 1;
    while (k > 0 && isAcronymOf(ctx, inPhrase[k - 1], inPhrase[k])) k--;
    const org = inPhrase[k];
    if (!org) continue;
    const type = kind === "head" ? "HEADS" : kind === "member" ? "MEMBER_OF" : null;
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
