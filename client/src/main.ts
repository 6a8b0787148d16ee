// The explorer's entry point: builds the state, the renderer and the widgets, wires them, and
// opens on the view the URL describes or on an overview of the graph.
import { GraphRenderer } from "./render/graph-renderer";
import { LayoutRunner } from "./layout/layout-runner";
import { createActions } from "./state/actions";
import { ConnectionWatch } from "./state/connection-watch";
import { ExplorerState } from "./state/explorer-state";
import { FileActions } from "./state/file-actions";
import { createTestHandle, type ExplorerHandle } from "./test-handle";
import { mountArticleView } from "./ui/article-view";
import { mountCypherConsole } from "./ui/cypher-console";
import { mountDetailsPanel } from "./ui/details-panel";
import { el } from "./ui/dom";
import { entityPicker } from "./ui/entity-picker";
import { installGraphKeyboard } from "./ui/graph-keyboard";
import { mountFiltersPanel } from "./ui/filters-panel";
import { mountOutageBanner } from "./ui/outage-banner";
import { mountPageLayout } from "./ui/page-layout";
import { mountPathsPanel } from "./ui/paths-panel";
import { createHelpDialog, installShortcuts } from "./ui/shortcuts";
import { mountSideTabs } from "./ui/side-tabs";
import { mountStatus } from "./ui/status-overlay";
import { mountTimeline } from "./ui/timeline-panel";
import { mountToolbar } from "./ui/toolbar";

declare global {
  interface Window {
    __explorer?: ExplorerHandle;
  }
}

const RETRY_MS = 10_000;

function byId(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

function boot(): void {
  const state = new ExplorerState();
  const layout = new LayoutRunner(state.graph, (running) => state.setLayoutRunning(running));
  const actions = createActions(state, layout);
  const files = new FileActions(state, actions);
  const renderer = new GraphRenderer(state, byId("graph"), {
    clickNode: (node) => void actions.selection.selectNode(node),
    doubleClickNode: (node) => void actions.view.expand(node),
    clickEdge: (edge) => void actions.selection.selectEdge(edge),
    clickStage: () => actions.selection.clear(),
  });
  state.setViewPort(renderer);

  const search = entityPicker(actions, {
    id: "entity-search",
    label: "Search entities",
    placeholder: "Search entities…  ( / )",
    onPick: (hit) => {
      state.setTab("details");
      // Out of the search box, so the shortcuts (E, H, arrows) act on what was chosen.
      byId("graph").focus();
      void actions.selection.reveal(hit.id);
    },
  });
  byId("search").append(search.root);
  const left = byId("left");
  const filtersHost = el("div", { class: "filters" });
  const timelineHost = el("div", { class: "timeline-host" });
  left.append(filtersHost, timelineHost);
  mountFiltersPanel(filtersHost, state, actions);
  mountTimeline(timelineHost, state, actions);
  const panels = mountSideTabs(byId("right"), state);
  mountDetailsPanel(panels.details, state, actions);
  mountPathsPanel(panels.paths, state, actions);
  mountArticleView(document.body, state, actions);
  const page = mountPageLayout(
    byId("app"),
    { left, right: byId("right") },
    state,
    () => void actions.view.fit(),
  );
  const cypher = mountCypherConsole(panels.cypher, state, actions, [page.drawerButton]);
  installGraphKeyboard(byId("graph"), byId("graph-announcer"), state, actions, () => {
    state.setTab("details");
    // After the tabs have shown the panel (state changes reach widgets in a microtask).
    queueMicrotask(() => panels.details.focus());
  });
  const help = createHelpDialog();
  mountToolbar(byId("toolbar"), state, actions, files, () => help.showModal());
  installShortcuts(
    state,
    actions,
    files,
    () => search.input.focus(),
    () => cypher.focus(),
    help,
  );

  const handle = createTestHandle(state, actions);
  window.__explorer = handle;

  let retry: ReturnType<typeof setTimeout> | undefined;
  const load = async (): Promise<void> => {
    clearTimeout(retry);
    const opened = location.hash.length > 1 && (await files.openLink(location.hash));
    if (!opened) await actions.load.loadOverview();
    if (state.status.kind === "ready") await actions.meetings.refresh({ now: true });
    if (state.status.kind === "error") {
      handle.error = state.status.message;
      retry = setTimeout(() => void load(), RETRY_MS);
    } else handle.error = null;
  };
  mountStatus(byId("overlay"), byId("stats"), state, () => void load());
  mountOutageBanner(byId("banner"), state);
  // Back from an outage: reload what failed meanwhile (the view, the meetings, the details).
  const connection = new ConnectionWatch(state, () => {
    if (state.status.kind === "error") void load();
    else if (state.meetings.kind === "error") void actions.meetings.refresh({ now: true });
    const selected = state.selection;
    if (state.details.kind === "error" && selected?.type === "node")
      void actions.selection.selectNode(selected.id);
    if (state.details.kind === "error" && selected?.type === "edge")
      void actions.selection.selectEdge(selected.id);
  });
  connection.start();

  // Keep the URL in step with the view, so a link reopens it: at once for discrete changes, once
  // the camera has come to rest for moves.
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  const writeUrl = (): void => history.replaceState(null, "", `#${files.linkHash()}`);
  state.subscribe((changed) => {
    if (!handle.ready || state.status.kind !== "ready") return;
    clearTimeout(urlTimer);
    if (["graph", "filters", "selection", "hidden"].some((a) => changed.has(a as never)))
      writeUrl();
    else if (changed.has("camera")) urlTimer = setTimeout(writeUrl, 250);
  });

  window.addEventListener("pagehide", () => {
    layout.kill();
    renderer.kill();
    connection.stop();
  });

  void load().finally(() => {
    handle.ready = true;
    document.documentElement.dataset.ready = "true";
  });
}

boot();
