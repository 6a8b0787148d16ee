// The schemas that validate every request; each also gives the TypeScript type the services
// receive, and the OpenAPI document is generated from them (server/http/openapi.ts).
import { z } from "zod";
import { EDGE_MODES } from "../../contract/graph-files/file-records";
import {
  commaList,
  dateWindowShape,
  entityKindSchema,
  idSchema,
  intParam,
  pageShape,
  relationTypeSchema,
  windowIsOrdered,
} from "./common-schemas";

const WINDOW_ORDER = { message: "'from' must not come after 'to'", path: ["from"] };

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, "must not be empty").max(200).describe("name or alias to look for"),
  kinds: commaList(entityKindSchema, 10).optional().describe("entity kinds to keep"),
  ...pageShape("hits", 100, 20),
});
export type SearchQuery = z.output<typeof searchQuerySchema>;

export const idParamsSchema = z.object({ id: idSchema });

export const entityQuerySchema = z.object(pageShape("relations", 5000, 500));
export type EntityQuery = z.output<typeof entityQuerySchema>;

export const entityArticlesQuerySchema = z.object(pageShape("articles", 1000, 100));
export type EntityArticlesQuery = z.output<typeof entityArticlesQuerySchema>;

export const evidenceQuerySchema = z.object(pageShape("evidence sentences", 1000, 100));
export type EvidenceQuery = z.output<typeof evidenceQuerySchema>;

const neighborhoodShape = {
  depth: intParam(1, 3, 1).describe("hops from the given entities"),
  rel: commaList(relationTypeSchema, 10).optional().describe("relation types to follow"),
  ...dateWindowShape,
  limit: intParam(1, 5000, 300).describe("most nodes in the subgraph"),
};

export const neighborhoodQuerySchema = z
  .object({
    ids: commaList(idSchema, 100).describe("entity ids to start from"),
    ...neighborhoodShape,
  })
  .refine(windowIsOrdered, WINDOW_ORDER);
export type NeighborhoodQuery = z.output<typeof neighborhoodQuerySchema>;

export const pathsQuerySchema = z
  .object({
    from: idSchema.describe("entity id where paths start"),
    to: idSchema.describe("entity id where paths end"),
    maxHops: intParam(1, 6, 4).describe("longest path considered"),
    rel: commaList(relationTypeSchema, 10).optional().describe("relation types to follow"),
    exclude: commaList(idSchema, 50)
      .optional()
      .describe("entity ids no path may pass through (a hub that links everything, say)"),
    limit: intParam(1, 100, 10).describe("most paths to return"),
  })
  .refine((v) => v.from !== v.to, { message: "must differ from 'from'", path: ["to"] })
  // Object refinements run even when a field failed (zod 4), with that field's raw input: an
  // `exclude=` that is not yet a list is its own field's error, not this one's (nor a 500).
  .refine(
    (v) => !(Array.isArray(v.exclude) && v.exclude.some((id) => id === v.from || id === v.to)),
    {
      message: "must not hold 'from' or 'to' (a path always passes through its ends)",
      path: ["exclude"],
    },
  );
export type PathsQuery = z.output<typeof pathsQuerySchema>;

export const meetingsQuerySchema = z
  .object({
    entity: idSchema.optional().describe("entity id whose meetings to list; all when absent"),
    ...dateWindowShape,
    ...pageShape("meetings", 5000, 1000),
  })
  .refine(windowIsOrdered, WINDOW_ORDER);
export type MeetingsQuery = z.output<typeof meetingsQuerySchema>;

/** Deeper parameters would overflow stacks on their way to Neo4j (and in it). */
export const MAX_PARAMS_DEPTH = 32;

/** How many lists and maps deep `value` is (1 for a flat map), walked without recursion. */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_PARAMS_DEPTH) return deepest;
    for (const item of Object.values(v)) stack.push([item, depth + 1]);
  }
  return deepest;
}

export const cypherRequestSchema = z.object({
  query: z
    .string({ error: "must be a string holding one Cypher query" })
    .min(1, "must not be empty")
    .max(20_000, "is longer than 20,000 characters"),
  params: z
    .record(z.string(), z.unknown())
    .refine((params) => nestingDepth(params) <= MAX_PARAMS_DEPTH, {
      message: `is nested deeper than ${MAX_PARAMS_DEPTH} levels of lists and maps`,
    })
    .optional()
    .describe(`query parameters ($name); lists and maps at most ${MAX_PARAMS_DEPTH} levels deep`),
});

export const EXPORT_FORMATS = ["json", "gexf", "graphml", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportQuerySchema = z
  .object({
    format: z.enum(EXPORT_FORMATS).default("json").describe("file format"),
    edges: z
      .enum(EDGE_MODES)
      .default("mixed")
      .describe(
        "gexf, graphml, csv: 'mixed' writes MET_WITH and DISAGREES_ON as undirected edges " +
          "(Gephi, graphology); 'directed' writes every edge directed with an 'undirected' " +
          "attribute (networkx, igraph)",
      ),
    ids: commaList(idSchema, 100)
      .optional()
      .describe("entity ids of a neighbourhood to export; the whole graph when absent"),
    ...neighborhoodShape,
  })
  .refine(windowIsOrdered, WINDOW_ORDER);
export type ExportQuery = z.output<typeof exportQuerySchema>;
