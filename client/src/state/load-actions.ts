// Loading: the opening view, the exact entities a link names, and replacing the whole view.
import type { KnowledgeGraphPayload } from "../../../contract/api";
import { ApiError, api } from "../api/api-client";
import { mergePayload } from "../graph/knowledge-graph";
import type { ActionContext } from "./action-context";
import { errorMessage } from "./error-message";

/** Entities the opening view is built around (the best connected). */
const OVERVIEW_SEEDS = 40;
const OVERVIEW_LIMIT = 600;
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
        const ids = await this.overviewSeeds();
        if (ids === null) {
          // Nothing to rank entities by: show the whole graph.
          const whole = await api.exportJson();
          this.replaceGraph(whole);
          state.setStatus(
            whole.nodes.length > 0 ? { kind: "ready" } : { kind: "empty", message: EMPTY_MESSAGE },
          );
          return;
        }
        if (ids.length === 0) {
          this.replaceGraph(null);
          state.setStatus({ kind: "empty", message: EMPTY_MESSAGE });
          return;
        }
        // A few seeds (a small graph) reach further, so the opening view is never a handful of dots.
        const depth = ids.length < 10 ? 2 : 1;
        const payload = await api.neighborhood({ ids, depth, limit: OVERVIEW_LIMIT });
        this.replaceGraph(payload);
        state.setStatus({ kind: "ready" });
      } catch (error) {
        state.setStatus({ kind: "error", message: errorMessage(error) });
      }
    });
  }

  /** Ids of the best-connected entities (or of the people who met most), null when unknown. */
  private async overviewSeeds(): Promise<string[] | null> {
    try {
      const top = await api.cypher({
        query:
          "MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)--(:Entity) } DESC, e.name LIMIT $limit",
        params: { limit: OVERVIEW_SEEDS },
      });
      return top.rows.map((row) => String(row[0]));
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
    }
    // No Cypher endpoint: start from the people who met most often.
    const { meetings } = await api.meetings();
    const count = new Map<string, number>();
    for (const m of meetings) for (const p of m.people) count.set(p.id, (count.get(p.id) ?? 0) + 1);
    const ids = [...count.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    return ids.length > 0 ? ids.slice(0, OVERVIEW_SEEDS) : null;
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
