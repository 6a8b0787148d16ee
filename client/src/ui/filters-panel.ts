// Legend and filters in one: entity kinds (node colours) and relation types (edge colours) as
// checkboxes with their counts, the presets, and the date range with its slider.
import { ENTITY_KINDS, RELATION_TYPES } from "../../../contract/model";
import { ALL_FILTERS, dateDomain, isWhoMetWhom, sameFilters } from "../graph/filters";
import { KIND_COLORS, RELATION_STYLES } from "../graph/graph-style";
import type { ExplorerActions } from "../state/actions";
import { LABEL_DENSITIES, type ExplorerState } from "../state/explorer-state";
import { button, el, fill } from "./dom";

const DAY_MS = 86_400_000;
const toDay = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function mountFiltersPanel(
  root: HTMLElement,
  state: ExplorerState,
  actions: ExplorerActions,
): void {
  const kinds = el("div", { class: "legend" });
  const relations = el("div", { class: "legend" });
  const dates = el("div", { class: "date-range" });
  const presets = el(
    "div",
    { class: "presets" },
    button("Everything", () => actions.filters.applyPreset("all"), {
      attrs: { "data-preset": "all" },
    }),
    button("Who met whom", () => actions.filters.applyPreset("who-met-whom"), {
      attrs: { "data-preset": "who-met-whom" },
      title: "People and their meetings only (M)",
    }),
  );
  // How many labels sigma draws: a radio group, so it reads as one choice to screen readers.
  const labelChoice = el(
    "fieldset",
    { class: "label-density" },
    el("legend", { text: "Labels" }),
    ...LABEL_DENSITIES.map((density) => {
      const radio = el("input", {
        attrs: { type: "radio", name: "label-density", value: density },
      });
      radio.checked = state.labels === density;
      radio.addEventListener("change", () => radio.checked && actions.view.setLabels(density));
      return el("label", {}, radio, el("span", { text: density }));
    }),
  );
  fill(
    root,
    el("section", { class: "panel-section" }, el("h3", { text: "View" }), presets, labelChoice),
    el("section", { class: "panel-section" }, el("h3", { text: "Entities" }), kinds),
    el("section", { class: "panel-section" }, el("h3", { text: "Relations" }), relations),
    el("section", { class: "panel-section" }, el("h3", { text: "Dates" }), dates),
  );

  const renderLegend = (): void => {
    const whoMetWhom = isWhoMetWhom(state.filters);
    for (const preset of presets.querySelectorAll("button")) {
      const on =
        preset.dataset.preset === "who-met-whom"
          ? whoMetWhom
          : sameFilters(
              { ...state.filters, from: null, to: null, excludeUndated: false },
              ALL_FILTERS,
            );
      preset.setAttribute("aria-pressed", String(on));
    }
    const kindCount = new Map<string, number>();
    state.graph.forEachNode((_n, a) => kindCount.set(a.kind, (kindCount.get(a.kind) ?? 0) + 1));
    const relCount = new Map<string, number>();
    state.graph.forEachEdge((_e, a) => relCount.set(a.type, (relCount.get(a.type) ?? 0) + 1));
    fill(
      kinds,
      ...ENTITY_KINDS.map((kind) => {
        const box = el("input", { attrs: { type: "checkbox", "data-kind": kind } });
        box.checked = state.filters.kinds.includes(kind);
        box.addEventListener("change", () => actions.filters.toggleKind(kind, box.checked));
        const dot = el("span", { class: "swatch-dot" });
        dot.style.background = KIND_COLORS[kind];
        return el(
          "label",
          { class: "legend-item" },
          box,
          dot,
          el("span", { class: "legend-label", text: kind }),
          el("span", { class: "count", text: String(kindCount.get(kind) ?? 0) }),
        );
      }),
    );
    fill(
      relations,
      ...RELATION_TYPES.map((type) => {
        const style = RELATION_STYLES[type];
        const box = el("input", { attrs: { type: "checkbox", "data-rel": type } });
        box.checked = state.filters.relationTypes.includes(type);
        box.addEventListener("change", () => actions.filters.toggleRelationType(type, box.checked));
        const line = el("span", { class: style.arrow ? "swatch-line arrow" : "swatch-line" });
        line.style.setProperty("--rel", style.color);
        return el(
          "label",
          { class: "legend-item" },
          box,
          line,
          el("span", { class: "legend-label", text: style.label }),
          el("span", { class: "count", text: String(relCount.get(type) ?? 0) }),
        );
      }),
    );
  };

  // The slider spans the dates of the whole database (as the server reports them) and of the
  // graph in view, so a window can reach meetings that are not loaded yet.
  const fullDomain = (): { min: string; max: string } | null => {
    const inView = dateDomain(state.graph);
    const dates: (string | null | undefined)[] = [inView?.min, inView?.max];
    // A window set by a link may reach past every known date: the slider shows it as it is.
    dates.push(state.filters.from, state.filters.to);
    if (state.meetings.kind === "loaded")
      dates.push(state.meetings.counts.firstDate, state.meetings.counts.lastDate);
    const known = dates.filter((d): d is string => typeof d === "string").sort();
    return known.length > 0 ? { min: known[0]!, max: known[known.length - 1]! } : null;
  };

  const undatedBox = (): HTMLElement => {
    const box = el("input", { attrs: { type: "checkbox", "data-filter": "undated" } });
    box.checked = !state.filters.excludeUndated;
    box.addEventListener("change", () => actions.filters.setExcludeUndated(!box.checked));
    return el(
      "label",
      { class: "legend-item", title: "Meetings whose date the articles do not give" },
      box,
      el("span", { class: "legend-label", text: "Include undated meetings" }),
    );
  };

  const renderDates = (): void => {
    const domain = fullDomain();
    if (!domain) {
      fill(dates, el("p", { class: "muted", text: "No dated relations in view." }), undatedBox());
      return;
    }
    // One day of slack either side, so the ends can exclude the first or last day.
    const min = toDay(domain.min) - 1;
    const max = toDay(domain.max) + 1;
    const from = state.filters.from ? Math.max(min, toDay(state.filters.from)) : min;
    const to = state.filters.to ? Math.min(max, toDay(state.filters.to)) : max;
    const slider = (id: string, label: string, value: number): HTMLInputElement => {
      const input = el("input", {
        attrs: {
          type: "range",
          id,
          "aria-label": label,
          min: String(min),
          max: String(max),
          step: "1",
        },
      });
      input.value = String(value);
      return input;
    };
    const fromInput = slider("date-from", "Earliest date", from);
    const toInput = slider("date-to", "Latest date", to);
    const fromText = el("output", { attrs: { for: "date-from" }, text: fromDay(from) });
    const toText = el("output", { attrs: { for: "date-to" }, text: fromDay(to) });
    const update = (): void => {
      let a = Number(fromInput.value);
      let b = Number(toInput.value);
      if (a > b) [a, b] = [b, a];
      fromText.textContent = fromDay(a);
      toText.textContent = fromDay(b);
      actions.filters.setDates(a <= min ? null : fromDay(a), b >= max ? null : fromDay(b));
    };
    fromInput.addEventListener("input", update);
    toInput.addEventListener("input", update);
    const reset = button("All dates", () => actions.filters.setDates(null, null), {
      class: "link small",
    });
    fill(
      dates,
      el(
        "div",
        { class: "range-labels" },
        fromText,
        el("span", { class: "muted", text: "to" }),
        toText,
      ),
      el("div", { class: "dual-range" }, fromInput, toInput),
      state.filters.from || state.filters.to ? reset : null,
      undatedBox(),
    );
  };

  state.subscribe((changed) => {
    if (changed.has("graph") || changed.has("filters")) renderLegend();
    if (changed.has("graph") || changed.has("filters") || changed.has("meetings")) {
      // Rebuilding the sliders while one is dragged would drop the drag: only on outside changes.
      const active = document.activeElement;
      if (!(active instanceof HTMLInputElement && active.type === "range")) renderDates();
    }
  });
  renderLegend();
  renderDates();
}
