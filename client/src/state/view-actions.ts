// Growing and pruning the view, and taking it back: expand a node by pages, hide and show nodes,
// undo the last of these (or the last replacement of the view).
import { api } from "../api/api-client";
import { mergePayload, unmerge } from "../graph/knowledge-graph";
import type { ActionContext } from "./action-context";
import { errorMessage } from "./error-message";
import type { LabelDensity } from "./explorer-state";
import type { SelectionActions } from "./selection-actions";

/** Neighbours fetched per expansion; a hub shows "+N more" for the rest. */
export const EXPAND_PAGE = 40;

export class ViewActions {
  constructor(
    private readonly context: ActionContext,
    private readonly selection: SelectionActions,
  ) {}

  /** Fetches a node's neighbourhood (next page when some is already shown) and merges it in. */
  expand(node: string): Promise<void> {
    const { state, layout, history, tasks } = this.context;
    if (!state.graph.hasNode(node)) return Promise.resolve();
    const shown = state.graph.neighbors(node).length;
    const label = state.graph.getNodeAttribute(node, "label");
    return tasks.track(async () => {
      try {
        const payload = await api.neighborhood({
          ids: [node],
          depth: 1,
          rel: state.filters.relationTypes,
          from: state.filters.from,
          to: state.filters.to,
          limit: shown + EXPAND_PAGE,
        });
        const before = state.graph.getNodeAttribute(node, "hiddenNeighbors");
        const merge = state.updateGraph((graph) => {
          const added = mergePayload(graph, payload, node);
          layout.removeOverlaps();
          return added;
        });
        history.push(`expand ${label}`, () =>
          state.updateGraph((graph) => {
            unmerge(graph, merge);
            if (graph.hasNode(node)) graph.setNodeAttribute(node, "hiddenNeighbors", before);
          }),
        );
        if (merge.addedNodes.length === 0)
          state.setFlash(`${label}: no further neighbours to show.`);
      } catch (error) {
        state.setFlash(`Could not expand ${label}: ${errorMessage(error)}`);
      }
    });
  }

  /** How many labels are drawn: a few, more, or all of them. */
  setLabels(density: LabelDensity): void {
    this.context.state.setLabels(density);
  }

  /** Frames the shown graph; counted as a task, so whoever waits for idle sees the camera still. */
  fit(): Promise<void> {
    const { state, tasks } = this.context;
    return tasks.track(async () => {
      await state.viewPort?.fit();
      // One frame more, so the labels of the framed view are drawn.
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
  }

  /** Undoes the last expansion, hide or replacement of the view. */
  undo(): void {
    const { state, history } = this.context;
    if (!history.undoLast()) return;
    const { graph, selection } = state;
    if (selection?.type === "node" && !graph.hasNode(selection.id)) this.selection.clear();
    if (selection?.type === "edge" && !graph.hasEdge(selection.id)) this.selection.clear();
  }

  /** Hides a node without deleting anything (undo or "show hidden" bring it back). */
  hide(node: string): void {
    const { state, history } = this.context;
    if (state.hidden.has(node)) return;
    state.setHidden([...state.hidden, node]);
    history.push(`hide ${state.graph.getNodeAttribute(node, "label")}`, () =>
      state.setHidden([...state.hidden].filter((n) => n !== node)),
    );
    if (state.selection?.type === "node" && state.selection.id === node) this.selection.clear();
    if (state.hovered === node) state.setHovered(null);
  }

  showHidden(): void {
    const { state, history } = this.context;
    const hidden = [...state.hidden];
    if (hidden.length === 0) return;
    state.setHidden([]);
    history.push("show hidden", () => state.setHidden([...state.hidden, ...hidden]));
  }
}
