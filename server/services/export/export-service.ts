// GET /api/export: the whole graph (streamed from Neo4j page by page) or one neighbourhood, as
// graphology JSON, GEXF, GraphML or zipped CSV (the last three written by contract/graph-files,
// as the browser's exports are).
import { gexfWriter } from "../../../contract/graph-files/gexf";
import { graphmlWriter } from "../../../contract/graph-files/graphml";
import type { FileOptions } from "../../../contract/graph-files/file-records";
import { allEntities, allRelations } from "../../repositories/export-repository";
import { ALL_EVIDENCE, findEvidence } from "../../repositories/evidence-repository";
import type { EntityRecord } from "../../repositories/graph-records";
import type { Neo4jContext } from "../../repositories/neo4j-context";
import type { ExportFormat, ExportQuery } from "../../schemas/request-schemas";
import { neighborhood } from "../graph-service";
import { writeCsvZip } from "./csv-writer";
import type { ExportEdge, ExportSource } from "./export-source";
import { writeGraphJson } from "./json-writer";
import { streamGraphFile } from "./xml-file-stream";

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, { type: string; extension: string }> = {
  json: { type: "application/json", extension: "json" },
  gexf: { type: "application/gexf+xml", extension: "gexf" },
  graphml: { type: "application/graphml+xml", extension: "graphml" },
  csv: { type: "application/zip", extension: "csv.zip" },
};

export interface ExportFile {
  mediaType: string;
  fileName: string;
  chunks: AsyncIterable<string | Uint8Array>;
}

export async function exportGraph(context: Neo4jContext, query: ExportQuery): Promise<ExportFile> {
  const withEvidence = query.format === "json";
  const source = query.ids
    ? await neighborhoodSource(context, { ...query, ids: query.ids }, withEvidence)
    : wholeGraphSource(context, withEvidence);
  const { type, extension } = EXPORT_MEDIA_TYPES[query.format];
  const scope = query.ids ? "neighborhood" : "graph";
  return {
    mediaType: type,
    fileName: `newsgraph-${scope}.${extension}`,
    chunks: write(query.format, source, { edges: query.edges }),
  };
}

function write(
  format: ExportFormat,
  source: ExportSource,
  options: FileOptions,
): AsyncIterable<string | Uint8Array> {
  switch (format) {
    case "json":
      return writeGraphJson(source);
    case "gexf":
      return streamGraphFile(gexfWriter(options, description(source)), source);
    case "graphml":
      return streamGraphFile(graphmlWriter(options), source);
    case "csv":
      return writeCsvZip(source, options);
  }
}

/**
 * What the file holds, for the GEXF meta: the scope and, for a neighbourhood, its entities and
 * what it leaves out (the same attributes as the neighbourhood endpoint's).
 */
function description(source: ExportSource): string {
  const { scope, ids, truncated, hiddenRelations } = source.attributes;
  if (!Array.isArray(ids)) return `newsgraph ${String(scope)}`;
  return (
    `newsgraph ${String(scope)} of ${ids.join(", ")}; truncated: ${String(truncated)}; ` +
    `hiddenRelations: ${String(hiddenRelations)}`
  );
}

function wholeGraphSource(context: Neo4jContext, withEvidence: boolean): ExportSource {
  return {
    attributes: { source: "newsgraph", scope: "graph" },
    nodes: () => allEntities(context),
    edges: () => withEvidenceOf(context, allRelations(context), withEvidence),
  };
}

async function* withEvidenceOf(
  context: Neo4jContext,
  pages: AsyncIterable<ExportEdge[]>,
  withEvidence: boolean,
): AsyncGenerator<ExportEdge[]> {
  for await (const page of pages) {
    if (!withEvidence) {
      yield page;
      continue;
    }
    const evidence = await findEvidence(
      context,
      page.map((r) => r.id),
      ALL_EVIDENCE,
    );
    yield page.map((r) => ({ ...r, evidence: evidence.get(r.id)?.items ?? [] }));
  }
}

async function neighborhoodSource(
  context: Neo4jContext,
  query: ExportQuery & { ids: string[] },
  withEvidence: boolean,
): Promise<ExportSource> {
  const { payload, relations } = await neighborhood(context, query);
  const entities: EntityRecord[] = payload.nodes.map((n) => ({
    id: n.key,
    name: n.attributes.label,
    kind: n.attributes.kind,
    aliases: n.attributes.aliases,
    titles: n.attributes.titles,
    degree: n.attributes.degree,
  }));
  const keys = new Set(entities.map((e) => e.id));
  const inside = relations.filter((r) => keys.has(r.source) && keys.has(r.target));
  return {
    // truncated and hiddenRelations say what the node limit left out, as the endpoint does.
    attributes: {
      source: "newsgraph",
      scope: "neighborhood",
      ids: query.ids,
      ...payload.attributes,
    },
    nodes: async function* () {
      yield entities;
    },
    edges: () =>
      withEvidenceOf(
        context,
        (async function* () {
          yield inside;
        })(),
        withEvidence,
      ),
  };
}
