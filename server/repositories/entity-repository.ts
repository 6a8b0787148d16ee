// Entities: one by id with its articles and relations, and the node attributes of many.
import type { ArticleSummary } from "../../contract/api";
import {
  articleProjection,
  entityProjection,
  relationProjection,
  toArticleSummary,
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from "./graph-records";
import {
  pageParams,
  readTransaction,
  relTypePattern,
  type Neo4jContext,
  type PageRequest,
} from "./neo4j-context";
import { toNumber } from "./neo4j-values";

export interface EntityWithContext {
  entity: EntityRecord;
  /** The page of articles asked for, oldest first, and how many mention the entity in all. */
  articles: ArticleSummary[];
  articleCount: number;
  /** The page of relations asked for, and how many the entity has in all. */
  relations: { relation: RelationRecord; other: EntityRecord }[];
  relationCount: number;
}

// Articles oldest first and relations by date, type and the other end's name; each order ends
// on an id so that pages never overlap or skip.
const ARTICLE_PAGE = `OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e)
  WITH a ORDER BY a.publishedOn, a.id SKIP $articleOffset LIMIT $articleLimit
  RETURN collect(${articleProjection("a")}) AS articles`;

/** The entity with a page of its articles and of its relations; null if there is none. */
export async function findEntity(
  context: Neo4jContext,
  id: string,
  pages: { relations: PageRequest; articles: PageRequest },
): Promise<EntityWithContext | null> {
  const { offset: articleOffset, limit: articleLimit } = pageParams(pages.articles);
  return readTransaction(context, async (tx) => {
    const head = await tx.run(
      `MATCH (e:Entity {id: $id})
       CALL (e) { ${ARTICLE_PAGE} }
       RETURN ${entityProjection("e")} AS e, articles,
              COUNT { (:Article)-[:MENTIONS]->(e) } AS articleCount,
              COUNT { (e)-[:${relTypePattern()}]-(:Entity) } AS relationCount`,
      { id, articleOffset, articleLimit },
    );
    const record = head.records[0];
    if (!record) return null;
    const rels = await tx.run(
      `MATCH (e:Entity {id: $id})-[r:${relTypePattern()}]-(o:Entity)
       RETURN ${relationProjection("r")} AS r, ${entityProjection("o")} AS o
       ORDER BY r.date, r.type, o.name, r.id
       SKIP $offset LIMIT $limit`,
      { id, ...pageParams(pages.relations) },
    );
    return {
      entity: toEntityRecord(record.get("e")),
      articles: (record.get("articles") as unknown[]).map(toArticleSummary),
      articleCount: toNumber(record.get("articleCount")),
      relations: rels.records.map((r) => ({
        relation: toRelationRecord(r.get("r")),
        other: toEntityRecord(r.get("o")),
      })),
      relationCount: toNumber(record.get("relationCount")),
    };
  });
}

/** A page of the articles that mention the entity, oldest first; null if there is none. */
export async function findEntityArticles(
  context: Neo4jContext,
  id: string,
  page: PageRequest,
): Promise<{ articles: ArticleSummary[]; total: number } | null> {
  const { offset: articleOffset, limit: articleLimit } = pageParams(page);
  const result = await readTransaction(context, (tx) =>
    tx.run(
      `MATCH (e:Entity {id: $id})
       CALL (e) { ${ARTICLE_PAGE} }
       RETURN articles, COUNT { (:Article)-[:MENTIONS]->(e) } AS total`,
      { id, articleOffset, articleLimit },
    ),
  );
  const record = result.records[0];
  if (!record) return null;
  return {
    articles: (record.get("articles") as unknown[]).map(toArticleSummary),
    total: toNumber(record.get("total")),
  };
}

/** Whether an entity with this id exists. */
export async function entityExists(context: Neo4jContext, id: string): Promise<boolean> {
  const result = await readTransaction(context, (tx) =>
    tx.run("MATCH (e:Entity {id: $id}) RETURN count(e) AS n", { id }),
  );
  return toNumber(result.records[0]?.get("n") ?? 0) > 0;
}

/**
 * Node attributes of entities: label, kind, aliases, titles, degree (all types), and
 * `typedDegree`, their relations of the given types (to tell how many neighbours are hidden).
 */
export async function findEntities(
  context: Neo4jContext,
  ids: readonly string[],
  types?: readonly string[],
): Promise<(EntityRecord & { typedDegree: number })[]> {
  if (ids.length === 0) return [];
  const result = await readTransaction(context, (tx) =>
    tx.run(
      `UNWIND $ids AS id
       MATCH (e:Entity {id: id})
       RETURN ${entityProjection("e")} AS e, COUNT { (e)-[:${relTypePattern(types)}]-() } AS typed`,
      { ids: [...ids] },
    ),
  );
  return result.records.map((r) => ({
    ...toEntityRecord(r.get("e")),
    typedDegree: toNumber(r.get("typed")),
  }));
}
