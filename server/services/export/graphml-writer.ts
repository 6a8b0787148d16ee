// GraphML, written as a stream (graphology-graphml only parses; the tests read these files
// back with it). Lists are written as JSON text, GraphML having no list type.
import { SYMMETRIC_RELATION_TYPES } from "../../../contract/model";
import type { ExportSource } from "./export-source";
import { xmlEscape } from "./xml-text";

const KEYS = [
  ["label", "node", "string"],
  ["kind", "node", "string"],
  ["degree", "node", "int"],
  ["aliases", "node", "string"],
  ["titles", "node", "string"],
  ["type", "edge", "string"],
  ["date", "edge", "string"],
  ["topic", "edge", "string"],
  ["confidence", "edge", "double"],
  ["evidenceCount", "edge", "int"],
] as const;

function data(values: [string, unknown][]): string {
  return values
    .filter(([, v]) => v !== undefined && v !== null)
    .map(
      ([key, v]) =>
        `<data key="${key}">${xmlEscape(Array.isArray(v) ? JSON.stringify(v) : v)}</data>`,
    )
    .join("");
}

export async function* writeGraphml(source: ExportSource): AsyncGenerator<string> {
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
    KEYS.map(
      ([name, domain, type]) =>
        `<key id="${name}" for="${domain}" attr.name="${name}" attr.type="${type}"/>\n`,
    ).join("") +
    '<graph id="newsgraph" edgedefault="directed">\n'
  );
  for await (const page of source.nodes()) {
    yield page
      .map(
        (e) =>
          `<node id="${xmlEscape(e.id)}">${data([
            ["label", e.name],
            ["kind", e.kind],
            ["degree", e.degree],
            ["aliases", e.aliases],
            ["titles", e.titles],
          ])}</node>\n`,
      )
      .join("");
  }
  for await (const page of source.edges()) {
    yield page
      .map((r) => {
        const directed = SYMMETRIC_RELATION_TYPES.includes(r.type) ? ' directed="false"' : "";
        return `<edge id="${xmlEscape(r.id)}" source="${xmlEscape(r.source)}" target="${xmlEscape(r.target)}"${directed}>${data(
          [
            ["type", r.type],
            ["date", r.date],
            ["topic", r.topic],
            ["confidence", r.confidence],
            ["evidenceCount", r.evidenceCount],
          ],
        )}</edge>\n`;
      })
      .join("");
  }
  yield "</graph>\n</graphml>\n";
}
