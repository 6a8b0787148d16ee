// Writes the document layer (Article nodes) of a batch of articles. MERGE on the content-hash id
// makes a second run change nothing.
import type { ManagedTransaction } from "neo4j-driver";
import type { ParsedArticle } from "../../contract/model";
import type { ArticleFile } from "./article-files";

export interface ArticleRecord {
  file: ArticleFile;
  parsed: ParsedArticle;
}

/** Stores the articles; resolves with how many of them were new. */
export async function writeArticles(
  tx: ManagedTransaction,
  records: readonly ArticleRecord[],
): Promise<number> {
  const articles = records.map(({ file, parsed }) => ({
    id: file.id,
    title: parsed.title,
    outlet: parsed.outlet,
    byline: parsed.byline,
    publishedOn: parsed.publishedOn,
    body: parsed.body,
    sourceFile: file.fileName,
  }));
  const result = await tx.run(
    `UNWIND $articles AS article
     OPTIONAL MATCH (known:Article {id: article.id})
     WITH article, known IS NULL AS created
     MERGE (a:Article {id: article.id})
     ON CREATE SET a.ingestedAt = datetime()
     SET a.title = article.title, a.outlet = article.outlet, a.byline = article.byline,
         a.publishedOn = CASE WHEN article.publishedOn IS NULL THEN null
                              ELSE date(article.publishedOn) END,
         a.body = article.body, a.sourceFile = article.sourceFile
     RETURN count(CASE WHEN created THEN 1 END) AS created`,
    { articles },
  );
  return Number(result.records[0]?.get("created") ?? 0);
}
