// The answer of `GET /api/articles/:id`: an article's metadata, clean text and evidence offsets.
import { z } from "zod";
import type { ArticleText } from "../../contract/api";
import { relationTypeSchema } from "./common-schemas";
import { articleSummarySchema } from "./graph-schemas";

export const articleTextSchema = articleSummarySchema.extend({
  body: z.string().describe("the clean text, paragraphs separated by a blank line"),
  evidence: z
    .array(
      z.object({
        id: z.string(),
        relationId: z.string(),
        type: relationTypeSchema,
        start: z.number().int().min(0).describe("offset in the body, in Unicode code points"),
        end: z.number().int().min(0),
      }),
    )
    .describe("every sentence of the body that states a relation, in body order"),
});

// Compile-time check, as in response-schemas.ts: the schema's type is the contract's.
type Assignable<A extends B, B> = A;
export type ArticleSchemaCheck = Assignable<z.output<typeof articleTextSchema>, ArticleText>;
