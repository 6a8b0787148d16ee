// The Cypher console's result as text: each cell written the way Cypher itself writes values
// (nodes with their label and key property, relationships with their type, paths hop by hop with
// their direction), and the whole table as a CSV file a spreadsheet opens as it is.
import type { CypherNode, CypherPath, CypherRelationship } from "../../../contract/api";

/** Properties that say which node it is, tried in this order; the first one present is shown. */
const NODE_KEYS = ["name", "title", "sentence", "id"];
/** Relationship properties worth a glance in a table cell. */
const RELATIONSHIP_KEYS = ["dates", "role", "topics"];
/** Longest text shown inside a node or relationship before it is cut with "…". */
const MAX_PROPERTY_CHARS = 80;

type Tagged = { $type?: unknown };

function isTagged(value: unknown, type: string): boolean {
  return typeof value === "object" && value !== null && (value as Tagged).$type === type;
}

function literal(value: unknown): string {
  if (typeof value === "string") {
    const cut =
      value.length > MAX_PROPERTY_CHARS ? `${value.slice(0, MAX_PROPERTY_CHARS - 1)}…` : value;
    return JSON.stringify(cut);
  }
  return cellText(value);
}

function propertyMap(properties: Record<string, unknown>, keys: readonly string[]): string {
  const shown = keys
    .filter((k) => properties[k] !== undefined && properties[k] !== null)
    .map((k) => `${k}: ${literal(properties[k])}`);
  return shown.length > 0 ? ` {${shown.join(", ")}}` : "";
}

/** The labels that say what a node is: `Entity` is left out when a kind label is there too. */
function nodeLabels(node: CypherNode): string {
  const specific = node.labels.filter((l) => l !== "Entity");
  const labels = specific.length > 0 ? specific : node.labels;
  return labels.map((l) => `:${l}`).join("");
}

/** `(:Person {name: "Harry Harris"})`: the labels and the one property that names the node. */
export function nodeText(node: CypherNode): string {
  const key = NODE_KEYS.find((k) => node.properties[k] !== undefined);
  return `(${nodeLabels(node)}${key ? propertyMap(node.properties, [key]) : ""})`;
}

/** `[:MET_WITH {dates: ["2020-08-18"]}]` */
export function relationshipText(rel: CypherRelationship): string {
  return `[:${rel.type}${propertyMap(rel.properties, RELATIONSHIP_KEYS)}]`;
}

function pathNodeName(node: CypherNode): string {
  const name = node.properties.name ?? node.properties.title;
  return typeof name === "string" ? name : nodeText(node);
}

/**
 * `Harry Harris -[MET_WITH]-> Lee In-young <-[HEADS]- …`: each hop in the direction the
 * relationship is stored, whichever way the path walks it.
 */
export function pathText(path: CypherPath): string {
  const [first, ...rest] = path.nodes;
  if (!first) return "()";
  let text = pathNodeName(first);
  path.relationships.forEach((rel, i) => {
    const from = path.nodes[i];
    const to = rest[i];
    const forward = rel.startElementId === from?.elementId;
    text += forward ? ` -[${rel.type}]-> ` : ` <-[${rel.type}]- `;
    text += to ? pathNodeName(to) : "()";
  });
  return text;
}

/** One value of a result row as text, the way Cypher writes it. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (isTagged(value, "node")) return nodeText(value as CypherNode);
  if (isTagged(value, "relationship")) return relationshipText(value as CypherRelationship);
  if (isTagged(value, "path")) return pathText(value as CypherPath);
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([k, v]) => `${k}: ${literal(v)}`).join(", ")}}`;
  }
  return String(value);
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV: a header of the column names, one line per row, CRLF line ends, and a
 * UTF-8 byte order mark so spreadsheets read non-ASCII names as UTF-8 rather than guessing.
 */
export function resultCsv(columns: readonly string[], rows: readonly unknown[][]): string {
  const lines = [columns, ...rows.map((row) => row.map(cellText))];
  return `\uFEFF${lines.map((cells) => cells.map(csvField).join(",")).join("\r\n")}\r\n`;
}
