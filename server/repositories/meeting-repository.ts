// Meetings (MET_WITH relations) in date order, for one entity or for everyone.
import { readTransaction, toInt, type Neo4jContext } from "./neo4j-context";
import { toDateText } from "./neo4j-values";

export interface MeetingRecord {
  relationId: string;
  date: string | null;
  people: [{ id: string; name: string }, { id: string; name: string }];
}

export interface MeetingFilter {
  entity?: string;
  from?: string;
  to?: string;
  limit: number;
}

/** Meetings oldest first (undated last); with `entity`, that entity is always first of the pair. */
export async function findMeetings(
  context: Neo4jContext,
  filter: MeetingFilter,
): Promise<MeetingRecord[]> {
  const match = filter.entity
    ? "MATCH (a:Entity {id: $entity})-[r:MET_WITH]-(b:Entity)"
    : "MATCH (a:Entity)-[r:MET_WITH]->(b:Entity)";
  const result = await readTransaction(context, (tx) =>
    tx.run(
      `${match}
       WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
       RETURN r.id AS id, r.date AS date, a {.id, .name} AS a, b {.id, .name} AS b
       ORDER BY r.date, r.id
       LIMIT $limit`,
      {
        entity: filter.entity ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        limit: toInt(filter.limit),
      },
    ),
  );
  return result.records.map((r) => {
    const a = r.get("a") as { id: string; name: string };
    const b = r.get("b") as { id: string; name: string };
    return {
      relationId: String(r.get("id")),
      date: toDateText(r.get("date")),
      people: [
        { id: a.id, name: a.name },
        { id: b.id, name: b.name },
      ],
    };
  });
}
