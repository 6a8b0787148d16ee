// Paths between two entities: the ends the user picked, the shortest paths found (merged into
// the view and highlighted), each hop with the sentences behind it.
import { api } from "../api/api-client";
import { mergePayload, unmerge } from "../graph/knowledge-graph";
import { placeAlongPath } from "../graph/path-reading";
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

  /** Leaves `entity` out of (or, `false`, lets it back into) the path search. */
  exclude(entity: EntityRef, excluded = true): void {
    const { state } = this.context;
    const others = state.pathEnds.excluded.filter((e) => e.id !== entity.id);
    state.setPathEnds({ ...state.pathEnds, excluded: excluded ? [...others, entity] : others });
  }

  /**
   * Finds the shortest paths (around the excluded entities), merges them into the view,
   * highlights them and frames them.
   */
  find(from: string, to: string, maxHops = 4): Promise<void> {
    const { state, layout, history, tasks } = this.context;
    state.setPaths({ kind: "loading" });
    const exclude = state.pathEnds.excluded
      .map((e) => e.id)
      .filter((id) => id !== from && id !== to);
    return tasks.track(async () => {
      try {
        const found = await api.paths(from, to, { maxHops, exclude });
        const merge = state.updateGraph((graph) => {
          const added = mergePayload(graph, found.graph, from);
          const fresh = new Set(added.addedNodes);
          for (const p of found.paths) placeAlongPath(graph, p.nodes, fresh);
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
        await state.viewPort?.frame(found.paths.flatMap((p) => p.nodes));
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
