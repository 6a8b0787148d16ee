// GraphML, written as a stream (graphology-graphml only parses; the tests read these files
// back with it). Lists are written as JSON text, GraphML having no list type.
import { SYMMETRIC_RELATION_TYPES } from "../../../contract/model";
import {
  EDGE_FIELDS,
  NODE_FIELDS,
  edgeValues,
  nodeValues,
  type ExportField,
  type ExportSource,
} from "./export-source";
import { xmlEscape } from "./xml-text";

/** GraphML's names for our field types; lists travel as JSON text. */
const GRAPHML_TYPE = { string: "string", integer: "int", double: "double", liststring: "string" };

const key = (domain: "node" | "edge") => (field: ExportField) =>
  `<key id="${field.name}" for="${domain}" attr.name="${field.name}" attr.type="${GRAPHML_TYPE[field.type]}"/>\n`;

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
    key("node")({ name: "label", type: "string" }) +
    NODE_FIELDS.map(key("node")).join("") +
    EDGE_FIELDS.map(key("edge")).join("") +
    '<graph id="newsgraph" edgedefault="directed">\n'
  );
  for await (const page of source.nodes()) {
    yield page
      .map(
        (e) =>
          `<node id="${xmlEscape(e.id)}">${data([["label", e.name], ...nodeValues(e)])}</node>\n`,
      )
      .join("");
  }
  for await (const page of source.edges()) {
    yield page
      .map((r) => {
        const directed = SYMMETRIC_RELATION_TYPES.includes(r.type) ? ' directed="false"' : "";
        return `<edge id="${xmlEscape(r.id)}" source="${xmlEscape(r.source)}" target="${xmlEscape(r.target)}"${directed}>${data(edgeValues(r))}</edge>\n`;
      })
      .join("");
  }
  yield "</graph>\n</graphml>\n";
}
