// The statement that writes the document layer (Article nodes) of a batch of articles. MERGE on
// the content-hash id makes a second run change nothing; it returns how many were new.
import type { ParsedArticle } from "../../contract/model";
import type { ArticleFile } from "./article-files";
import type { Statement } from "./knowledge-writer";

export interface ArticleRecord {
  file: ArticleFile;
  parsed: ParsedArticle;
}

export const MERGE_ARTICLES = `UNWIND $articles AS article
  OPTIONAL MATCH (known:Article {id: article.id})
  WITH article, known IS NULL AS created
  MERGE (a:Article {id: article.id})
  ON CREATE SET a.ingestedAt = datetime()
  SET a.title = article.title, a.outlet = article.outlet, a.byline = article.byline, a.url = article.url,
      a.publishedOn = CASE WHEN article.publishedOn IS NULL THEN null
                           ELSE date(article.publishedOn) END,
      a.body = article.body, a.sourceFile = article.sourceFile
  RETURN count(CASE WHEN created THEN 1 END) AS created`;

/** The statement storing the articles; its one row's `created` counts the new ones. */
export function articlesStatement(records: readonly ArticleRecord[]): Statement {
  const articles = records.map(({ file, parsed }) => ({
    id: file.id,
    title: parsed.title,
    outlet: parsed.outlet,
    byline: parsed.byline,
    url: parsed.url,
    publishedOn: parsed.publishedOn,
    body: parsed.body,
    sourceFile: file.fileName,
  }));
  return { text: MERGE_ARTICLES, parameters: { articles } };
}
