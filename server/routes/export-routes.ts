// GET /api/export: the graph or a neighbourhood as a download, streamed.
import { once } from "node:events";
import { defineRoute, type Route } from "../http/route";
import type { Neo4jContext } from "../repositories/neo4j-context";
import { exportQuerySchema } from "../schemas/request-schemas";
import { EXPORT_MEDIA_TYPES, exportGraph } from "../services/export/export-service";

export function exportRoutes(neo4j: Neo4jContext): Route[] {
  return [
    defineRoute(
      {
        method: "get",
        path: "/export",
        tag: "export",
        summary: "The whole graph, or a neighbourhood (same filters), as a file",
        description:
          "json: graphology's serialized format with each edge's evidence (a snapshot that " +
          "POST /api/snapshots/import reads back); gexf: GEXF 1.3 for Gephi; graphml: GraphML; " +
          "csv: a zip of nodes.csv and edges.csv. Without `ids` the whole graph is streamed.",
        query: exportQuerySchema,
        response: {
          status: 200,
          description: "the file (Content-Disposition: attachment)",
          mediaTypes: [...new Set(Object.values(EXPORT_MEDIA_TYPES).map((m) => m.type))],
        },
        errors: [400, 404, 429],
        heavy: true,
      },
      async ({ query, res, signal }) => {
        const file = await exportGraph(neo4j, query);
        res.status(200);
        res.setHeader("content-type", file.mediaType);
        res.setHeader("content-disposition", `attachment; filename="${file.fileName}"`);
        for await (const chunk of file.chunks) {
          if (signal.aborted) break;
          if (!res.write(chunk)) await once(res, "drain", { signal }).catch(() => undefined);
        }
        res.end();
        return undefined;
      },
    ),
  ];
}
