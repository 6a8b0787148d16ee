// Paths between two entities: the ends the user picked, the shortest paths found (merged into
// the view and highlighted), each hop with the sentences behind it.
import { api } from "../api/api-client";
import { mergePayload, unmerge } from "../graph/knowledge-graph";
import type { ActionContext } from "./action-context";
import { errorMessage } from "./error-message";
import type { EntityRef, PathHop } from "./explorer-state";

export class PathActions {
  constructor(private readonly context: ActionContext) {}

  /** Sets one end of the path to look for. */
  setEnd(end: "from" | "to", entity: EntityRef): void {
    const { state } = this.context;
    state.setPathEnds({ ...state.pathEnds, [end]: entity });
  }

  find(from: string, to: string, maxHops = 4): Promise<void> {
    const { state, layout, history, tasks } = this.context;
    state.setPaths({ kind: "loading" });
    return tasks.track(async () => {
      try {
        const found = await api.paths(from, to, { maxHops });
        const merge = state.updateGraph((graph) => {
          const added = mergePayload(graph, found.graph, from);
          layout.removeOverlaps();
          return added;
        });
        if (merge.addedNodes.length + merge.addedEdges.length > 0)
          history.push("paths", () => state.updateGraph((graph) => unmerge(graph, merge)));
        state.setHighlight({
          nodes: new Set(found.paths.flatMap((p) => p.nodes)),
          edges: new Set(found.paths.flatMap((p) => p.edges)),
        });
        const paths: PathHop[][] = found.paths.map((p) =>
          p.edges.map((edge, i) => ({
            edge,
            from: p.nodes[i] ?? "",
            to: p.nodes[i + 1] ?? "",
            evidence: found.evidence[edge] ?? [],
          })),
        );
        state.setPaths({ kind: "found", from, to, paths });
      } catch (error) {
        state.setPaths({ kind: "error", message: errorMessage(error) });
      }
    });
  }

  clear(): void {
    const { state } = this.context;
    state.setHighlight(null);
    state.setPaths({ kind: "none" });
  }
}
