// The banner over the graph while the server or Neo4j is down: what is down, since when, and
// that it clears by itself. It stays until health is good again.
import type { ExplorerState } from "../state/explorer-state";
import { el, fill } from "./dom";

export function mountOutageBanner(root: HTMLElement, state: ExplorerState): void {
  const render = (): void => {
    const c = state.connection;
    root.hidden = c.kind === "up";
    if (c.kind === "up") return fill(root);
    const since = new Date(c.since);
    const at = Number.isNaN(since.getTime()) ? "" : ` since ${since.toLocaleTimeString()}`;
    fill(
      root,
      el("strong", { text: c.cause === "neo4j" ? "Database down" : "Server unreachable" }),
      el("span", {
        text: ` ${c.message} (${at.trim() || "just now"}). Searches and other actions are paused; this clears by itself when it is back.`,
      }),
    );
  };
  state.subscribe((changed) => {
    if (changed.has("connection")) render();
  });
  render();
}
