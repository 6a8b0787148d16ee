// MEMBER_OF between organisations: the members of an alliance, coalition, council or federation
// named with it. "A, B and C, which bargain together as X", "A and B, which together form X",
// "A, B and C, members of X" (the list before); "X, a coalition of A, B and C", "X, which brings
// together A and B", "X, made up of A, B and C" (the list after, only for a body whose name or
// apposition says it is made of others: a company "which includes" a brand is no coalition).

import { listEndingAt, listFrom } from "./participants";
import { groupRelation } from "./group-relations";
import { between, mentionsIn } from "./relation-context";
import type { Found, RelationContext } from "./relation-context";
import type { ExtractedRelation } from "../../../contract/model";

/** Between the last listed member and the body: "which bargain together as", "members of". */
const MEMBERS_BEFORE =
  /^\s*,?\s*(?:(?:which|that|who)\s+(?:\p{Ll}+\s+){0,2}?(?:(?:together|jointly|collectively)\s+as|(?:together\s+|jointly\s+)?(?:form|formed|make\s+up|made\s+up|constitute)|(?:are|were)\s+(?:all\s+)?(?:members|part)\s+of|belong\s+to)|(?:all\s+)?members\s+of)\s+(?:the\s+)?$/u;
/** A collective noun in an apposition: "X, a coalition of", "X, the umbrella body of". */
const COLLECTIVE =
  "(?:coalition|alliance|council|federation|confederation|grouping|bloc|umbrella\\s+(?:body|group|organi[sz]ation)|consortium|front)";
/** Between the body and its first listed member. */
const MEMBERS_AFTER = new RegExp(
  `^\\s*(?:\\([^)]{1,12}\\)\\s*)?,?\\s*(?:(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?${COLLECTIVE}\\s+(?:of|that\\s+includes|which\\s+includes|comprising|made\\s+up\\s+of)|(?:which|that)\\s+(?:includes|included|comprises|comprised|brings\\s+together|brought\\s+together|(?:is|was)\\s+made\\s+up\\s+of)|made\\s+up\\s+of|comprising|consisting\\s+of)\\s+(?:[\\p{Ll}\\d-]+\\s+){0,4}?(?:,\\s*)?(?:including\\s+|such\\s+as\\s+)?(?:the\\s+)?$`,
  "u",
);
/** A name that says the body is made of others. */
const COLLECTIVE_NAME =
  /\b(?:Council|Alliance|Coalition|Federation|Confederation|Front|Bloc|Platform|Forum|Consortium|Congress|Unions|Parties)\b/;
const APPOSED_COLLECTIVE = new RegExp(`^\\s*(?:\\([^)]{1,12}\\)\\s*)?,?\\s*(?:a|an|the)\\s`, "u");

const member = groupRelation("MEMBER_OF", 0.75);

/** The coalition members stated by one sentence. */
function membersIn(ctx: RelationContext, sentence: number): Found[] {
  const organisations = mentionsIn(ctx, sentence).filter(
    (l) => l.entity.kind === "Organization" && !l.mention.inQuote,
  );
  if (organisations.length < 2) return [];
  const found: Found[] = [];
  organisations.forEach((body, i) => {
    const previous = organisations[i - 1];
    if (previous && MEMBERS_BEFORE.test(between(ctx, previous.mention.end, body.mention.start)))
      for (const m of listEndingAt(ctx, organisations, previous))
        found.push(member(ctx, m, body.entity, sentence, "coalition-members"));
    const next = organisations[i + 1];
    if (!next) return;
    const gap = between(ctx, body.mention.end, next.mention.start);
    const apposed = APPOSED_COLLECTIVE.test(gap);
    if (!MEMBERS_AFTER.test(gap) || (!apposed && !COLLECTIVE_NAME.test(body.entity.name))) return;
    for (const m of listFrom(ctx, organisations, next))
      found.push(member(ctx, m, body.entity, sentence, "coalition-members"));
  });
  return found;
}

/** MEMBER_OF between organisations and the coalitions, councils and alliances they make up. */
export function findCoalitionMembers(ctx: RelationContext): ExtractedRelation[] {
  return ctx.sentences
    .flatMap((_, sentence) => membersIn(ctx, sentence))
    .filter((r): r is ExtractedRelation => r !== null);
}
