// GET /api/health: 200 when the app and Neo4j are up, 503 while Neo4j is unreachable.
import { defineRoute, type Route } from "../http/route";
import { healthResponseSchema } from "../schemas/response-schemas";
import { checkHealth } from "../services/health-service";
import type { Neo4jMonitor } from "../services/neo4j-monitor";

export function healthRoutes(monitor: Neo4jMonitor, version: string): Route[] {
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
            description: "Neo4j is down, unresponsive or restarting (status 'degraded')",
            schema: healthResponseSchema,
          },
        ],
        errors: [],
      },
      async ({ res }) => {
        const health = await checkHealth(monitor, version);
        res.status(health.status === "ok" ? 200 : 503).json(health);
        return undefined;
      },
    ),
  ];
}
