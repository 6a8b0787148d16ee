// Paths between two entities: pick both ends, see the shortest paths, each hop read in its
// relation's direction with its evidence, weak links (hubs, countries) flagged, and go around
// any entity in the middle.
import { RELATION_STYLES } from "../graph/graph-style";
import { readHop, weakLinks } from "../graph/path-reading";
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
  const excludedList = el("div", { class: "path-excluded" });
  const find = (): void => {
    const { from, to } = state.pathEnds;
    if (from && to) void actions.paths.find(from.id, to.id, Number(hops.value));
  };
  const go = button("Find paths", find, {
    class: "primary",
    attrs: { "data-action": "find-paths" },
  });
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
      excludedList,
    ),
    results,
  );

  const name = (n: string): string =>
    state.graph.hasNode(n) ? state.graph.getNodeAttribute(n, "label") : n;

  const hopView = (hop: PathHop): HTMLElement => {
    const { graph } = state;
    const a = graph.hasEdge(hop.edge) ? graph.getEdgeAttributes(hop.edge) : null;
    const style = a ? RELATION_STYLES[a.type] : null;
    const reading = readHop(graph, hop.edge, hop.from);
    const head = el(
      "button",
      {
        class: "hop-head",
        attrs: { type: "button", "data-edge": hop.edge },
        title: reading?.against ? "The path walks this relation backwards" : "",
      },
      ...(reading
        ? [
            el("strong", { text: reading.subject }),
            " ",
            el("span", { class: "rel-type", text: reading.verb }),
            " ",
            el("strong", { text: reading.object }),
            reading.detail ? el("span", { class: "muted", text: ` ${reading.detail}` }) : null,
          ]
        : [`${name(hop.from)} — ${name(hop.to)}`]),
    );
    head.addEventListener(
      "click",
      () => void actions.selection.selectEdge(hop.edge, { focus: true }),
    );
    if (style) head.style.setProperty("--rel", style.color);
    const terms = [name(hop.from), name(hop.to)];
    const first = hop.evidence[0];
    // The path answer carries the first ten sentences; the relation's count says how many exist.
    const count = state.graph.hasEdge(hop.edge)
      ? state.graph.getEdgeAttribute(hop.edge, "evidenceCount")
      : hop.evidence.length;
    return el(
      "li",
      { class: "hop" },
      head,
      first
        ? evidenceText(first.sentence, terms)
        : el("span", { class: "muted", text: "no evidence stored" }),
      first && count > 1
        ? el("span", {
            class: "muted small",
            text: ` +${count - 1} more ${count === 2 ? "sentence" : "sentences"}`,
          })
        : null,
    );
  };

  /** A path's entities in order, and a warning for each weak link with a way to go around it. */
  const pathView = (path: PathHop[], index: number): HTMLElement => {
    const nodes = path.length > 0 ? [path[0]!.from, ...path.map((h) => h.to)] : [];
    const weak = weakLinks(state.graph, nodes);
    return el(
      "section",
      { class: "path" },
      el("h4", { text: `Path ${index + 1}: ${nodes.map(name).join(" → ")}` }),
      ...weak.map((w) =>
        el(
          "p",
          { class: "weak-link", attrs: { "data-node": w.node } },
          el("strong", { text: `${w.label}: ` }),
          `${w.text}; the link may be incidental. `,
          button(
            `Go around ${w.label}`,
            () => {
              actions.paths.exclude({ id: w.node, label: w.label });
              find();
            },
            { class: "link", attrs: { "data-action": "exclude" } },
          ),
        ),
      ),
      el("ol", { class: "hops" }, ...path.map(hopView)),
      nodes.length > 2
        ? el(
            "p",
            { class: "path-exclude-any" },
            el("span", { class: "muted", text: "Go around: " }),
            ...nodes.slice(1, -1).map((n) =>
              button(
                name(n),
                () => {
                  actions.paths.exclude({ id: n, label: name(n) });
                  find();
                },
                { class: "chip", attrs: { "data-exclude": n } },
              ),
            ),
          )
        : null,
    );
  };

  const renderExcluded = (): void => {
    const { excluded } = state.pathEnds;
    fill(
      excludedList,
      excluded.length > 0 ? el("span", { class: "muted", text: "Going around " }) : null,
      ...excluded.map((e) =>
        button(
          `${e.label} ×`,
          () => {
            actions.paths.exclude(e, false);
            find();
          },
          {
            class: "chip active",
            title: `Let paths through ${e.label} again`,
            attrs: { "data-excluded": e.id },
          },
        ),
      ),
    );
  };

  const render = (): void => {
    const { from, to } = state.pathEnds;
    if (from && document.activeElement !== fromPicker.input) fromPicker.input.value = from.label;
    if (to && document.activeElement !== toPicker.input) toPicker.input.value = to.label;
    go.disabled = !(from && to);
    renderExcluded();
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
        ...p.paths.map(pathView),
      );
  };
  state.subscribe((changed) => changed.has("paths") && render());
  render();
}
