// MEMBER_OF for each name of a list a plural role introduces: "X members A and B", "the X Union's
// negotiators A, B and C", "the judges of the X Court A, B and C". A plural role is held by
// several people, so each is a member, whatever the role's word for one of them.

import { between } from "./relation-context";
import type { Found, Located, RelationContext } from "./relation-context";
import { listFrom, roleRelation } from "./sentence-view";
import type { SentenceView } from "./sentence-view";

const PLURAL_ROLES =
  "members|board members|players|directors|officials|lawmakers|legislators|judges|justices|" +
  "executives|ministers|councillors|councilors|mps|senators|coaches|representatives|employees|" +
  "staffers|negotiators|leaders|officers|trustees|commissioners|organisers|organizers|delegates";
/** Words before a plural role that keep it current ("X senior officials"); never "former". */
const QUALIFIERS = "senior|fellow|board|executive|party|union|club|team|national|new|current|other";
/** organisation ['s] [qualifiers] plural role [,] [including]: "X members A and B". */
const ORG_PLURAL = new RegExp(
  `^(?:['’]s?)?\\s+(?:(?:${QUALIFIERS})\\s+){0,2}(?:${PLURAL_ROLES})\\s*,?\\s*(?:including\\s+)?$`,
  "i",
);
/** the plural role of [the] organisation [,]: "the judges of the X Court A, B and C". */
const PLURAL_OF = new RegExp(`\\b(?:${PLURAL_ROLES})\\s+(?:of|at|from)\\s+(?:the\\s+)?$`, "i");
const PAST = /\b(?:former|ex|then|past|retired)\b/i;

/** The organisation whose plural role introduces the list that `first` opens, if one does. */
function introducer(ctx: RelationContext, view: SentenceView, first: Located): Located | undefined {
  const org = view.orgs.filter((o) => o.mention.end <= first.mention.start).at(-1);
  if (!org) return undefined;
  const gap = between(ctx, org.mention.end, first.mention.start);
  const before = between(
    ctx,
    Math.max(view.evidence.start, org.mention.start - 40),
    org.mention.start,
  );
  // "former X members A and B", "the former judges of X": a past role gives none.
  if (ORG_PLURAL.test(gap))
    return PAST.test(`${before.slice(-20)} ${org.mention.name}`) ? undefined : org;
  const of = PLURAL_OF.exec(before);
  if (!of || !/^\s*,?\s*$/.test(gap)) return undefined;
  return PAST.test(before.slice(Math.max(0, of.index - 20), of.index)) ? undefined : org;
}

/** Role relations of the lists plural roles introduce in one sentence. */
export function fromRoleLists(ctx: RelationContext, view: SentenceView): Found[] {
  const found: Found[] = [];
  let listed = 0;
  for (const first of view.people) {
    if (first.mention.start < listed) continue;
    const org = introducer(ctx, view, first);
    if (!org) continue;
    const list = listFrom(ctx, view, first);
    listed = list.at(-1)?.mention.end ?? listed;
    for (const person of list)
      found.push(roleRelation(ctx, view, "MEMBER_OF", [person, org], "plural-role-list"));
  }
  return found;
}
