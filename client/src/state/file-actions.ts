// Taking the view away and bringing it back: data exports of what is in view, images of the
// canvas, snapshot files that restore the exact view, and the view's state in the URL.
import type { EdgeMode } from "../../../contract/graph-files/file-records";
import { visibleSubgraph } from "../graph/filters";
import { mergePayload } from "../graph/knowledge-graph";
import { download } from "../io/download";
import { EVIDENCE_FORMATS, exportGraph, type DataFormat } from "../io/export-formats";
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  decodeLinkState,
  encodeLinkState,
  parseSnapshot,
  type Snapshot,
} from "../io/snapshot";
import { errorMessage, type ExplorerActions } from "./actions";
import { collectEvidence } from "./evidence-collector";
import type { ExplorerState } from "./explorer-state";

const stamp = (): string => new Date().toISOString().slice(0, 16).replace(/[:T]/g, "-");

export class FileActions {
  constructor(
    private readonly state: ExplorerState,
    private readonly actions: ExplorerActions,
  ) {}

  /**
   * Downloads the graph in view (filters and hidden nodes applied) in a data format; `edges`:
   * `directed` for networkx and igraph, which cannot hold directed and undirected edges at once.
   * JSON and CSV carry every relation's evidence, fetched first (progress in the status toast);
   * when any of it cannot be had, nothing is downloaded and the toast says why.
   */
  async exportData(format: DataFormat, edges: EdgeMode = "mixed"): Promise<void> {
    const { state, actions } = this;
    const sub = visibleSubgraph(state.graph, state.filters, state.hidden);
    try {
      const evidence = EVIDENCE_FORMATS.includes(format)
        ? await actions.tasks.track(() =>
            collectEvidence(
              sub.mapEdges((id, a) => ({ id, evidenceCount: a.evidenceCount })),
              (done, total) => {
                // Every relation on a small view; every 5% on a large one.
                if (total < 40 || done === total || done % Math.ceil(total / 20) === 0)
                  state.setFlash(`Collecting evidence: ${done} of ${total} relations…`);
              },
            ),
          )
        : undefined;
      const file = exportGraph(sub, format, `newsgraph-${stamp()}`, edges, evidence);
      download(file.name, file.data, file.type);
      if (evidence) {
        const sentences = [...evidence.values()].reduce((n, items) => n + items.length, 0);
        state.setFlash(
          `Exported ${sub.size} relations with their ${sentences} evidence sentences.`,
        );
      }
    } catch (error) {
      state.setFlash(
        `Nothing was exported: the evidence could not be fetched (${errorMessage(error)}).`,
      );
    }
  }

  /** Downloads a picture of the view; `legend` adds the kinds and relation types it shows. */
  async exportImage(format: "png" | "svg", legend = true): Promise<void> {
    const viewPort = this.state.viewPort;
    if (!viewPort) return;
    if (format === "svg") {
      download(`newsgraph-${stamp()}.svg`, viewPort.toSvg(legend), "image/svg+xml");
      return;
    }
    // Twice the screen's pixels (at least): sharp when printed or zoomed.
    const scale = Math.max(2, window.devicePixelRatio * 2);
    const blob = await this.actions.tasks.track(() => viewPort.toPng(scale, legend));
    download(`newsgraph-${stamp()}.png`, blob);
  }

  snapshot(): Snapshot {
    const { state } = this;
    return {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      savedAt: new Date().toISOString(),
      graph: state.graph.export() as Snapshot["graph"],
      filters: state.filters,
      hidden: [...state.hidden],
      selection: state.selection,
      camera: state.viewPort?.getCamera() ?? { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
      query: state.query,
    };
  }

  saveSnapshot(): void {
    download(
      `newsgraph-snapshot-${stamp()}.json`,
      JSON.stringify(this.snapshot(), null, 1),
      "application/json",
    );
  }

  /** Restores a snapshot file's view exactly: no layout runs, positions come from the file. */
  async loadSnapshot(text: string): Promise<void> {
    const { state, actions } = this;
    try {
      const snap = parseSnapshot(text);
      actions.layout.stop();
      state.updateGraph((graph) => {
        graph.clear();
        mergePayload(graph, snap.graph);
        // mergePayload keeps existing positions; the graph was empty, so set them from the file.
        for (const { key, attributes } of snap.graph.nodes) {
          if (graph.hasNode(key))
            graph.mergeNodeAttributes(key, { x: attributes.x, y: attributes.y });
        }
      });
      state.setHidden(snap.hidden);
      state.setHighlight(null);
      state.setFilters(snap.filters);
      state.setQuery(snap.query);
      state.setStatus({ kind: "ready" });
      // Let the renderer take the new graph before the camera is set.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      state.viewPort?.setCamera(snap.camera);
      if (snap.selection?.type === "node" && state.graph.hasNode(snap.selection.id))
        await actions.selection.selectNode(snap.selection.id);
      else if (snap.selection?.type === "edge" && state.graph.hasEdge(snap.selection.id))
        await actions.selection.selectEdge(snap.selection.id);
      else actions.selection.clear();
      actions.state.setFlash(`Snapshot of ${snap.savedAt.slice(0, 16).replace("T", " ")} loaded.`);
    } catch (error) {
      actions.state.setFlash(`Could not load the snapshot: ${errorMessage(error)}`);
    }
  }

  /** The view's state as a URL fragment. */
  linkHash(): string {
    const { state } = this;
    return encodeLinkState({
      ids: state.graph.filterNodes((n) => !state.hidden.has(n)),
      filters: state.filters,
      camera: state.viewPort?.getCamera() ?? null,
      selection: state.selection,
    });
  }

  /** Opens the view a link describes; false when the URL describes none. */
  async openLink(hash: string): Promise<boolean> {
    const link = decodeLinkState(hash);
    if (!link || link.ids.length === 0) {
      if (link) this.state.setFilters(link.filters);
      return false;
    }
    const { state, actions } = this;
    state.setFilters(link.filters);
    await actions.load.loadEntities(link.ids);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (link.camera) state.viewPort?.setCamera(link.camera);
    if (link.selection?.type === "node" && state.graph.hasNode(link.selection.id))
      await actions.selection.selectNode(link.selection.id);
    if (link.selection?.type === "edge" && state.graph.hasEdge(link.selection.id))
      await actions.selection.selectEdge(link.selection.id);
    return true;
  }
}
