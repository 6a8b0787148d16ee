// What makes a snapshot safe to merge, checked in full before anything is written: the snapshot
// must agree with itself (unique ids, edges between its own nodes, bounded sizes) and with what
// the graph already holds (no entity changes kind, no relation id is reused for another
// relationship, no evidence moves from one relation or article to another).
import type { RelationType } from "../../contract/model";
import type { GraphSnapshotInput } from "../schemas/graph-schemas";

/** Most nodes, edges and evidence items one snapshot may hold. */
export const SNAPSHOT_LIMITS = {
  nodes: 200_000,
  edges: 1_000_000,
  evidence: 1_000_000,
  /** Items in one list attribute (aliases, titles, topics, an edge's evidence). */
  listItems: 10_000,
  /** Characters in one text (a sentence, a name, a title). */
  textChars: 20_000,
};

/** How many problems a refusal lists; a snapshot with thousands of them would drown the point. */
export const PROBLEMS_LISTED = 20;

/** What the graph holds under the ids a snapshot names (see readStoredState). */
export interface StoredState {
  entityKinds: Map<string, string | null>;
  relations: Map<string, { type: RelationType; source: string; target: string }>;
  evidence: Map<string, { relationId: string | null; articleIds: string[] }>;
}

/** The ids a snapshot names, for looking up what the graph already holds under them. */
export function snapshotIds(snapshot: GraphSnapshotInput) {
  return {
    entityIds: snapshot.nodes.map((n) => n.key),
    relationIds: snapshot.edges.map((e) => e.key),
    evidenceIds: snapshot.edges.flatMap((e) => (e.attributes.evidence ?? []).map((v) => v.id)),
  };
}

/** Problems of the snapshot on its own, each naming its place in the body; [] when none. */
export function selfProblems(snapshot: GraphSnapshotInput): string[] {
  const problems: string[] = [];
  const add = (where: string, what: string) => problems.push(`body field '${where}': ${what}`);
  const evidenceCount = snapshot.edges.reduce(
    (n, e) => n + (e.attributes.evidence?.length ?? 0),
    0,
  );
  for (const [name, count] of [
    ["nodes", snapshot.nodes.length],
    ["edges", snapshot.edges.length],
    ["evidence", evidenceCount],
  ] as const) {
    if (count > SNAPSHOT_LIMITS[name]) {
      add(
        name,
        `${count} items, more than the ${SNAPSHOT_LIMITS[name]} one import takes; split it`,
      );
    }
  }
  if (problems.length > 0) return problems;

  const nodeAt = firstPlaces(snapshot.nodes.map((n) => n.key));
  snapshot.nodes.forEach((node, i) => {
    duplicate(add, `nodes.${i}.key`, node.key, nodeAt, i, "nodes");
    const { label, aliases, titles } = node.attributes;
    checkTexts(add, `nodes.${i}.attributes`, { label }, { aliases, titles });
  });

  const edgeAt = firstPlaces(snapshot.edges.map((e) => e.key));
  const evidenceAt = new Map<string, string>();
  snapshot.edges.forEach((edge, i) => {
    duplicate(add, `edges.${i}.key`, edge.key, edgeAt, i, "edges");
    for (const end of ["source", "target"] as const) {
      if (!nodeAt.has(edge[end])) {
        add(`edges.${i}.${end}`, `node '${edge[end]}' is not among the snapshot's nodes`);
      }
    }
    const { topic, topics, evidence = [] } = edge.attributes;
    checkTexts(add, `edges.${i}.attributes`, { topic }, { topics, evidence });
    evidence.forEach((item, j) => {
      const where = `edges.${i}.attributes.evidence.${j}`;
      const first = evidenceAt.get(item.id);
      if (first !== undefined) add(`${where}.id`, `'${item.id}' is already used at ${first}`);
      else evidenceAt.set(item.id, where);
      if (item.start > item.end) add(where, `start (${item.start}) is after end (${item.end})`);
      const { sentence, rule, article } = item;
      checkTexts(add, where, { sentence, rule, ...article }, {});
    });
  });
  return problems;
}

