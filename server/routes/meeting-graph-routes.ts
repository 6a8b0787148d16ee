// Who met whom in a date window over the whole database, for the explorer's preset and timeline.
import { defineRoute, type Route } from "../http/route";
import type { Neo4jContext } from "../repositories/neo4j-context";
import { knowledgeGraphSchema } from "../schemas/graph-schemas";
import { meetingGraphQuerySchema } from "../schemas/meeting-graph-schemas";
import { meetingGraph } from "../services/meeting-graph-service";

export function meetingGraphRoutes(neo4j: Neo4jContext): Route[] {
  return [
    defineRoute(
      {
        method: "get",
        path: "/graph/meetings",
        tag: "graph",
        summary: "One page of the meetings in a date window, with the people who met",
        description:
          "Meetings (MET_WITH) in date order, undated last, over the whole database: edges are " +
          "the meetings of this page, nodes the people in them. A meeting without a date is in " +
          "every window with `undated=include` (the default) and in none with `exclude`. Graph " +
          "attributes: `total` meetings in the window (all pages), `undated` of them, `offset`, " +
          "`limit`, `allMeetings` in the database and its `firstDate` / `lastDate`.",
        query: meetingGraphQuerySchema,
        response: {
          status: 200,
          description: "the page of meetings as a subgraph",
          schema: knowledgeGraphSchema,
        },
        errors: [400],
      },
      ({ query }) => meetingGraph(neo4j, query),
    ),
  ];
}
