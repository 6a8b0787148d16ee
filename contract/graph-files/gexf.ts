// GEXF 1.3 as Gephi, networkx and graphology read it (valid against the GEXF 1.3 XSD):
// - every edge says its own `type` (directed or undirected) and the graph sets no default that
//   contradicts it; in the `directed` edge mode all edges are directed, under a directed default;
// - `kind` is the relation type (and date, see edgeKind), so Gephi keeps parallel edges apart;
// - a meeting's date is the edge's `start` and `end` under `timeformat="date"`, the form Gephi
//   reads as a date (GEXF has no date attribute type); it is also a `date` text attribute;
// - lists are GEXF 1.3's `[a, b]`, integers are `integer`;
// - the view's colour, position and size (browser exports) are GEXF's viz elements.
import {
  NODE_FIELDS,
  edgeFields,
  edgeKind,
  isUndirected,
  present,
  xmlEscape,
  type FileField,
  type FileOptions,
} from "./file-records";
import type { GraphFileWriter } from "./graph-file-writer";

/** A list in GEXF 1.3's form, `[a, b]`; items with a comma, quote or bracket are quoted. */
export function gexfList(items: readonly string[]): string {
  const quoted = items.map((item) =>
    /[,"'[\]\\]|^\s|\s$/.test(item) ? `"${item.replace(/[\\"]/g, (c) => `\\${c}`)}"` : item,
  );
  return `[${quoted.join(", ")}]`;
}

function attvalues<T>(fields: readonly FileField<T>[], item: T): string {
  const values = fields.flatMap((field) => {
    const value = field.value(item);
    if (!present(value)) return [];
    const text = Array.isArray(value) ? gexfList(value as string[]) : String(value);
    return [`<attvalue for="${field.name}" value="${xmlEscape(text)}"/>`];
  });
  return values.length === 0 ? "" : `<attvalues>${values.join("")}</attvalues>`;
}

function declarations<T>(domain: "node" | "edge", fields: readonly FileField<T>[]): string {
  const attributes = fields
    .map((f) => `<attribute id="${f.name}" title="${f.name}" type="${f.type}"/>`)
    .join("");
  return `<attributes class="${domain}" mode="static">${attributes}</attributes>\n`;
}

/** Writes GEXF 1.3; `description` goes into the file's meta. */
export function gexfWriter(options: FileOptions, description = "newsgraph"): GraphFileWriter {
  const fields = edgeFields(options);
  const defaultType = options.edges === "directed" ? ' defaultedgetype="directed"' : "";
  return {
    head:
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n' +
      `<meta><creator>newsgraph</creator><description>${xmlEscape(description)}</description></meta>\n` +
      `<graph mode="dynamic" timeformat="date"${defaultType}>\n` +
      declarations("node", NODE_FIELDS) +
      declarations("edge", fields) +
      "<nodes>\n",
    node: (node) => {
      // In GEXF's own namespace, as the 1.3 XSD declares them (Gephi reads them either way).
      const viz = node.viz
        ? `<color hex="${xmlEscape(node.viz.color)}"/>` +
          `<position x="${node.viz.x}" y="${node.viz.y}"/>` +
          `<size value="${node.viz.size}"/>`
        : "";
      return `<node id="${xmlEscape(node.id)}" label="${xmlEscape(node.label)}">${attvalues(NODE_FIELDS, node)}${viz}</node>\n`;
    },
    middle: "</nodes>\n<edges>\n",
    edge: (edge) => {
      const type = options.edges === "mixed" && isUndirected(edge) ? "undirected" : "directed";
      const when = edge.date ? ` start="${edge.date}" end="${edge.date}"` : "";
      return (
        `<edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}"` +
        ` type="${type}" kind="${xmlEscape(edgeKind(edge))}" label="${edge.type}"${when}>${attvalues(fields, edge)}</edge>\n`
      );
    },
    tail: "</edges>\n</graph>\n</gexf>\n",
  };
}
