// The right-hand panel's tabs: Details, Paths, Cypher.
import type { ExplorerState, PanelTab } from "../state/explorer-state";
import { el, fill } from "./dom";

export function mountSideTabs(
  root: HTMLElement,
  state: ExplorerState,
): Record<PanelTab, HTMLElement> {
  const names: [PanelTab, string][] = [
    ["details", "Details"],
    ["paths", "Paths"],
    ["cypher", "Cypher"],
  ];
  const panels = {} as Record<PanelTab, HTMLElement>;
  const tabs = names.map(([tab, label]) => {
    const b = el("button", {
      class: "tab",
      text: label,
      attrs: { type: "button", role: "tab", id: `tab-${tab}`, "aria-controls": `panel-${tab}` },
    });
    b.addEventListener("click", () => state.setTab(tab));
    panels[tab] = el("section", {
      class: "tab-panel",
      attrs: {
        role: "tabpanel",
        id: `panel-${tab}`,
        "aria-labelledby": `tab-${tab}`,
        tabindex: "-1",
      },
    });
    return b;
  });
  fill(
    root,
    el("div", { class: "tabs", attrs: { role: "tablist" } }, ...tabs),
    ...Object.values(panels),
  );
  const render = (): void => {
    names.forEach(([tab], i) => {
      const selected = state.tab === tab;
      tabs[i]?.setAttribute("aria-selected", String(selected));
      panels[tab].hidden = !selected;
    });
  };
  state.subscribe((changed) => {
    if (changed.has("tab")) render();
    // Choosing something on the canvas brings its details forward.
    if (
      changed.has("selection") &&
      state.selection &&
      state.tab !== "details" &&
      state.tab !== "paths"
    )
      state.setTab("details");
  });
  render();
  return panels;
}
