// The explorer's state: the graph in view and everything about how it is shown. Widgets and the
// renderer read it and subscribe to its changes. Every slice is read-only from outside and has one
// setter that assigns and notifies, so a change can never be made without its subscribers hearing
// of it (see docs/decisions/002-explorer-state.md).
import type {
  CypherResponse,
  EntityDetails,
  EvidenceItem,
  MeetingGraphAttributes,
  QueryPosition,
} from "../../../contract/api";
import { createKnowledgeGraph, type KnowledgeGraph } from "../graph/knowledge-graph";
import type { ArticleViewState } from "./article-actions";
import { ALL_FILTERS, type Filters } from "../graph/filters";
import type { ViewPort } from "./view-port";

export type Selection = { type: "node"; id: string } | { type: "edge"; id: string } | null;

export type Status =
  | { kind: "loading"; message: string }
  | { kind: "ready" }
  | { kind: "empty"; message: string }
  | { kind: "error"; message: string };

/** A part of the state that changed; subscribers redraw what depends on it. */
export type Aspect =
  | "graph"
  | "filters"
  | "selection"
  | "hover"
  | "hidden"
  | "highlight"
  | "status"
  | "query"
  | "layout"
  | "history"
  | "busy"
  | "details"
  | "article"
  | "paths"
  | "cypher"
  | "tab"
  | "camera"
  | "meetings"
  | "labels"
  | "totals"
  | "connection";

export type PanelTab = "details" | "paths" | "cypher";

/** How many node labels are drawn: a few of the largest, more, or every one (overlapping). */
export type LabelDensity = "few" | "more" | "all";
export const LABEL_DENSITIES: readonly LabelDensity[] = ["few", "more", "all"];

export interface EntityRef {
  id: string;
  label: string;
}

/** What the details panel shows. */
export type DetailsState =
  | { kind: "none" }
  | { kind: "loading"; title: string }
  | { kind: "entity"; entity: EntityDetails }
  | { kind: "relation"; edge: string; evidence: EvidenceItem[] }
  | { kind: "error"; message: string };

/** One shortest path, hop by hop, each hop with the sentences behind it. */
export interface PathHop {
  edge: string;
  from: string;
  to: string;
  evidence: EvidenceItem[];
}

export type PathsState =
  | { kind: "none" }
  | { kind: "loading" }
  | { kind: "found"; from: string; to: string; paths: PathHop[][] }
  | { kind: "error"; message: string };

export type CypherState =
  | { kind: "none" }
  | { kind: "running" }
  | { kind: "done"; result: CypherResponse; ms: number }
  /** `position`: where Neo4j found a syntax error, in the text that was sent. */
  | { kind: "error"; message: string; status: number; position?: QueryPosition };

/** One meeting of the timeline: it may or may not be in the graph yet. */
export interface MeetingEntry {
  edge: string;
  date: string | null;
  people: [EntityRef, EntityRef];
}

/** The meetings in the date window over the whole database, as far as they are paged in. */
export type MeetingsState =
  | { kind: "loading" }
  | { kind: "loaded"; entries: readonly MeetingEntry[]; counts: MeetingGraphAttributes }
  | { kind: "error"; message: string };

/** Whether the data can be reached: the outage banner shows while it cannot. */
export type ConnectionState =
  { kind: "up" } | { kind: "down"; cause: "server" | "neo4j"; message: string; since: string };

export interface QueryState {
  text: string;
  params: string;
}

type Listener = (changed: ReadonlySet<Aspect>) => void;

/** A short message for the status line ("no further neighbours"), with when it was said. */
export interface Flash {
  message: string;
  at: number;
}

/** The nodes and edges of the paths being shown. */
export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface PathEnds {
  from: EntityRef | null;
  to: EntityRef | null;
  /** Entities the path search must go around. */
  excluded: readonly EntityRef[];
}

export class ExplorerState {
  /**
   * The graph in view. graphology mutates in place (and sigma listens to its events), so the
   * instance stays; whoever changes its data does so through `updateGraph`.
   */
  readonly graph: KnowledgeGraph = createKnowledgeGraph();
  #filters: Filters = { ...ALL_FILTERS };
  #selection: Selection = null;
  #hovered: string | null = null;
  #hidden: ReadonlySet<string> = new Set();
  #highlight: Highlight | null = null;
  #status: Status = { kind: "loading", message: "Loading the graph…" };
  #query: QueryState = { text: "", params: "{}" };
  #layoutRunning = false;
  #historyLabels: readonly string[] = [];
  #busy = 0;
  #flash: Flash | null = null;
  #details: DetailsState = { kind: "none" };
  #article: ArticleViewState = { kind: "none" };
  #paths: PathsState = { kind: "none" };
  #pathEnds: PathEnds = { from: null, to: null, excluded: [] };
  #cypher: CypherState = { kind: "none" };
  #tab: PanelTab = "details";
  #meetings: MeetingsState = { kind: "loading" };
  #labels: LabelDensity = "more";
  #connection: ConnectionState = { kind: "up" };
  #totalEntities: number | null = null;
  #viewPort: ViewPort | null = null;

