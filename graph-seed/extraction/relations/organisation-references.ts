// Descriptions that refer back to an organisation already named: "the union", "the party's
// leaders", "union officials", "the club", "the company". Each is resolved to the one
// organisation named earlier in the article that is of that sort (its name says so: "X Workers
// Union", "Y Party", "Z Holdings"); with none or two it refers to no one. The disagreement rules
// read these as parties beside the names ("the union rejected X's offer").

import { COMPANY_SUFFIXES } from "../lexicon/organizations";
import { isUnionName } from "./organisation-guests";
import { allMatches } from "../matches";
import { describedAs } from "./relation-context";
import type { Located, RelationContext } from "./relation-context";

/** The sort nouns a description can be made of. */
const SORTS =
  "union|party|club|federation|association|council|commission|committee|league|alliance|coalition|movement|bank|company|firm";
/** "the union", "the party's", "union officials" (a description of its people speaks for it). */
const DESCRIPTION = new RegExp(
  `\\b(?:[Tt]he\\s+(${SORTS})(?!\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu})|(?:[Tt]he\\s+)?(${SORTS})\\s+(?:officials|leaders|leadership|representatives|bosses|executives|negotiators|management))(?![\\p{L}-])`,
  "gu",
);

/** Whether an organisation's name says it is of the sort `noun` names. */
function isOfSort(name: string, noun: string): boolean {
  if (noun === "union") return isUnionName(name);
  const words = name.split(/\s+/);
  if (noun === "company" || noun === "firm") return COMPANY_SUFFIXES.has(words.at(-1) ?? "");
  return words.some((w) => w.toLowerCase() === noun);
}

const cache = new WeakMap<RelationContext, Located[]>();

/** Every organisation description in the article that resolves to one organisation named before it. */
function allOrganisationReferences(ctx: RelationContext): Located[] {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const found: Located[] = [];
  const written = ctx.mentions.filter((m) => !m.implied);
  const organisations = written.filter((m) => m.kind === "Organization" && m.entity !== undefined);
  for (const match of allMatches(ctx.body, DESCRIPTION)) {
    const start = match.index;
    const end = start + match[0].length;
    // Inside a name already found ("the Labour Party"), or the start of a name ("the Union Bank").
    if (written.some((m) => m.start < end && start < m.end)) continue;
    if (/^\s+\p{Lu}/u.test(ctx.body.slice(end, end + 3))) continue;
    const noun = (match[1] ?? match[2] ?? "").toLowerCase();
    const candidates = new Set(
      organisations
        .filter((m) => m.start < start && isOfSort(ctx.entities[m.entity ?? -1]?.name ?? "", noun))
        .map((m) => m.entity ?? -1),
    );
    const [only] = candidates;
    const located =
      candidates.size === 1 && only !== undefined
        ? describedAs(ctx, "Organization", start, end, only)
        : undefined;
    if (located) found.push(located);
  }
  cache.set(ctx, found);
  return found;
}

/** The organisation descriptions of one sentence that refer to an organisation named earlier. */
export function organisationReferencesIn(ctx: RelationContext, sentence: number): Located[] {
  return allOrganisationReferences(ctx).filter((l) => l.mention.sentence === sentence);
}
