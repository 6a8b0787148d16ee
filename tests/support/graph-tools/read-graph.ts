// What a tool got out of an export file, in one shape for every tool (Gephi, networkx, igraph,
// Python's csv, graphology), and the same shape for what the JSON export says, so that a test
// compares them whole: every node and edge, each edge's direction, relation type, date, lists,
// integers and non-ASCII names.
import type { GraphSnapshot } from "../../../contract/api";
import type { EdgeMode } from "../../../contract/graph-files/file-records";
import type { GephiGraph } from "../gephi/gephi-toolkit";

export interface ReadNode {
  id: string;
  label: string | null;
  kind: string | null;
  degree: number | null;
  aliases: string[];
  titles: string[];
}

export interface ReadEdge {
  id: string;
  source: string;
  target: string;
  /** The edge's direction as the tool holds it. */
  directed: boolean;
  /** The `undirected` attribute (the `directed` edge mode), when the file has one. */
  undirected: boolean | null;
  relation: string | null;
  date: string | null;
  evidenceCount: number | null;
}

export interface ReadGraph {
  nodes: ReadNode[];
  edges: ReadEdge[];
  /** Integer attributes (degree, evidenceCount) came back as integers, not floats or text. */
  integers: boolean;
  issues: string[];
}

/** The graph as the JSON export states it: what every other file must give back. */
export function expectedGraph(snapshot: GraphSnapshot): ReadGraph {
  return {
    nodes: snapshot.nodes.map((n) => ({
      id: n.key,
      label: n.attributes.label,
      kind: n.attributes.kind,
      degree: n.attributes.degree,
      aliases: n.attributes.aliases,
      titles: n.attributes.titles,
    })),
    edges: snapshot.edges.map((e) => ({
      id: e.key,
      source: e.source,
      target: e.target,
      directed: !e.undirected,
      undirected: null,
      relation: e.attributes.type,
      date: e.attributes.date ?? null,
      evidenceCount: e.attributes.evidenceCount,
    })),
    integers: true,
    issues: [],
  };
}

/**
 * A graph in a form two readings compare equal in when they hold the same graph: sorted, an
 * undirected edge's ends unordered, and in the `directed` edge mode the direction taken from
 * the `undirected` attribute (after checking that the tool saw every edge directed).
 */
export function comparable(graph: ReadGraph, mode: EdgeMode | "truth") {
  const edges = graph.edges.map((e) => {
    if (mode === "directed" && (!e.directed || e.undirected === null)) {
      throw new Error(`edge ${e.id}: not directed with an undirected flag in the directed mode`);
    }
    const directed = mode === "directed" ? !e.undirected : e.directed;
    const ends = directed ? `${e.source} -> ${e.target}` : [e.source, e.target].sort().join(" -- ");
    return { id: e.id, ends, relation: e.relation, date: e.date, evidenceCount: e.evidenceCount };
  });
  return {
    nodes: [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id)),
    edges: edges.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

const LIST_READERS = {
  array: (v: unknown) => (Array.isArray(v) ? v.map(String) : []),
  json: (v: unknown) => (typeof v === "string" && v ? (JSON.parse(v) as string[]) : []),
  pipe: (v: unknown) => (typeof v === "string" && v ? v.split("|") : []),
};

/** Gephi's CSV import types a date column as a set of timestamps: `<[1597708800000.0]>`. */
function gephiDate(value: unknown): string | null {
  if (value === undefined || value === null || value === "") return null;
  const millis = /^<\[(\d+(?:\.\d+)?)\]>$/.exec(String(value))?.[1];
  return millis ? new Date(Number(millis)).toISOString().slice(0, 10) : String(value);
}

/** What Gephi holds; `lists` says how the format carries lists (GEXF arrays, JSON, `a|b`). */
export function fromGephi(graph: GephiGraph, lists: keyof typeof LIST_READERS): ReadGraph {
  // Gephi's CSV import lowercases column titles; GEXF and GraphML keep them.
  const get = (attributes: Record<string, unknown>, name: string) =>
    attributes[name] ?? attributes[name.toLowerCase()];
  const columnType = (columns: Record<string, string>, name: string) =>
    columns[name] ?? columns[name.toLowerCase()];
  const list = LIST_READERS[lists];
  const issues = [...graph.issues];
  const edges = graph.edges.map((e) => {
    const date = gephiDate(get(e.attributes, "date"));
    const interval = e.dates[0];
    if (interval && (interval[0] !== date || interval[1] !== date)) {
      issues.push(`edge ${e.id}: interval ${interval.join("..")} but date ${date}`);
    }
    const undirected = get(e.attributes, "undirected");
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      directed: e.directed,
      undirected: typeof undirected === "boolean" ? undirected : null,
      relation: (get(e.attributes, "relation") as string | undefined) ?? null,
      date: interval?.[0] ?? date,
      evidenceCount: (get(e.attributes, "evidenceCount") as number | undefined) ?? null,
    };
  });
  return {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      kind: (get(n.attributes, "kind") as string | undefined) ?? null,
      degree: (get(n.attributes, "degree") as number | undefined) ?? null,
      aliases: list(get(n.attributes, "aliases")),
      titles: list(get(n.attributes, "titles")),
    })),
    edges,
    integers:
      columnType(graph.nodeColumns, "degree") === "Integer" &&
      columnType(graph.edgeColumns, "evidenceCount") === "Integer",
    issues,
  };
}
