// The timeline of meetings in the date window over the whole database, oldest first (undated
// last, marked), paged: "N of M" says how many the server has, and "Show more" pages on. A
// meeting not yet in the graph is marked; choosing one brings it in and selects its edge.
import { isEdgeShown, isNodeShown, isWhoMetWhom } from "../graph/filters";
import type { ExplorerActions } from "../state/actions";
import type { ExplorerState, MeetingEntry } from "../state/explorer-state";
import { button, el, fill } from "./dom";

export function mountTimeline(
  root: HTMLElement,
  state: ExplorerState,
  actions: ExplorerActions,
): void {
  const heading = el("h3", { attrs: { id: "timeline-heading" }, text: "Meetings" });
  const counts = el("p", { class: "timeline-counts muted", attrs: { "aria-live": "polite" } });
  const list = el("ol", { class: "timeline", attrs: { "aria-label": "Timeline of meetings" } });
  const more = el("div", { class: "timeline-more" });
  fill(root, heading, counts, list, more);

  const item = (entry: MeetingEntry): HTMLElement => {
    const { graph, filters, hidden, selection } = state;
    const inGraph = graph.hasEdge(entry.edge);
    let shown = false;
    if (inGraph) {
      const [s, t] = graph.extremities(entry.edge);
      shown =
        isEdgeShown(filters, graph.getEdgeAttributes(entry.edge)) &&
        isNodeShown(filters, graph.getNodeAttributes(s), hidden, s) &&
        isNodeShown(filters, graph.getNodeAttributes(t), hidden, t);
    }
    const selected = selection?.type === "edge" && selection.id === entry.edge;
    const classes = ["timeline-item"];
    if (!shown) classes.push("faded");
    if (selected) classes.push("active");
    if (!entry.date) classes.push("undated");
    const button = el(
      "button",
      {
        class: classes.join(" "),
        attrs: { type: "button", "data-edge": entry.edge, "data-in-graph": String(inGraph) },
      },
      el("span", { class: "timeline-date", text: entry.date ?? "undated" }),
      el("span", {
        class: "timeline-people",
        text: `${entry.people[0].label} – ${entry.people[1].label}`,
      }),
      inGraph ? null : el("span", { class: "timeline-note", text: "not in view: add" }),
    );
    button.addEventListener("click", () => void actions.meetings.show(entry.edge));
    return el("li", {}, button);
  };

  const render = (): void => {
    const meetings = state.meetings;
    if (meetings.kind === "loading") {
      heading.textContent = "Meetings";
      counts.textContent = "Loading the meetings…";
      fill(list);
      fill(more);
      return;
    }
    if (meetings.kind === "error") {
      heading.textContent = "Meetings";
      counts.textContent = "";
      fill(list, el("li", { class: "error-text", text: `Meetings: ${meetings.message}` }));
      fill(
        more,
        button("Retry", () => void actions.meetings.refresh({ now: true })),
      );
      return;
    }
    const { entries, counts: c } = meetings;
    const windowed = state.filters.from !== null || state.filters.to !== null;
    heading.textContent = `Meetings (${entries.length} of ${c.total})`;
    const parts = [
      windowed
        ? `${c.total} in ${describeWindow(state.filters.from, state.filters.to)}`
        : `${c.total} in the database`,
    ];
    if (c.undated > 0) parts.push(`${c.undated} undated`);
    if (state.filters.excludeUndated) parts.push("undated left out");
    if (windowed) parts.push(`${c.allMeetings} in the database`);
    counts.textContent = parts.join(" · ");
    if (entries.length === 0) {
      fill(list, el("li", { class: "muted", text: "No meetings in this date range." }));
    } else fill(list, ...entries.map(item));
    const left = c.total - entries.length;
    fill(
      more,
      left > 0
        ? button(
            `Show ${Math.min(left, 200)} more (${left} left)`,
            () => void actions.meetings.more(),
            { class: "link small", attrs: { "data-action": "more-meetings" } },
          )
        : null,
    );
  };

  // The server is asked again whenever the window, the undated choice or the preset changes.
  let windowKey = "";
  const keyOf = (): string => {
    const f = state.filters;
    return [f.from, f.to, f.excludeUndated, isWhoMetWhom(f)].join("|");
  };
  state.subscribe((changed) => {
    if (changed.has("filters") && keyOf() !== windowKey) {
      windowKey = keyOf();
      void actions.meetings.refresh();
    }
    if (
      ["meetings", "graph", "filters", "hidden", "selection"].some((a) => changed.has(a as never))
    )
      render();
  });
  windowKey = keyOf();
  render();
}

function describeWindow(from: string | null, to: string | null): string {
  if (from && to) return `${from} – ${to}`;
  if (from) return `${from} onwards`;
  return `up to ${to}`;
}
