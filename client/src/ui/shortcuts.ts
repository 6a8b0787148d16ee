// Keyboard shortcuts for the common actions, and the dialog that lists them.
import type { ExplorerActions } from "../state/actions";
import type { ExplorerState } from "../state/explorer-state";
import type { FileActions } from "../state/file-actions";
import { button, el } from "./dom";

export const SHORTCUTS: [string, string][] = [
  ["/", "Search entities"],
  ["E", "Expand the selected entity (or double-click it)"],
  ["H", "Hide the selected entity"],
  ["Ctrl+Z or U", "Undo the last expansion, hide or query"],
  ["L", "Start or stop the layout"],
  ["F", "Fit the graph in view"],
  ["M", "Who met whom (people and meetings only)"],
  ["A", "Show everything"],
  ["P", "Paths panel"],
  ["C", "Cypher console"],
  ["Ctrl+Enter", "Run the Cypher query"],
  ["Ctrl+S", "Save a snapshot"],
  ["Esc", "Clear the selection and paths"],
  ["?", "This list"],
];

export function createHelpDialog(): HTMLDialogElement {
  const dialog = el("dialog", { class: "help", attrs: { "aria-label": "Keyboard shortcuts" } });
  dialog.append(
    el("h2", { text: "Keyboard shortcuts" }),
    el(
      "dl",
      {},
      ...SHORTCUTS.flatMap(([key, what]) => [
        el("dt", {}, el("kbd", { text: key })),
        el("dd", { text: what }),
      ]),
    ),
    button("Close", () => dialog.close(), { class: "primary" }),
  );
  document.body.append(dialog);
  return dialog;
}

export function installShortcuts(
  state: ExplorerState,
  actions: ExplorerActions,
  files: FileActions,
  focusSearch: () => void,
  focusCypher: () => void,
  help: HTMLDialogElement,
): void {
  document.addEventListener("keydown", (event) => {
    // A modal dialog has the keyboard: Esc is the browser's to close it, no shortcut applies.
    if (document.querySelector("dialog[open]")) return;
    const target = event.target as HTMLElement | null;
    if (event.key === "Escape" && closeOpenMenus()) return;
    const typing =
      target?.closest("input, textarea, select, .cm-editor") !== null && target !== null;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key.toLowerCase() === "s") {
      event.preventDefault();
      files.saveSnapshot();
      return;
    }
    if (typing) return;
    const node = state.selection?.type === "node" ? state.selection.id : null;
    if (mod && event.key.toLowerCase() === "z") {
      event.preventDefault();
      actions.view.undo();
      return;
    }
    if (mod || event.altKey) return;
    const run: Record<string, () => void> = {
      "/": focusSearch,
      e: () => node && void actions.view.expand(node),
      h: () => node && actions.view.hide(node),
      u: () => actions.view.undo(),
      l: () => actions.layout.toggle(),
      f: () => void actions.view.fit(),
      m: () => actions.filters.applyPreset("who-met-whom"),
      a: () => actions.filters.applyPreset("all"),
      p: () => state.setTab("paths"),
      c: () => {
        state.setTab("cypher");
        focusCypher();
      },
      "?": () => (help.open ? help.close() : help.showModal()),
      Escape: () => {
        actions.selection.clear();
        actions.paths.clear();
      },
    };
    const handler =
      run[event.key.length === 1 ? event.key.toLowerCase() : event.key] ??
      (event.key === "?" ? run["?"] : undefined);
    if (handler) {
      event.preventDefault();
      handler();
    }
  });
}

/** Closes the toolbar's open drop-down menus (focus back on their button); false when none. */
function closeOpenMenus(): boolean {
  const open = [...document.querySelectorAll<HTMLDetailsElement>("details.menu[open]")];
  for (const menu of open) {
    menu.open = false;
    menu.querySelector("summary")?.focus();
  }
  return open.length > 0;
}
