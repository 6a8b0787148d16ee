// MEMBER_OF for each organisation of a list a person's seat verb opens: "A serves on the boards of
// X, Y and Z", "A, who sits on the board of X", "He also joined the boards of X and Y", "the
// committee decided to readmit A and B into X". A seat on a board is a membership of the
// organisation the board belongs to; a past seat ("served", "formerly sat") gives none.

import { isNotFactual } from "./modality";
import { between } from "./relation-context";
import type { Found, Located, RelationContext } from "./relation-context";
import { listFrom, roleRelation, unquoted } from "./sentence-view";
import type { SentenceView } from "./sentence-view";

/**
 * What may stand between the person and the seat verb: nothing, "who", a short aside ("A, 61,
 * serves") or another predicate of the same subject ("A is currently the Vice Chair of X and").
 */
const BEFORE_SEAT =
  /^\s+$|^\s*,\s*who\s+$|^\s*,[^,;]{1,40},\s+$|^\s+(?:is|was)\b[^;:,"“”]{0,120}?\band\s+$/u;
/** The seat verb, present, and the board it names: "serves on the boards of", "joined the board of". */
const SEAT =
  /^(?:(?:also|now|currently|still)\s+)?(?:serves|sits|(?:has\s+)?joined|is|are)\s+on\s+the\s+(?:(?:supervisory|executive|advisory)\s+)?boards?\s+(?:of\s+directors\s+)?(?:of|at)\s+(?:the\s+)?$|^(?:(?:also|now)\s+)?(?:has\s+)?joined\s+the\s+(?:(?:supervisory|executive|advisory)\s+)?boards?\s+(?:of\s+directors\s+)?(?:of|at)\s+(?:the\s+)?$/i;
const ORG_LIST_SEPARATOR = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/;

/** The organisations of a list that `first` opens ("X, Y and Z"): a comma or "and" between each. */
function orgListFrom(ctx: RelationContext, view: SentenceView, first: Located): Located[] {
  const list = [first];
  for (const org of view.orgs) {
    const last = list.at(-1);
    if (!last || org.mention.start < last.mention.end) continue;
    if (!ORG_LIST_SEPARATOR.test(between(ctx, last.mention.end, org.mention.start))) break;
    list.push(org);
  }
  return list;
}

/** "A serves on the boards of X and Y": A belongs to each. */
function fromBoardSeats(ctx: RelationContext, view: SentenceView): Found[] {
  const found: Found[] = [];
  for (const person of unquoted([...view.people, ...view.references])) {
    const first = view.orgs.find((org) => {
      if (org.mention.start <= person.mention.end) return false;
      const gap = between(ctx, person.mention.end, org.mention.start);
      const seat = /(?:\S+\s+){0,12}$/.exec(gap)?.[0] ?? "";
      for (let cut = 0; cut < seat.length; cut = seat.indexOf(" ", cut) + 1) {
        const verb = seat.slice(cut);
        if (SEAT.test(verb))
          return (
            BEFORE_SEAT.test(gap.slice(0, gap.length - verb.length)) &&
            !namesAnother(view, person, org)
          );
        if (seat.indexOf(" ", cut) < 0) break;
      }
      return false;
    });
    if (!first || isNotFactual(between(ctx, view.evidence.start, person.mention.start))) continue;
    for (const org of orgListFrom(ctx, view, first))
      found.push(roleRelation(ctx, view, "MEMBER_OF", [person, org], "board-seats"));
  }
  return found;
}

/** Whether another person is named between `person` and `org` (the seat is theirs). */
const namesAnother = (view: SentenceView, person: Located, org: Located): boolean =>
  view.people.some(
    (p) => p.mention.start > person.mention.end && p.mention.start < org.mention.start,
  );

/** "decided to readmit A and B into the X", "X readmitted A": each is a member again. */
const READMIT_BEFORE = /\b(?:readmit|readmitted|reinstate|reinstated|re-admit|re-admitted)\s+$/i;
const INTO = /^\s+(?:into|to)\s+(?:the\s+)?$/i;

function fromReadmissions(ctx: RelationContext, view: SentenceView): Found[] {
  const found: Found[] = [];
  for (const first of unquoted(view.people)) {
    if (!READMIT_BEFORE.test(between(ctx, view.evidence.start, first.mention.start))) continue;
    const list = listFrom(ctx, view, first);
    const last = list.at(-1) ?? first;
    const org = view.orgs.find((o) => INTO.test(between(ctx, last.mention.end, o.mention.start)));
    if (!org || isNotFactual(between(ctx, view.evidence.start, first.mention.start))) continue;
    for (const person of list)
      found.push(roleRelation(ctx, view, "MEMBER_OF", [person, org], "readmitted"));
  }
  return found;
}

/** Memberships said by a seat on boards or a readmission. */
export function fromSeats(ctx: RelationContext, view: SentenceView): Found[] {
  return [...fromBoardSeats(ctx, view), ...fromReadmissions(ctx, view)];
}
