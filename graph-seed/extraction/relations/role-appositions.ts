// HEADS, MEMBER_OF and REPRESENTS from an apposition after a name: "A, head of the Y", "A, a
// member of the Y", "A, special representative ... at the Y", "A, the country's envoy".

import { APPOSITION_ROLES, ROLE_ADJECTIVES } from "../lexicon/roles";
import {
  between,
  modifiesNoun,
  opensLongerName,
  relation,
  titlesAnother,
} from "./relation-context";
import type { Found, Located, RelationContext } from "./relation-context";
import { kindOf } from "./role-taken";
import type { SentenceView } from "./sentence-view";

const PAST_ROLE = /^(?:former|past|ex-.*|then-.*|erstwhile|one-time|onetime)$/;
const CLAUSE_OPENERS =
  /^(?:after|before|while|when|as|because|since|but|and|or|though|although|who|which|that)\b/i;
const SUBORDINATE_ROLE = /^(?:vice|deputy|assistant|associate|executive|non-executive)$/;
/**
 * Words that, before the role word, make the stretch a clause or another person's role: "A,
 * received on Monday the President of X", "A, the son of the chairman of X".
 */
const CLAUSE_WORD =
  /^(?:on|at|in|by|with|to|from|of|for|is|was|are|were|has|had|have|will|would|said|says|told|met|meets|received|receives|hosted|hosts|visited|visits)$/;
/** Words before a role word that do not narrow it to a field ("the club's new president"). */
const NOT_FIELD = new RegExp(`^(?:the|a|an|its|their|his|her|${ROLE_ADJECTIVES}|.*['’]s)$`);
/** Words that end a title and open a clause ("A, President of X met with B"). */
const TITLE_ENDS =
  /\b(?:met|meets|said|says|told|is|was|are|were|has|had|have|will|would|with|who|which|that|held)\b/i;
const AT_ORG = /\b(?:at|with)\s+(?:the\s+)?$/i;

