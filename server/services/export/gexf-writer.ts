// GEXF 1.3 (Gephi), written as a stream: graphology-gexf's writer needs the whole graph in
// memory, so this one writes the same structure page by page (and the tests read its files
// back with graphology-gexf's parser).
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

function attvalues(values: [string, unknown][]): string {
  const present = values.filter(
    ([, v]) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0),
  );
  if (present.length === 0) return "";
  return `<attvalues>${present
    .map(
      ([key, v]) =>
        `<attvalue for="${key}" value="${xmlEscape(Array.isArray(v) ? v.join("|") : v)}"/>`,
    )
    .join("")}</attvalues>`;
}

const attribute = ({ name, type }: ExportField) =>
  `<attribute id="${name}" title="${name}" type="${type}"/>`;

export async function* writeGexf(source: ExportSource): AsyncGenerator<string> {
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n' +
    "<meta><creator>newsgraph</creator></meta>\n" +
    '<graph defaultedgetype="directed" mode="static">\n' +
    '<attributes class="node">' +
    NODE_FIELDS.map(attribute).join("") +
    "</attributes>\n" +
    '<attributes class="edge">' +
    EDGE_FIELDS.map(attribute).join("") +
    "</attributes>\n<nodes>\n"
  );
  for await (const page of source.nodes()) {
    yield page
      .map(
        (e) =>
          `<node id="${xmlEscape(e.id)}" label="${xmlEscape(e.name)}">${attvalues(nodeValues(e))}</node>\n`,
      )
      .join("");
  }
  yield "</nodes>\n<edges>\n";
  for await (const page of source.edges()) {
    yield page
      .map((r) => {
        const kind = SYMMETRIC_RELATION_TYPES.includes(r.type) ? ' type="undirected"' : "";
        return `<edge id="${xmlEscape(r.id)}" source="${xmlEscape(r.source)}" target="${xmlEscape(r.target)}" label="${r.type}"${kind}>${attvalues(edgeValues(r))}</edge>\n`;
      })
      .join("");
  }
  yield "</edges>\n</graph>\n</gexf>\n";
}
