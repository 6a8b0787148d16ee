// The top bar's buttons: expand, hide, undo, layout, fit, the export menu and snapshots.
import type { ExplorerActions } from "../state/actions";
import type { ExplorerState } from "../state/explorer-state";
import type { FileActions } from "../state/file-actions";
import { button, el, fill } from "./dom";
import { layoutSettingsMenu } from "./layout-settings";

export function mountToolbar(
  root: HTMLElement,
  state: ExplorerState,
  actions: ExplorerActions,
  files: FileActions,
  showHelp: () => void,
): void {
  const selectedNode = (): string | null =>
    state.selection?.type === "node" ? state.selection.id : null;
  const expand = button(
    "Expand",
    () => {
      const node = selectedNode();
      if (node) void actions.view.expand(node);
    },
    {
      title: "Expand the selected entity (E, or double-click)",
      attrs: { "data-action": "expand-selected" },
    },
  );
  const hide = button(
    "Hide",
    () => {
      const node = selectedNode();
      if (node) actions.view.hide(node);
    },
    { title: "Hide the selected entity (H)" },
  );
  const undo = button("Undo", () => actions.view.undo(), {
    title: "Undo the last expansion or hide (Ctrl+Z)",
    attrs: { "data-action": "undo" },
  });
  const showHidden = button("Show hidden", () => actions.view.showHidden(), {
    title: "Show hidden entities again",
  });
  const layout = button("Layout", () => actions.layout.toggle(), {
    title: "Start or stop ForceAtlas2 (L)",
    attrs: { "data-action": "layout" },
  });
  const fit = button("Fit", () => void actions.view.fit(), {
    title: "Fit the graph in view (F)",
    attrs: { "data-action": "fit" },
  });

  // Hidden outright (not just visually): it is reached through "Load snapshot…", never by Tab.
  const fileInput = el("input", {
    attrs: {
      hidden: "",
      type: "file",
      accept: ".json,application/json",
      "aria-label": "Snapshot file",
      "data-action": "snapshot-file",
    },
  });
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) void file.text().then((text) => files.loadSnapshot(text));
    fileInput.value = "";
  });
  const menu = el("details", { class: "menu" });
  const item = (label: string, run: () => void, name: string): HTMLButtonElement =>
    button(
      label,
      () => {
        menu.open = false;
        run();
      },
      { class: "menu-item", attrs: { "data-export": name } },
    );
  // Whether pictures carry the legend of the kinds and relation types they show.
  const legend = el("input", { attrs: { type: "checkbox", "data-export": "legend" } });
  legend.checked = true;
  fill(
    menu,
    el("summary", { text: "Export", attrs: { "aria-label": "Export and snapshots" } }),
    el(
      "div",
      { class: "menu-list" },
      el("div", { class: "menu-heading", text: "Picture of the view" }),
      item(
        "PNG image (high resolution)",
        () => void files.exportImage("png", legend.checked),
        "png",
      ),
      item("SVG image", () => void files.exportImage("svg", legend.checked), "svg"),
      el("label", { class: "menu-check" }, legend, "with a legend"),
      el("div", { class: "menu-heading", text: "Graph in view" }),
      item(
        "graphology JSON (with evidence and sources)",
        () => void files.exportData("json"),
        "json",
      ),
      item("GEXF (Gephi)", () => void files.exportData("gexf"), "gexf"),
      item("GraphML", () => void files.exportData("graphml"), "graphml"),
      item(
        "GEXF, all edges directed (networkx)",
        () => void files.exportData("gexf", "directed"),
        "gexf-directed",
      ),
      item(
        "GraphML, all edges directed (networkx, igraph)",
        () => void files.exportData("graphml", "directed"),
        "graphml-directed",
      ),
      item(
        "CSV: nodes, edges, relations with evidence (zip)",
        () => void files.exportData("csv"),
        "csv",
      ),
      el("div", { class: "menu-heading", text: "Snapshot" }),
      item("Save snapshot…", () => files.saveSnapshot(), "snapshot-save"),
      item("Load snapshot…", () => fileInput.click(), "snapshot-load"),
      item(
        "Copy link to this view",
        () =>
          void navigator.clipboard
            ?.writeText(location.href)
            .then(() => actions.state.setFlash("Link copied.")),
        "link",
      ),
    ),
  );
  document.addEventListener("click", (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
  const help = button("?", showHelp, {
    class: "icon",
    title: "Keyboard shortcuts (?)",
    attrs: { "aria-label": "Keyboard shortcuts" },
  });
  fill(
    root,
    el("div", { class: "tool-group" }, expand, hide, undo, showHidden),
    el("div", { class: "tool-group" }, layout, layoutSettingsMenu(actions.layout), fit),
    menu,
    fileInput,
    help,
  );

  const render = (): void => {
    const node = selectedNode();
    expand.disabled = !node;
    hide.disabled = !node;
    undo.disabled = state.historyLabels.length === 0;
    undo.title = state.historyLabels.length
      ? `Undo ${state.historyLabels.at(-1)} (Ctrl+Z)`
      : "Nothing to undo";
    showHidden.hidden = state.hidden.size === 0;
    showHidden.textContent = `Show hidden (${state.hidden.size})`;
    layout.textContent = state.layoutRunning ? "Stop layout" : "Layout";
    layout.classList.toggle("active", state.layoutRunning);
  };
  state.subscribe((changed) => {
    if (["selection", "history", "hidden", "layout"].some((a) => changed.has(a as never))) render();
  });
  render();
}
