// Articles: one article's stored text and metadata, with the evidence sentences it gives.
import type { ArticleEvidence, ArticleText } from "../../contract/api";
import type { RelationType } from "../../contract/model";
import { articleProjection, toArticleSummary } from "./graph-records";
import { readTransaction, toInt, type Neo4jContext } from "./neo4j-context";
import { toNumber } from "./neo4j-values";

/** Most evidence sentences returned for one article (a long article has a few hundred at most). */
export const MAX_ARTICLE_EVIDENCE = 5000;

/** The article with this id, its body and its evidence in body order; null when there is none. */
export async function findArticle(context: Neo4jContext, id: string): Promise<ArticleText | null> {
  const result = await readTransaction(context, (tx) =>
    tx.run(
      `MATCH (a:Article {id: $id})
       CALL (a) {
         MATCH (v:Evidence)-[:FROM]->(a)
         WITH v ORDER BY v.start, v.end, v.id LIMIT $max
         RETURN collect(v {.id, .relationId, .type, .start, .end}) AS evidence
       }
       RETURN ${articleProjection("a")} AS a, a.body AS body, evidence`,
      { id, max: toInt(MAX_ARTICLE_EVIDENCE) },
    ),
  );
  const record = result.records[0];
  if (!record) return null;
  const evidence = (record.get("evidence") as Record<string, unknown>[]).map(
    (v): ArticleEvidence => ({
      id: String(v.id),
      relationId: String(v.relationId),
      type: String(v.type) as RelationType,
      start: toNumber(v.start ?? 0),
      end: toNumber(v.end ?? 0),
    }),
  );
  return {
    ...toArticleSummary(record.get("a")),
    body: String(record.get("body") ?? ""),
    evidence,
  };
}
