// Meetings in a date window over the whole database, one page at a time in date order (undated
// last), with the people who met and the counts the explorer shows as "N of M".
import {
  entityProjection,
  relationProjection,
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from "./graph-records";
import { readTransaction, toInt, type Neo4jContext } from "./neo4j-context";
import { toDateText, toNumber } from "./neo4j-values";

export interface MeetingWindow {
  from?: string;
  to?: string;
  includeUndated: boolean;
  offset: number;
  limit: number;
}

export interface MeetingPage {
  relations: RelationRecord[];
  people: EntityRecord[];
  /** Meetings in the window, all pages together; `undated` of them have no date. */
  total: number;
  undated: number;
  allMeetings: number;
  firstDate: string | null;
  lastDate: string | null;
}

// A dated meeting is in the window when its date is; an undated one only when asked for.
const IN_WINDOW = `(r.date IS NULL AND $includeUndated)
  OR (r.date IS NOT NULL AND ($from IS NULL OR r.date >= date($from))
      AND ($to IS NULL OR r.date <= date($to)))`;

export async function findMeetingPage(
  context: Neo4jContext,
  window: MeetingWindow,
): Promise<MeetingPage> {
  const params = {
    from: window.from ?? null,
    to: window.to ?? null,
    includeUndated: window.includeUndated,
    offset: toInt(window.offset),
    limit: toInt(window.limit),
  };
  return readTransaction(context, async (tx) => {
    const counts = await tx.run(
      `MATCH ()-[r:MET_WITH]->()
       RETURN count(r) AS allMeetings,
              count(CASE WHEN ${IN_WINDOW} THEN 1 END) AS total,
              count(CASE WHEN r.date IS NULL AND $includeUndated THEN 1 END) AS undated,
              min(r.date) AS firstDate, max(r.date) AS lastDate`,
      params,
    );
    const page = await tx.run(
      `MATCH (a:Entity)-[r:MET_WITH]->(b:Entity)
       WHERE ${IN_WINDOW}
       WITH a, r, b ORDER BY r.date IS NULL, r.date, r.id SKIP $offset LIMIT $limit
       RETURN ${relationProjection("r")} AS relation,
              ${entityProjection("a")} AS a, ${entityProjection("b")} AS b`,
      params,
    );
    const c = counts.records[0];
    const people = new Map<string, EntityRecord>();
    const relations = page.records.map((record) => {
      for (const key of ["a", "b"]) {
        const person = toEntityRecord(record.get(key));
        people.set(person.id, person);
      }
      return toRelationRecord(record.get("relation"));
    });
    return {
      relations,
      people: [...people.values()],
      total: toNumber(c?.get("total") ?? 0),
      undated: toNumber(c?.get("undated") ?? 0),
      allMeetings: toNumber(c?.get("allMeetings") ?? 0),
      firstDate: toDateText(c?.get("firstDate")),
      lastDate: toDateText(c?.get("lastDate")),
    };
  });
}