const OWNS_BOARD = /^['’]s\s+(?:[\p{L}-]+\s+)?board\b/iu;
const OWNS_NEXT = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * The organisation a board belongs to when the phrase writes it as the board's possessor ("chair
 * of X's National Board"): its head heads X. Any other organisation is itself.
 */
function boardOwner(
  ctx: RelationContext,
  inside: readonly Located[],
  org: Located | undefined,
): Located | undefined {
  if (!org || !/\bboard\b/i.test(org.entity.name)) return org;
  const owner = inside.find(
    (o) =>
      o.entity.kind === "Organization" &&
      o.mention.end <= org.mention.start &&
      OWNS_NEXT.test(between(ctx, o.mention.end, org.mention.start)),
  );
  return owner ?? org;
}

/** A role word of an apposition: "president", or the role of a hyphened "vice-president". */
function roleWordOf(word: string): { role: string; subordinate: boolean } | undefined {
  if (APPOSITION_ROLES.has(word)) return { role: word, subordinate: false };
  const hyphened = /^(vice|deputy|assistant|associate|executive|non-executive)-(.+)$/.exec(word);
  return hyphened?.[2] && APPOSITION_ROLES.has(hyphened[2])
    ? { role: hyphened[2], subordinate: true }
    : undefined;
}

/** "and" before a determiner, up to two qualifiers and a role word: the next title of the list. */
const COORDINATED = /\s+and\s+(?=(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+))/giu;

/**
 * The titles an apposition coordinates ("High Representative of X and Vice-President of Y",
 * "regional director of X and head of Y"): the phrase cut before each "and" that opens another
 * role, each part with its own determiner.
 */
function coordinatedTitles(phrase: string): { text: string; offset: number }[] {
  const cuts: number[] = [];
  for (const m of phrase.matchAll(COORDINATED)) {
    const after = phrase.slice((m.index ?? 0) + m[0].length).split(/\s+/, 4);
    const words = after.map((w) => w.toLowerCase());
    const at = /^(?:a|an|the)$/.test(words[0] ?? "") ? 1 : 0;
    if (words.slice(at, at + 3).some((w) => roleWordOf(w))) cuts.push(m.index ?? 0);
  }
  const parts: { text: string; offset: number }[] = [];
  let from = 0;
  for (const cut of [...cuts, phrase.length]) {
    const text = phrase.slice(from, cut);
    const lead = /^\s*(?:and\s+)?/.exec(text)?.[0] ?? "";
    parts.push({ text: text.slice(lead.length), offset: from + lead.length });
    from = cut;
  }
  return parts;
}

/** A capitalised stretch before the role word is a title only when its words are all capitalised. */
const CAPITALISED_TITLE = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;

/**
 * "X, head of the Y", "X, special representative ... at the Y", "X, the country's envoy"; a
 * title coordinated after it ("and head of the Z") is read on its own.
 */
export function fromAppositions(ctx: RelationContext, view: SentenceView): Found[] {
  const { evidence } = view;
  const found: Found[] = [];
  for (const person of view.people) {
    const rest = ctx.body.slice(person.mention.end, evidence.end);
    const m = /^\s*,\s*([^,;()]*)/.exec(rest);
    // "A, and B ...": a list, not an apposition.
    if (!m?.[1] || /^(?:and|or)\b/.test(m[1])) continue;
    const start = person.mention.end + m[0].length - m[1].length;
    for (const part of coordinatedTitles(m[1])) {
      const title = /^((?:a|an|the)\s+)?(.*)$/s.exec(part.text);
      if (!title?.[2]) continue;
      const read = readTitle(ctx, view, person, {
        article: title[1],
        text: title[2],
        start: start + part.offset + (title[1]?.length ?? 0),
      });
      // A part that titles someone else ends the apposition: what follows is theirs.
      if (read === "another") break;
      if (read) found.push(read);
    }
  }
  return found;
}

/** One title of an apposition after `person`: its relation, none, or "another" person's title. */
function readTitle(
  ctx: RelationContext,
  view: SentenceView,
  person: Located,
  phrase: { article: string | undefined; text: string; start: number },
): Found | "another" | undefined {
  const { located, sentence } = view;
  const phraseStart = phrase.start;
  const phraseEnd = phrase.start + phrase.text.length;
  const spans = [...phrase.text.matchAll(/\S+/g)];
  const words = spans.map((w) => w[0].toLowerCase());
  // "A, after the country's leader complained about X": a clause, not an apposition.
  if (CLAUSE_OPENERS.test(phrase.text)) return undefined;
  const roleIndex = words.slice(0, 8).findIndex((w) => roleWordOf(w));
  const roleOf = roleWordOf(words[roleIndex] ?? "");
  const roleWord = roleOf?.role;
  const inside = located.filter(
    (l) => l.mention.start >= phraseStart && l.mention.start < phraseEnd,
  );
  // "A, Head of the X B, ...": the title of the next name in a list, not A's; "A, President of
  // X, met with B" names B in a clause after the title.
  const another = inside.find((l) => l.entity.kind === "Person" && l.entity !== person.entity);
  if (another && !TITLE_ENDS.test(between(ctx, phraseStart, another.mention.start)))
    return "another";
  // "A, the Executive Director at X", "A, deputy head of X": an officer, not the head.
  // "A, chief strategy officer at X": a chief officer of a field is an officer too.
  const officer =
    roleOf?.subordinate === true ||
    SUBORDINATE_ROLE.test(words[roleIndex - 1] ?? "") ||
    (roleWord === "chief" &&
      words[roleIndex + 2] === "officer" &&
      words[roleIndex + 1] !== "executive");
  // "A, a former head of the X": a past role gives no relation, as with a "former" title.
  const past = words.slice(0, roleIndex).some((w) => PAST_ROLE.test(w));
  const opening = spans[roleIndex]?.index ?? 0;
  if (
    !roleWord ||
    past ||
    words.slice(0, roleIndex).some((w) => CLAUSE_WORD.test(w)) ||
    // "A, Bank Of X ...": a capitalised stretch is a title only when it opens with title words.
    (/^\p{Lu}/u.test(phrase.text) &&
      !CAPITALISED_TITLE.test(phrase.text.slice(0, opening)) &&
      !/^(?:[A-Z][a-z]+ )?(?:Minister|Ambassador|President|Chairman|Director|Head|Chief|Secretary)\b/.test(
        phrase.text,
      ))
  )
    return undefined;
  // "A, Marketing Director of X": a head's role narrowed by a field is an officer's (the
  // appointments' reading), unless the word before is a name ("the X chairman") or a qualifier.
  const prev = spans[roleIndex - 1];
  const prevAt = phraseStart + (prev?.index ?? 0);
  const field =
    prev !== undefined &&
    !NOT_FIELD.test(prev[0].toLowerCase()) &&
    !inside.some((l) => l.mention.start <= prevAt && prevAt < l.mention.end) &&
    kindOf([prev[0].toLowerCase(), roleWord]) === "MEMBER_OF";
  // "chairman of the X's board": the board is X's own body, so X is the organisation.
  const orgs = inside.filter(
    (l) =>
      l.entity.kind === "Organization" &&
      (!opensLongerName(ctx, l) ||
        OWNS_BOARD.test(ctx.body.slice(l.mention.end, l.mention.end + 40))),
  );
  // "A, head of Latin American equity at X": the head of a unit, a member of X. The unit is no
  // name, or a name that only modifies the noun after it.
  const employer = orgs.find((o) => AT_ORG.test(between(ctx, phraseStart, o.mention.start)));
  const unit = orgs[0];
  const unitHead =
    words[roleIndex + 1] === "of" &&
    employer !== undefined &&
    (unit === employer || (unit !== undefined && modifiesNoun(ctx, unit)));
  // "A, a director of X": one of several, a member.
  const oneOfMany = /^an?\s/i.test(phrase.article ?? "");
  const kind =
    officer || field || unitHead || (oneOfMany && APPOSITION_ROLES.get(roleWord) === "head")
      ? "member"
      : APPOSITION_ROLES.get(roleWord);
  // "A, the X ambassador to Y": Y is where the envoy serves, not whom the envoy represents.
  const countries = inside.filter(
    (l) =>
      l.entity.kind === "Country" &&
      !/\b(?:to|in)\s+(?:the\s+)?$/i.test(between(ctx, phraseStart, l.mention.start)),
  );
  // "head of the UN refugee agency UNHCR": the name that ends the noun phrase, not its modifier.
  const headed = orgs.filter(
    (o, k) =>
      k === 0 ||
      (o.mention.start >= (orgs[0]?.mention.end ?? 0) &&
        !/\b(?:of|on|in|at|for|with|to|from|and)\b/.test(
          between(ctx, orgs[0]?.mention.end ?? 0, o.mention.start),
        )),
  );
  const headedOrg = boardOwner(ctx, inside, headed.at(-1));
  const org = kind === "head" ? headedOrg : unitHead ? employer : orgs.at(-1);
  if (org && titlesAnother(ctx, located, person, org)) return undefined;
  if (kind === "head" && headedOrg) {
    return relation(ctx, {
      type: "HEADS",
      from: person.entity,
      to: headedOrg.entity,
      confidence: 0.8,
      rule: "apposition-heads",
      sentence,
    });
  }
  if (kind === "member" && org)
    return relation(ctx, {
      type: "MEMBER_OF",
      from: person.entity,
      to: org.entity,
      confidence: 0.75,
      rule: "apposition-member",
      sentence,
    });
  if (kind === "represent" && countries[0])
    return relation(ctx, {
      type: "REPRESENTS",
      from: person.entity,
      to: countries[0].entity,
      confidence: 0.75,
      rule: "apposition-represents",
      sentence,
    });
  return undefined;
}
