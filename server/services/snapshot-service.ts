// POST /api/snapshots/import: a JSON export merged back into the graph. Edges must join nodes
// of the snapshot, so nothing dangles and nothing is silently skipped.
import type { SnapshotImportResponse } from "../../contract/api";
import type { Neo4jContext } from "../repositories/neo4j-context";
import { mergeSnapshot } from "../repositories/snapshot-repository";
import type { GraphSnapshotInput } from "../schemas/graph-schemas";
import { ApiError } from "../errors";

export async function importSnapshot(
  context: Neo4jContext,
  snapshot: GraphSnapshotInput,
): Promise<SnapshotImportResponse> {
  const keys = new Set(snapshot.nodes.map((n) => n.key));
  snapshot.edges.forEach((edge, index) => {
    for (const end of ["source", "target"] as const) {
      if (!keys.has(edge[end])) {
        throw new ApiError(
          "BAD_REQUEST",
          `body field 'edges.${index}.${end}': node '${edge[end]}' is not among the snapshot's nodes`,
        );
      }
    }
  });
  return mergeSnapshot(context, snapshot);
}
