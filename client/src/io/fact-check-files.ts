// The parts of the view's exports a reader can fact-check: each relation's evidence sentences and
// their sources (article id, title, outlet, date, URL when the page stated it), in graphology JSON
// (the server's snapshot shape, so the file imports back with its evidence) and in relations.csv,
// one row per relation. Pure functions of the graph in view and its collected evidence.
import type { EvidenceItem, GraphSnapshot } from "../../../contract/api";
import { CSV_BOM, csvField } from "../../../contract/graph-files/csv";
import type { KnowledgeGraph } from "../graph/knowledge-graph";

/** Each relation's evidence, in the server's order. */
export type EvidenceByRelation = ReadonlyMap<string, readonly EvidenceItem[]>;

/** graphology's serialized graph with every edge's `evidence`, as `GET /api/export` writes it. */
export function graphJsonWithEvidence(
  graph: KnowledgeGraph,
  evidence: EvidenceByRelation,
): GraphSnapshot {
  const serialized = graph.export() as GraphSnapshot;
  for (const edge of serialized.edges) {
    edge.attributes.evidence = [...(evidence.get(edge.key) ?? [])];
  }
  return serialized;
}

/** Where a sentence comes from, in one line: title, outlet, date, address, article id. */
export function sourceLine(item: EvidenceItem): string {
  const { article } = item;
  const where = [article.outlet, article.publishedOn ?? "undated"].filter(Boolean).join(", ");
  const url = article.url ? ` ${article.url}` : "";
  return `${article.title || "(untitled)"}. ${where}.${url} (article ${article.id})`;
}

export const RELATIONS_CSV_COLUMNS = [
  "id",
  "source",
  "sourceName",
  "relation",
  "target",
  "targetName",
  "date",
  "topic",
  "confidence",
  "evidenceCount",
  "sentences",
  "sources",
] as const;

/**
 * relations.csv: one row per relation, its ends by id and name, and in `sentences` and `sources`
 * one line per evidence sentence, numbered alike ("[1] ..."), so line n of one is told by line n
 * of the other. RFC 4180 with CRLF row ends and a UTF-8 byte order mark, as the console's CSV.
 */
export function relationsCsv(graph: KnowledgeGraph, evidence: EvidenceByRelation): string {
  const rows = [RELATIONS_CSV_COLUMNS as readonly unknown[]];
  graph.forEachEdge((id, a, source, target, s, t) => {
    const items = evidence.get(id) ?? [];
    const numbered = (text: (item: EvidenceItem) => string) =>
      items.map((item, i) => `[${i + 1}] ${text(item)}`).join("\n");
    rows.push([
      id,
      source,
      s.label,
      a.type,
      target,
      t.label,
      a.date,
      a.topic,
      a.confidence,
      a.evidenceCount,
      numbered((item) => item.sentence.replace(/\s+/g, " ")),
      numbered(sourceLine),
    ]);
  });
  return CSV_BOM + rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}
