// The timeline of meetings in view, oldest first; choosing one selects its edge in the graph.
// Meetings outside the date range or filtered out are shown faded.
import { isEdgeShown, isNodeShown } from "../graph/filters";
import { meetingsInGraph } from "../graph/timeline-data";
import type { ExplorerActions } from "../state/actions";
import type { ExplorerState } from "../state/explorer-state";
import { el, fill } from "./dom";

export function mountTimeline(
  root: HTMLElement,
  state: ExplorerState,
  actions: ExplorerActions,
): void {
  const list = el("ol", { class: "timeline", attrs: { "aria-label": "Timeline of meetings" } });
  const heading = el("h3", { text: "Meetings" });
  fill(root, heading, list);
  const render = (): void => {
    const { graph, filters, hidden, selection } = state;
    const entries = meetingsInGraph(graph);
    heading.textContent = `Meetings (${entries.length})`;
    if (entries.length === 0) {
      fill(list, el("li", { class: "muted", text: "No meetings in view." }));
      return;
    }
    fill(
      list,
      ...entries.map((entry) => {
        const [s, t] = graph.extremities(entry.edge);
        const shown =
          isEdgeShown(filters, graph.getEdgeAttributes(entry.edge)) &&
          isNodeShown(filters, graph.getNodeAttributes(s), hidden, s) &&
          isNodeShown(filters, graph.getNodeAttributes(t), hidden, t);
        const selected = selection?.type === "edge" && selection.id === entry.edge;
        const item = el(
          "button",
          {
            class: `timeline-item${shown ? "" : " faded"}${selected ? " active" : ""}`,
            attrs: { type: "button", "data-edge": entry.edge },
          },
          el("span", { class: "timeline-date", text: entry.date ?? "undated" }),
          el("span", { class: "timeline-people", text: `${entry.people[0]} – ${entry.people[1]}` }),
        );
        item.addEventListener(
          "click",
          () => void actions.selection.selectEdge(entry.edge, { focus: true }),
        );
        return el("li", {}, item);
      }),
    );
  };
  state.subscribe((changed) => {
    if (["graph", "filters", "hidden", "selection"].some((a) => changed.has(a as never))) render();
  });
  render();
}
