// One relation and the sentences, articles and offsets behind it.
import type { RelationEvidenceResponse } from "../../contract/api";
import { findEvidence, findRelation } from "../repositories/evidence-repository";
import type { Neo4jContext } from "../repositories/neo4j-context";
import { ApiError } from "../errors";
import { relationSummary } from "./entity-service";

export async function relationEvidence(
  context: Neo4jContext,
  id: string,
): Promise<RelationEvidenceResponse> {
  const found = await findRelation(context, id);
  if (!found) throw new ApiError("NOT_FOUND", `no relation with id '${id}'`);
  const evidence = await findEvidence(context, [id]);
  return relationSummary(found.relation, found.source, found.target, evidence.get(id) ?? []);
}
