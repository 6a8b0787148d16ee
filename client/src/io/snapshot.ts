// Snapshot files and link state. A snapshot restores the exact view: nodes and their positions,
// edges, filters, hidden nodes, selection, camera and the Cypher query. The URL carries a
// compact form of the same view (the entity ids, filters, camera, selection) so a link reopens it.
import type { SerializedGraph } from "../../../contract/api";
import {
  ENTITY_KINDS,
  RELATION_TYPES,
  type EntityKind,
  type RelationType,
} from "../../../contract/model";
import { ALL_FILTERS, type Filters } from "../graph/filters";
import type { EdgeAttributes, NodeAttributes } from "../graph/knowledge-graph";
import type { QueryState, Selection } from "../state/explorer-state";
import type { CameraState } from "../state/view-port";

export const SNAPSHOT_FORMAT = "newsgraph-snapshot";
export const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  savedAt: string;
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
  filters: Filters;
  hidden: string[];
  selection: Selection;
  camera: CameraState;
  query: QueryState;
}

/** Thrown when a file is not a snapshot this version can read; the message says why. */
export class SnapshotError extends Error {
  override name = "SnapshotError";
}

export function parseSnapshot(text: string): Snapshot {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SnapshotError("This file is not JSON, so it is not a newsgraph snapshot.");
  }
  const s = value as Partial<Snapshot> | null;
  if (!s || s.format !== SNAPSHOT_FORMAT)
    throw new SnapshotError("This JSON file is not a newsgraph snapshot.");
  if (s.version !== SNAPSHOT_VERSION)
    throw new SnapshotError(
      `Snapshot version ${String(s.version)} is not supported (expected ${SNAPSHOT_VERSION}).`,
    );
  if (!s.graph || !Array.isArray(s.graph.nodes) || !Array.isArray(s.graph.edges))
    throw new SnapshotError("The snapshot has no graph.");
  return {
    ...(s as Snapshot),
    filters: cleanFilters(s.filters),
    hidden: Array.isArray(s.hidden) ? s.hidden.map(String) : [],
    selection: s.selection ?? null,
    camera: cleanCamera(s.camera),
    query: { text: String(s.query?.text ?? ""), params: String(s.query?.params ?? "{}") },
  };
}

function cleanFilters(f: Partial<Filters> | undefined): Filters {
  if (!f) return { ...ALL_FILTERS };
  return {
    relationTypes: (f.relationTypes ?? []).filter((t): t is RelationType =>
      (RELATION_TYPES as readonly string[]).includes(t),
    ),
    kinds: (f.kinds ?? []).filter((k): k is EntityKind =>
      (ENTITY_KINDS as readonly string[]).includes(k),
    ),
    from: typeof f.from === "string" ? f.from : null,
    to: typeof f.to === "string" ? f.to : null,
    excludeUndated: f.excludeUndated === true,
  };
}

function cleanCamera(c: Partial<CameraState> | undefined): CameraState {
  const n = (v: unknown, d: number): number =>
    typeof v === "number" && Number.isFinite(v) ? v : d;
  return { x: n(c?.x, 0.5), y: n(c?.y, 0.5), ratio: n(c?.ratio, 1), angle: n(c?.angle, 0) };
}

/** The view as a link: what is needed to fetch the same entities and show them the same way. */
export interface LinkState {
  ids: string[];
  filters: Filters;
  camera: CameraState | null;
  selection: Selection;
}

/** At most this many entity ids go in a link; bigger views are shared as snapshot files. */
export const LINK_MAX_IDS = 400;

export function encodeLinkState(state: LinkState): string {
  const params = new URLSearchParams();
  if (state.ids.length > 0 && state.ids.length <= LINK_MAX_IDS)
    params.set("ids", state.ids.join(","));
  if (state.filters.relationTypes.length !== RELATION_TYPES.length)
    params.set("rel", state.filters.relationTypes.join(","));
  if (state.filters.kinds.length !== ENTITY_KINDS.length)
    params.set("kinds", state.filters.kinds.join(","));
  if (state.filters.from) params.set("from", state.filters.from);
  if (state.filters.to) params.set("to", state.filters.to);
  if (state.filters.excludeUndated) params.set("undated", "exclude");
  if (state.camera) {
    const c = state.camera;
    params.set("cam", [c.x, c.y, c.ratio, c.angle].map((v) => Number(v.toFixed(4))).join(","));
  }
  if (state.selection) params.set("sel", `${state.selection.type}:${state.selection.id}`);
  return params.toString();
}

export function decodeLinkState(hash: string): LinkState | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  if ([...params.keys()].length === 0) return null;
  const list = (key: string): string[] | null =>
    params.has(key) ? (params.get(key) ?? "").split(",").filter(Boolean) : null;
  const filters = cleanFilters({
    relationTypes: (list("rel") ?? [...RELATION_TYPES]) as RelationType[],
    kinds: (list("kinds") ?? [...ENTITY_KINDS]) as EntityKind[],
    from: params.get("from"),
    to: params.get("to"),
    excludeUndated: params.get("undated") === "exclude",
  });
  const cam = list("cam")?.map(Number);
  const camera =
    cam && cam.length === 4 && cam.every(Number.isFinite)
      ? cleanCamera({ x: cam[0], y: cam[1], ratio: cam[2], angle: cam[3] })
      : null;
  const sel = params.get("sel");
  let selection: Selection = null;
  if (sel) {
    const at = sel.indexOf(":");
    const type = sel.slice(0, at);
    if (type === "node" || type === "edge") selection = { type, id: sel.slice(at + 1) };
  }
  return { ids: list("ids") ?? [], filters, camera, selection };
}
