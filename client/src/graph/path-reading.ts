// A found path as a reader should take it: each hop a sentence in the relation's own direction
// ("Wale Edun heads Ministry of Finance", whichever way the path walks it), and the entities in
// the middle that make a link weak: hubs with very many relations, and countries, which connect
// people who have nothing else to do with each other.
import type { RelationType } from "../../../contract/model";
import type { KnowledgeGraph } from "./knowledge-graph";

/** An entity with at least this many relations (in the whole database) is a hub. */
export const HUB_DEGREE = 25;

const VERBS: Record<RelationType, string> = {
  MET_WITH: "met",
  HEADS: "heads",
  MEMBER_OF: "is a member of",
  DISAGREES_ON: "disagrees with",
  REPRESENTS: "represents",
  PART_OF: "is part of",
};

/** One hop read as a sentence: subject, verb, object as the relation states them. */
export interface HopReading {
  subject: string;
  verb: string;
  object: string;
  /** "on 2024-03-02", "on tariffs": what the relation adds. */
  detail: string | null;
  /** The path walks this hop from its object to its subject. */
  against: boolean;
}

/** A middle entity of a path that makes the link through it weak. */
export interface WeakLink {
  node: string;
  label: string;
  reason: "hub" | "country";
  degree: number;
  /** "via a hub of 57 relations". */
  text: string;
}

const label = (graph: KnowledgeGraph, node: string): string =>
  graph.hasNode(node) ? graph.getNodeAttribute(node, "label") : node;

/** Reads the hop `edge` walked from `from`, in the relation's own direction. */
export function readHop(graph: KnowledgeGraph, edge: string, from: string): HopReading | null {
  if (!graph.hasEdge(edge)) return null;
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const symmetric = graph.isUndirected(edge);
  // A symmetric relation reads in the path's order; a directed one always as stored.
  const subject = symmetric ? from : source;
  const object = subject === source ? target : source;
  const detail =
    a.type === "MET_WITH" && a.date
      ? `on ${a.date}`
      : a.type === "DISAGREES_ON" && a.topic
        ? `on ${a.topic}`
        : null;
  return {
    subject: label(graph, subject),
    verb: VERBS[a.type],
    object: label(graph, object),
    detail,
    against: subject !== from,
  };
}

/** The middle entities of a path (its ends excluded) that are hubs or countries. */
export function weakLinks(graph: KnowledgeGraph, nodes: readonly string[]): WeakLink[] {
  const links: WeakLink[] = [];
  for (const node of nodes.slice(1, -1)) {
    if (!graph.hasNode(node)) continue;
    const a = graph.getNodeAttributes(node);
    if (a.degree >= HUB_DEGREE)
      links.push({
        node,
        label: a.label,
        reason: "hub",
        degree: a.degree,
        text: `via a hub of ${a.degree} relations`,
      });
    else if (a.kind === "Country")
      links.push({
        node,
        label: a.label,
        reason: "country",
        degree: a.degree,
        text: "via a country: it links many entities that may have nothing else in common",
      });
  }
  return links;
}

/**
 * Places the path's newly added entities (`added`) along the path, evenly between the entities
 * already placed on either side (or stepping on past the last one), so a path reads as a line
 * instead of a knot at the entity it was merged next to.
 */
export function placeAlongPath(
  graph: KnowledgeGraph,
  nodes: readonly string[],
  added: ReadonlySet<string>,
): void {
  const at = (n: string) => ({
    x: graph.getNodeAttribute(n, "x"),
    y: graph.getNodeAttribute(n, "y"),
  });
  const xs: number[] = [];
  const ys: number[] = [];
  graph.forEachNode((n, a) => {
    if (added.has(n)) return;
    xs.push(a.x);
    ys.push(a.y);
  });
  const extent = Math.hypot(
    Math.max(...xs, 1) - Math.min(...xs, 0),
    Math.max(...ys, 1) - Math.min(...ys, 0),
  );
  const step = Math.max(extent / Math.sqrt(graph.order + 1), 1);
  const fixed = nodes
    .map((n, i) => (added.has(n) || !graph.hasNode(n) ? -1 : i))
    .filter((i) => i >= 0);
  const set = (i: number, x: number, y: number) => {
    const n = nodes[i];
    if (n !== undefined && graph.hasNode(n)) graph.mergeNodeAttributes(n, { x, y });
  };
  if (fixed.length === 0) {
    nodes.forEach((_, i) => set(i, i * step, 0));
    return;
  }
  // Between two placed entities: evenly spaced on the segment.
  for (let k = 0; k + 1 < fixed.length; k++) {
    const [i, j] = [fixed[k]!, fixed[k + 1]!];
    const a = at(nodes[i]!);
    const b = at(nodes[j]!);
    for (let m = i + 1; m < j; m++) {
      const t = (m - i) / (j - i);
      set(m, a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
    }
  }
  // Before the first and after the last placed entity: a step at a time, straight on.
  const first = fixed[0]!;
  const last = fixed.at(-1)!;
  const a = at(nodes[first]!);
  for (let m = first - 1; m >= 0; m--) set(m, a.x - (first - m) * step, a.y);
  const b = at(nodes[last]!);
  for (let m = last + 1; m < nodes.length; m++) set(m, b.x + (m - last) * step, b.y);
}
