import { describe, expect, it } from "vitest";
import {
  createKnowledgeGraph,
  type NodeAttributes,
} from "../../../../client/src/graph/knowledge-graph";
import { HUB_DEGREE, readHop, weakLinks } from "../../../../client/src/graph/path-reading";

function graph() {
  const g = createKnowledgeGraph();
  const node = (key: string, label: string, kind: NodeAttributes["kind"], degree = 2) =>
    g.addNode(key, {
      label,
      kind,
      degree,
      aliases: [],
      titles: [],
      x: 0,
      y: 0,
      size: 5,
      color: "#000",
    } as NodeAttributes);
  node("p:edun", "Wale Edun", "Person");
  node("o:finance", "Ministry of Finance", "Organization", HUB_DEGREE + 32);
  node("p:ade", "Ade Bello", "Person");
  node("c:nigeria", "Nigeria", "Country", 4);
  g.addDirectedEdgeWithKey("heads:1", "p:edun", "o:finance", {
    type: "HEADS",
    confidence: 0.9,
    evidenceCount: 1,
  });
  g.addUndirectedEdgeWithKey("met_with:1", "p:ade", "p:edun", {
    type: "MET_WITH",
    date: "2024-03-02",
    confidence: 0.9,
    evidenceCount: 1,
  });
  return g;
}

describe("readHop", () => {
  it("reads a directed relation as stored, whichever way the path walks it", () => {
    const g = graph();
    expect(readHop(g, "heads:1", "o:finance")).toEqual({
      subject: "Wale Edun",
      verb: "heads",
      object: "Ministry of Finance",
      detail: null,
      against: true,
    });
    expect(readHop(g, "heads:1", "p:edun")?.against).toBe(false);
  });

  it("reads a meeting in the path's order, with its date", () => {
    expect(readHop(graph(), "met_with:1", "p:edun")).toEqual({
      subject: "Wale Edun",
      verb: "met",
      object: "Ade Bello",
      detail: "on 2024-03-02",
      against: false,
    });
  });
});

describe("weakLinks", () => {
  it("flags hubs and countries in the middle of a path, never its ends", () => {
    const links = weakLinks(graph(), ["p:edun", "o:finance", "c:nigeria", "p:ade"]);
    expect(links.map((l) => [l.node, l.reason])).toEqual([
      ["o:finance", "hub"],
      ["c:nigeria", "country"],
    ]);
    expect(links[0]?.text).toBe(`via a hub of ${HUB_DEGREE + 32} relations`);
    expect(weakLinks(graph(), ["o:finance", "p:edun", "c:nigeria"])).toHaveLength(0);
  });
});