  readonly #listeners = new Set<Listener>();
  #pending = new Set<Aspect>();
  #scheduled = false;

  get filters(): Filters {
    return this.#filters;
  }
  get selection(): Selection {
    return this.#selection;
  }
  get hovered(): string | null {
    return this.#hovered;
  }
  /** Nodes the user hid: still in the graph, not drawn. */
  get hidden(): ReadonlySet<string> {
    return this.#hidden;
  }
  get highlight(): Highlight | null {
    return this.#highlight;
  }
  get status(): Status {
    return this.#status;
  }
  get query(): QueryState {
    return this.#query;
  }
  get layoutRunning(): boolean {
    return this.#layoutRunning;
  }
  /** Labels of the actions that can be undone, last one last. */
  get historyLabels(): readonly string[] {
    return this.#historyLabels;
  }
  /** Requests in flight. */
  get busy(): number {
    return this.#busy;
  }
  get flash(): Flash | null {
    return this.#flash;
  }
  get details(): DetailsState {
    return this.#details;
  }
  get article(): ArticleViewState {
    return this.#article;
  }
  get paths(): PathsState {
    return this.#paths;
  }
  get pathEnds(): PathEnds {
    return this.#pathEnds;
  }
  get cypher(): CypherState {
    return this.#cypher;
  }
  get tab(): PanelTab {
    return this.#tab;
  }
  get connection(): ConnectionState {
    return this.#connection;
  }
  get labels(): LabelDensity {
    return this.#labels;
  }
  /** Entities in the whole database, when the server said (the opening view does). */
  get totalEntities(): number | null {
    return this.#totalEntities;
  }
  get meetings(): MeetingsState {
    return this.#meetings;
  }
  get viewPort(): ViewPort | null {
    return this.#viewPort;
  }

  /** Calls `listener` with the aspects that changed, at most once per microtask. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(aspect: Aspect): void {
    this.#pending.add(aspect);
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      const changed = this.#pending;
      this.#pending = new Set();
      for (const listener of this.#listeners) listener(changed);
    });
  }

  /** Changes the graph's data (merge, drop, clear, import) and tells whoever draws it. */
  updateGraph<T>(change: (graph: KnowledgeGraph) => T): T {
    const result = change(this.graph);
    this.#notify("graph");
    return result;
  }

  setFilters(filters: Filters): void {
    this.#filters = {
      ...filters,
      relationTypes: [...filters.relationTypes],
      kinds: [...filters.kinds],
    };
    this.#notify("filters");
  }

  setSelection(selection: Selection): void {
    this.#selection = selection;
    this.#notify("selection");
  }

  setHovered(node: string | null): void {
    if (this.#hovered === node) return;
    this.#hovered = node;
    this.#notify("hover");
  }

  setHidden(nodes: Iterable<string>): void {
    this.#hidden = new Set(nodes);
    this.#notify("hidden");
  }

  setHighlight(highlight: Highlight | null): void {
    this.#highlight = highlight;
    this.#notify("highlight");
  }

  setStatus(status: Status): void {
    this.#status = status;
    this.#notify("status");
  }

  setQuery(query: QueryState): void {
    this.#query = query;
    this.#notify("query");
  }

  setLayoutRunning(running: boolean): void {
    this.#layoutRunning = running;
    this.#notify("layout");
  }

  setHistoryLabels(labels: readonly string[]): void {
    this.#historyLabels = [...labels];
    this.#notify("history");
  }

  setBusy(count: number): void {
    this.#busy = count;
    this.#notify("busy");
  }

  /** Says something short in the status line (the status overlay shows it for a few seconds). */
  setFlash(message: string): void {
    this.#flash = { message, at: Date.now() };
    this.#notify("status");
  }

  setDetails(details: DetailsState): void {
    this.#details = details;
    this.#notify("details");
  }

  setArticle(article: ArticleViewState): void {
    this.#article = article;
    this.#notify("article");
  }

  setPaths(paths: PathsState): void {
    this.#paths = paths;
    this.#notify("paths");
  }

  setPathEnds(ends: PathEnds): void {
    this.#pathEnds = ends;
    this.#notify("paths");
  }

  setCypher(cypher: CypherState): void {
    this.#cypher = cypher;
    this.#notify("cypher");
  }

  setTab(tab: PanelTab): void {
    this.#tab = tab;
    this.#notify("tab");
  }

  setConnection(connection: ConnectionState): void {
    this.#connection = connection;
    this.#notify("connection");
  }

  setLabels(labels: LabelDensity): void {
    this.#labels = labels;
    this.#notify("labels");
  }

  setTotalEntities(total: number | null): void {
    this.#totalEntities = total;
    this.#notify("totals");
  }

  setMeetings(meetings: MeetingsState): void {
    this.#meetings = meetings;
    this.#notify("meetings");
  }

  /** The renderer offers its view port once it exists. */
  setViewPort(viewPort: ViewPort | null): void {
    this.#viewPort = viewPort;
  }

  /** The camera moved (the renderer owns it): subscribers that keep the URL write it again. */
  cameraMoved(): void {
    this.#notify("camera");
  }
}
