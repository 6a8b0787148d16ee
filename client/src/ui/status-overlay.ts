// Loading, empty and error states over the canvas (never a blank page), the count of what is in
// view, and short messages.
import { isEdgeShown, isNodeShown, isWhoMetWhom } from "../graph/filters";
import type { ExplorerState } from "../state/explorer-state";
import { button, el, fill } from "./dom";

export function mountStatus(
  overlay: HTMLElement,
  stats: HTMLElement,
  state: ExplorerState,
  retry: () => void,
): void {
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const toast = el("div", { class: "toast", attrs: { role: "status" } });
  toast.hidden = true;
  overlay.parentElement?.append(toast);

  const renderOverlay = (): void => {
    const s = state.status;
    overlay.dataset.state = s.kind;
    if (s.kind === "ready") {
      overlay.hidden = true;
      fill(overlay);
      return;
    }
    overlay.hidden = false;
    if (s.kind === "loading")
      fill(
        overlay,
        el(
          "div",
          { class: "overlay-card" },
          el("div", { class: "spinner" }),
          el("p", { text: s.message }),
        ),
      );
    else if (s.kind === "empty")
      fill(
        overlay,
        el(
          "div",
          { class: "overlay-card" },
          el("h2", { text: "Nothing to show yet" }),
          el("p", { text: s.message }),
          button("Reload", retry, { class: "primary" }),
        ),
      );
    else
      fill(
        overlay,
        el(
          "div",
          { class: "overlay-card error", attrs: { role: "alert" } },
          el("h2", { text: "The graph cannot be loaded" }),
          el("p", { text: s.message }),
          el("p", {
            class: "muted",
            text: "Is Neo4j running? `npm start` starts it. The explorer retries every 10 seconds.",
          }),
          button("Retry now", retry, { class: "primary" }),
        ),
      );
  };

  const renderStats = (): void => {
    const { graph, filters, hidden } = state;
    let nodes = 0;
    graph.forEachNode((n, a) => {
      if (isNodeShown(filters, a, hidden, n)) nodes++;
    });
    let edges = 0;
    graph.forEachEdge((_e, a, s, t, sa, ta) => {
      if (
        isEdgeShown(filters, a) &&
        isNodeShown(filters, sa, hidden, s) &&
        isNodeShown(filters, ta, hidden, t)
      )
        edges++;
    });
    const extra = graph.order - nodes;
    const total = state.totalEntities;
    const entities = total !== null && total > nodes ? `${nodes} of ${total}` : `${nodes}`;
    const parts = [`${entities} entities · ${edges} relations in view`];
    if (extra > 0) parts.push(`${extra} filtered or hidden`);
    const meetings = state.meetings;
    if (isWhoMetWhom(filters) && meetings.kind === "loaded") {
      let drawn = 0;
      graph.forEachEdge((_e, a, s, t, sa, ta) => {
        if (a.type === "MET_WITH" && isEdgeShown(filters, a) && isNodeShown(filters, sa, hidden, s))
          if (isNodeShown(filters, ta, hidden, t)) drawn++;
      });
      parts.push(`${drawn} of ${meetings.counts.total} meetings in range`);
    }
    if (state.busy > 0) parts.push("loading…");
    fill(stats, parts.join(" · "));
  };

  const renderFlash = (): void => {
    if (!state.flash) return;
    toast.textContent = state.flash.message;
    toast.hidden = false;
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => (toast.hidden = true), 4000);
  };

  let lastFlash: unknown = null;
  state.subscribe((changed) => {
    if (changed.has("status")) {
      renderOverlay();
      if (state.flash !== lastFlash) {
        lastFlash = state.flash;
        renderFlash();
      }
    }
    const counted = ["graph", "filters", "hidden", "busy", "meetings", "totals"];
    if (counted.some((a) => changed.has(a as never))) renderStats();
  });
  renderOverlay();
  renderStats();
}
