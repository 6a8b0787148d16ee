// GET /api/export opened by the tools users open it in: Gephi (the Gephi Toolkit), networkx,
// python-igraph, Python's csv module, graphology's parsers and the GEXF 1.3 XML Schema. Each must
// get every node and edge of the whole graph and of a neighbourhood, each edge's direction,
// relation type and date, lists, integers and non-ASCII names, as the JSON export states them.
// The graph holds the seed articles and two of our own with emoji, Hangul and accented names.
import { readFile } from "node:fs/promises";
import { strFromU8 } from "fflate";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphSnapshot } from "../../../contract/api";
import { installGephiReader } from "../../support/gephi/gephi-toolkit";
import {
  gexfSchema,
  openInTools,
  type ExportSet,
  type Readings,
} from "../../support/graph-tools/open-in-tools";
import {
  SKIP_WITHOUT_PYTHON,
  pythonTools,
  systemPython,
} from "../../support/graph-tools/python-tools";
import { comparable, expectedGraph } from "../../support/graph-tools/read-graph";
import { testDriver } from "../../support/neo4j";
import { ingestUnicodeGraph } from "../../support/unicode-graph";
import { startApi, type TestApi } from "./api-server";

const SCOPES = {
  "the whole graph": "",
  "a neighbourhood": "&ids=person:jose-muller&depth=2",
};

let driver: Driver;
let api: TestApi;
let tools: { gephi: string; python: string | null };
const truth: Record<string, GraphSnapshot> = {};
const readings: Record<string, Readings> = {};

const hasPython = systemPython() !== null;
if (!hasPython) console.warn(`export-tools: ${SKIP_WITHOUT_PYTHON}`);
const hasSchema = gexfSchema() !== null;
if (!hasSchema) {
  console.warn(
    "export-tools: no shared/schemas/gexf-1.3/gexf.xsd beside the checkout (set GEXF_XSD to " +
      "name it): the XSD check is skipped",
  );
}

async function download(path: string): Promise<Uint8Array> {
  const response = await fetch(`${api.url}${path}`);
  if (response.status !== 200)
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return new Uint8Array(await response.arrayBuffer());
}

beforeAll(async () => {
  driver = testDriver();
  await ingestUnicodeGraph(driver);
  api = await startApi();
  tools = { gephi: installGephiReader(), python: pythonTools() };
  for (const [scope, query] of Object.entries(SCOPES)) {
    const text = async (format: string) =>
      strFromU8(await download(`/export?format=${format}${query}`));
    truth[scope] = JSON.parse(await text("json")) as GraphSnapshot;
    const set: ExportSet = {
      gexf: await text("gexf"),
      gexfDirected: await text("gexf&edges=directed"),
      graphml: await text("graphml"),
      graphmlDirected: await text("graphml&edges=directed"),
      csv: await download(`/export?format=csv${query}`),
      csvDirected: await download(`/export?format=csv&edges=directed${query}`),
    };
    readings[scope] = await openInTools(set, tools);
  }
}, 900_000);

afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

describe.each(Object.keys(SCOPES))("GET /api/export of %s, opened in each tool", (scope) => {
  it("holds the parallel edges, the dates and the names the checks are about", () => {
    const edges = truth[scope]!.edges;
    const meetings = edges.filter(
      (e) =>
        e.attributes.type === "MET_WITH" && [e.source, e.target].includes("person:jose-muller"),
    );
    expect(meetings.map((e) => e.attributes.date).sort()).toEqual(["2020-10-12", "2020-10-14"]);
    expect(edges.some((e) => e.attributes.type === "DISAGREES_ON" && e.undirected)).toBe(true);
    expect(edges.some((e) => e.attributes.type === "HEADS" && !e.undirected)).toBe(true);
    const names = truth[scope]!.nodes.map((n) => n.attributes.label);
    expect(names).toEqual(expect.arrayContaining(["José Müller", "Zürich Peace Forum"]));
    expect(truth[scope]!.nodes.some((n) => n.attributes.aliases.length > 1)).toBe(true);
  });

  it("gives every tool every node and edge, with direction, relation, date, lists and names", () => {
    const expected = comparable(expectedGraph(truth[scope]!), "truth");
    const names = readings[scope]!.readings.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(["gephi gexf", "gephi graphml", "gephi csv"]));
    if (tools.python)
      expect(names).toEqual(expect.arrayContaining(["networkx gexf (edges=directed)"]));
    for (const { name, mode, graph } of readings[scope]!.readings) {
      expect({ name, issues: graph.issues }).toEqual({ name, issues: [] });
      expect({ name, ...comparable(graph, mode) }).toEqual({ name, ...expected });
    }
  });

  it("keeps integers integers (igraph holds every number as a float, whole-valued)", () => {
    for (const { name, graph } of readings[scope]!.readings) {
      expect({ name, integers: graph.integers }).toEqual({
        name,
        integers: !name.startsWith("igraph"),
      });
    }
  });

  it.skipIf(!hasPython || !hasSchema)(
    "writes GEXF that the GEXF 1.3 XML Schema finds valid",
    () => {
      expect(readings[scope]!.schemaErrors).toEqual({ gexf: [], "gexf (edges=directed)": [] });
    },
  );
});

describe("docs/api.md, 'Open an export in ...'", () => {
  it("gives each tool the export and the call this test opens it with", async () => {
    const doc = await readFile("docs/api.md", "utf8");
    const reader = await readFile("tests/support/graph-tools/read_graphs.py", "utf8");
    const section = (title: string) => doc.split(/^### /m).find((s) => s.startsWith(title)) ?? "";
    expect(section("Gephi")).toContain("`/api/export?format=gexf`");
    expect(section("networkx")).toMatch(/nx\.read_gexf\(.*format=gexf&edges=directed/);
    expect(section("networkx")).toMatch(
      /nx\.read_graphml\(.*force_multigraph=True\).*format=graphml&edges=directed/,
    );
    expect(section("python-igraph")).toMatch(/Read_GraphML\(.*format=graphml&edges=directed/);
    expect(section("Spreadsheets")).toContain('encoding="utf-8-sig"');
    for (const call of [
      "nx.read_gexf(path)",
      "nx.read_graphml(path, force_multigraph=True)",
      "igraph.Graph.Read_GraphML(path)",
      'encoding="utf-8-sig"',
    ]) {
      expect(reader).toContain(call);
    }
  });
});
