// Organisations met: "A met with the X Football Federation", "A held talks with the X (XU), the
// Y and the Z", "A met the leaders of the X", and unions told by a description: "A met union
// officials" (the article's one union), "A held talks with the striking unions" (all of them).
// Read only when a meeting word names no person as the one met: "A met X chairman B" is a
// meeting with B, not with X.

import { listFrom } from "./participants";
import { between, mentionsIn } from "./relation-context";
import type { Located, RelationContext } from "./relation-context";

/** What may stand between the meeting word and the organisation: "the leaders of the". */
const LEAD_IN =
  /^\s*(?:the\s+)?(?:(?:(?:top|senior|visiting|local|national)\s+)?(?:officials|leaders|leadership|representatives|delegates|delegation|executives|chieftains|heads|management|members|bosses|chiefs)\s+(?:of|from)\s+(?:the\s+)?)?$/i;

/** "union officials", "the striking unions", "organised labour", "labour leaders". */
const UNION_DESCRIPTION =
  /^\s*(?:the\s+)?(?:(?:striking|two|three|four|several|trade|teachers'?|workers'?|rail|public[- ]sector)\s+)?(?:(unions)|union|organi[sz]ed\s+labou?r|labou?r\s+(?:leaders|officials|representatives|unions))\b/i;
/** An organisation's name that says it is a union or a federation of unions. */
const UNION_NAME =
  /\b(?:Unions?|Labou?r Congress|Workers|Employees|Mineworkers|Teachers|Nurses)\b|\bCongress of\b.*\bUnions\b/;
const NOT_A_UNION = /^(?:Ministry|Department|European Union|African Union)\b/;

/** Whether an organisation's name says it is a union or a federation of unions. */
export function isUnionName(name: string): boolean {
  return UNION_NAME.test(name) && !NOT_A_UNION.test(name);
}

/** The article's unions, by name, in order of first mention. */
function unionsOf(ctx: RelationContext, sentence: number): Located[] {
  const seen = new Set<number>();
  const found: Located[] = [];
  for (let s = 0; s <= sentence; s++)
    for (const l of mentionsIn(ctx, s))
      if (
        l.entity.kind === "Organization" &&
        isUnionName(l.entity.name) &&
        !seen.has(l.entityIndex)
      ) {
        seen.add(l.entityIndex);
        found.push(l);
      }
  return found;
}

/**
 * The organisations met, read after a meeting word ending at body offset `from` in sentence
 * `sentence`: a list of organisations named right there, or the unions a description means
 * (a plural means all of the article's unions named so far, a singular its only one, named
 * before or, failing that, anywhere in the article).
 */
export function organisationsMet(ctx: RelationContext, sentence: number, from: number): Located[] {
  const evidence = ctx.sentences[sentence];
  if (!evidence) return [];
  const orgs = mentionsIn(ctx, sentence).filter((l) => l.entity.kind === "Organization");
  const first = orgs.find((l) => l.mention.start >= from);
  if (first && LEAD_IN.test(between(ctx, from, first.mention.start)))
    return listFrom(ctx, orgs, first);
  const description = UNION_DESCRIPTION.exec(ctx.body.slice(from, evidence.end));
  if (!description) return [];
  const unions = unionsOf(ctx, sentence);
  if (description[1] || /labou?r/i.test(description[0])) return unions;
  // "met union officials" before the union is named: the article's only union, named later.
  const all = unions.length === 0 ? unionsOf(ctx, ctx.sentences.length - 1) : unions;
  return all.length === 1 ? all : [];
}
