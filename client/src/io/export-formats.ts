// The current view's graph as files: graphology JSON, GEXF (Gephi), GraphML and CSV (a zip of
// nodes.csv and edges.csv). Pure functions of a graph; the caller decides what is in view.
import { strToU8, zipSync } from "fflate";
import { write as writeGexf } from "graphology-gexf/browser";
import { KIND_COLORS, RELATION_STYLES, nodeSize } from "../graph/graph-style";
import type { KnowledgeGraph } from "../graph/knowledge-graph";

export type DataFormat = "json" | "gexf" | "graphml" | "csv";

export interface ExportFile {
  name: string;
  type: string;
  data: string | Uint8Array;
}

/** Attributes as files carry them: lists joined, so every format can hold them. */
function flat(value: unknown): string | number | boolean {
  if (Array.isArray(value)) return value.join("; ");
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

export function exportGraph(
  graph: KnowledgeGraph,
  format: DataFormat,
  baseName = "newsgraph",
): ExportFile {
  switch (format) {
    case "json":
      return {
        name: `${baseName}.json`,
        type: "application/json",
        data: JSON.stringify(graph.export(), null, 1),
      };
    case "gexf":
      return {
        name: `${baseName}.gexf`,
        type: "application/xml",
        data: writeGexf(graph, {
          formatNode: (key, a) => ({
            label: a.label,
            viz: { x: a.x, y: a.y, color: KIND_COLORS[a.kind], size: nodeSize(a.degree) },
            attributes: {
              kind: a.kind,
              degree: a.degree,
              aliases: flat(a.aliases),
              titles: flat(a.titles),
            },
          }),
          formatEdge: (_key, a) => ({
            label: a.type,
            viz: { color: RELATION_STYLES[a.type].color },
            attributes: {
              type: a.type,
              date: a.date ?? "",
              topic: a.topic ?? "",
              confidence: a.confidence,
              evidenceCount: a.evidenceCount,
            },
          }),
        }),
      };
    case "graphml":
      return { name: `${baseName}.graphml`, type: "application/xml", data: toGraphml(graph) };
    case "csv": {
      const zip = zipSync({
        "nodes.csv": strToU8(nodesCsv(graph)),
        "edges.csv": strToU8(edgesCsv(graph)),
      });
      return { name: `${baseName}-csv.zip`, type: "application/zip", data: zip };
    }
  }
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const NODE_KEYS = [
  ["label", "string"],
  ["kind", "string"],
  ["degree", "int"],
  ["aliases", "string"],
  ["titles", "string"],
  ["x", "double"],
  ["y", "double"],
] as const;
const EDGE_KEYS = [
  ["type", "string"],
  ["date", "string"],
  ["topic", "string"],
  ["confidence", "double"],
  ["evidenceCount", "int"],
] as const;

/** GraphML with typed keys for every attribute the explorer knows. */
export function toGraphml(graph: KnowledgeGraph): string {
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`,
    ...NODE_KEYS.map(
      ([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`,
    ),
    ...EDGE_KEYS.map(
      ([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`,
    ),
    `  <graph id="newsgraph" edgedefault="directed">`,
  ];
  graph.forEachNode((node, a) => {
    const record = a as unknown as Record<string, unknown>;
    const data = NODE_KEYS.map(
      ([k]) => `<data key="n_${k}">${escapeXml(String(flat(record[k])))}</data>`,
    );
    lines.push(`    <node id="${escapeXml(node)}">${data.join("")}</node>`);
  });
  graph.forEachEdge((edge, a, source, target, _s, _t, undirected) => {
    const record = a as unknown as Record<string, unknown>;
    const data = EDGE_KEYS.filter(([k]) => record[k] !== undefined).map(
      ([k]) => `<data key="e_${k}">${escapeXml(String(flat(record[k])))}</data>`,
    );
    const directed = undirected ? ` directed="false"` : "";
    lines.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${directed}>${data.join("")}</edge>`,
    );
  });
  lines.push(`  </graph>`, `</graphml>`);
  return lines.join("\n");
}

function csvCell(value: unknown): string {
  const text = String(flat(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(values: unknown[]): string {
  return values.map(csvCell).join(",");
}

export function nodesCsv(graph: KnowledgeGraph): string {
  const rows = [csvLine(["id", "label", "kind", "degree", "aliases", "titles", "x", "y"])];
  graph.forEachNode((node, a) =>
    rows.push(csvLine([node, a.label, a.kind, a.degree, a.aliases, a.titles, a.x, a.y])),
  );
  return rows.join("\r\n") + "\r\n";
}

export function edgesCsv(graph: KnowledgeGraph): string {
  const rows = [
    csvLine(["id", "source", "target", "type", "date", "topic", "confidence", "evidenceCount"]),
  ];
  graph.forEachEdge((edge, a, source, target) =>
    rows.push(
      csvLine([edge, source, target, a.type, a.date, a.topic, a.confidence, a.evidenceCount]),
    ),
  );
  return rows.join("\r\n") + "\r\n";
}
