// GET /api/health: 200 when the app and Neo4j are up, 503 while Neo4j is unreachable.
import type { Driver } from "neo4j-driver";
import { defineRoute, type Route } from "../http/route";
import { healthResponseSchema } from "../schemas/response-schemas";
import { checkHealth } from "../services/health-service";

export function healthRoutes(driver: Driver, version: string): Route[] {
  return [
    defineRoute(
      {
        method: "get",
        path: "/health",
        tag: "app",
        summary: "The app's state and whether Neo4j answers (503 while it does not)",
        response: {
          status: 200,
          description: "app and Neo4j are up",
          schema: healthResponseSchema,
        },
        otherResponses: [
          {
            status: 503,
            description: "Neo4j is unreachable (status 'degraded')",
            schema: healthResponseSchema,
          },
        ],
        errors: [],
      },
      async ({ res }) => {
        const health = await checkHealth(driver, version);
        res.status(health.status === "ok" ? 200 : 503).json(health);
        return undefined;
      },
    ),
  ];
}
