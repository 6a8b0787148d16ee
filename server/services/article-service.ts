// One article as the explorer's article view shows it: text, metadata and evidence offsets.
import type { ArticleText } from "../../contract/api";
import { ApiError } from "../errors";
import { findArticle } from "../repositories/article-repository";
import type { Neo4jContext } from "../repositories/neo4j-context";

export async function articleText(context: Neo4jContext, id: string): Promise<ArticleText> {
  const article = await findArticle(context, id);
  if (!article) throw new ApiError("NOT_FOUND", `no article with id '${id}'`);
  return article;
}
