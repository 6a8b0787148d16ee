// Layout of the graph: ForceAtlas2 in a web worker (start/stop, never blocking the page), a short
// synchronous pass for small graphs, and overlap removal. Works on graphology alone.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import type { KnowledgeGraph } from "../graph/knowledge-graph";
import { nodeSize } from "../graph/graph-style";

/** Graphs up to this size are laid out synchronously on load (a few milliseconds). */
const SYNC_LIMIT = 800;

export class LayoutRunner {
  private supervisor: FA2LayoutSupervisor | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly onRunningChange: (running: boolean) => void,
  ) {}

  isRunning(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** Starts ForceAtlas2 in the worker; stops by itself after `forMs` when given. */
  start(forMs?: number): void {
    if (this.graph.order === 0) return;
    this.supervisor?.kill();
    const settings = {
      ...forceAtlas2.inferSettings(this.graph),
      barnesHutOptimize: this.graph.order > 300,
      slowDown: 4,
    };
    this.supervisor = new FA2LayoutSupervisor(this.graph, { settings });
    this.supervisor.start();
    this.onRunningChange(true);
    clearTimeout(this.stopTimer);
    if (forMs !== undefined) this.stopTimer = setTimeout(() => this.stop(), forMs);
  }

  stop(): void {
    clearTimeout(this.stopTimer);
    if (!this.supervisor) return;
    this.supervisor.kill();
    this.supervisor = null;
    this.removeOverlaps();
    this.onRunningChange(false);
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
      this.start(4000);
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
    this.supervisor?.kill();
    this.supervisor = null;
  }
}
