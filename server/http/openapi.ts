// The OpenAPI 3.1 document, generated from the route specs: the same zod schemas that validate
// requests describe the parameters and bodies, and the response schemas describe the answers.
import { z } from "zod";
import { ERROR_CODES } from "../../contract/errors";
import { errorBodySchema } from "../schemas/response-schemas";
import type { EndpointSpec, Route } from "./route";

type JsonSchema = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  400: "bad request: the message names the parameter and why",
  401: "missing or wrong write token",
  403: "refused: writes disabled, or a query that is not read-only",
  404: "no such entity or relation",
  405: "the path does not take this method; see the Allow header",
  421: "the Host header names another site (see ALLOWED_HOSTS)",
  422: "the first row of the answer alone is larger than the byte budget",
  429: "too many heavy requests running at once from this client; see Retry-After",
  413: "request body too large",
  500: "internal error (details are in the server log only)",
  503: "Neo4j is unreachable",
  504: "the query ran past the server's time limit",
};

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of a schema's input or output side. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  delete generated.$schema;
  return plainPairs(generated);
}

/**
 * A tuple of one repeated shape (a meeting's two people) written as an array of that shape with
 * a fixed length: the same constraint, without `prefixItems`, which schemathesis 4 misreads as
 * an invalid schema. Other tuples are left as they are.
 */
function plainPairs(node: JsonSchema): JsonSchema {
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) {
      node[key] = value.map((v: unknown) => (isObject(v) ? plainPairs(v) : v));
    } else if (isObject(value)) node[key] = plainPairs(value);
  }
  const tuple = node.prefixItems;
  if (!Array.isArray(tuple) || tuple.length === 0 || node.items !== false) return node;
  const first = JSON.stringify(tuple[0]);
  if (!tuple.every((item) => JSON.stringify(item) === first)) return node;
  const plain: JsonSchema = { ...node, items: tuple[0] as JsonSchema };
  delete plain.prefixItems;
  return plain;
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `/entities/:id` -> `/api/entities/{id}` */
export function openApiPath(expressPath: string): string {
  return `/api${expressPath.replace(/:([A-Za-z_]\w*)/g, "{$1}")}`;
}

function parameters(spec: EndpointSpec): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [where, schema] of [
    ["path", spec.params],
    ["query", spec.query],
  ] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema, "input");
    const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((object.required ?? []) as string[]);
    // A preprocessed parameter (a comma list) reads as optional on the input side; the output
    // side says whether the server needs it (there, parameters with a default are required too).
    const needed = new Set((jsonSchema(schema, "output").required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      const { description, ...rest } = property;
      out.push({
        name,
        in: where,
        required:
          where === "path" || required.has(name) || (needed.has(name) && !("default" in property)),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  }
  return out;
}

function operation(spec: EndpointSpec): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  for (const response of [spec.response, ...(spec.otherResponses ?? [])]) {
    responses[String(response.status)] = {
      description: response.description,
      content: response.schema
        ? { "application/json": { schema: jsonSchema(response.schema, "output") } }
        : Object.fromEntries((response.mediaTypes ?? []).map((m) => [m, { schema: {} }])),
    };
  }
  for (const status of [...new Set([...spec.errors, 421, 500, 503])].sort()) {
    if (responses[String(status)]) continue;
    responses[String(status)] = {
      description: STATUS_TEXT[status] ?? "error",
      content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorBody" } } },
    };
  }
  const op: JsonSchema = {
    operationId: `${spec.method}${openApiPath(spec.path)
      .replace(/^\/api/, "")
      .split(/[/{}]+/)
      .filter(Boolean)
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join("")}`,
    tags: [spec.tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    parameters: parameters(spec),
    responses,
  };
  if (spec.body) {
    op.requestBody = {
      required: true,
      content: { "application/json": { schema: jsonSchema(spec.body, "input") } },
    };
  }
  if (spec.auth === "writeToken") op.security = [{ writeToken: [] }];
  return op;
}

export function buildOpenApiDocument(routes: readonly Route[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const { spec } of routes) {
    const path = openApiPath(spec.path);
    paths[path] = { ...paths[path], [spec.method]: operation(spec) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "newsgraph API",
      version,
      description:
        "A knowledge graph of the news: entities, who met whom, evidence. Subgraphs are in " +
        "graphology's serialized format. Errors are `{ error: { code, message } }` with codes: " +
        Object.keys(ERROR_CODES).join(", ") +
        ".",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: { ErrorBody: jsonSchema(errorBodySchema, "output") },
      securitySchemes: {
        writeToken: {
          type: "http",
          scheme: "bearer",
          description: "the server's NEWSGRAPH_WRITE_TOKEN",
        },
      },
    },
  };
}
