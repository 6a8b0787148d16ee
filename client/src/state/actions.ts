// What the user can do, as functions of the state: load, expand, undo, hide, select, filter,
// find paths, run Cypher. Widgets and the renderer call these; they call the API and update the
// state, which notifies whoever draws it.
import type { KnowledgeGraphPayload, SearchHit } from "../../../contract/api";
import type { EntityKind } from "../../../contract/model";
import { ApiError, api } from "../api/api-client";
import { ALL_FILTERS, WHO_MET_WHOM, type Filters } from "../graph/filters";
import { mergePayload, unmerge } from "../graph/knowledge-graph";
import type { LayoutRunner } from "../layout/layout-runner";
import type { ExplorerState, PathHop } from "./explorer-state";

/** Neighbours fetched per expansion; a hub shows "+N more" for the rest. */
export const EXPAND_PAGE = 40;
/** Entities the opening view is built around (the best connected). */
const OVERVIEW_SEEDS = 40;
const OVERVIEW_LIMIT = 600;
const EMPTY_MESSAGE = "The graph is empty. Add articles with `npm run ingest`, then reload.";
/** The API takes at most this many ids per neighbourhood request. */
const IDS_PER_REQUEST = 100;

interface HistoryEntry {
  label: string;
  undo: () => void;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 503) return `The database is not reachable: ${error.message}`;
    if (error.status === 0) return error.message;
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export class ExplorerActions {
  private readonly history: HistoryEntry[] = [];
  private idleWaiters: (() => void)[] = [];
  private detailsRequest = 0;

  constructor(
    readonly state: ExplorerState,
    readonly layout: LayoutRunner,
  ) {}

  /** Runs an async task while counting it as busy, so tests and the UI know when all is settled. */
  async track<T>(task: Promise<T>): Promise<T> {
    this.state.busy++;
    this.state.notify("busy");
    try {
      return await task;
    } finally {
      this.state.busy--;
      this.state.notify("busy");
      if (this.state.busy === 0) {
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        // Let subscribers draw the final state before anyone waiting is told.
        queueMicrotask(() => queueMicrotask(() => waiters.forEach((w) => w())));
      }
    }
  }

  /** Resolves once no request is in flight and the state has been drawn. */
  whenIdle(): Promise<void> {
    if (this.state.busy === 0)
      return new Promise((resolve) => queueMicrotask(() => queueMicrotask(resolve)));
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  // Loading

  /** The opening view: the best-connected entities and their neighbours, laid out. */
  loadOverview(): Promise<void> {
    return this.track(this.loadOverviewNow());
  }

  private async loadOverviewNow(): Promise<void> {
    const { state } = this;
    state.setStatus({ kind: "loading", message: "Loading the graph…" });
    try {
      const ids = await this.overviewSeeds();
      if (ids === null) {
        // Nothing to rank entities by: show the whole graph.
        const whole = await api.exportJson();
        this.replaceGraph(whole);
        state.setStatus(
          whole.nodes.length > 0 ? { kind: "ready" } : { kind: "empty", message: EMPTY_MESSAGE },
        );
        return;
      }
      if (ids.length === 0) {
        this.replaceGraph(null);
        state.setStatus({ kind: "empty", message: EMPTY_MESSAGE });
        return;
      }
      // A few seeds (a small graph) reach further, so the opening view is never a handful of dots.
      const depth = ids.length < 10 ? 2 : 1;
      const payload = await api.neighborhood({ ids, depth, limit: OVERVIEW_LIMIT });
      this.replaceGraph(payload);
      state.setStatus({ kind: "ready" });
    } catch (error) {
      state.setStatus({ kind: "error", message: errorMessage(error) });
    }
  }

  /** Ids of the best-connected entities (or of the people who met most), null when unknown. */
  private async overviewSeeds(): Promise<string[] | null> {
    try {
      const top = await api.cypher({
        query:
          "MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)--(:Entity) } DESC, e.name LIMIT $limit",
        params: { limit: OVERVIEW_SEEDS },
      });
      return top.rows.map((row) => String(row[0]));
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
    }
    // No Cypher endpoint: start from the people who met most often.
    const { meetings } = await api.meetings();
    const count = new Map<string, number>();
    for (const m of meetings) for (const p of m.people) count.set(p.id, (count.get(p.id) ?? 0) + 1);
    const ids = [...count.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    return ids.length > 0 ? ids.slice(0, OVERVIEW_SEEDS) : null;
  }

  /** Loads exactly the given entities (and the relations between them), as a link asks. */
  loadEntities(ids: string[]): Promise<void> {
    return this.track(
      (async () => {
        this.state.setStatus({ kind: "loading", message: "Opening the shared view…" });
        try {
          const wanted = new Set(ids);
          const chunks: string[][] = [];
          for (let i = 0; i < ids.length; i += IDS_PER_REQUEST)
            chunks.push(ids.slice(i, i + IDS_PER_REQUEST));
          const payloads = await Promise.all(
            chunks.map((chunk) => api.neighborhood({ ids: chunk, depth: 1, limit: 5000 })),
          );
          this.replaceGraph(null);
          // All nodes first, then all edges: an edge may join entities of two different requests.
          mergePayload(this.state.graph, {
            attributes: {},
            options: { type: "mixed", multi: true, allowSelfLoops: true },
            nodes: payloads.flatMap((p) => p.nodes).filter((n) => wanted.has(n.key)),
            edges: payloads.flatMap((p) => p.edges),
          });
          this.layout.initial();
          this.state.notify("graph");
          this.state.setStatus({ kind: "ready" });
        } catch (error) {
          this.state.setStatus({ kind: "error", message: errorMessage(error) });
        }
      })(),
    );
  }

  /** Replaces the whole view with a payload (or empties it), laid out afresh. */
  replaceGraph(payload: KnowledgeGraphPayload | null): void {
    const { state } = this;
    this.layout.stop();
    state.graph.clear();
    state.hidden.clear();
    state.highlight = null;
    if (payload) mergePayload(state.graph, payload);
    this.layout.initial();
    state.notify("graph", "hidden", "highlight");
  }

  // Expanding, undoing, hiding

  /** Fetches a node's neighbourhood (next page when some is already shown) and merges it in. */
  expand(node: string): Promise<void> {
    const { state } = this;
    if (!state.graph.hasNode(node)) return Promise.resolve();
    const shown = state.graph.neighbors(node).length;
    const label = state.graph.getNodeAttribute(node, "label");
    return this.track(
      (async () => {
        try {
          const payload = await api.neighborhood({
            ids: [node],
            depth: 1,
            rel: state.filters.relationTypes,
            from: state.filters.from,
            to: state.filters.to,
            limit: shown + EXPAND_PAGE,
          });
          const before = state.graph.getNodeAttribute(node, "hiddenNeighbors");
          const merge = mergePayload(state.graph, payload, node);
          this.layout.removeOverlaps();
          this.pushHistory(`expand ${label}`, () => {
            unmerge(state.graph, merge);
            if (state.graph.hasNode(node))
              state.graph.setNodeAttribute(node, "hiddenNeighbors", before);
          });
          state.notify("graph");
          if (merge.addedNodes.length === 0) this.flash(`${label}: no further neighbours to show.`);
        } catch (error) {
          this.flash(`Could not expand ${label}: ${errorMessage(error)}`);
        }
      })(),
    );
  }

  private pushHistory(label: string, undo: () => void): void {
    this.history.push({ label, undo });
    this.state.historyLabels = this.history.map((h) => h.label);
    this.state.notify("history");
  }

  /** Undoes the last expansion, hide or replacement of the view. */
  undo(): void {
    const entry = this.history.pop();
    if (!entry) return;
    entry.undo();
    const { state } = this;
    if (state.selection?.type === "node" && !state.graph.hasNode(state.selection.id))
      this.clearSelection();
    if (state.selection?.type === "edge" && !state.graph.hasEdge(state.selection.id))
      this.clearSelection();
    state.historyLabels = this.history.map((h) => h.label);
    state.notify("graph", "hidden", "history");
  }

  hide(node: string): void {
    const { state } = this;
    if (state.hidden.has(node)) return;
    state.hidden.add(node);
    this.pushHistory(`hide ${state.graph.getNodeAttribute(node, "label")}`, () =>
      state.hidden.delete(node),
    );
    if (state.selection?.type === "node" && state.selection.id === node) this.clearSelection();
    if (state.hovered === node) state.hover(null);
    state.notify("hidden");
  }

  showHidden(): void {
    const hidden = [...this.state.hidden];
    if (hidden.length === 0) return;
    this.state.hidden.clear();
    this.pushHistory("show hidden", () => hidden.forEach((n) => this.state.hidden.add(n)));
    this.state.notify("hidden");
  }

  /** Short-lived message in the status line. */
  flash(message: string): void {
    this.state.flash = { message, at: Date.now() };
    this.state.notify("status");
  }

  // Selection and details

  selectNode(id: string, options: { focus?: boolean } = {}): Promise<void> {
    const { state } = this;
    state.select({ type: "node", id });
    if (options.focus) state.viewPort?.focusNode(id);
    const request = ++this.detailsRequest;
    const title = state.graph.hasNode(id) ? state.graph.getNodeAttribute(id, "label") : id;
    state.details = { kind: "loading", title };
    state.notify("details");
    return this.track(
      (async () => {
        try {
          const entity = await api.entity(id);
          if (request === this.detailsRequest) state.details = { kind: "entity", entity };
        } catch (error) {
          if (request === this.detailsRequest)
            state.details = { kind: "error", message: errorMessage(error) };
        }
        state.notify("details");
      })(),
    );
  }

  selectEdge(id: string, options: { focus?: boolean } = {}): Promise<void> {
    const { state } = this;
    if (!state.graph.hasEdge(id)) return Promise.resolve();
    state.select({ type: "edge", id });
    if (options.focus) state.viewPort?.focusEdge(id);
    const request = ++this.detailsRequest;
    state.details = { kind: "loading", title: "Evidence" };
    state.notify("details");
    return this.track(
      (async () => {
        try {
          const evidence = await api.evidence(id);
          if (request === this.detailsRequest)
            state.details = { kind: "relation", edge: id, evidence };
        } catch (error) {
          if (request === this.detailsRequest)
            state.details = { kind: "error", message: errorMessage(error) };
        }
        state.notify("details");
      })(),
    );
  }

  clearSelection(): void {
    this.detailsRequest++;
    this.state.select(null);
    this.state.details = { kind: "none" };
    this.state.notify("details");
  }

  /** Brings an entity into view (fetching it when it is not there yet), focuses and selects it. */
  async reveal(id: string): Promise<void> {
    const { state } = this;
    if (!state.graph.hasNode(id)) {
      await this.track(
        (async () => {
          try {
            const payload = await api.neighborhood({ ids: [id], depth: 1, limit: EXPAND_PAGE });
            const merge = mergePayload(state.graph, payload, id);
            this.layout.removeOverlaps();
            this.pushHistory(`add ${id}`, () => unmerge(state.graph, merge));
            state.notify("graph");
          } catch (error) {
            this.flash(`Could not load ${id}: ${errorMessage(error)}`);
          }
        })(),
      );
    }
    state.hidden.delete(id);
    state.notify("hidden");
    // Let the renderer index the new node before the camera moves to it.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.selectNode(id, { focus: true });
  }

  /** Suggestions for a search box, best first. */
  async suggest(q: string, limit = 8): Promise<SearchHit[]> {
    if (q.trim().length === 0) return [];
    return (await this.track(api.search(q.trim(), { limit }))).hits;
  }

  // Filters

  setFilters(filters: Filters): void {
    this.state.setFilters(filters);
  }

  applyPreset(preset: "who-met-whom" | "all"): void {
    const base = preset === "who-met-whom" ? WHO_MET_WHOM : ALL_FILTERS;
    this.state.setFilters({ ...base, from: this.state.filters.from, to: this.state.filters.to });
  }

  toggleKind(kind: EntityKind, on: boolean): void {
    const kinds = this.state.filters.kinds.filter((k) => k !== kind);
    this.state.setFilters({ ...this.state.filters, kinds: on ? [...kinds, kind] : kinds });
  }

  // Paths

  findPaths(from: string, to: string, maxHops = 4): Promise<void> {
    const { state } = this;
    state.paths = { kind: "loading" };
    state.notify("paths");
    return this.track(
      (async () => {
        try {
          const found = await api.paths(from, to, { maxHops });
          const merge = mergePayload(state.graph, found.graph, from);
          this.layout.removeOverlaps();
          if (merge.addedNodes.length + merge.addedEdges.length > 0) {
            this.pushHistory("paths", () => unmerge(state.graph, merge));
          }
          state.highlight = {
            nodes: new Set(found.paths.flatMap((p) => p.nodes)),
            edges: new Set(found.paths.flatMap((p) => p.edges)),
          };
          const paths: PathHop[][] = found.paths.map((p) =>
            p.edges.map((edge, i) => ({
              edge,
              from: p.nodes[i] ?? "",
              to: p.nodes[i + 1] ?? "",
              evidence: found.evidence[edge] ?? [],
            })),
          );
          state.paths = { kind: "found", from, to, paths };
          state.notify("graph", "highlight", "paths");
        } catch (error) {
          state.paths = { kind: "error", message: errorMessage(error) };
          state.notify("paths");
        }
      })(),
    );
  }

  clearPaths(): void {
    this.state.highlight = null;
    this.state.paths = { kind: "none" };
    this.state.notify("highlight", "paths");
  }

  // Cypher

  /** Runs the console's query; a result with a graph replaces the view (undo brings it back). */
  runCypher(text: string, paramsText: string): Promise<void> {
    const { state } = this;
    state.setQuery({ text, params: paramsText });
    let params: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(paramsText.trim() || "{}");
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
        throw new Error("parameters must be a JSON object");
      params = parsed as Record<string, unknown>;
    } catch (error) {
      state.cypher = {
        kind: "error",
        status: 400,
        message: `Parameters: ${(error as Error).message}`,
      };
      state.notify("cypher");
      return Promise.resolve();
    }
    state.cypher = { kind: "running" };
    state.notify("cypher");
    const started = performance.now();
    return this.track(
      (async () => {
        try {
          const result = await api.cypher({ query: text, params });
          state.cypher = { kind: "done", result, ms: performance.now() - started };
          if (result.graph.nodes.length > 0) {
            const previous = state.graph.export();
            const hidden = [...state.hidden];
            this.replaceGraph(result.graph);
            this.clearSelection();
            this.pushHistory("Cypher result", () => {
              state.graph.clear();
              state.graph.import(previous);
              hidden.forEach((n) => state.hidden.add(n));
            });
            state.setStatus({ kind: "ready" });
          }
        } catch (error) {
          const status = error instanceof ApiError ? error.status : 0;
          state.cypher = { kind: "error", status, message: errorMessage(error) };
        }
        state.notify("cypher");
      })(),
    );
  }

  toggleLayout(): void {
    this.layout.toggle();
  }
}
