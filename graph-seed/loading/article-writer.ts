// Writes one article, in one transaction, into Neo4j: the document layer (the Article node).
// MERGE on the content-hash id makes a second run change nothing.
import type { ManagedTransaction } from "neo4j-driver";
import type { ParsedArticle } from "../../contract/model";
import type { ArticleFile } from "./article-files";

export interface ArticleRecord {
  file: ArticleFile;
  parsed: ParsedArticle;
}

/** True when the article was new, false when it was already stored. */
export async function writeArticle(
  tx: ManagedTransaction,
  record: ArticleRecord,
): Promise<boolean> {
  const { file, parsed } = record;
  const result = await tx.run(
    `MERGE (a:Article {id: $id})
     ON CREATE SET a.ingestedAt = datetime(), a._new = true
     SET a.title = $title, a.outlet = $outlet, a.byline = $byline,
         a.publishedOn = CASE WHEN $publishedOn IS NULL THEN null ELSE date($publishedOn) END,
         a.body = $body, a.sourceFile = $sourceFile
     WITH a, coalesce(a._new, false) AS created
     REMOVE a._new
     RETURN created`,
    {
      id: file.id,
      title: parsed.title,
      outlet: parsed.outlet,
      byline: parsed.byline,
      publishedOn: parsed.publishedOn,
      body: parsed.body,
      sourceFile: file.fileName,
    },
  );
  return result.records[0]?.get("created") === true;
}
