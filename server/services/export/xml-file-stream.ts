// GEXF and GraphML written as a stream, page by page, by the writers the browser uses too
// (contract/graph-files): an export of any size holds one page in memory at a time.
import type { GraphFileWriter } from "../../../contract/graph-files/graph-file-writer";
import { toFileEdge, toFileNode, type ExportSource } from "./export-source";

export async function* streamGraphFile(
  writer: GraphFileWriter,
  source: ExportSource,
): AsyncGenerator<string> {
  yield writer.head;
  for await (const page of source.nodes())
    yield page.map((e) => writer.node(toFileNode(e))).join("");
  yield writer.middle;
  for await (const page of source.edges())
    yield page.map((r) => writer.edge(toFileEdge(r))).join("");
  yield writer.tail;
}
