// Writes one batch of prepared articles, their knowledge with them, in one write transaction
// and one round trip.
import type { Driver } from "neo4j-driver";
import { articlesStatement } from "./article-writer";
import { mergeKnowledge } from "./knowledge-records";
import { knowledgeStatements, type Statement } from "./knowledge-writer";
import type { PreparedArticle } from "./prepared-article";

/** Every statement that stores the batch, the articles' first (its row counts the new ones). */
export function batchStatements(batch: readonly PreparedArticle[]): Statement[] {
  return [
    articlesStatement(batch),
    ...knowledgeStatements(mergeKnowledge(batch.map((r) => r.knowledge))),
  ];
}

/** Stores the batch; resolves with how many of its articles were new. */
export async function writeBatch(
  driver: Driver,
  database: string | undefined,
  batch: readonly PreparedArticle[],
): Promise<number> {
  const [articles, ...knowledge] = batchStatements(batch);
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      // Sent together without waiting for each answer (the driver pipelines them on the one
      // connection and Neo4j runs them in order): one round trip per batch, not one per statement.
      const results = [articles!, ...knowledge].map((s) => tx.run(s.text, s.parameters));
      const [created] = await Promise.all(results);
      return Number(created?.records[0]?.get("created") ?? 0);
    });
  } finally {
    await session.close();
  }
}
