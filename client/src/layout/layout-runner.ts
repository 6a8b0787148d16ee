// Layout of the graph: ForceAtlas2 in a web worker (start/stop, never blocking the page), a short
// synchronous pass for small graphs, and overlap removal. Works on graphology alone.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import type { KnowledgeGraph } from "../graph/knowledge-graph";
import { nodeSize } from "../graph/graph-style";

/** Graphs up to this size are laid out synchronously on load (a few milliseconds). */
const SYNC_LIMIT = 800;
/** How often a running layout is checked for rest, and the movement (share of the picture's
 * extent, on average per node) under which it counts as at rest. */
const REST_CHECK_MS = 500;
const CONVERGED = 0.0015;

export interface LayoutSettings {
  /** Pull towards the centre: higher keeps components together. */
  gravity: number;
  /** Repulsion between nodes: higher spreads the picture. */
  scalingRatio: number;
  /** LinLog mode: tighter clusters, clearer communities. */
  linLogMode: boolean;
  /** The longest a run may take, in seconds. */
  budgetSeconds: number;
}

export const DEFAULT_LAYOUT_SETTINGS: LayoutSettings = {
  gravity: 0.05,
  scalingRatio: 10,
  linLogMode: false,
  budgetSeconds: 10,
};

/** Average movement per node between two position arrays, relative to the picture's extent. */
export function movement(before: Float64Array, after: Float64Array): number {
  if (before.length !== after.length || after.length === 0) return Number.POSITIVE_INFINITY;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let moved = 0;
  for (let i = 0; i < after.length; i += 2) {
    const x = after[i]!;
    const y = after[i + 1]!;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
    moved += Math.hypot(x - before[i]!, y - before[i + 1]!);
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return moved / (after.length / 2) / extent;
}

export class LayoutRunner {
  private supervisor: FA2LayoutSupervisor | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;
  private restCheck: ReturnType<typeof setInterval> | undefined;
  #settings: LayoutSettings = { ...DEFAULT_LAYOUT_SETTINGS };

  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly onRunningChange: (running: boolean) => void,
  ) {}

  isRunning(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** The ForceAtlas2 parameters the user chose, and how long a run may take. */
  get settings(): LayoutSettings {
    return this.#settings;
  }

  setSettings(settings: LayoutSettings): void {
    this.#settings = { ...settings };
  }

  /**
   * Starts ForceAtlas2 in the worker. It stops by itself once the nodes have come to rest (less
   * than CONVERGED of the picture's extent moved in a check), or after `budgetMs` (the
   * settings' time budget by default), so a layout never runs on unseen.
   */
  start(budgetMs = this.#settings.budgetSeconds * 1000): void {
    if (this.graph.order === 0) return;
    this.supervisor?.kill();
    const { gravity, scalingRatio, linLogMode } = this.#settings;
    const settings = {
      ...forceAtlas2.inferSettings(this.graph),
      barnesHutOptimize: this.graph.order > 300,
      slowDown: 4,
      gravity,
      scalingRatio,
      linLogMode,
    };
    this.supervisor = new FA2LayoutSupervisor(this.graph, { settings });
    this.supervisor.start();
    this.onRunningChange(true);
    clearTimeout(this.stopTimer);
    clearInterval(this.restCheck);
    this.stopTimer = setTimeout(() => this.stop(), budgetMs);
    let last = this.positions();
    this.restCheck = setInterval(() => {
      const now = this.positions();
      if (movement(last, now) < CONVERGED) this.stop();
      last = now;
    }, REST_CHECK_MS);
  }

  stop(): void {
    clearTimeout(this.stopTimer);
    clearInterval(this.restCheck);
    if (!this.supervisor) return;
    this.supervisor.kill();
    this.supervisor = null;
    this.removeOverlaps();
    this.onRunningChange(false);
  }

  /** Node positions as one flat array (x, y, x, y, ...), in the graph's node order. */
  private positions(): Float64Array {
    const out = new Float64Array(this.graph.order * 2);
    let i = 0;
    this.graph.forEachNode((_n, a) => {
      out[i++] = a.x;
      out[i++] = a.y;
    });
    return out;
  }

  toggle(): void {
    if (this.isRunning()) this.stop();
    else this.start();
  }

  /**
   * Lays out a freshly loaded graph: synchronously when small, else a few seconds in the worker.
   * Returns once the positions are final for small graphs.
   */
  initial(): void {
    if (this.graph.order === 0) return;
    if (this.graph.order <= SYNC_LIMIT) {
      // Strong gravity keeps small components close instead of drifting to the corners.
      const settings = {
        ...forceAtlas2.inferSettings(this.graph),
        slowDown: 2,
        strongGravityMode: true,
        gravity: 0.4,
      };
      forceAtlas2.assign(this.graph, { iterations: 400, settings });
      this.removeOverlaps();
    } else {
      this.start(Math.min(4000, this.#settings.budgetSeconds * 1000));
    }
  }

  /** Pushes overlapping nodes apart without otherwise moving the picture. */
  removeOverlaps(): void {
    if (this.graph.order === 0 || this.graph.order > 6000) return;
    noverlap.assign(this.graph, {
      maxIterations: 60,
      inputReducer: (key, attr) => ({
        x: attr.x,
        y: attr.y,
        size: nodeSize(this.graph.getNodeAttribute(key, "degree")) / 2,
      }),
      settings: { margin: 2, ratio: 1.2 },
    });
  }

  kill(): void {
    clearTimeout(this.stopTimer);
    clearInterval(this.restCheck);
    this.supervisor?.kill();
    this.supervisor = null;
  }
}
