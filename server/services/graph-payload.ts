// Builds graphology's serialized format from entity and relation records, so the client does
// `graph.import(payload)`. Mixed and multi: symmetric relations are undirected edges, and two
// meetings of one pair are two edges. Edge key = relation id.
import type {
  EntityNodeAttributes,
  KnowledgeGraphPayload,
  RelationEdgeAttributes,
  SerializedGraph,
} from "../../contract/api";
import { SYMMETRIC_RELATION_TYPES } from "../../contract/model";
import type { EntityRecord, RelationRecord } from "../repositories/graph-records";

export const GRAPH_OPTIONS: KnowledgeGraphPayload["options"] = {
  type: "mixed",
  multi: true,
  allowSelfLoops: false,
};

export function nodeAttributes(
  entity: EntityRecord,
  hiddenNeighbors?: number,
): EntityNodeAttributes {
  const attributes: EntityNodeAttributes = {
    label: entity.name,
    kind: entity.kind,
    degree: entity.degree,
    aliases: entity.aliases,
    titles: entity.titles,
  };
  if (hiddenNeighbors !== undefined) attributes.hiddenNeighbors = hiddenNeighbors;
  return attributes;
}

export function edgeAttributes(relation: RelationRecord): RelationEdgeAttributes {
  const attributes: RelationEdgeAttributes = {
    type: relation.type,
    confidence: relation.confidence,
    evidenceCount: relation.evidenceCount,
  };
  if (relation.date !== undefined) attributes.date = relation.date;
  if (relation.topic !== undefined) attributes.topic = relation.topic;
  return attributes;
}

export function serializedEdge<E>(relation: RelationRecord, attributes: E) {
  const edge: SerializedGraph<EntityNodeAttributes, E>["edges"][number] = {
    key: relation.id,
    source: relation.source,
    target: relation.target,
    attributes,
  };
  if (SYMMETRIC_RELATION_TYPES.includes(relation.type)) edge.undirected = true;
  return edge;
}

/**
 * The payload for these entities and relations; relations whose ends are not both among the
 * entities are left out (graphology would refuse them). `hidden` gives hiddenNeighbors by id.
 */
export function buildGraphPayload(
  entities: readonly EntityRecord[],
  relations: readonly RelationRecord[],
  options: { attributes?: Record<string, unknown>; hidden?: Map<string, number> } = {},
): KnowledgeGraphPayload {
  const keys = new Set(entities.map((e) => e.id));
  const seen = new Set<string>();
  const edges: KnowledgeGraphPayload["edges"] = [];
  for (const relation of relations) {
    if (seen.has(relation.id) || !keys.has(relation.source) || !keys.has(relation.target)) {
      continue;
    }
    if (relation.source === relation.target) continue;
    seen.add(relation.id);
    edges.push(serializedEdge(relation, edgeAttributes(relation)));
  }
  return {
    attributes: options.attributes ?? {},
    options: { ...GRAPH_OPTIONS },
    nodes: entities.map((e) => ({
      key: e.id,
      attributes: nodeAttributes(e, options.hidden?.get(e.id)),
    })),
    edges,
  };
}
