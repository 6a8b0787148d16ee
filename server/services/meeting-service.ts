// The timeline of meetings: who met whom, when, with evidence, oldest first, page by page.
import type { MeetingsResponse } from "../../contract/api";
import { entityExists } from "../repositories/entity-repository";
import { findMeetings } from "../repositories/meeting-repository";
import type { Neo4jContext } from "../repositories/neo4j-context";
import type { MeetingsQuery } from "../schemas/request-schemas";
import { ApiError } from "../errors";
import { evidencePreviews } from "./relation-service";

export async function meetings(
  context: Neo4jContext,
  query: MeetingsQuery,
): Promise<MeetingsResponse> {
  if (query.entity !== undefined && !(await entityExists(context, query.entity))) {
    throw new ApiError("NOT_FOUND", `no entity with id '${query.entity}'`);
  }
  const found = await findMeetings(context, query);
  const evidence = await evidencePreviews(
    context,
    found.meetings.map((m) => m.relationId),
  );
  return {
    meetings: found.meetings.map((m) => {
      const page = evidence.get(m.relationId);
      return { ...m, evidence: page?.items ?? [], evidenceCount: page?.total ?? 0 };
    }),
    total: found.total,
    offset: query.offset,
    limit: query.limit,
  };
}
