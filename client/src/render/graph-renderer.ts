// The renderer: the one module that imports sigma. It draws the state's graph, expresses hover,
// selection, filters and paths through reducers (never by changing graph data), turns sigma's
// events into state actions and offers the rest of the app a ViewPort.
import { toBlob } from "@sigma/export-image";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { isEdgeShown, isNodeShown, isUndatedInWindow } from "../graph/filters";
import {
  DIMMED_COLOR,
  HIGHLIGHT_COLOR,
  KIND_COLORS,
  RELATION_STYLES,
  UNDATED_COLOR,
  edgeSize,
  nodeSize,
} from "../graph/graph-style";
import {
  parallelEdgeIndex,
  type EdgeAttributes,
  type NodeAttributes,
} from "../graph/knowledge-graph";
import type { Aspect, ExplorerState } from "../state/explorer-state";
import type { CameraState, ViewPort } from "../state/view-port";
import { createLabelDrawer, type LabelBox, type LabelDrawer } from "./label-drawing";
import { frameNodes } from "./camera-framing";
import { legendEntries, paintLegend } from "./picture-legend";
import { renderSvg } from "./svg-export";

/** sigma's label-grid settings for each label density the user can choose. */
const LABEL_SETTINGS = {
  few: { labelDensity: 0.35, labelGridCellSize: 150, labelRenderedSizeThreshold: 9 },
  more: { labelDensity: 1, labelGridCellSize: 90, labelRenderedSizeThreshold: 3 },
  all: { labelDensity: 1000, labelGridCellSize: 30, labelRenderedSizeThreshold: 0 },
} as const;

/** What the renderer asks the app to do when the user acts on the canvas. */
export interface RendererEvents {
  clickNode(node: string): void;
  doubleClickNode(node: string): void;
  clickEdge(edge: string): void;
  clickStage(): void;
}

export class GraphRenderer implements ViewPort {
  private readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  private parallel = new Map<string, { index: number; count: number }>();
  /** The node whose neighbourhood is emphasised (hovered, else selected) and its neighbours. */
  private focus: { node: string; neighbours: Set<string> } | null = null;
  private readonly unsubscribe: () => void;
  /** Sigma follows the window's size only; panels resized or collapsed change the container's. */
  private readonly resizing: ResizeObserver;
  private lastRefreshMs = 0;
  private readonly labels: LabelDrawer;

