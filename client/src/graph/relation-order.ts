// The order an entity's relations are listed in: what users come for first. Meetings, then the
// other relations; within each, newest first (undated after dated), then by the other side's name.
import type { RelationType } from "../../../contract/model";

export interface OrderedRelation {
  type: RelationType;
  date?: string;
  /** The other side's name, the last tie-breaker. */
  other: string;
}

/** Compares two relations for the details panel's list (a sort comparator). */
export function compareRelations(a: OrderedRelation, b: OrderedRelation): number {
  const meetingFirst = Number(b.type === "MET_WITH") - Number(a.type === "MET_WITH");
  if (meetingFirst !== 0) return meetingFirst;
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return b.date.localeCompare(a.date);
  }
  return a.type.localeCompare(b.type) || a.other.localeCompare(b.other);
}
