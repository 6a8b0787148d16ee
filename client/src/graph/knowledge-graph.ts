// The graph the explorer shows: one graphology instance of entities and relations, grown by
// merging API payloads. Graph building uses graphology alone (no rendering here).
import Graph from "graphology";
import type {
  EntityNodeAttributes,
  RelationEdgeAttributes,
  SerializedGraph,
} from "../../../contract/api";
import {
  ENTITY_KINDS,
  RELATION_TYPES,
  type EntityKind,
  type RelationType,
} from "../../../contract/model";

/** An entity node as the explorer holds it: the API's data plus its position in the layout. */
export interface NodeAttributes extends EntityNodeAttributes {
  x: number;
  y: number;
}

/** A relation edge as the explorer holds it (the API's data, untouched). */
export type EdgeAttributes = RelationEdgeAttributes;

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes>;

/** What a merge added, so that it can be undone. */
export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

/** A new, empty graph that accepts anything the API sends: directed, parallel edges, loops. */
export function createKnowledgeGraph(): KnowledgeGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({
    type: "mixed",
    multi: true,
    allowSelfLoops: true,
  });
}

/**
 * Merges a serialized subgraph into the graph. Nodes already there keep their position; new ones
 * are placed around `anchor` (or around the centre of their known neighbours), so growing the
 * graph never scrambles the picture.
 */
export function mergePayload(
  graph: KnowledgeGraph,
  payload: SerializedGraph<Partial<EntityNodeAttributes>, Partial<RelationEdgeAttributes>>,
  anchor?: string,
): MergeResult {
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  for (const { key, attributes } of payload.nodes) {
    const data = normaliseNode(key, attributes);
    if (graph.hasNode(key)) {
      const current = graph.getNodeAttributes(key);
      // A later, larger page of a hub says fewer hidden neighbours: keep the smallest count (a
      // payload that says nothing, like a path's, leaves the count as it was).
      const counts = [current.hiddenNeighbors, data.hiddenNeighbors].filter(
        (n): n is number => n !== undefined,
      );
      const merged = { ...data, x: current.x, y: current.y };
      if (counts.length > 0) merged.hiddenNeighbors = Math.min(...counts);
      graph.mergeNodeAttributes(key, merged);
    } else {
      graph.addNode(key, { ...data, x: Number.NaN, y: Number.NaN });
      addedNodes.push(key);
    }
  }
  for (const edge of payload.edges) {
    if (graph.hasEdge(edge.key)) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const attributes = normaliseEdge(edge.attributes);
    if (edge.undirected)
      graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
    addedEdges.push(edge.key);
  }
  placeNewNodes(graph, addedNodes, anchor);
  return { addedNodes, addedEdges };
}

/** Removes what a merge added (undo of an expansion). */
export function unmerge(graph: KnowledgeGraph, merge: MergeResult): void {
  for (const edge of merge.addedEdges) if (graph.hasEdge(edge)) graph.dropEdge(edge);
  for (const node of merge.addedNodes) if (graph.hasNode(node)) graph.dropNode(node);
}

function normaliseNode(
  key: string,
  a: Partial<EntityNodeAttributes> & Record<string, unknown>,
): EntityNodeAttributes {
  const kind = (ENTITY_KINDS as readonly string[]).includes(String(a.kind))
    ? (a.kind as EntityKind)
    : kindFromKey(key);
  const label = typeof a.label === "string" ? a.label : typeof a.name === "string" ? a.name : key;
  const node: EntityNodeAttributes = {
    label,
    kind,
    degree: typeof a.degree === "number" ? a.degree : 0,
    aliases: Array.isArray(a.aliases) ? a.aliases.map(String) : [],
    titles: Array.isArray(a.titles) ? a.titles.map(String) : [],
  };
  if (typeof a.hiddenNeighbors === "number") node.hiddenNeighbors = a.hiddenNeighbors;
  return node;
}

function normaliseEdge(
  a: Partial<RelationEdgeAttributes> & Record<string, unknown>,
): EdgeAttributes {
  const type = (RELATION_TYPES as readonly string[]).includes(String(a.type))
    ? (a.type as RelationType)
    : "MET_WITH";
  const edge: EdgeAttributes = {
    ...a,
    type,
    confidence: typeof a.confidence === "number" ? a.confidence : 1,
    evidenceCount: typeof a.evidenceCount === "number" ? a.evidenceCount : 0,
  };
  if (typeof a.date === "string") edge.date = a.date.slice(0, 10);
  else if (Array.isArray(a.dates) && typeof a.dates[0] === "string")
    edge.date = a.dates[0].slice(0, 10);
  return edge;
}

function kindFromKey(key: string): EntityKind {
  const prefix = key.split(":")[0]?.toLowerCase();
  return ENTITY_KINDS.find((k) => k.toLowerCase() === prefix) ?? "Organization";
}

/** Deterministic pseudo-random numbers, so the same graph lays out the same way twice. */
function hashUnit(text: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100000) / 100000;
}

function placeNewNodes(graph: KnowledgeGraph, added: string[], anchor?: string): void {
  if (added.length === 0) return;
  const placed = graph.filterNodes((_n, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
  // Spread of the existing layout, so new nodes land at a comparable scale.
  const spread = placed.length > 1 ? Math.sqrt(placed.length) * 12 : 100;
  for (const node of added) {
    let cx = 0;
    let cy = 0;
    let found = 0;
    const around =
      anchor && graph.hasNode(anchor) && node !== anchor ? [anchor] : graph.neighbors(node);
    for (const n of around) {
      const a = graph.getNodeAttributes(n);
      if (Number.isFinite(a.x) && Number.isFinite(a.y)) {
        cx += a.x;
        cy += a.y;
        found++;
      }
    }
    const angle = hashUnit(node, 1) * 2 * Math.PI;
    const radius = found > 0 ? 8 + hashUnit(node, 2) * 14 : spread * Math.sqrt(hashUnit(node, 3));
    const x = (found > 0 ? cx / found : 0) + Math.cos(angle) * radius;
    const y = (found > 0 ? cy / found : 0) + Math.sin(angle) * radius;
    graph.mergeNodeAttributes(node, { x, y });
  }
}

/**
 * For each edge between a pair that has several edges, its index among them and their count, so
 * the renderer can curve parallel relations apart instead of drawing them on top of each other.
 */
export function parallelEdgeIndex(
  graph: KnowledgeGraph,
): Map<string, { index: number; count: number }> {
  const byPair = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = byPair.get(pair);
    if (list) list.push(edge);
    else byPair.set(pair, [edge]);
  });
  const index = new Map<string, { index: number; count: number }>();
  for (const edges of byPair.values()) {
    if (edges.length < 2) continue;
    edges.forEach((edge, i) => index.set(edge, { index: i, count: edges.length }));
  }
  return index;
}

/** The other end of an edge seen from `node`. */
export function otherEnd(graph: KnowledgeGraph, edge: string, node: string): string {
  return graph.opposite(node, edge);
}
