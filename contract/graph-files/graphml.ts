// GraphML as networkx, python-igraph, Gephi and graphology read it: every edge keeps its relation
// id as data (igraph drops edge ids), integers are `int`, lists are JSON text (GraphML has no
// list type). In the `mixed` edge mode symmetric relations are `directed="false"` edges of a
// directed graph; networkx and igraph cannot hold such a graph, so they take the `directed` mode
// (every edge directed, `undirected` saying which relations are symmetric). Each edge's `label`
// attribute is what Gephi's GraphML import keeps parallel edges apart by (see edgeKind); other
// readers ignore it.
import {
  NODE_FIELDS,
  edgeFields,
  edgeKind,
  isUndirected,
  present,
  xmlEscape,
  type FieldType,
  type FileEdge,
  type FileField,
  type FileNode,
  type FileOptions,
} from "./file-records";
import type { GraphFileWriter } from "./graph-file-writer";

const GRAPHML_TYPE: Record<FieldType, string> = {
  string: "string",
  integer: "int",
  double: "double",
  boolean: "boolean",
  liststring: "string",
};

const LABEL: FileField<FileNode> = { name: "label", type: "string", value: (n) => n.label };
const VIZ_FIELDS: readonly FileField<FileNode>[] = [
  { name: "x", type: "double", value: (n) => n.viz?.x },
  { name: "y", type: "double", value: (n) => n.viz?.y },
  { name: "size", type: "double", value: (n) => n.viz?.size },
  { name: "color", type: "string", value: (n) => n.viz?.color },
];
const RELATION_ID: FileField<FileEdge> = { name: "relationId", type: "string", value: (e) => e.id };

function keys<T>(domain: "node" | "edge", fields: readonly FileField<T>[]): string {
  return fields
    .map(
      (f) =>
        `<key id="${domain[0]}_${f.name}" for="${domain}" attr.name="${f.name}" attr.type="${GRAPHML_TYPE[f.type]}"/>\n`,
    )
    .join("");
}

function data<T>(domain: "node" | "edge", fields: readonly FileField<T>[], item: T): string {
  return fields
    .flatMap((field) => {
      const value = field.value(item);
      if (!present(value)) return [];
      const text = Array.isArray(value) ? JSON.stringify(value) : String(value);
      return [`<data key="${domain[0]}_${field.name}">${xmlEscape(text)}</data>`];
    })
    .join("");
}

/** Writes GraphML; `withViz` adds the view's x, y, size and color to nodes (browser exports). */
export function graphmlWriter(options: FileOptions, withViz = false): GraphFileWriter {
  const nodeFields = [LABEL, ...NODE_FIELDS, ...(withViz ? VIZ_FIELDS : [])];
  const fields = [RELATION_ID, ...edgeFields(options)];
  return {
    head:
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
      keys("node", nodeFields) +
      keys("edge", fields) +
      '<graph id="newsgraph" edgedefault="directed">\n',
    node: (node) => `<node id="${xmlEscape(node.id)}">${data("node", nodeFields, node)}</node>\n`,
    middle: "",
    edge: (edge) => {
      const directed = options.edges === "mixed" && isUndirected(edge) ? ' directed="false"' : "";
      return `<edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" label="${xmlEscape(edgeKind(edge))}"${directed}>${data("edge", fields, edge)}</edge>\n`;
    },
    tail: "</graph>\n</graphml>\n",
  };
}