  constructor(
    private readonly state: ExplorerState,
    container: HTMLElement,
    events: RendererEvents,
  ) {
    this.labels = createLabelDrawer({
      allowOverlap: () => state.labels === "all",
      selected: () => (state.selection?.type === "node" ? state.selection.id : null),
    });
    this.sigma = new Sigma<NodeAttributes, EdgeAttributes>(state.graph, container, {
      allowInvalidContainer: true,
      enableEdgeEvents: true,
      renderEdgeLabels: true,
      zIndex: true,
      labelFont: "Inter, system-ui, sans-serif",
      labelSize: 13,
      labelWeight: "500",
      labelColor: { color: "#1f2933" },
      edgeLabelSize: 11,
      edgeLabelColor: { color: "#52606d" },
      ...LABEL_SETTINGS[state.labels],
      defaultDrawNodeLabel: this.labels.draw,
      stagePadding: 72,
      defaultEdgeType: "line",
      edgeProgramClasses: {
        line: EdgeRectangleProgram,
        arrow: EdgeArrowProgram,
        curved: EdgeCurveProgram,
        curvedArrow: EdgeCurvedArrowProgram,
      },
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.sigma.on("beforeRender", () => {
      const { width, height } = this.sigma.getDimensions();
      this.labels.startFrame(width, height);
    });
    this.sigma.on("enterNode", ({ node }) => state.setHovered(node));
    this.sigma.on("leaveNode", () => state.setHovered(null));
    this.sigma.on("clickNode", ({ node }) => events.clickNode(node));
    this.sigma.on("doubleClickNode", ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      events.doubleClickNode(node);
    });
    this.sigma.on("clickEdge", ({ edge }) => events.clickEdge(edge));
    this.sigma.on("clickStage", () => events.clickStage());
    this.sigma.on("enterEdge", () => container.classList.add("pointing"));
    this.sigma.on("leaveEdge", () => container.classList.remove("pointing"));
    this.sigma.getCamera().on("updated", () => state.cameraMoved());
    this.unsubscribe = state.subscribe((changed) => this.onStateChange(changed));
    this.resizing = new ResizeObserver(() => this.sigma.scheduleRefresh());
    this.resizing.observe(container);
    this.reindex();
  }

  private onStateChange(changed: ReadonlySet<Aspect>): void {
    const viewAspects: Aspect[] = [
      "graph",
      "filters",
      "selection",
      "hover",
      "hidden",
      "highlight",
      "labels",
    ];
    if (!viewAspects.some((a) => changed.has(a))) return;
    if (changed.has("labels")) this.sigma.setSettings(LABEL_SETTINGS[this.state.labels]);
    if (changed.has("graph")) this.reindex();
    this.refocus();
    this.refresh();
  }

  private reindex(): void {
    this.parallel = parallelEdgeIndex(this.state.graph);
  }

  private refocus(): void {
    const { graph, hovered, selection } = this.state;
    const node = hovered ?? (selection?.type === "node" ? selection.id : null);
    this.focus =
      node && graph.hasNode(node) ? { node, neighbours: new Set(graph.neighbors(node)) } : null;
  }

  private reduceNode(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    const { state } = this;
    const degree = data.degree > 0 ? data.degree : state.graph.degree(node);
    const hiddenMore = data.hiddenNeighbors ?? 0;
    const out: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      size: nodeSize(degree),
      color: KIND_COLORS[data.kind],
      label: hiddenMore > 0 ? `${data.label} (+${hiddenMore})` : data.label,
      zIndex: 1,
    };
    if (!isNodeShown(state.filters, data, state.hidden, node)) return { ...out, hidden: true };
    const selected = state.selection?.type === "node" && state.selection.id === node;
    if (state.highlight) {
      if (state.highlight.nodes.has(node))
        return { ...out, size: (out.size ?? 1) + 2, forceLabel: true, zIndex: 3 };
      if (!this.focus) return { ...out, color: DIMMED_COLOR, label: "", zIndex: 0 };
    }
    if (this.focus) {
      if (node === this.focus.node)
        return { ...out, size: (out.size ?? 1) + 2, forceLabel: true, zIndex: 3 };
      if (this.focus.neighbours.has(node)) return { ...out, forceLabel: true, zIndex: 2 };
      return { ...out, color: DIMMED_COLOR, label: "", zIndex: 0 };
    }
    if (selected) return { ...out, size: (out.size ?? 1) + 2, forceLabel: true, zIndex: 3 };
    return out;
  }

  private reduceEdge(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
    const { state } = this;
    const style = RELATION_STYLES[data.type];
    const parallel = this.parallel.get(edge);
    let type = style.arrow ? "arrow" : "line";
    let curvature = 0;
    if (parallel) {
      // Parallel edges may point either way: curve relative to the pair, not the edge direction.
      const sign = state.graph.source(edge) < state.graph.target(edge) ? 1 : -1;
      const side = parallel.index % 2 === 0 ? 1 : -1;
      curvature = sign * side * 0.22 * (1 + Math.floor(parallel.index / 2));
      type = style.arrow ? "curvedArrow" : "curved";
    }
    // A meeting without a date cannot be placed in the date window: shown pale, and said so.
    const undated = isUndatedInWindow(state.filters, data);
    const out: Partial<EdgeDisplayData> & { curvature?: number } = {
      color: undated ? UNDATED_COLOR : style.color,
      size: edgeSize(data.evidenceCount),
      type,
      curvature,
      label: null,
      zIndex: 1,
    };
    if (!isEdgeShown(state.filters, data)) return { ...out, hidden: true };
    const [source, target] = state.graph.extremities(edge);
    const selected = state.selection?.type === "edge" && state.selection.id === edge;
    const edgeLabel = data.date
      ? `${style.label} · ${data.date}`
      : undated
        ? `${style.label} · undated`
        : style.label;
    if (selected)
      return {
        ...out,
        color: HIGHLIGHT_COLOR,
        size: (out.size ?? 1) + 2,
        label: edgeLabel,
        forceLabel: true,
        zIndex: 3,
      };
    if (state.highlight) {
      if (state.highlight.edges.has(edge))
        return {
          ...out,
          size: (out.size ?? 1) + 1.5,
          label: edgeLabel,
          forceLabel: true,
          zIndex: 2,
        };
      if (!this.focus) return { ...out, color: DIMMED_COLOR, zIndex: 0 };
    }
    if (this.focus) {
      if (source === this.focus.node || target === this.focus.node)
        return { ...out, label: edgeLabel, zIndex: 2 };
      return { ...out, color: DIMMED_COLOR, zIndex: 0 };
    }
    return out;
  }

