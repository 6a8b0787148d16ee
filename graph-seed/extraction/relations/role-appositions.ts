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

/** "X, head of the Y", "X, special representative for ... at the Y", "X, the country's envoy". */
export function fromAppositions(ctx: RelationContext, view: SentenceView): Found[] {
  const { evidence, located, sentence } = view;
  const found: Found[] = [];
  for (const person of view.people) {
    const rest = ctx.body.slice(person.mention.end, evidence.end);
    const m = /^\s*,\s*((?:a|an|the)\s+)?([^,;()]*)/.exec(rest);
    // "A, and B ...": a list, not an apposition.
    if (!m?.[2] || /^(?:and|or)\b/.test(m[2])) continue;
    const phraseStart = person.mention.end + m[0].length - m[2].length;
    const phraseEnd = person.mention.end + m[0].length;
    const spans = [...m[2].matchAll(/\S+/g)];
    const words = spans.map((w) => w[0].toLowerCase());
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
      words.slice(0, roleIndex).some((w) => CLAUSE_WORD.test(w)) ||
      (/^\p{Lu}/u.test(m[2]) &&
        !/^(?:[A-Z][a-z]+ )?(?:Minister|Ambassador|President|Chairman|Director|Head|Chief|Secretary)\b/.test(
          m[2],
        ))
    )
      continue;
    const inside = located.filter(
      (l) => l.mention.start >= phraseStart && l.mention.start < phraseEnd,
    );
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
    const oneOfMany = /^an?\s/i.test(m[1] ?? "");
    const kind =
      officer || field || unitHead || (oneOfMany && APPOSITION_ROLES.get(roleWord) === "head")
        ? "member"
        : APPOSITION_ROLES.get(roleWord);
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
    const headedOrg = boardOwner(ctx, inside, headed.at(-1));
    const org = kind === "head" ? headedOrg : unitHead ? employer : orgs.at(-1);
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
