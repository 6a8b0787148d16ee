// Paths between two entities: pick both ends, see the shortest paths with each hop's evidence.
import { RELATION_STYLES } from "../graph/graph-style";
import type { ExplorerActions } from "../state/actions";
import type { ExplorerState, PathHop } from "../state/explorer-state";
import { button, el, fill } from "./dom";
import { entityPicker } from "./entity-picker";
import { evidenceText } from "./evidence-text";

export function mountPathsPanel(
  root: HTMLElement,
  state: ExplorerState,
  actions: ExplorerActions,
): void {
  const fromPicker = entityPicker(actions, {
    id: "path-from",
    label: "Path from",
    placeholder: "From…",
    onPick: (hit) => actions.paths.setEnd("from", { id: hit.id, label: hit.name }),
  });
  const toPicker = entityPicker(actions, {
    id: "path-to",
    label: "Path to",
    placeholder: "To…",
    onPick: (hit) => actions.paths.setEnd("to", { id: hit.id, label: hit.name }),
  });
  const hops = el(
    "select",
    { attrs: { "aria-label": "Maximum hops" } },
    ...[2, 3, 4, 5, 6].map((n) =>
      el("option", { text: `≤ ${n} hops`, attrs: { value: String(n) } }),
    ),
  );
  hops.value = "4";
  const go = button(
    "Find paths",
    () => {
      const { from, to } = state.pathEnds;
      if (from && to) void actions.paths.find(from.id, to.id, Number(hops.value));
    },
    { class: "primary", attrs: { "data-action": "find-paths" } },
  );
  const clear = button("Clear", () => actions.paths.clear());
  const results = el("div", { class: "path-results" });
  fill(
    root,
    el(
      "div",
      { class: "path-form" },
      fromPicker.root,
      toPicker.root,
      el("div", { class: "button-row" }, hops, go, clear),
    ),
    results,
  );

  const hopView = (hop: PathHop): HTMLElement => {
    const { graph } = state;
    const name = (n: string): string => (graph.hasNode(n) ? graph.getNodeAttribute(n, "label") : n);
    const a = graph.hasEdge(hop.edge) ? graph.getEdgeAttributes(hop.edge) : null;
    const style = a ? RELATION_STYLES[a.type] : null;
    const head = button(
      `${name(hop.from)} — ${style?.label ?? "?"}${a?.date ? ` (${a.date})` : ""} — ${name(hop.to)}`,
      () => void actions.selection.selectEdge(hop.edge, { focus: true }),
      { class: "hop-head" },
    );
    if (style) head.style.setProperty("--rel", style.color);
    const terms = [name(hop.from), name(hop.to)];
    const first = hop.evidence[0];
    return el(
      "li",
      { class: "hop" },
      head,
      first
        ? evidenceText(first.sentence, terms)
        : el("span", { class: "muted", text: "no evidence stored" }),
      hop.evidence.length > 1
        ? el("span", { class: "muted small", text: ` +${hop.evidence.length - 1} more sentences` })
        : null,
    );
  };

  const render = (): void => {
    const { from, to } = state.pathEnds;
    if (from && document.activeElement !== fromPicker.input) fromPicker.input.value = from.label;
    if (to && document.activeElement !== toPicker.input) toPicker.input.value = to.label;
    go.disabled = !(from && to);
    const p = state.paths;
    if (p.kind === "none")
      fill(
        results,
        el("p", { class: "muted", text: "Choose two entities to see how they are connected." }),
      );
    else if (p.kind === "loading")
      fill(results, el("p", { class: "loading-hint", text: "Looking for paths…" }));
    else if (p.kind === "error")
      fill(results, el("div", { class: "error-box", attrs: { role: "alert" }, text: p.message }));
    else if (p.paths.length === 0)
      fill(results, el("p", { class: "muted", text: "No path within that many hops." }));
    else
      fill(
        results,
        el("p", {
          class: "muted",
          text: `${p.paths.length} shortest path${p.paths.length === 1 ? "" : "s"}, ${p.paths[0]?.length ?? 0} hop${p.paths[0]?.length === 1 ? "" : "s"} each`,
        }),
        ...p.paths.map((path, i) =>
          el(
            "section",
            { class: "path" },
            el("h4", { text: `Path ${i + 1}` }),
            el("ol", { class: "hops" }, ...path.map(hopView)),
          ),
        ),
      );
  };
  state.subscribe((changed) => changed.has("paths") && render());
  render();
}
