// Who met whom over the whole database: the meetings in the date window are asked of the server
// (not filtered from what happens to be loaded), paged into the timeline, and merged into the
// graph while the who-met-whom preset is on.
import type { KnowledgeGraphPayload, MeetingGraphAttributes } from "../../../contract/api";
import { api } from "../api/api-client";
import { isWhoMetWhom } from "../graph/filters";
import { mergePayload, unmerge } from "../graph/knowledge-graph";
import type { ActionContext } from "./action-context";
import { errorMessage } from "./error-message";
import type { MeetingEntry } from "./explorer-state";
import type { SelectionActions } from "./selection-actions";

/** Meetings asked for at a time (the timeline's page, and what one merge adds to the graph). */
export const MEETINGS_PAGE = 200;
/** Slider steps come in quick succession: ask once the window has been still this long. */
const SETTLE_MS = 200;

export class MeetingActions {
  /** Numbers the window requests, so a slow answer never replaces a later window's. */
  #request = 0;
  /** What each meeting brings into the graph (its two people and its edge), by edge key. */
  readonly #payloads = new Map<string, KnowledgeGraphPayload>();

  constructor(
    private readonly context: ActionContext,
    private readonly selection: SelectionActions,
  ) {}

  /**
   * Asks for the first page of meetings in the current window; with the who-met-whom preset on,
   * merges them (and their people) into the graph, so the view shows meetings never loaded before.
   */
  refresh(options: { now?: boolean } = {}): Promise<void> {
    const { state, tasks } = this.context;
    const request = ++this.#request;
    return tasks.track(async () => {
      if (!options.now) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      if (request !== this.#request) return;
      if (state.meetings.kind !== "loaded") state.setMeetings({ kind: "loading" });
      try {
        const payload = await this.fetchPage(0);
        if (request !== this.#request) return;
        this.#payloads.clear();
        const entries = this.remember(payload);
        state.setMeetings({ kind: "loaded", entries, counts: countsOf(payload) });
        if (isWhoMetWhom(state.filters)) this.merge(payload, "who met whom");
      } catch (error) {
        if (request === this.#request)
          state.setMeetings({ kind: "error", message: errorMessage(error) });
      }
    });
  }

  /** The next page of meetings in the window, added to the timeline (and the graph, as above). */
  more(): Promise<void> {
    const { state, tasks } = this.context;
    const current = state.meetings;
    if (current.kind !== "loaded" || current.entries.length >= current.counts.total)
      return Promise.resolve();
    const request = this.#request;
    return tasks.track(async () => {
      try {
        const payload = await this.fetchPage(current.entries.length);
        if (request !== this.#request) return;
        const entries = [...current.entries, ...this.remember(payload)];
        state.setMeetings({ kind: "loaded", entries, counts: countsOf(payload) });
        if (isWhoMetWhom(state.filters)) this.merge(payload, "more meetings");
      } catch (error) {
        state.setFlash(`Could not load more meetings: ${errorMessage(error)}`);
      }
    });
  }

  /** Selects a meeting of the timeline, bringing it and its people into the graph first. */
  async show(edge: string): Promise<void> {
    const { state } = this.context;
    const payload = this.#payloads.get(edge);
    if (!state.graph.hasEdge(edge) && payload) {
      this.merge(payload, "add a meeting");
      // Let the renderer index the new nodes before the camera moves to them.
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const [a, b] = state.graph.hasEdge(edge) ? state.graph.extremities(edge) : [];
    const unhide = [a, b].filter((n): n is string => n !== undefined && state.hidden.has(n));
    if (unhide.length > 0) state.setHidden([...state.hidden].filter((n) => !unhide.includes(n)));
    await this.selection.selectEdge(edge, { focus: true });
  }

  private fetchPage(offset: number): Promise<KnowledgeGraphPayload> {
    const { filters } = this.context.state;
    return api.meetingGraph({
      from: filters.from,
      to: filters.to,
      undated: filters.excludeUndated ? "exclude" : "include",
      offset,
      limit: MEETINGS_PAGE,
    });
  }

  /** The page's meetings as timeline entries, each with the payload that brings it into view. */
  private remember(payload: KnowledgeGraphPayload): MeetingEntry[] {
    const names = new Map(payload.nodes.map((n) => [n.key, n.attributes.label]));
    return payload.edges.map((edge) => {
      this.#payloads.set(edge.key, {
        ...payload,
        nodes: payload.nodes.filter((n) => n.key === edge.source || n.key === edge.target),
        edges: [edge],
      });
      return {
        edge: edge.key,
        date: edge.attributes.date ?? null,
        people: [
          { id: edge.source, label: names.get(edge.source) ?? edge.source },
          { id: edge.target, label: names.get(edge.target) ?? edge.target },
        ],
      };
    });
  }

  /** Merges meetings into the graph (new people placed beside those they met), undoably. */
  private merge(payload: KnowledgeGraphPayload, label: string): void {
    const { state, layout, history } = this.context;
    const merge = state.updateGraph((graph) => {
      const added = mergePayload(graph, payload);
      if (added.addedNodes.length > 0) layout.removeOverlaps();
      return added;
    });
    if (merge.addedNodes.length + merge.addedEdges.length === 0) return;
    history.push(label, () => state.updateGraph((graph) => unmerge(graph, merge)));
  }
}

function countsOf(payload: KnowledgeGraphPayload): MeetingGraphAttributes {
  const a = payload.attributes as Partial<MeetingGraphAttributes>;
  return {
    total: a.total ?? payload.edges.length,
    undated: a.undated ?? 0,
    offset: a.offset ?? 0,
    limit: a.limit ?? MEETINGS_PAGE,
    allMeetings: a.allMeetings ?? a.total ?? payload.edges.length,
    firstDate: a.firstDate ?? null,
    lastDate: a.lastDate ?? null,
  };
}
