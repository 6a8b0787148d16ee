// The explorer's state without a browser: every setter assigns and notifies its aspect, changes
// in one task reach subscribers once, together, and the state's own lists cannot be changed
// from outside.
import { describe, expect, it } from "vitest";
import { WHO_MET_WHOM } from "../../../../client/src/graph/filters";
import { ExplorerState, type Aspect } from "../../../../client/src/state/explorer-state";

function recorder(state: ExplorerState): Set<Aspect>[] {
  const calls: Set<Aspect>[] = [];
  state.subscribe((changed) => calls.push(new Set(changed)));
  return calls;
}

const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe("ExplorerState", () => {
  it("notifies each setter's aspect, once per task for many changes", async () => {
    const state = new ExplorerState();
    const calls = recorder(state);
    state.setFilters(WHO_MET_WHOM);
    state.setSelection({ type: "node", id: "person:a" });
    state.setHidden(["person:b"]);
    state.setHighlight(null);
    state.setStatus({ kind: "ready" });
    state.setDetails({ kind: "none" });
    state.setPaths({ kind: "loading" });
    state.setCypher({ kind: "running" });
    state.setTab("cypher");
    state.setQuery({ text: "RETURN 1", params: "{}" });
    state.setLayoutRunning(true);
    state.setHistoryLabels(["expand A"]);
    state.setBusy(1);
    state.setHovered("person:a");
    state.cameraMoved();
    state.updateGraph((graph) =>
      graph.addNode("person:a", {
        label: "A",
        kind: "Person",
        degree: 0,
        aliases: [],
        titles: [],
        x: 0,
        y: 0,
      }),
    );
    expect(calls).toEqual([]);
    await tick();
    expect(calls).toHaveLength(1);
    expect([...calls[0]!].sort()).toEqual(
      [
        "busy",
        "camera",
        "cypher",
        "details",
        "filters",
        "graph",
        "hidden",
        "highlight",
        "history",
        "hover",
        "layout",
        "paths",
        "query",
        "selection",
        "status",
        "tab",
      ].sort(),
    );
    expect(state.selection).toEqual({ type: "node", id: "person:a" });
    expect([...state.hidden]).toEqual(["person:b"]);
    expect(state.graph.order).toBe(1);
  });

  it("keeps its own copy of the filters, so a caller's later change does not leak in", () => {
    const state = new ExplorerState();
    const kinds = ["Person" as const];
    state.setFilters({ ...WHO_MET_WHOM, kinds });
    kinds.push("Country" as never);
    expect(state.filters.kinds).toEqual(["Person"]);
  });

  it("does not notify a hover that changes nothing", async () => {
    const state = new ExplorerState();
    state.setHovered("person:a");
    await tick();
    const calls = recorder(state);
    state.setHovered("person:a");
    await tick();
    expect(calls).toEqual([]);
  });
});
