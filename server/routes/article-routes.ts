// Articles as stored: the text behind the evidence, for reading a sentence in its context.
import { defineRoute, type Route } from "../http/route";
import type { Neo4jContext } from "../repositories/neo4j-context";
import { articleTextSchema } from "../schemas/article-schemas";
import { idParamsSchema } from "../schemas/request-schemas";
import { articleText } from "../services/article-service";

export function articleRoutes(neo4j: Neo4jContext): Route[] {
  return [
    defineRoute(
      {
        method: "get",
        path: "/articles/:id",
        tag: "graph",
        summary: "An article's clean text, outlet, byline, date and URL, with its evidence",
        description:
          "The id is an evidence item's `article.id`. `evidence` places every sentence of the " +
          "article that states a relation by its offsets in `body` (Unicode code points), in " +
          "body order, so a client can mark them in their paragraphs.",
        params: idParamsSchema,
        response: { status: 200, description: "the article", schema: articleTextSchema },
        errors: [400, 404],
      },
      ({ params }) => articleText(neo4j, params.id),
    ),
  ];
}
