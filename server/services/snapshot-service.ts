// POST /api/snapshots/import: a JSON export merged back into the graph. The snapshot is checked
// in full first (against itself, then against what the graph holds), so a refused snapshot
// changes nothing; a valid one is merged in batches that are safe to send again.
import type { SnapshotImportResponse } from "../../contract/api";
import { ApiError, isNeo4jUnavailable } from "../errors";
import type { Logger } from "../logger";
import type { Neo4jContext } from "../repositories/neo4j-context";
import { mergeSnapshot, readStoredState } from "../repositories/snapshot-repository";
import type { GraphSnapshotInput } from "../schemas/graph-schemas";
import {
  conflictsWithStored,
  refusalMessage,
  selfProblems,
  snapshotIds,
} from "./snapshot-validation";

export async function importSnapshot(
  context: Neo4jContext,
  snapshot: GraphSnapshotInput,
  logger: Logger,
): Promise<SnapshotImportResponse> {
  const own = selfProblems(snapshot);
  if (own.length > 0) throw new ApiError("BAD_REQUEST", refusalMessage(own));
  const stored = await readStoredState(context, snapshotIds(snapshot));
  const conflicts = conflictsWithStored(snapshot, stored);
  if (conflicts.length > 0) throw new ApiError("BAD_REQUEST", refusalMessage(conflicts));

  let written = 0;
  let total = 0;
  try {
    return await mergeSnapshot(context, snapshot, (done, all) => {
      written = done;
      total = all;
    });
  } catch (error) {
    if (written === 0) throw error;
    // Part of the snapshot is in: say so, and how to finish (every batch is a MERGE).
    logger.error({ err: error, written, total }, "snapshot import stopped midway");
    const unfinished =
      `the import stopped after ${written} of ${total} batches; ` +
      "send the same snapshot again to finish it (importing it twice changes nothing)";
    if (isNeo4jUnavailable(error)) {
      throw new ApiError(
        "NEO4J_UNAVAILABLE",
        `the graph database became unreachable: ${unfinished}`,
      );
    }
    throw new ApiError("INTERNAL", `internal error (see the server log): ${unfinished}`);
  }
}
