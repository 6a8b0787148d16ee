// The view's filters (relation types, entity kinds, date window) and the pure predicates that
// decide what is shown. The renderer's reducers and the exports both use these.
import {
  ENTITY_KINDS,
  RELATION_TYPES,
  type EntityKind,
  type RelationType,
} from "../../../contract/model";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "./knowledge-graph";

export interface Filters {
  readonly relationTypes: readonly RelationType[];
  readonly kinds: readonly EntityKind[];
  /** Inclusive date window (YYYY-MM-DD) for dated relations; null leaves that side open. */
  readonly from: string | null;
  readonly to: string | null;
  /** Leave out meetings without a date (they cannot be placed in any date window). */
  readonly excludeUndated: boolean;
}

export const ALL_FILTERS: Filters = {
  relationTypes: [...RELATION_TYPES],
  kinds: [...ENTITY_KINDS],
  from: null,
  to: null,
  excludeUndated: false,
};

/** "Who met whom": people and their meetings, nothing else. */
export const WHO_MET_WHOM: Filters = {
  relationTypes: ["MET_WITH"],
  kinds: ["Person"],
  from: null,
  to: null,
  excludeUndated: false,
};

/** Whether the filters show people and their meetings only (what the preset sets). */
export function isWhoMetWhom(filters: Filters): boolean {
  return (
    filters.relationTypes.length === 1 &&
    filters.relationTypes[0] === "MET_WITH" &&
    filters.kinds.length === 1 &&
    filters.kinds[0] === "Person"
  );
}

/** A meeting without a date while a date window is set: shown (unless excluded) but marked. */
export function isUndatedInWindow(filters: Filters, attributes: EdgeAttributes): boolean {
  return (
    attributes.type === "MET_WITH" &&
    !attributes.date &&
    (filters.from !== null || filters.to !== null)
  );
}

export function isNodeShown(
  filters: Filters,
  attributes: NodeAttributes,
  hidden: ReadonlySet<string>,
  key: string,
): boolean {
  return filters.kinds.includes(attributes.kind) && !hidden.has(key);
}

export function isEdgeShown(filters: Filters, attributes: EdgeAttributes): boolean {
  if (!filters.relationTypes.includes(attributes.type)) return false;
  if (filters.excludeUndated && attributes.type === "MET_WITH" && !attributes.date) return false;
  if (attributes.date) {
    if (filters.from && attributes.date < filters.from) return false;
    if (filters.to && attributes.date > filters.to) return false;
  }
  return true;
}

/** The part of the graph the view shows, as a new graph (for exports). */
export function visibleSubgraph(
  graph: KnowledgeGraph,
  filters: Filters,
  hidden: ReadonlySet<string>,
): KnowledgeGraph {
  const sub = graph.emptyCopy();
  graph.forEachNode((node, attributes) => {
    if (!isNodeShown(filters, attributes, hidden, node)) sub.dropNode(node);
  });
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    if (!sub.hasNode(source) || !sub.hasNode(target) || !isEdgeShown(filters, attributes)) return;
    if (undirected) sub.addUndirectedEdgeWithKey(edge, source, target, { ...attributes });
    else sub.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
  });
  return sub;
}

/** Earliest and latest dates of the graph's dated relations, or null when there are none. */
export function dateDomain(graph: KnowledgeGraph): { min: string; max: string } | null {
  let min: string | null = null;
  let max: string | null = null;
  graph.forEachEdge((_e, a) => {
    if (!a.date) return;
    if (min === null || a.date < min) min = a.date;
    if (max === null || a.date > max) max = a.date;
  });
  return min !== null && max !== null ? { min, max } : null;
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.excludeUndated === b.excludeUndated &&
    [...a.relationTypes].sort().join() === [...b.relationTypes].sort().join() &&
    [...a.kinds].sort().join() === [...b.kinds].sort().join()
  );
}
