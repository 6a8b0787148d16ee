// POST /api/snapshots/import: merges a JSON export back into Neo4j; needs the write token.
import { defineRoute, type Route } from "../http/route";
import type { Logger } from "../logger";
import type { Neo4jContext } from "../repositories/neo4j-context";
import { graphSnapshotSchema } from "../schemas/graph-schemas";
import { snapshotImportResponseSchema } from "../schemas/response-schemas";
import { importSnapshot } from "../services/snapshot-service";

export function snapshotRoutes(neo4j: Neo4jContext, logger: Logger): Route[] {
  return [
    defineRoute(
      {
        method: "post",
        path: "/snapshots/import",
        tag: "export",
        summary: "Merges a JSON export (graphology serialized, with evidence) into the graph",
        description:
          "Needs `Authorization: Bearer <NEWSGRAPH_WRITE_TOKEN>`; refused with 403 when the " +
          "server has no write token. Exporting and importing into an empty database gives " +
          "the same graph (entities, relations, evidence and the articles' metadata). The " +
          "snapshot is checked in full before anything is written (unique ids, edges between " +
          "its own nodes, kinds, relation and evidence ids that agree with the stored graph, " +
          "sizes); a 400 lists the first problems. The write goes in batches and is " +
          "idempotent: if it stops midway, send the same snapshot again.",
        body: graphSnapshotSchema,
        auth: "writeToken",
        bodyLimit: "64mb",
        response: {
          status: 200,
          description: "what was merged",
          schema: snapshotImportResponseSchema,
        },
        errors: [400, 401, 403, 413],
      },
      ({ body }) => importSnapshot(neo4j, body, logger),
    ),
  ];
}
