// Selection and details: choosing a node or an edge selects it, optionally moves the camera to
// it, and loads what the details panel shows; revealing brings an entity into view first.
import type { SearchHit } from "../../../contract/api";
import { api } from "../api/api-client";
import { mergePayload, unmerge } from "../graph/knowledge-graph";
import type { ActionContext } from "./action-context";
import { errorMessage } from "./error-message";
import type { DetailsState, Selection } from "./explorer-state";
import { EXPAND_PAGE } from "./view-actions";

export class SelectionActions {
  /** Numbers the details requests, so a slow answer never replaces a later choice's. */
  #detailsRequest = 0;

  constructor(private readonly context: ActionContext) {}

  selectNode(id: string, options: { focus?: boolean } = {}): Promise<void> {
    const { graph } = this.context.state;
    const title = graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id;
    return this.select({ type: "node", id }, title, options, async () => ({
      kind: "entity",
      entity: await api.entity(id),
    }));
  }

  selectEdge(id: string, options: { focus?: boolean } = {}): Promise<void> {
    if (!this.context.state.graph.hasEdge(id)) return Promise.resolve();
    return this.select({ type: "edge", id }, "Evidence", options, async () => ({
      kind: "relation",
      edge: id,
      evidence: await api.evidence(id),
    }));
  }

  /** What selecting a node and an edge share: select, focus, show "loading", then the details. */
  private select(
    selection: NonNullable<Selection>,
    title: string,
    options: { focus?: boolean },
    load: () => Promise<DetailsState>,
  ): Promise<void> {
    const { state, tasks } = this.context;
    state.setSelection(selection);
    if (options.focus && selection.type === "node") state.viewPort?.focusNode(selection.id);
    if (options.focus && selection.type === "edge") state.viewPort?.focusEdge(selection.id);
    const request = ++this.#detailsRequest;
    state.setDetails({ kind: "loading", title });
    return tasks.track(async () => {
      let details: DetailsState;
      try {
        details = await load();
      } catch (error) {
        details = { kind: "error", message: errorMessage(error) };
      }
      if (request === this.#detailsRequest) state.setDetails(details);
    });
  }

  clear(): void {
    const { state } = this.context;
    this.#detailsRequest++;
    state.setSelection(null);
    state.setDetails({ kind: "none" });
  }

  /** Brings an entity into view (fetching it when it is not there yet), focuses and selects it. */
  async reveal(id: string): Promise<void> {
    const { state, layout, history, tasks } = this.context;
    if (!state.graph.hasNode(id)) {
      await tasks.track(async () => {
        try {
          const payload = await api.neighborhood({ ids: [id], depth: 1, limit: EXPAND_PAGE });
          const merge = state.updateGraph((graph) => {
            const added = mergePayload(graph, payload, id);
            layout.removeOverlaps();
            return added;
          });
          history.push(`add ${id}`, () => state.updateGraph((graph) => unmerge(graph, merge)));
        } catch (error) {
          state.setFlash(`Could not load ${id}: ${errorMessage(error)}`);
        }
      });
    }
    if (state.hidden.has(id)) state.setHidden([...state.hidden].filter((n) => n !== id));
    // Let the renderer index the new node before the camera moves to it.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.selectNode(id, { focus: true });
  }

  /** Suggestions for a search box, best first. */
  async suggest(q: string, limit = 8): Promise<SearchHit[]> {
    if (q.trim().length === 0) return [];
    return (await this.context.tasks.track(() => api.search(q.trim(), { limit }))).hits;
  }
}
