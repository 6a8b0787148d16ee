// GET /api/openapi.json: a valid OpenAPI 3.1 document that matches the routes the app serves.
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApi, type ErrorAnswer, type TestApi } from "./api-server";

interface Parameter {
  name: string;
  in: "query" | "path";
  required: boolean;
  schema: { type?: string };
}
interface Operation {
  parameters: Parameter[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
}
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

let api: TestApi;
let doc: Document;

beforeAll(async () => {
  api = await startApi();
  doc = (await api.get<Document>("/openapi.json")).body;
});
afterAll(() => api?.stop());

function operations(): [string, string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(
      ([method, op]) => [path, method, op] as [string, string, Operation],
    ),
  );
}

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(
      doc as unknown as Parameters<Validator["validate"]>[0],
    );
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("describes every endpoint of the API", () => {
    expect(
      operations()
        .map(([path, method]) => `${method.toUpperCase()} ${path}`)
        .sort(),
    ).toEqual([
      "GET /api/articles/{id}",
      "GET /api/entities/{id}",
      "GET /api/entities/{id}/articles",
      "GET /api/export",
      "GET /api/graph/meetings",
      "GET /api/graph/neighborhood",
      "GET /api/graph/overview",
      "GET /api/graph/paths",
      "GET /api/health",
      "GET /api/meetings",
      "GET /api/openapi.json",
      "GET /api/relations/{id}/evidence",
      "GET /api/search",
      "POST /api/cypher",
      "POST /api/snapshots/import",
    ]);
  });

  it("names only paths the server serves", async () => {
    for (const [path, method] of operations()) {
      const url = `${api.server.url}${path.slice(1).replace(/\{[^}]+\}/g, "x")}`;
      const response = await fetch(url, {
        method: method.toUpperCase(),
        headers: { "content-type": "application/json" },
        body: method === "post" ? "{}" : undefined,
      });
      const body = (await response.json()) as Partial<ErrorAnswer>;
      expect(body.error?.message ?? "", `${method} ${path}`).not.toMatch(/no such endpoint/);
    }
  });

  it("documents parameters the server checks: a bad integer for each is a 400 naming it", async () => {
    let checked = 0;
    for (const [path, method, op] of operations()) {
      if (method !== "get") continue;
      for (const parameter of op.parameters.filter(
        (p) => p.in === "query" && p.schema.type === "integer",
      )) {
        const url = `${path.replace(/\{[^}]+\}/g, "x").slice(4)}?${parameter.name}=not-a-number`;
        const { status, body } = await api.get<ErrorAnswer>(url);
        expect(status, url).toBe(400);
        expect(body.error.message, url).toContain(`'${parameter.name}'`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it("marks the import as needing the write token", () => {
    const op = doc.paths["/api/snapshots/import"]!.post as Operation & { security?: unknown };
    expect(op.security).toEqual([{ writeToken: [] }]);
    expect(op.requestBody).toBeDefined();
  });
});