/** Where each key first appears. */
function firstPlaces(keys: string[]): Map<string, number> {
  const places = new Map<string, number>();
  keys.forEach((key, i) => {
    if (!places.has(key)) places.set(key, i);
  });
  return places;
}

function duplicate(
  add: (where: string, what: string) => void,
  where: string,
  key: string,
  firstAt: Map<string, number>,
  index: number,
  list: string,
): void {
  const first = firstAt.get(key);
  if (first !== undefined && first !== index) {
    add(where, `'${key}' is already the key of ${list}.${first}`);
  }
}

function checkTexts(
  add: (where: string, what: string) => void,
  where: string,
  texts: Record<string, string | null | undefined>,
  lists: Record<string, readonly unknown[] | undefined>,
): void {
  for (const [name, text] of Object.entries(texts)) {
    if (typeof text === "string" && text.length > SNAPSHOT_LIMITS.textChars) {
      add(`${where}.${name}`, `longer than ${SNAPSHOT_LIMITS.textChars} characters`);
    }
  }
  for (const [name, list] of Object.entries(lists)) {
    if (!list) continue;
    if (list.length > SNAPSHOT_LIMITS.listItems) {
      add(`${where}.${name}`, `more than ${SNAPSHOT_LIMITS.listItems} items`);
    }
    list.forEach((item, k) => {
      if (typeof item === "string" && item.length > SNAPSHOT_LIMITS.textChars) {
        add(`${where}.${name}.${k}`, `longer than ${SNAPSHOT_LIMITS.textChars} characters`);
      }
    });
  }
}

/** Problems of merging the snapshot into what the graph holds; [] when it merges cleanly. */
export function conflictsWithStored(snapshot: GraphSnapshotInput, stored: StoredState): string[] {
  const problems: string[] = [];
  const add = (where: string, what: string) => problems.push(`body field '${where}': ${what}`);
  snapshot.nodes.forEach((node, i) => {
    if (!stored.entityKinds.has(node.key)) return;
    const kind = stored.entityKinds.get(node.key);
    if (kind !== node.attributes.kind) {
      add(
        `nodes.${i}.attributes.kind`,
        `'${node.key}' is stored as a ${kind ?? "entity without a kind"}, not a ` +
          `${node.attributes.kind}; an entity keeps its kind`,
      );
    }
  });
  snapshot.edges.forEach((edge, i) => {
    const relation = stored.relations.get(edge.key);
    if (relation) {
      const same =
        relation.type === edge.attributes.type &&
        relation.source === edge.source &&
        relation.target === edge.target;
      if (!same) {
        add(
          `edges.${i}.key`,
          `'${edge.key}' is the id of a stored ${relation.type} from '${relation.source}' to ` +
            `'${relation.target}'; a relation id names one relationship`,
        );
      }
    }
    (edge.attributes.evidence ?? []).forEach((item, j) => {
      const where = `edges.${i}.attributes.evidence.${j}`;
      const held = stored.evidence.get(item.id);
      if (!held) return;
      if (held.relationId !== edge.key) {
        add(
          `${where}.id`,
          `evidence '${item.id}' belongs to the stored relation '${held.relationId}'; ` +
            "evidence cannot move to another relation",
        );
      }
      if (held.articleIds.some((id) => id !== item.article.id)) {
        add(
          `${where}.article.id`,
          `evidence '${item.id}' comes from the stored article '${held.articleIds.join("', '")}'`,
        );
      }
    });
  });
  return problems;
}

/** The 400 message of a refused snapshot: how many problems, and the first of them. */
export function refusalMessage(problems: string[]): string {
  const listed = problems.slice(0, PROBLEMS_LISTED);
  const more = problems.length - listed.length;
  return (
    `snapshot refused, nothing was written: ${problems.length} problem` +
    `${problems.length === 1 ? "" : "s"}; ${listed.join("; ")}` +
    (more > 0 ? `; and ${more} more` : "")
  );
}
