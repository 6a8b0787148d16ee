// An entity's details: names, aliases, roles, the first articles that mention it, and a page of
// its relations with their first sentences of evidence; and the articles, page by page.
import type { EntityArticlesResponse, EntityDetails } from "../../contract/api";
import { findEntity, findEntityArticles } from "../repositories/entity-repository";
import type { Neo4jContext } from "../repositories/neo4j-context";
import type { EntityArticlesQuery, EntityQuery } from "../schemas/request-schemas";
import { ApiError } from "../errors";
import { evidencePreviews, relationSummary } from "./relation-service";

/** How many articles the details carry; the rest are paged by `GET /api/entities/:id/articles`. */
const ARTICLES_PREVIEW = 100;

export async function entityDetails(
  context: Neo4jContext,
  id: string,
  query: EntityQuery,
): Promise<EntityDetails> {
  const found = await findEntity(context, id, {
    relations: query,
    articles: { offset: 0, limit: ARTICLES_PREVIEW },
  });
  if (!found) throw new ApiError("NOT_FOUND", `no entity with id '${id}'`);
  const evidence = await evidencePreviews(
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
    articleCount: found.articleCount,
    relations: found.relations.map(({ relation, other }) => {
      const [source, target] = relation.source === entity.id ? [entity, other] : [other, entity];
      return relationSummary(relation, source, target, evidence.get(relation.id));
    }),
    relationCount: found.relationCount,
  };
}

export async function entityArticles(
  context: Neo4jContext,
  id: string,
  query: EntityArticlesQuery,
): Promise<EntityArticlesResponse> {
  const found = await findEntityArticles(context, id, query);
  if (!found) throw new ApiError("NOT_FOUND", `no entity with id '${id}'`);
  return { articles: found.articles, total: found.total, offset: query.offset, limit: query.limit };
}
