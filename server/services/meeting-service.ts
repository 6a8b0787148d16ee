// The timeline of meetings: who met whom, when, with evidence, oldest first.
import type { MeetingsResponse } from "../../contract/api";
import { entityExists } from "../repositories/entity-repository";
import { findEvidence } from "../repositories/evidence-repository";
import { findMeetings } from "../repositories/meeting-repository";
import type { Neo4jContext } from "../repositories/neo4j-context";
import type { MeetingsQuery } from "../schemas/request-schemas";
import { ApiError } from "../errors";

export async function meetings(
  context: Neo4jContext,
  query: MeetingsQuery,
): Promise<MeetingsResponse> {
  if (query.entity !== undefined && !(await entityExists(context, query.entity))) {
    throw new ApiError("NOT_FOUND", `no entity with id '${query.entity}'`);
  }
  const found = await findMeetings(context, query);
  const evidence = await findEvidence(
    context,
    found.map((m) => m.relationId),
  );
  return {
    meetings: found.map((m) => ({ ...m, evidence: evidence.get(m.relationId) ?? [] })),
  };
}
