// The graph by keyboard: the canvas's container is one tab stop; arrow keys move the selection
// to the neighbour that lies most in that direction on screen (with nothing selected, to the
// best-connected entity shown), Enter opens the details, and a live line says where one is.
import { isNodeShown } from "../graph/filters";
import type { ExplorerActions } from "../state/actions";
import type { ExplorerState } from "../state/explorer-state";

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The neighbour of `from` best placed in direction `dir`: the smallest angle off that direction
 * wins (within 90°), nearer ones first among equals. Null when none lies that way.
 */
function neighbourToward(state: ExplorerState, from: string, [dx, dy]: [number, number]) {
  const origin = state.viewPort?.nodeOnScreen(from);
  if (!origin) return null;
  let best: { id: string; score: number } | null = null;
  for (const id of state.graph.neighbors(from)) {
    if (!isShown(state, id)) continue;
    const at = state.viewPort?.nodeOnScreen(id);
    if (!at) continue;
    const vx = at.x - origin.x;
    const vy = at.y - origin.y;
    const length = Math.hypot(vx, vy) || 1;
    const cos = (vx * dx + vy * dy) / length;
    if (cos <= 0) continue;
    const score = cos - length / 100_000;
    if (!best || score > best.score) best = { id, score };
  }
  return best?.id ?? null;
}

function isShown(state: ExplorerState, id: string): boolean {
  return isNodeShown(state.filters, state.graph.getNodeAttributes(id), state.hidden, id);
}

function bestConnected(state: ExplorerState): string | null {
  let best: string | null = null;
  let degree = -1;
  state.graph.forEachNode((id) => {
    if (!isShown(state, id)) return;
    const d = state.graph.degree(id);
    if (d > degree) [best, degree] = [id, d];
  });
  return best;
}

/**
 * Makes `host` (the graph's container) keyboard-operable. `openDetails` brings the details
 * panel forward with focus in it.
 */
export function installGraphKeyboard(
  host: HTMLElement,
  announcer: HTMLElement,
  state: ExplorerState,
  actions: ExplorerActions,
  openDetails: () => void,
): void {
  host.tabIndex = 0;
  host.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const selected = state.selection?.type === "node" ? state.selection.id : null;
    const dir = DIRECTIONS[event.key];
    if (dir) {
      event.preventDefault();
      const next =
        selected && state.graph.hasNode(selected)
          ? neighbourToward(state, selected, dir)
          : bestConnected(state);
      if (next) void actions.selection.selectNode(next, { focus: true });
      else if (selected) announce(announcer, "No neighbour that way.");
    } else if (event.key === "Enter" && state.selection) {
      event.preventDefault();
      openDetails();
    }
  });
  state.subscribe((changed) => {
    if (!changed.has("selection")) return;
    const s = state.selection;
    if (s?.type !== "node" || !state.graph.hasNode(s.id)) return;
    const a = state.graph.getNodeAttributes(s.id);
    const neighbours = state.graph.neighbors(s.id).filter((n) => isShown(state, n)).length;
    announce(
      announcer,
      `${a.label} (${a.kind}), ${neighbours} neighbour${neighbours === 1 ? "" : "s"} in view`,
    );
  });
}

function announce(announcer: HTMLElement, text: string): void {
  announcer.textContent = text;
}
