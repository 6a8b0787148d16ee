// Loading: the opening view, the exact entities a link names, and replacing the whole view.
import type { KnowledgeGraphPayload, OverviewAttributes } from "../../../contract/api";
import { api } from "../api/api-client";
import { mergePayload } from "../graph/knowledge-graph";
import type { ActionContext } from "./action-context";
import { errorMessage } from "./error-message";

const EMPTY_MESSAGE = "The graph is empty. Add articles with `npm run ingest`, then reload.";
/** The API takes at most this many ids per neighbourhood request. */
const IDS_PER_REQUEST = 100;

export class LoadActions {
  constructor(private readonly context: ActionContext) {}

  /** The opening view: the best-connected entities and their neighbours, laid out. */
  loadOverview(): Promise<void> {
    const { state, tasks } = this.context;
    return tasks.track(async () => {
      state.setStatus({ kind: "loading", message: "Loading the graph…" });
      try {
        const payload = await api.overview();
        this.replaceGraph(payload);
        const total = (payload.attributes as Partial<OverviewAttributes>).totalEntities;
        state.setTotalEntities(typeof total === "number" ? total : null);
        state.setStatus(
          payload.nodes.length > 0 ? { kind: "ready" } : { kind: "empty", message: EMPTY_MESSAGE },
        );
      } catch (error) {
        state.setStatus({ kind: "error", message: errorMessage(error) });
      }
    });
  }

  /** Loads exactly the given entities (and the relations between them), as a link asks. */
  loadEntities(ids: string[]): Promise<void> {
    const { state, tasks } = this.context;
    return tasks.track(async () => {
      state.setStatus({ kind: "loading", message: "Opening the shared view…" });
      try {
        const wanted = new Set(ids);
        const chunks: string[][] = [];
        for (let i = 0; i < ids.length; i += IDS_PER_REQUEST)
          chunks.push(ids.slice(i, i + IDS_PER_REQUEST));
        const payloads = await Promise.all(
          chunks.map((chunk) => api.neighborhood({ ids: chunk, depth: 1, limit: 5000 })),
        );
        // All nodes first, then all edges: an edge may join entities of two different requests.
        this.replaceGraph({
          attributes: {},
          options: { type: "mixed", multi: true, allowSelfLoops: true },
          nodes: payloads.flatMap((p) => p.nodes).filter((n) => wanted.has(n.key)),
          edges: payloads.flatMap((p) => p.edges),
        });
        state.setStatus({ kind: "ready" });
      } catch (error) {
        state.setStatus({ kind: "error", message: errorMessage(error) });
      }
    });
  }

  /** Replaces the whole view with a payload (or empties it), laid out afresh. */
  replaceGraph(payload: KnowledgeGraphPayload | null): void {
    const { state, layout } = this.context;
    layout.stop();
    state.updateGraph((graph) => {
      graph.clear();
      if (payload) mergePayload(graph, payload);
      layout.initial();
    });
    state.setHidden([]);
    state.setHighlight(null);
  }
}
