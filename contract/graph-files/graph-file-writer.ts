// The shape every XML graph writer (GEXF, GraphML) has, so the server can stream a file page by
// page and the browser can write the view in one go with the same code.
import type { FileEdge, FileNode } from "./file-records";

export interface GraphFileWriter {
  /** Everything before the first node. */
  head: string;
  node(node: FileNode): string;
  /** Between the last node and the first edge. */
  middle: string;
  edge(edge: FileEdge): string;
  tail: string;
}

/** A whole file from nodes and edges already in memory (the browser's exports). */
export function writeWhole(
  writer: GraphFileWriter,
  nodes: Iterable<FileNode>,
  edges: Iterable<FileEdge>,
): string {
  const parts = [writer.head];
  for (const node of nodes) parts.push(writer.node(node));
  parts.push(writer.middle);
  for (const edge of edges) parts.push(writer.edge(edge));
  parts.push(writer.tail);
  return parts.join("");
}
