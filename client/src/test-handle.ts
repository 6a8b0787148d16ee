// window.__explorer: what the page exposes to browser tests and the benchmark. Tests wait for
// `ready`, call `whenIdle()` after acting, and assert on `inspect()`; nothing here changes state
// except `loadGraph` (the benchmark's way in).
import type { KnowledgeGraphPayload } from "../../contract/api";
import { isEdgeShown, isNodeShown } from "./graph/filters";
import type { ExplorerActions } from "./state/actions";
import type { ExplorerState } from "./state/explorer-state";

export interface ExplorerInspection {
  status: string;
  nodes: string[];
  visibleNodes: string[];
  edges: string[];
  visibleEdges: string[];
  filters: ExplorerState["filters"];
  hidden: string[];
  selection: ExplorerState["selection"];
  hovered: string | null;
  camera: ReturnType<NonNullable<ExplorerState["viewPort"]>["getCamera"]> | null;
  positions: Record<string, [number, number]>;
  details: string;
  cypher: { kind: string; columns?: string[]; rows?: number; graphNodes?: number };
  paths: { kind: string; count?: number };
  history: string[];
  layoutRunning: boolean;
  query: ExplorerState["query"];
}

export interface ExplorerHandle {
  ready: boolean;
  /** Set when the first load failed; the page shows an error state. */
  error: string | null;
  whenIdle(): Promise<void>;
  inspect(): ExplorerInspection;
  /** Where a node is drawn, relative to the graph canvas (null when hidden). */
  nodeOnScreen(id: string): { x: number; y: number } | null;
  /** The node labels sigma drew in its last frame, and the canvas they must stay inside. */
  labels(): {
    boxes: ReturnType<NonNullable<ExplorerState["viewPort"]>["labelBoxes"]>;
    canvas: { width: number; height: number };
  };
  /** Benchmark only: replaces the view with a payload and renders it; resolves after paint. */
  loadGraph(payload: KnowledgeGraphPayload): Promise<void>;
  /** Benchmark only: milliseconds of one synchronous refresh (reducers + draw). */
  measureRefresh(): number;
}

export function createTestHandle(state: ExplorerState, actions: ExplorerActions): ExplorerHandle {
  return {
    ready: false,
    error: null,
    whenIdle: () => actions.tasks.whenIdle(),
    inspect: () => {
      const { graph, filters, hidden } = state;
      const visibleNodes = graph.filterNodes((n, a) => isNodeShown(filters, a, hidden, n));
      const shown = new Set(visibleNodes);
      const positions: Record<string, [number, number]> = {};
      graph.forEachNode((n, a) => (positions[n] = [a.x, a.y]));
      const c = state.cypher;
      const p = state.paths;
      return {
        status: state.status.kind,
        nodes: graph.nodes(),
        visibleNodes,
        edges: graph.edges(),
        visibleEdges: graph.filterEdges(
          (_e, a, s, t) => isEdgeShown(filters, a) && shown.has(s) && shown.has(t),
        ),
        filters: structuredClone(filters),
        hidden: [...hidden],
        selection: state.selection,
        hovered: state.hovered,
        camera: state.viewPort?.getCamera() ?? null,
        positions,
        details: state.details.kind,
        cypher:
          c.kind === "done"
            ? {
                kind: c.kind,
                columns: c.result.columns,
                rows: c.result.rows.length,
                graphNodes: c.result.graph.nodes.length,
              }
            : { kind: c.kind },
        paths: p.kind === "found" ? { kind: p.kind, count: p.paths.length } : { kind: p.kind },
        history: [...state.historyLabels],
        layoutRunning: state.layoutRunning,
        query: state.query,
      };
    },
    nodeOnScreen: (id) => state.viewPort?.nodeOnScreen(id) ?? null,
    labels: () => ({
      boxes: state.viewPort?.labelBoxes() ?? [],
      canvas: state.viewPort?.size() ?? { width: 0, height: 0 },
    }),
    loadGraph: async (payload) => {
      actions.load.replaceGraph(payload);
      state.setStatus({ kind: "ready" });
      await actions.tasks.whenIdle();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    },
    measureRefresh: () => {
      const started = performance.now();
      state.viewPort?.refresh();
      return performance.now() - started;
    },
  };
}
