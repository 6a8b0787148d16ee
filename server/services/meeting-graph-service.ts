// Who met whom over the whole database: one page of the meetings in a date window as a subgraph
// the explorer merges, with the counts it shows beside them.
import type { KnowledgeGraphPayload, MeetingGraphAttributes } from "../../contract/api";
import { findMeetingPage } from "../repositories/meeting-graph-repository";
import type { Neo4jContext } from "../repositories/neo4j-context";
import type { MeetingGraphQuery } from "../schemas/meeting-graph-schemas";
import { buildGraphPayload } from "./graph-payload";

export async function meetingGraph(
  context: Neo4jContext,
  query: MeetingGraphQuery,
): Promise<KnowledgeGraphPayload> {
  const page = await findMeetingPage(context, {
    from: query.from,
    to: query.to,
    includeUndated: query.undated === "include",
    offset: query.offset,
    limit: query.limit,
  });
  const attributes: MeetingGraphAttributes = {
    total: page.total,
    undated: page.undated,
    offset: query.offset,
    limit: query.limit,
    allMeetings: page.allMeetings,
    firstDate: page.firstDate,
    lastDate: page.lastDate,
  };
  return buildGraphPayload(page.people, page.relations, { attributes: { ...attributes } });
}
