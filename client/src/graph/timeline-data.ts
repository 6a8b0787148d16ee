// The meetings in view, in date order, for the timeline beside the graph.
import type { KnowledgeGraph } from "./knowledge-graph";

export interface TimelineEntry {
  edge: string;
  date: string | null;
  people: [string, string];
}

/** Every MET_WITH edge in the graph with its date and the two people's names, oldest first. */
export function meetingsInGraph(graph: KnowledgeGraph): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  graph.forEachEdge((edge, a, source, target, sa, ta) => {
    if (a.type !== "MET_WITH") return;
    entries.push({ edge, date: a.date ?? null, people: [sa.label, ta.label] });
  });
  return entries.sort(
    (x, y) =>
      (x.date ?? "9999").localeCompare(y.date ?? "9999") || x.people[0].localeCompare(y.people[0]),
  );
}
