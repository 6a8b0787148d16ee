// Opens one set of export files (GEXF, GraphML and CSV, in both edge modes) with every tool a
// user would: Gephi (the Gephi Toolkit), networkx, python-igraph, Python's csv module,
// graphology's parsers, and checks the GEXF files against the GEXF 1.3 XML Schema. Each reading
// comes back in the common shape of read-graph.ts, for the test to compare with the JSON export.
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf/node";
import { parse as parseGraphml } from "graphology-graphml/node";
import type { EdgeMode } from "../../../contract/graph-files/file-records";
import { readWithGephi } from "../gephi/gephi-toolkit";
import { runPython } from "./python-tools";
import { fromGephi, type ReadGraph } from "./read-graph";

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The GEXF 1.3 XML Schema. It is kept outside the repository, in a `shared/schemas/` folder
 * beside the checkout (or a parent of it); GEXF_XSD names it elsewhere. Null when absent.
 */
export function gexfSchema(): string | null {
  if (process.env.GEXF_XSD) return process.env.GEXF_XSD;
  for (let dir = path.resolve(here, "../../.."); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "..", "shared", "schemas", "gexf-1.3", "gexf.xsd");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

/** One export in every format a tool reads, as downloaded. */
export interface ExportSet {
  gexf: string;
  gexfDirected: string;
  graphml: string;
  graphmlDirected: string;
  /** Zips of nodes.csv and edges.csv. */
  csv: Uint8Array;
  /** The browser's Export menu has no directed CSV (spreadsheets have no direction to lose). */
  csvDirected?: Uint8Array;
}

export interface ToolReading {
  /** Tool and file, e.g. "gephi gexf" or "igraph graphml (edges=directed)". */
  name: string;
  mode: EdgeMode;
  graph: ReadGraph;
}

export interface Readings {
  readings: ToolReading[];
  /** GEXF files' errors against the XSD, by file (none when Python or the XSD is absent). */
  schemaErrors: Record<string, string[]>;
}

function fromGraphology(graph: Graph, lists: (v: unknown) => string[]): ReadGraph {
  return {
    nodes: graph.mapNodes((id, a) => ({
      id,
      label: a.label as string,
      kind: a.kind as string,
      degree: a.degree as number,
      aliases: lists(a.aliases),
      titles: lists(a.titles),
    })),
    edges: graph.mapEdges((id, a, source, target, _s, _t, undirected) => ({
      id,
      source,
      target,
      directed: !undirected,
      undirected: typeof a.undirected === "boolean" ? a.undirected : null,
      relation: a.relation as string,
      date: (a.date as string | undefined) ?? null,
      evidenceCount: a.evidenceCount as number,
    })),
    integers: graph.everyNode((_n, a) => Number.isInteger(a.degree)),
    issues: [],
  };
}

/** Reads the set with every tool; Python tools only when `python` is given. */
export async function openInTools(
  set: ExportSet,
  tools: { gephi: string; python: string | null },
): Promise<Readings> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-exports-"));
  try {
    const file = async (name: string, data: string | Uint8Array) => {
      const target = path.join(dir, name);
      await writeFile(target, data);
      return target;
    };
    const csvFiles = async (prefix: string, zip: Uint8Array) => {
      const files = unzipSync(zip);
      return [
        await file(`${prefix}nodes.csv`, files["nodes.csv"]!),
        await file(`${prefix}edges.csv`, files["edges.csv"]!),
      ];
    };
    const gexf = await file("graph.gexf", set.gexf);
    const gexfDirected = await file("directed.gexf", set.gexfDirected);
    const graphml = await file("graph.graphml", set.graphml);
    const graphmlDirected = await file("directed.graphml", set.graphmlDirected);
    const csv = await csvFiles("", set.csv);
    const csvDirected = set.csvDirected && (await csvFiles("directed-", set.csvDirected));

    const [gephiGexf, gephiGraphml, gephiCsv] = readWithGephi(tools.gephi, [
      [gexf],
      [graphml],
      csv,
    ]);
    const jsonList = (v: unknown) =>
      typeof v === "string" && v ? (JSON.parse(v) as string[]) : [];
    const readings: ToolReading[] = [
      { name: "gephi gexf", mode: "mixed", graph: fromGephi(gephiGexf!, "array") },
      { name: "gephi graphml", mode: "mixed", graph: fromGephi(gephiGraphml!, "json") },
      { name: "gephi csv", mode: "mixed", graph: fromGephi(gephiCsv!, "pipe") },
      {
        name: "graphology-gexf gexf",
        mode: "mixed",
        graph: fromGraphology(parseGexf(Graph, set.gexf), (v) => (Array.isArray(v) ? v : [])),
      },
      {
        // graphology-graphml takes every edge's direction from `edgedefault`, so it reads
        // GraphML like igraph does: with edges=directed.
        name: "graphology-graphml graphml (edges=directed)",
        mode: "directed",
        graph: fromGraphology(parseGraphml(Graph, set.graphmlDirected), jsonList),
      },
    ];
    const schemaErrors: Record<string, string[]> = {};
    if (tools.python) {
      const jobs = [
        { name: "networkx gexf (edges=directed)", tool: "networkx-gexf", files: [gexfDirected] },
        {
          name: "networkx graphml (edges=directed)",
          tool: "networkx-graphml",
          files: [graphmlDirected],
        },
        {
          name: "igraph graphml (edges=directed)",
          tool: "igraph-graphml",
          files: [graphmlDirected],
        },
        { name: "python csv", tool: "csv", files: csv },
        ...(csvDirected
          ? [{ name: "python csv (edges=directed)", tool: "csv", files: csvDirected }]
          : []),
      ];
      const answers = runPython<ReadGraph[]>(tools.python, "read_graphs.py", jobs);
      jobs.forEach((job, i) =>
        readings.push({
          name: job.name,
          mode: job.name.includes("directed") ? "directed" : "mixed",
          graph: answers[i]!,
        }),
      );
    }
    const schema = gexfSchema();
    if (tools.python && schema) {
      const checks = [gexf, gexfDirected].map((f) => ({ tool: "xsd", files: [f], schema }));
      const results = runPython<{ issues: string[] }[]>(tools.python, "read_graphs.py", checks);
      schemaErrors["gexf"] = results[0]!.issues;
      schemaErrors["gexf (edges=directed)"] = results[1]!.issues;
    }
    return { readings, schemaErrors };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
