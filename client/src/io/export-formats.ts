// The current view's graph as files: graphology JSON, GEXF (Gephi), GraphML and CSV (a zip of
// nodes.csv, edges.csv and relations.csv). GEXF, GraphML, nodes.csv and edges.csv come from the
// writers the server's export uses (contract/graph-files), plus the view's positions, sizes and
// colours; JSON and relations.csv carry each relation's evidence and sources. Pure functions of
// a graph and its evidence; the caller decides what is in view.
import { strToU8, zipSync } from "fflate";
import { csvWriter } from "../../../contract/graph-files/csv";
import type { EdgeMode, FileEdge, FileNode } from "../../../contract/graph-files/file-records";
import { gexfWriter } from "../../../contract/graph-files/gexf";
import { writeWhole } from "../../../contract/graph-files/graph-file-writer";
import { graphmlWriter } from "../../../contract/graph-files/graphml";
import { KIND_COLORS, nodeSize } from "../graph/graph-style";
import type { KnowledgeGraph } from "../graph/knowledge-graph";
import { graphJsonWithEvidence, relationsCsv, type EvidenceByRelation } from "./fact-check-files";

export type DataFormat = "json" | "gexf" | "graphml" | "csv";

/** The formats that carry evidence sentences (the others, as the server's, carry counts). */
export const EVIDENCE_FORMATS: readonly DataFormat[] = ["json", "csv"];

export interface ExportFile {
  name: string;
  type: string;
  data: string | Uint8Array;
}

function fileNodes(graph: KnowledgeGraph): FileNode[] {
  return graph.mapNodes((id, a) => ({
    id,
    label: a.label,
    kind: a.kind,
    degree: a.degree,
    aliases: a.aliases,
    titles: a.titles,
    viz: { x: a.x, y: a.y, size: nodeSize(a.degree), color: KIND_COLORS[a.kind] },
  }));
}

function fileEdges(graph: KnowledgeGraph): FileEdge[] {
  return graph.mapEdges((id, a, source, target) => ({ id, source, target, ...a }));
}

/**
 * The graph as a file. `edges` says how direction is written in GEXF, GraphML and CSV: `mixed`
 * (Gephi, graphology) or `directed` with an `undirected` attribute (networkx, igraph).
 * `evidence` (every relation's, for JSON and CSV) goes into the JSON's edges and relations.csv.
 */
export function exportGraph(
  graph: KnowledgeGraph,
  format: DataFormat,
  baseName = "newsgraph",
  edges: EdgeMode = "mixed",
  evidence: EvidenceByRelation = new Map(),
): ExportFile {
  const options = { edges };
  switch (format) {
    case "json":
      return {
        name: `${baseName}.json`,
        type: "application/json",
        data: JSON.stringify(graphJsonWithEvidence(graph, evidence), null, 1),
      };
    case "gexf":
      return {
        name: `${baseName}.gexf`,
        type: "application/gexf+xml",
        data: writeWhole(gexfWriter(options), fileNodes(graph), fileEdges(graph)),
      };
    case "graphml":
      return {
        name: `${baseName}.graphml`,
        type: "application/graphml+xml",
        data: writeWhole(graphmlWriter(options, true), fileNodes(graph), fileEdges(graph)),
      };
    case "csv": {
      const csv = csvWriter(options, true);
      const zip = zipSync({
        "nodes.csv": strToU8(csv.nodesHeader + fileNodes(graph).map(csv.node).join("")),
        "edges.csv": strToU8(csv.edgesHeader + fileEdges(graph).map(csv.edge).join("")),
        "relations.csv": strToU8(relationsCsv(graph, evidence)),
      });
      return { name: `${baseName}-csv.zip`, type: "application/zip", data: zip };
    }
  }
}
