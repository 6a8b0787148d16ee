// The explorer's graph building, without a browser: merging API payloads (positions kept, new
// nodes placed near their anchor, hub counts), undoing a merge, and the parallel-edge index.
import { describe, expect, it } from "vitest";
import type { KnowledgeGraphPayload } from "../../../../contract/api";
import {
  createKnowledgeGraph,
  mergePayload,
  parallelEdgeIndex,
  unmerge,
} from "../../../../client/src/graph/knowledge-graph";

const node = (key: string, label: string, extra: Record<string, unknown> = {}) => ({
  key,
  attributes: { label, kind: "Person" as const, degree: 1, aliases: [], titles: [], ...extra },
});

function payload(
  nodes: KnowledgeGraphPayload["nodes"],
  edges: KnowledgeGraphPayload["edges"] = [],
): KnowledgeGraphPayload {
  return {
    attributes: {},
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}

const met = (key: string, source: string, target: string, date?: string) => ({
  key,
  source,
  target,
  undirected: true,
  attributes: {
    type: "MET_WITH" as const,
    confidence: 0.9,
    evidenceCount: 1,
    ...(date ? { date } : {}),
  },
});

describe("mergePayload", () => {
  it("adds nodes and edges, all placed at finite positions, and reports what it added", () => {
    const graph = createKnowledgeGraph();
    const merge = mergePayload(
      graph,
      payload([node("person:a", "A"), node("person:b", "B")], [met("m1", "person:a", "person:b")]),
    );
    expect(merge).toEqual({ addedNodes: ["person:a", "person:b"], addedEdges: ["m1"] });
    expect(graph.isUndirected("m1")).toBe(true);
    graph.forEachNode((_n, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
  });

  it("keeps the position of a node already there and places new ones around the anchor", () => {
    const graph = createKnowledgeGraph();
    mergePayload(graph, payload([node("person:a", "A")]));
    graph.mergeNodeAttributes("person:a", { x: 500, y: -300 });
    const merge = mergePayload(
      graph,
      payload([node("person:a", "A"), node("person:b", "B")], [met("m1", "person:a", "person:b")]),
      "person:a",
    );
    expect(merge.addedNodes).toEqual(["person:b"]);
    expect(graph.getNodeAttributes("person:a")).toMatchObject({ x: 500, y: -300 });
    const b = graph.getNodeAttributes("person:b");
    // Within the ring new neighbours are placed on (8 to 22 units from the anchor).
    const distance = Math.hypot(b.x - 500, b.y + 300);
    expect(distance).toBeGreaterThanOrEqual(8);
    expect(distance).toBeLessThanOrEqual(22);
  });

  it("places the same graph the same way twice", () => {
    const build = () => {
      const graph = createKnowledgeGraph();
      mergePayload(graph, payload([node("person:a", "A"), node("person:b", "B")]));
      return graph.export().nodes.map((n) => [n.attributes?.x, n.attributes?.y]);
    };
    expect(build()).toEqual(build());
  });

  it("keeps the smallest 'hidden neighbours' count of a hub seen twice", () => {
    const graph = createKnowledgeGraph();
    mergePayload(graph, payload([node("person:a", "A", { hiddenNeighbors: 30 })]));
    mergePayload(graph, payload([node("person:a", "A", { hiddenNeighbors: 10 })]));
    expect(graph.getNodeAttribute("person:a", "hiddenNeighbors")).toBe(10);
  });

  it("skips an edge whose ends are not both in the graph, and an edge already there", () => {
    const graph = createKnowledgeGraph();
    mergePayload(graph, payload([node("person:a", "A"), node("person:b", "B")]));
    const merge = mergePayload(
      graph,
      payload([], [met("m1", "person:a", "person:b"), met("m2", "person:a", "person:zz")]),
    );
    expect(merge.addedEdges).toEqual(["m1"]);
    expect(
      mergePayload(graph, payload([], [met("m1", "person:a", "person:b")])).addedEdges,
    ).toEqual([]);
  });

  it("reads a date from an edge's `dates` list and a kind from an id when attributes lack them", () => {
    const graph = createKnowledgeGraph();
    mergePayload(graph, {
      ...payload([]),
      nodes: [
        { key: "country:chad", attributes: { name: "Chad" } as never },
        { key: "person:b", attributes: { label: "B" } },
      ],
      edges: [
        {
          key: "r1",
          source: "person:b",
          target: "country:chad",
          attributes: { type: "REPRESENTS", dates: ["2021-03-04T00:00:00Z"] } as never,
        },
      ],
    });
    expect(graph.getNodeAttributes("country:chad")).toMatchObject({
      kind: "Country",
      label: "Chad",
    });
    expect(graph.getEdgeAttributes("r1")).toMatchObject({ date: "2021-03-04", evidenceCount: 0 });
  });
});

describe("unmerge", () => {
  it("removes exactly what a merge added", () => {
    const graph = createKnowledgeGraph();
    mergePayload(graph, payload([node("person:a", "A")]));
    const before = graph.export();
    const merge = mergePayload(
      graph,
      payload([node("person:a", "A"), node("person:b", "B")], [met("m1", "person:a", "person:b")]),
    );
    unmerge(graph, merge);
    expect(graph.export()).toEqual(before);
  });
});

describe("parallelEdgeIndex", () => {
  it("numbers the edges of a pair that has several, whatever their direction, and no others", () => {
    const graph = createKnowledgeGraph();
    mergePayload(
      graph,
      payload(
        [node("person:a", "A"), node("person:b", "B"), node("person:c", "C")],
        [
          met("m1", "person:a", "person:b", "2020-01-01"),
          met("m2", "person:b", "person:a", "2021-01-01"),
          met("m3", "person:a", "person:c"),
        ],
      ),
    );
    const index = parallelEdgeIndex(graph);
    expect(index.get("m1")).toEqual({ index: 0, count: 2 });
    expect(index.get("m2")).toEqual({ index: 1, count: 2 });
    expect(index.has("m3")).toBe(false);
  });
});
