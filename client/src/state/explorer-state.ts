// The explorer's state: the graph in view and everything about how it is shown. Widgets and the
// renderer read it and subscribe to its changes; only actions (actions.ts) and small setters here
// change it.
import type { CypherResponse, EntityDetails, EvidenceItem } from "../../../contract/api";
import { createKnowledgeGraph, type KnowledgeGraph } from "../graph/knowledge-graph";
import { ALL_FILTERS, type Filters } from "../graph/filters";

export type Selection = { type: "node"; id: string } | { type: "edge"; id: string } | null;

export type Status =
  | { kind: "loading"; message: string }
  | { kind: "ready" }
  | { kind: "empty"; message: string }
  | { kind: "error"; message: string };

/** A part of the state that changed; subscribers redraw what depends on it. */
export type Aspect =
  | "graph"
  | "filters"
  | "selection"
  | "hover"
  | "hidden"
  | "highlight"
  | "status"
  | "query"
  | "layout"
  | "history"
  | "busy"
  | "details"
  | "paths"
  | "cypher"
  | "tab"
  | "camera";

export type PanelTab = "details" | "paths" | "cypher";

export interface EntityRef {
  id: string;
  label: string;
}

/** What the details panel shows. */
export type DetailsState =
  | { kind: "none" }
  | { kind: "loading"; title: string }
  | { kind: "entity"; entity: EntityDetails }
  | { kind: "relation"; edge: string; evidence: EvidenceItem[] }
  | { kind: "error"; message: string };

/** One shortest path, hop by hop, each hop with the sentences behind it. */
export interface PathHop {
  edge: string;
  from: string;
  to: string;
  evidence: EvidenceItem[];
}

export type PathsState =
  | { kind: "none" }
  | { kind: "loading" }
  | { kind: "found"; from: string; to: string; paths: PathHop[][] }
  | { kind: "error"; message: string };

export type CypherState =
  | { kind: "none" }
  | { kind: "running" }
  | { kind: "done"; result: CypherResponse; ms: number }
  | { kind: "error"; message: string; status: number };

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface QueryState {
  text: string;
  params: string;
}

/** What the renderer offers the rest of the app, without anyone importing it. */
export interface ViewPort {
  focusNode(id: string): void;
  focusEdge(id: string): void;
  fit(): void;
  /** Where a node is drawn, in pixels from the canvas's top-left corner (null when not drawn). */
  nodeOnScreen(id: string): { x: number; y: number } | null;
  getCamera(): CameraState;
  setCamera(camera: CameraState): void;
  toPng(scale: number): Promise<Blob>;
  toSvg(): string;
  /** Re-renders now (after data changes that do not go through the state). */
  refresh(): void;
}

type Listener = (changed: ReadonlySet<Aspect>) => void;

export class ExplorerState {
  readonly graph: KnowledgeGraph = createKnowledgeGraph();
  filters: Filters = { ...ALL_FILTERS };
  selection: Selection = null;
  hovered: string | null = null;
  readonly hidden = new Set<string>();
  /** Nodes and edges of the paths being shown, or null. */
  highlight: { nodes: Set<string>; edges: Set<string> } | null = null;
  status: Status = { kind: "loading", message: "Loading the graph…" };
  query: QueryState = { text: "", params: "{}" };
  layoutRunning = false;
  /** Labels of the actions that can be undone, last one last. */
  historyLabels: string[] = [];
  busy = 0;
  /** A short message for the status line ("no further neighbours"), with when it was said. */
  flash: { message: string; at: number } | null = null;
  details: DetailsState = { kind: "none" };
  paths: PathsState = { kind: "none" };
  cypher: CypherState = { kind: "none" };
  tab: PanelTab = "details";
  pathEnds: { from: EntityRef | null; to: EntityRef | null } = { from: null, to: null };
  viewPort: ViewPort | null = null;

  private readonly listeners = new Set<Listener>();
  private pending = new Set<Aspect>();
  private scheduled = false;

  /** Calls `listener` with the aspects that changed, at most once per microtask. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(...aspects: Aspect[]): void {
    for (const a of aspects) this.pending.add(a);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      const changed = this.pending;
      this.pending = new Set();
      for (const listener of this.listeners) listener(changed);
    });
  }

  setFilters(filters: Filters): void {
    this.filters = {
      ...filters,
      relationTypes: [...filters.relationTypes],
      kinds: [...filters.kinds],
    };
    this.notify("filters");
  }

  select(selection: Selection): void {
    this.selection = selection;
    this.notify("selection");
  }

  hover(node: string | null): void {
    if (this.hovered === node) return;
    this.hovered = node;
    this.notify("hover");
  }

  setStatus(status: Status): void {
    this.status = status;
    this.notify("status");
  }

  showTab(tab: PanelTab): void {
    this.tab = tab;
    this.notify("tab");
  }

  setQuery(query: QueryState): void {
    this.query = query;
    this.notify("query");
  }
}
