// nodes.csv and edges.csv (RFC 4180) for spreadsheets, pandas and Gephi's spreadsheet import.
// Gephi gives some column names a meaning of its own (case-insensitive): `Id` and `Label` of
// nodes and edges, `Source`, `Target`, `Type` (the direction) and `Kind` (what keeps parallel
// edges apart) of edges. We use those names for exactly those meanings and nothing else; the
// relation type has its own `relation` column. Each file starts with a UTF-8 byte-order mark, so
// Excel shows non-ASCII names right (Python's csv with `utf-8-sig`, pandas and Gephi skip it).
import {
  NODE_FIELDS,
  edgeFields,
  edgeKind,
  isUndirected,
  type FileEdge,
  type FileNode,
  type FileOptions,
} from "./file-records";

export const CSV_BOM = "\uFEFF";

/**
 * A CSV field, quoted when it needs to be. Lists are joined with `|`. Text that a spreadsheet
 * would run as a formula (names come from untrusted articles) gets a leading apostrophe.
 */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return "";
  const joined = Array.isArray(value) ? value.join("|") : String(value);
  const formula = typeof value !== "number" && /^[=+\-@\t\r]/.test(joined);
  const text = formula ? `'${joined}` : joined;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (values: readonly unknown[]) => `${values.map(csvField).join(",")}\r\n`;

const VIZ_COLUMNS = ["x", "y", "size", "color"] as const;

export interface CsvWriter {
  nodesHeader: string;
  node(node: FileNode): string;
  edgesHeader: string;
  edge(edge: FileEdge): string;
}

/** Writes CSV rows; `withViz` adds the view's x, y, size and color to nodes (browser exports). */
export function csvWriter(options: FileOptions, withViz = false): CsvWriter {
  const fields = edgeFields(options);
  return {
    nodesHeader:
      CSV_BOM +
      row(["Id", "Label", ...NODE_FIELDS.map((f) => f.name), ...(withViz ? VIZ_COLUMNS : [])]),
    node: (n) =>
      row([
        n.id,
        n.label,
        ...NODE_FIELDS.map((f) => f.value(n)),
        ...(withViz ? VIZ_COLUMNS.map((c) => n.viz?.[c]) : []),
      ]),
    edgesHeader:
      CSV_BOM +
      row(["Id", "Source", "Target", "Type", "Kind", "Label", ...fields.map((f) => f.name)]),
    edge: (e) =>
      row([
        e.id,
        e.source,
        e.target,
        options.edges === "mixed" && isUndirected(e) ? "Undirected" : "Directed",
        edgeKind(e),
        e.type,
        ...fields.map((f) => f.value(e)),
      ]),
  };
}
