// One relation and the sentences, articles and offsets behind it; and the shape every answer
// gives a relation in, with a first page of its evidence.
import type { RelationEvidenceResponse, RelationSummary } from "../../contract/api";
import { findEvidence, findRelation, type EvidencePage } from "../repositories/evidence-repository";
import type { EntityRecord, RelationRecord } from "../repositories/graph-records";
import type { Neo4jContext } from "../repositories/neo4j-context";
import type { EvidenceQuery } from "../schemas/request-schemas";
import { ApiError } from "../errors";

/**
 * How many sentences a relation carries inside another answer (an entity's relations, meetings,
 * paths): a relation told by thousands of articles must not make those answers unbounded. The
 * rest are a `GET /api/relations/:id/evidence` page away.
 */
export const EVIDENCE_PREVIEW = { offset: 0, limit: 10 };

const NO_EVIDENCE: EvidencePage = { items: [], total: 0 };

export async function relationEvidence(
  context: Neo4jContext,
  id: string,
  query: EvidenceQuery,
): Promise<RelationEvidenceResponse> {
  const found = await findRelation(context, id);
  if (!found) throw new ApiError("NOT_FOUND", `no relation with id '${id}'`);
  const evidence = await findEvidence(context, [id], query);
  return {
    ...relationSummary(found.relation, found.source, found.target, evidence.get(id)),
    offset: query.offset,
    limit: query.limit,
  };
}

/** A relation with its endpoints and a page of its evidence, as the API shows it. */
export function relationSummary(
  relation: RelationRecord,
  source: EntityRecord,
  target: EntityRecord,
  evidence: EvidencePage = NO_EVIDENCE,
): RelationSummary {
  const summary: RelationSummary = {
    id: relation.id,
    type: relation.type,
    source: { id: source.id, name: source.name, kind: source.kind },
    target: { id: target.id, name: target.name, kind: target.kind },
    confidence: relation.confidence,
    evidence: evidence.items,
    evidenceCount: evidence.total,
  };
  if (relation.date !== undefined) summary.date = relation.date;
  if (relation.topic !== undefined) summary.topic = relation.topic;
  return summary;
}

/** The first sentences of each relation, by relation id, for answers that embed relations. */
export async function evidencePreviews(
  context: Neo4jContext,
  relationIds: readonly string[],
): Promise<Map<string, EvidencePage>> {
  return findEvidence(context, relationIds, EVIDENCE_PREVIEW);
}
