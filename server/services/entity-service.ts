// An entity's details: names, aliases, roles, the articles that mention it, and its relations
// with their evidence.
import type { EntityDetails, RelationSummary } from "../../contract/api";
import { findEntity } from "../repositories/entity-repository";
import { findEvidence } from "../repositories/evidence-repository";
import type { EntityRecord, RelationRecord } from "../repositories/graph-records";
import type { Neo4jContext } from "../repositories/neo4j-context";
import type { EntityQuery } from "../schemas/request-schemas";
import { ApiError } from "../errors";

export async function entityDetails(
  context: Neo4jContext,
  id: string,
  query: EntityQuery,
): Promise<EntityDetails> {
  const found = await findEntity(context, id, query.limit);
  if (!found) throw new ApiError("NOT_FOUND", `no entity with id '${id}'`);
  const evidence = await findEvidence(
    context,
    found.relations.map((r) => r.relation.id),
  );
  const { entity } = found;
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    aliases: entity.aliases,
    titles: entity.titles,
    articles: found.articles,
    relations: found.relations.map(({ relation, other }) => {
      const [source, target] = relation.source === entity.id ? [entity, other] : [other, entity];
      return relationSummary(relation, source, target, evidence.get(relation.id) ?? []);
    }),
  };
}

/** A relation with its endpoints and evidence, as the API shows it. */
export function relationSummary(
  relation: RelationRecord,
  source: EntityRecord,
  target: EntityRecord,
  evidence: RelationSummary["evidence"],
): RelationSummary {
  const summary: RelationSummary = {
    id: relation.id,
    type: relation.type,
    source: { id: source.id, name: source.name, kind: source.kind },
    target: { id: target.id, name: target.name, kind: target.kind },
    confidence: relation.confidence,
    evidence,
  };
  if (relation.date !== undefined) summary.date = relation.date;
  if (relation.topic !== undefined) summary.topic = relation.topic;
  return summary;
}
