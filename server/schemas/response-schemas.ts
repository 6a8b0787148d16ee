// Schemas of the API's answers, for the OpenAPI document and for tests that check real answers
// against it. The type checks at the bottom keep them in step with contract/api.ts.
import { z } from "zod";
import type {
  CypherResponse,
  EntityArticlesResponse,
  EntityDetails,
  HealthResponse,
  KnowledgeGraphPayload,
  MeetingsResponse,
  PathsResponse,
  RelationEvidenceResponse,
  RelationSummary,
  SearchResponse,
  SnapshotImportResponse,
} from "../../contract/api";
import type { ErrorBody } from "../../contract/errors";
import { ERROR_CODES } from "../../contract/errors";
import { entityKindSchema, isoDateSchema, relationTypeSchema } from "./common-schemas";
import { articleSummarySchema, evidenceItemSchema, knowledgeGraphSchema } from "./graph-schemas";

const codes = Object.keys(ERROR_CODES) as [
  keyof typeof ERROR_CODES,
  ...(keyof typeof ERROR_CODES)[],
];

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(codes),
    message: z.string(),
    position: z
      .object({ offset: z.number().int(), line: z.number().int(), column: z.number().int() })
      .optional(),
  }),
});

export const healthResponseSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  app: z.object({ name: z.string(), version: z.string(), uptimeSeconds: z.number() }),
  neo4j: z.union([
    z.object({
      status: z.literal("up"),
      version: z.string(),
      latencyMs: z.number(),
      restarts: z.number().int().optional(),
    }),
    z.object({
      status: z.literal("down"),
      reason: z.enum(["unreachable", "unresponsive", "restarting"]),
      since: z.string(),
      restarts: z.number().int().optional(),
    }),
  ]),
});

/** Where a page sits in its list; the pages of one query add up to `total`. */
const pageFields = {
  total: z.number().int().describe("items in the whole list, all pages together"),
  offset: z.number().int().describe("where this page starts"),
  limit: z.number().int().describe("most items this page may hold"),
};

export const searchResponseSchema = z.object({
  ...pageFields,
  hits: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: entityKindSchema,
      aliases: z.array(z.string()),
      degree: z.number().int(),
      score: z.number(),
    }),
  ),
});

const endpointSchema = z.object({ id: z.string(), name: z.string(), kind: entityKindSchema });

export const relationSummarySchema = z.object({
  id: z.string(),
  type: relationTypeSchema,
  source: endpointSchema,
  target: endpointSchema,
  date: isoDateSchema.optional(),
  topic: z.string().optional(),
  confidence: z.number(),
  evidence: z.array(evidenceItemSchema).describe("the first sentences, or the page asked for"),
  evidenceCount: z.number().int().describe("sentences behind the relation, all pages together"),
});

export const relationEvidenceSchema = relationSummarySchema.extend({
  offset: pageFields.offset,
  limit: pageFields.limit,
});

export const entityDetailsSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: entityKindSchema,
  aliases: z.array(z.string()),
  titles: z.array(z.string()),
  articles: z.array(articleSummarySchema).describe("the first 100 articles, oldest first"),
  articleCount: z.number().int().describe("articles that mention the entity"),
  relations: z.array(relationSummarySchema).describe("the page of relations asked for"),
  relationCount: z.number().int().describe("relations of the entity, all pages together"),
});

export const entityArticlesSchema = z.object({
  ...pageFields,
  articles: z.array(articleSummarySchema),
});

const personSchema = z.object({ id: z.string(), name: z.string() });

export const meetingsResponseSchema = z.object({
  ...pageFields,
  meetings: z.array(
    z.object({
      relationId: z.string(),
      date: isoDateSchema.nullable(),
      people: z.tuple([personSchema, personSchema]),
      evidence: z.array(evidenceItemSchema).describe("the first ten sentences at most"),
      evidenceCount: z.number().int(),
    }),
  ),
});

export const pathsResponseSchema = z.object({
  graph: knowledgeGraphSchema,
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
  evidence: z.record(z.string(), z.array(evidenceItemSchema)),
});

export const cypherResponseSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  truncated: z
    .union([z.literal(false), z.enum(["rows", "bytes"])])
    .describe("which limit cut the rows short (CYPHER_MAX_ROWS or CYPHER_MAX_BYTES), or false"),
  graph: knowledgeGraphSchema,
  outsideGraph: z.object({ nodes: z.number().int(), relationships: z.number().int() }).optional(),
});

export const snapshotImportResponseSchema = z.object({
  nodes: z.number().int(),
  edges: z.number().int(),
  evidence: z.number().int(),
});

// Compile-time checks: each schema's type is assignable to the contract's type.
type Assignable<A extends B, B> = A;
export type SchemaChecks = [
  Assignable<z.output<typeof errorBodySchema>, ErrorBody>,
  Assignable<z.output<typeof healthResponseSchema>, HealthResponse>,
  Assignable<z.output<typeof searchResponseSchema>, SearchResponse>,
  Assignable<z.output<typeof entityDetailsSchema>, EntityDetails>,
  Assignable<z.output<typeof meetingsResponseSchema>, MeetingsResponse>,
  Assignable<z.output<typeof pathsResponseSchema>, PathsResponse>,
  Assignable<z.output<typeof relationSummarySchema>, RelationSummary>,
  Assignable<z.output<typeof relationEvidenceSchema>, RelationEvidenceResponse>,
  Assignable<z.output<typeof entityArticlesSchema>, EntityArticlesResponse>,
  Assignable<z.output<typeof knowledgeGraphSchema>, KnowledgeGraphPayload>,
  Assignable<z.output<typeof cypherResponseSchema>, CypherResponse>,
  Assignable<z.output<typeof snapshotImportResponseSchema>, SnapshotImportResponse>,
];
