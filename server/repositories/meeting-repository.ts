// Meetings (MET_WITH relations) in date order, for one entity or for everyone, page by page.
import { pageParams, readTransaction, type Neo4jContext, type PageRequest } from "./neo4j-context";
import { toDateText, toNumber } from "./neo4j-values";

export interface MeetingRecord {
  relationId: string;
  date: string | null;
  people: [{ id: string; name: string }, { id: string; name: string }];
}

export interface MeetingFilter extends PageRequest {
  entity?: string;
  from?: string;
  to?: string;
}

/**
 * A page of the meetings, oldest first (undated last), and how many match in all; with
 * `entity`, that entity is always first of the pair.
 */
export async function findMeetings(
  context: Neo4jContext,
  filter: MeetingFilter,
): Promise<{ meetings: MeetingRecord[]; total: number }> {
  const matches = `${
    filter.entity
      ? "MATCH (a:Entity {id: $entity})-[r:MET_WITH]-(b:Entity)"
      : "MATCH (a:Entity)-[r:MET_WITH]->(b:Entity)"
  }
       WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))`;
  const params = {
    entity: filter.entity ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    ...pageParams(filter),
  };
  return readTransaction(context, async (tx) => {
    const page = await tx.run(
      `${matches}
       RETURN r.id AS id, r.date AS date, a {.id, .name} AS a, b {.id, .name} AS b
       ORDER BY r.date, r.id
       SKIP $offset LIMIT $limit`,
      params,
    );
    const counted = await tx.run(`${matches} RETURN count(r) AS total`, params);
    return {
      meetings: page.records.map((r) => {
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
      }),
      total: toNumber(counted.records[0]?.get("total") ?? 0),
    };
  });
}
