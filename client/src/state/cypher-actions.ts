// The Cypher console's action: run the user's query; a result with a graph replaces the view
// (undo brings the previous one back).
import type { QueryPosition } from "../../../contract/api";
import { ApiError, api } from "../api/api-client";
import type { ActionContext } from "./action-context";
import { errorMessage } from "./error-message";
import type { LoadActions } from "./load-actions";
import type { SelectionActions } from "./selection-actions";

export class CypherActions {
  constructor(
    private readonly context: ActionContext,
    private readonly load: LoadActions,
    private readonly selection: SelectionActions,
  ) {}

  run(text: string, paramsText: string): Promise<void> {
    const { state, history, tasks } = this.context;
    state.setQuery({ text, params: paramsText });
    let params: Record<string, unknown>;
    try {
      params = parseParams(paramsText);
    } catch (error) {
      state.setCypher({
        kind: "error",
        status: 400,
        message: `Parameters: ${(error as Error).message}`,
      });
      return Promise.resolve();
    }
    state.setCypher({ kind: "running" });
    const started = performance.now();
    return tasks.track(async () => {
      try {
        const result = await api.cypher({ query: text, params });
        state.setCypher({ kind: "done", result, ms: performance.now() - started });
        if (result.graph.nodes.length === 0) return;
        const previous = state.graph.export();
        const hidden = [...state.hidden];
        this.load.replaceGraph(result.graph);
        this.selection.clear();
        history.push("Cypher result", () => {
          state.updateGraph((graph) => {
            graph.clear();
            graph.import(previous);
          });
          state.setHidden(hidden);
        });
        state.setStatus({ kind: "ready" });
      } catch (error) {
        const status = error instanceof ApiError ? error.status : 0;
        const position =
          error instanceof ApiError && error.code === "CYPHER_SYNTAX"
            ? queryPosition(error.details)
            : undefined;
        state.setCypher({ kind: "error", status, message: errorMessage(error), position });
      }
    });
  }
}

/** The parameters box as an object; throws with a message the console shows. */
function parseParams(text: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(text.trim() || "{}");
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new Error("parameters must be a JSON object");
  return parsed as Record<string, unknown>;
}

/** The position a syntax error's body carries, when it has one that makes sense. */
function queryPosition(details: unknown): QueryPosition | undefined {
  const p = details as Partial<QueryPosition> | undefined;
  return typeof p?.offset === "number" && typeof p.line === "number" && typeof p.column === "number"
    ? { offset: p.offset, line: p.line, column: p.column }
    : undefined;
}
