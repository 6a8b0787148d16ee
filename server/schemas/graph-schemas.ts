// Schemas of the graph payloads (graphology's serialized format) and of evidence: they validate
// snapshot imports and describe responses in the OpenAPI document.
import { z } from "zod";
import { entityKindSchema, idSchema, isoDateSchema, relationTypeSchema } from "./common-schemas";

export const articleSummarySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  outlet: z.string().nullable(),
  byline: z.string().nullable(),
  publishedOn: isoDateSchema.nullable(),
  sourceFile: z.string(),
  // Optional on input: snapshots written before the article's address was exported lack it.
  url: z.string().nullable().default(null).describe("the page's address, when the page stated it"),
});

export const evidenceItemSchema = z.object({
  id: z.string().min(1),
  sentence: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  rule: z.string(),
  confidence: z.number().min(0).max(1),
  article: articleSummarySchema,
});

export const entityNodeAttributesSchema = z.object({
  label: z.string().min(1),
  kind: entityKindSchema,
  degree: z.number().int().min(0),
  aliases: z.array(z.string()),
  titles: z.array(z.string()),
  hiddenNeighbors: z.number().int().min(0).optional(),
});

export const relationEdgeAttributesSchema = z.object({
  type: relationTypeSchema,
  date: isoDateSchema.optional(),
  topic: z.string().optional(),
  confidence: z.number().min(0).max(1),
  evidenceCount: z.number().int().min(0),
});

export const snapshotEdgeAttributesSchema = relationEdgeAttributesSchema.extend({
  topics: z.array(z.string()).optional(),
  evidence: z.array(evidenceItemSchema).optional(),
});

function serializedGraph<N extends z.ZodType, E extends z.ZodType>(node: N, edge: E) {
  return z.object({
    attributes: z.record(z.string(), z.unknown()),
    options: z.object({
      type: z.enum(["directed", "undirected", "mixed"]),
      multi: z.boolean(),
      allowSelfLoops: z.boolean(),
    }),
    nodes: z.array(z.object({ key: idSchema, attributes: node })),
    edges: z.array(
      z.object({
        key: idSchema,
        source: idSchema,
        target: idSchema,
        undirected: z.boolean().optional(),
        attributes: edge,
      }),
    ),
  });
}

export const knowledgeGraphSchema = serializedGraph(
  entityNodeAttributesSchema,
  relationEdgeAttributesSchema,
);

/** What `GET /api/export?format=json` writes and `POST /api/snapshots/import` reads. */
export const graphSnapshotSchema = serializedGraph(
  entityNodeAttributesSchema,
  snapshotEdgeAttributesSchema,
);
export type GraphSnapshotInput = z.output<typeof graphSnapshotSchema>;
