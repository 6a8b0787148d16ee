// The Cypher console: editor, parameters, history, and the result as a table (the graph goes to
// the canvas). Errors show Neo4j's own message.
import type { CypherResponse } from "../../../contract/api";
import type { ExplorerActions } from "../state/actions";
import type { ExplorerState } from "../state/explorer-state";
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

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const v = value as Record<string, unknown>;
  const props = (v.properties ?? {}) as Record<string, unknown>;
  // Nodes, relationships and paths as the API writes them: a name or type, not the whole object.
  if (v.$type === "node")
    return typeof props.name === "string"
      ? props.name
      : `(:${String((v.labels as string[] | undefined)?.join(":") ?? "")})`;
  if (v.$type === "relationship")
    return `[:${String(v.type)}]${typeof props.dates === "object" && props.dates ? ` ${String(props.dates)}` : ""}`;
  if (v.$type === "path")
    return `path of ${(v.relationships as unknown[] | undefined)?.length ?? 0} hops`;
  return JSON.stringify(value);
}

export function mountCypherConsole(
  root: HTMLElement,
  state: ExplorerState,
  actions: ExplorerActions,
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
  const status = el("div", { class: "cypher-status", attrs: { role: "status" } });
  const table = el("div", { class: "cypher-table" });
  fill(
    root,
    el("p", {
      class: "muted small",
      text: "Read-only Cypher. Ctrl+Enter runs; nodes and relationships in the result replace the graph view (Undo brings it back).",
    }),
    editorHost,
    params,
    el("div", { class: "button-row" }, runButton, historySelect),
    status,
    table,
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
  const render = (): void => {
    const c = state.cypher;
    runButton.disabled = c.kind === "running";
    status.className = "cypher-status";
    if (c.kind === "none") fill(status);
    else if (c.kind === "running") fill(status, "Running…");
    else if (c.kind === "error") {
      status.className = "cypher-status error-box";
      fill(status, c.message);
      fill(table);
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
