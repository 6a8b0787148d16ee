// The undo stack of the view: each expansion, hide or replacement of the graph pushes how to take
// it back; the state's `historyLabels` mirrors it for the toolbar.
import type { ExplorerState } from "./explorer-state";

interface HistoryEntry {
  label: string;
  undo: () => void;
}

export class ViewHistory {
  readonly #entries: HistoryEntry[] = [];

  constructor(private readonly state: ExplorerState) {}

  /** Records an action that `undo` (which changes the state through its setters) takes back. */
  push(label: string, undo: () => void): void {
    this.#entries.push({ label, undo });
    this.state.setHistoryLabels(this.#entries.map((h) => h.label));
  }

  /** Takes back the last action; false when there was none. */
  undoLast(): boolean {
    const entry = this.#entries.pop();
    if (!entry) return false;
    entry.undo();
    this.state.setHistoryLabels(this.#entries.map((h) => h.label));
    return true;
  }
}
