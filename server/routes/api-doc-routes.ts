// GET /api/openapi.json: the OpenAPI 3.1 description of every route, built from their specs.
import { z } from "zod";
import { buildOpenApiDocument } from "../http/openapi";
import { defineRoute, type Route } from "../http/route";

export function apiDocRoutes(allRoutes: () => readonly Route[], version: string): Route[] {
  let document: Record<string, unknown> | undefined;
  return [
    defineRoute(
      {
        method: "get",
        path: "/openapi.json",
        tag: "app",
        summary: "This OpenAPI 3.1 document",
        response: {
          status: 200,
          description: "the OpenAPI document",
          schema: z.record(z.string(), z.unknown()),
        },
        errors: [],
      },
      async () => (document ??= buildOpenApiDocument(allRoutes(), version)),
    ),
  ];
}
