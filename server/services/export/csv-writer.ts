// CSV: nodes.csv and edges.csv (written by contract/graph-files/csv.ts, as the browser's are),
// together in one zip written as a stream.
import { Zip, ZipDeflate } from "fflate";
import { csvWriter } from "../../../contract/graph-files/csv";
import type { FileOptions } from "../../../contract/graph-files/file-records";
import { toFileEdge, toFileNode, type ExportSource } from "./export-source";

async function* nodesCsv(source: ExportSource, options: FileOptions): AsyncGenerator<string> {
  const writer = csvWriter(options);
  yield writer.nodesHeader;
  for await (const page of source.nodes())
    yield page.map((e) => writer.node(toFileNode(e))).join("");
}

async function* edgesCsv(source: ExportSource, options: FileOptions): AsyncGenerator<string> {
  const writer = csvWriter(options);
  yield writer.edgesHeader;
  for await (const page of source.edges())
    yield page.map((r) => writer.edge(toFileEdge(r))).join("");
}

/** A zip of nodes.csv and edges.csv; each chunk is handed on as soon as it is compressed. */
export async function* writeCsvZip(
  source: ExportSource,
  options: FileOptions,
): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  const encoder = new TextEncoder();
  for (const [name, lines] of [
    ["nodes.csv", nodesCsv(source, options)],
    ["edges.csv", edgesCsv(source, options)],
  ] as const) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    for await (const text of lines) {
      file.push(encoder.encode(text));
      if (failure) throw failure;
      yield* ready.splice(0);
    }
    file.push(new Uint8Array(0), true);
    yield* ready.splice(0);
  }
  zip.end();
  if (failure) throw failure;
  yield* ready.splice(0);
}
