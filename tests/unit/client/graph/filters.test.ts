// The view's filters as pure predicates: which nodes and edges are shown, the subgraph exported,
// the date domain and filter equality.
import { describe, expect, it } from "vitest";
import {
  ALL_FILTERS,
  WHO_MET_WHOM,
  dateDomain,
  isEdgeShown,
  isNodeShown,
  isUndatedInWindow,
  isWhoMetWhom,
  sameFilters,
  visibleSubgraph,
} from "../../../../client/src/graph/filters";
import {
  createKnowledgeGraph,
  type KnowledgeGraph,
} from "../../../../client/src/graph/knowledge-graph";

function sampleGraph(): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const add = (key: string, kind: "Person" | "Organization") =>
    graph.addNode(key, { label: key, kind, degree: 1, aliases: [], titles: [], x: 0, y: 0 });
  add("person:a", "Person");
  add("person:b", "Person");
  add("organization:o", "Organization");
  const rel = { confidence: 1, evidenceCount: 1 };
  graph.addUndirectedEdgeWithKey("m2019", "person:a", "person:b", {
    ...rel,
    type: "MET_WITH",
    date: "2019-05-01",
  });
  graph.addUndirectedEdgeWithKey("m2023", "person:a", "person:b", {
    ...rel,
    type: "MET_WITH",
    date: "2023-02-10",
  });
  graph.addUndirectedEdgeWithKey("mundated", "person:a", "person:b", { ...rel, type: "MET_WITH" });
  graph.addDirectedEdgeWithKey("h1", "person:a", "organization:o", { ...rel, type: "HEADS" });
  return graph;
}

describe("isNodeShown / isEdgeShown", () => {
  it("hides a node of a kind left out, or one the user hid", () => {
    const graph = sampleGraph();
    const org = graph.getNodeAttributes("organization:o");
    const a = graph.getNodeAttributes("person:a");
    expect(isNodeShown(WHO_MET_WHOM, org, new Set(), "organization:o")).toBe(false);
    expect(isNodeShown(ALL_FILTERS, org, new Set(), "organization:o")).toBe(true);
    expect(isNodeShown(ALL_FILTERS, a, new Set(["person:a"]), "person:a")).toBe(false);
  });

  it("keeps dated edges inside the window (ends included), and undated ones always", () => {
    const graph = sampleGraph();
    const in2023 = { ...ALL_FILTERS, from: "2023-01-01", to: "2023-12-31" };
    expect(isEdgeShown(in2023, graph.getEdgeAttributes("m2023"))).toBe(true);
    expect(isEdgeShown(in2023, graph.getEdgeAttributes("m2019"))).toBe(false);
    expect(isEdgeShown(in2023, graph.getEdgeAttributes("mundated"))).toBe(true);
    const onTheDay = { ...ALL_FILTERS, from: "2023-02-10", to: "2023-02-10" };
    expect(isEdgeShown(onTheDay, graph.getEdgeAttributes("m2023"))).toBe(true);
  });

  it("leaves out undated meetings when asked, but never undated relations of other types", () => {
    const graph = sampleGraph();
    const dated = { ...ALL_FILTERS, from: "2023-01-01", excludeUndated: true };
    expect(isEdgeShown(dated, graph.getEdgeAttributes("mundated"))).toBe(false);
    expect(isEdgeShown(dated, graph.getEdgeAttributes("m2023"))).toBe(true);
    expect(isEdgeShown(dated, graph.getEdgeAttributes("h1"))).toBe(true);
    expect(isUndatedInWindow(dated, graph.getEdgeAttributes("mundated"))).toBe(true);
    expect(isUndatedInWindow(ALL_FILTERS, graph.getEdgeAttributes("mundated"))).toBe(false);
    expect(isUndatedInWindow(dated, graph.getEdgeAttributes("m2023"))).toBe(false);
  });

  it("recognises the who-met-whom preset whatever the date window", () => {
    expect(isWhoMetWhom({ ...WHO_MET_WHOM, from: "2023-01-01" })).toBe(true);
    expect(isWhoMetWhom(ALL_FILTERS)).toBe(false);
  });

  it("drops relation types left out", () => {
    const graph = sampleGraph();
    expect(isEdgeShown(WHO_MET_WHOM, graph.getEdgeAttributes("h1"))).toBe(false);
    expect(isEdgeShown(WHO_MET_WHOM, graph.getEdgeAttributes("m2019"))).toBe(true);
  });
});

describe("visibleSubgraph", () => {
  it("is the graph the view shows: hidden kinds, hidden nodes and filtered edges left out", () => {
    const graph = sampleGraph();
    const sub = visibleSubgraph(graph, { ...WHO_MET_WHOM, from: "2020-01-01" }, new Set());
    expect(sub.nodes().sort()).toEqual(["person:a", "person:b"]);
    expect(sub.edges().sort()).toEqual(["m2023", "mundated"]);
    expect(sub.isUndirected("m2023")).toBe(true);
    expect(visibleSubgraph(graph, ALL_FILTERS, new Set(["person:b"])).edges()).toEqual(["h1"]);
  });
});

describe("dateDomain and sameFilters", () => {
  it("spans the dated relations, or is null when there are none", () => {
    expect(dateDomain(sampleGraph())).toEqual({ min: "2019-05-01", max: "2023-02-10" });
    expect(dateDomain(createKnowledgeGraph())).toBeNull();
  });

  it("compares filters whatever the order of their lists", () => {
    const a = { ...ALL_FILTERS, relationTypes: ["HEADS", "MET_WITH"] as const };
    const b = { ...ALL_FILTERS, relationTypes: ["MET_WITH", "HEADS"] as const };
    expect(sameFilters(a, b)).toBe(true);
    expect(sameFilters(a, { ...b, to: "2020-01-01" })).toBe(false);
  });
});
