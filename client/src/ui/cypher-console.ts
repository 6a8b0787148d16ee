// The Cypher console: editor, parameters, history, and the result as a table (the graph goes to
// the canvas) that can be saved as CSV. Errors show Neo4j's own message, and a syntax error is
// marked in the editor where Neo4j found it.
import type { CypherResponse, QueryPosition } from "../../../contract/api";
import type { ExplorerActions } from "../state/actions";
import type { ExplorerState } from "../state/explorer-state";
import { cellText, resultCsv } from "../io/cypher-table";
import { download } from "../io/download";
import { createCypherEditor } from "./cypher-editor";
import { button, el, fill } from "./dom";

const HISTORY_KEY = "newsgraph.cypher-history";
const HISTORY_MAX = 30;
const TABLE_MAX_ROWS = 300;

export const EXAMPLE_QUERY = "MATCH (a:Person)-[r:MET_WITH]-(b:Person)\nRETURN a, r, b\nLIMIT 100";

function loadHistory(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? "[]");
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

export function mountCypherConsole(
  root: HTMLElement,
  state: ExplorerState,
  actions: ExplorerActions,
  /** Buttons of the page around the console (the drawer switch), placed among its own. */
  extraButtons: HTMLElement[] = [],
): { focus(): void; setText(text: string): void } {
  const editorHost = el("div", { class: "cypher-editor" });
  const params = el("textarea", {
    class: "cypher-params",
    attrs: {
      "aria-label": "Query parameters (JSON)",
      rows: "2",
      spellcheck: "false",
      placeholder: '{"name": "Lee In-young"}',
    },
  });
  params.value = state.query.params;
  let historyItems = loadHistory();
  const historySelect = el("select", { attrs: { "aria-label": "Query history" } });
  const run = (): void => {
    const text = editor.getText().trim();
    if (!text) return;
    editor.markError(null);
    historyItems = [text, ...historyItems.filter((q) => q !== text)].slice(0, HISTORY_MAX);
    localStorage.setItem(HISTORY_KEY, JSON.stringify(historyItems));
    renderHistory();
    void actions.cypher.run(text, params.value);
  };
  const editor = createCypherEditor(editorHost, state.query.text || EXAMPLE_QUERY, run);
  const renderHistory = (): void => {
    fill(
      historySelect,
      el("option", {
        text: historyItems.length ? "History…" : "No history yet",
        attrs: { value: "" },
      }),
      ...historyItems.map((q, i) =>
        el("option", { text: q.replace(/\s+/g, " ").slice(0, 60), attrs: { value: String(i) } }),
      ),
    );
  };
  historySelect.addEventListener("change", () => {
    const q = historyItems[Number(historySelect.value)];
    if (historySelect.value !== "" && q !== undefined) editor.setText(q);
    historySelect.value = "";
  });
  renderHistory();
  const runButton = button("Run", run, {
    class: "primary",
    title: "Run (Ctrl+Enter)",
    attrs: { "data-action": "run-cypher" },
  });
  const exportButton = button("Export CSV", () => exportCsv(), {
    title: "Save the table as a CSV file (UTF-8, opens in a spreadsheet)",
    attrs: { "data-action": "export-cypher-csv" },
  });
  const exportCsv = (): void => {
    if (state.cypher.kind !== "done") return;
    const { columns, rows } = state.cypher.result;
    download("query-result.csv", resultCsv(columns, rows), "text/csv;charset=utf-8");
  };
  const status = el("div", { class: "cypher-status", attrs: { role: "status" } });
  // Focusable, so a keyboard can scroll a table wider or taller than the panel.
  const table = el("div", {
    class: "cypher-table",
    attrs: { tabindex: "0", role: "region", "aria-label": "Query result table" },
  });
  fill(
    root,
    el("p", {
      class: "muted small",
      text: "Read-only Cypher. Ctrl+Enter runs; nodes and relationships in the result replace the graph view (Undo brings it back).",
    }),
    // Input and output apart, so the drawer can set them side by side.
    el(
      "div",
      { class: "cypher-input" },
      editorHost,
      params,
      el("div", { class: "button-row" }, runButton, historySelect, exportButton, ...extraButtons),
    ),
    el("div", { class: "cypher-output" }, status, table),
  );

  const renderResult = (result: CypherResponse, ms: number): void => {
    fill(
      status,
      `${result.rows.length} row${result.rows.length === 1 ? "" : "s"}${result.truncated ? ` (cut by the ${result.truncated === "rows" ? "row cap" : "byte budget"})` : ""} · ${result.graph.nodes.length} nodes, ${result.graph.edges.length} relationships · ${Math.round(ms)} ms`,
    );
    if (result.columns.length === 0) return fill(table);
    const head = el("tr", {}, ...result.columns.map((c) => el("th", { text: c })));
    const rows = result.rows
      .slice(0, TABLE_MAX_ROWS)
      .map((row) => el("tr", {}, ...row.map((cell) => el("td", { text: cellText(cell) }))));
    fill(
      table,
      el(
        "table",
        { attrs: { "aria-label": "Query result" } },
        el("thead", {}, head),
        el("tbody", {}, ...rows),
      ),
    );
  };
  // Neo4j counts from the start of the text that was sent: the editor's text without its
  // leading blanks (run() trims). Not marked when the text has changed since.
  const markErrorPosition = (position: QueryPosition | undefined, message: string): void => {
    const text = editor.getText();
    const sent = text.trim();
    if (!position || sent !== state.query.text) return;
    editor.markError({ offset: position.offset + text.indexOf(sent), message });
  };
  const render = (): void => {
    const c = state.cypher;
    runButton.disabled = c.kind === "running";
    exportButton.disabled = c.kind !== "done" || c.result.columns.length === 0;
    status.className = "cypher-status";
    if (c.kind === "none") fill(status);
    else if (c.kind === "running") fill(status, "Running…");
    else if (c.kind === "error") {
      status.className = "cypher-status error-box";
      fill(status, c.message.charAt(0).toUpperCase() + c.message.slice(1));
      fill(table);
      markErrorPosition(c.position, c.message);
    } else renderResult(c.result, c.ms);
  };
  state.subscribe((changed) => {
    if (changed.has("cypher")) render();
    if (changed.has("query")) {
      if (editor.getText() !== state.query.text && state.query.text)
        editor.setText(state.query.text);
      if (params.value !== state.query.params) params.value = state.query.params;
    }
  });
  render();
  return { focus: () => editor.view.focus(), setText: (text) => editor.setText(text) };
}