  // ViewPort

  focusNode(id: string): void {
    const data = this.sigma.getNodeDisplayData(id);
    if (!data) return;
    const camera = this.sigma.getCamera();
    void camera.animate(
      { x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) },
      { duration: 450 },
    );
  }

  focusEdge(id: string): void {
    if (!this.state.graph.hasEdge(id)) return;
    const [s, t] = this.state.graph.extremities(id);
    const a = this.sigma.getNodeDisplayData(s);
    const b = this.sigma.getNodeDisplayData(t);
    if (!a || !b) return;
    const camera = this.sigma.getCamera();
    void camera.animate(
      { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, ratio: Math.min(camera.ratio, 0.7) },
      { duration: 450 },
    );
  }

  fit(): Promise<void> {
    return this.sigma.getCamera().animatedReset({ duration: 350 });
  }

  frame(nodes: readonly string[]): Promise<void> {
    return frameNodes(this.sigma, nodes);
  }

  labelBoxes(): LabelBox[] {
    return this.labels.boxes();
  }

  size(): { width: number; height: number } {
    return this.sigma.getDimensions();
  }

  nodeOnScreen(id: string): { x: number; y: number } | null {
    const data = this.sigma.getNodeDisplayData(id);
    if (!data || data.hidden) return null;
    return this.sigma.framedGraphToViewport(data);
  }

  getCamera(): CameraState {
    const { x, y, ratio, angle } = this.sigma.getCamera().getState();
    return { x, y, ratio, angle };
  }

  setCamera(camera: CameraState): void {
    this.sigma.getCamera().setState(camera);
  }

  async toPng(scale: number, legend: boolean): Promise<Blob> {
    const { width, height } = this.sigma.getDimensions();
    const settings = this.sigma.getSettings();
    // The picture is the view drawn on a canvas `scale` times larger: positions follow the
    // canvas, so sizes, fonts and padding are scaled alike to give the same picture, sharper.
    const picture = await toBlob(this.sigma as unknown as Sigma, {
      format: "png",
      width: width * scale,
      height: height * scale,
      backgroundColor: "#ffffff",
      sigmaSettings: {
        labelSize: settings.labelSize * scale,
        edgeLabelSize: settings.edgeLabelSize * scale,
        stagePadding: settings.stagePadding * scale,
        nodeReducer: (node, data) => {
          const out = this.reduceNode(node, data as NodeAttributes);
          return { ...out, size: (out.size ?? 1) * scale };
        },
        edgeReducer: (edge, data) => {
          const out = this.reduceEdge(edge, data as EdgeAttributes);
          return { ...out, size: (out.size ?? 1) * scale };
        },
      },
      // The label drawer keeps to the canvas it is told of: tell it of the picture's, draw
      // again, and give it back the view's afterwards.
      withTempRenderer: (renderer) => {
        this.labels.startFrame(width * scale, height * scale);
        renderer.refresh();
      },
    });
    this.sigma.refresh();
    if (!legend) return picture;
    // The legend is painted over the picture sigma made, at the same scale.
    const bitmap = await createImageBitmap(picture);
    const canvas = document.createElement("canvas");
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext("2d");
    if (!ctx) return picture;
    ctx.drawImage(bitmap, 0, 0);
    paintLegend(ctx, legendEntries(this.sigma, this.state.graph), height, bitmap.height / height);
    return new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"),
    );
  }

  toSvg(legend: boolean): string {
    const { selection } = this.state;
    return renderSvg(this.sigma, this.state.graph, {
      labels: this.labels.boxes(),
      selected: selection?.type === "node" ? selection.id : null,
      legend,
    });
  }

  refresh(): void {
    const started = performance.now();
    this.sigma.refresh();
    this.lastRefreshMs = performance.now() - started;
  }

  /** Milliseconds the last full refresh (reducers + render) took on the main thread. */
  lastRefreshDuration(): number {
    return this.lastRefreshMs;
  }

  kill(): void {
    this.unsubscribe();
    this.resizing.disconnect();
    this.sigma.kill();
  }
}
