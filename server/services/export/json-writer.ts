// graphology's serialized format as a stream: the file `graph.import()` reads, and the snapshot
// `POST /api/snapshots/import` merges back (edges carry their topics and evidence).
import type { SnapshotEdgeAttributes } from "../../../contract/api";
import { GRAPH_OPTIONS, edgeAttributes, nodeAttributes, serializedEdge } from "../graph-payload";
import type { ExportSource } from "./export-source";

export async function* writeGraphJson(source: ExportSource): AsyncGenerator<string> {
  yield `{"attributes":${JSON.stringify(source.attributes)},"options":${JSON.stringify(GRAPH_OPTIONS)},"nodes":[`;
  let first = true;
  for await (const page of source.nodes()) {
    for (const entity of page) {
      yield `${first ? "" : ","}\n${JSON.stringify({ key: entity.id, attributes: nodeAttributes(entity) })}`;
      first = false;
    }
  }
  yield '\n],"edges":[';
  first = true;
  for await (const page of source.edges()) {
    for (const relation of page) {
      const attributes: SnapshotEdgeAttributes = { ...edgeAttributes(relation) };
      if (relation.topics.length > 0) attributes.topics = relation.topics;
      if (relation.evidence) attributes.evidence = relation.evidence;
      yield `${first ? "" : ","}\n${JSON.stringify(serializedEdge(relation, attributes))}`;
      first = false;
    }
  }
  yield "\n]}\n";
}
