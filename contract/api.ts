// Request and response shapes of the HTTP API.

export interface HealthResponse {
  /** "ok" when the app and Neo4j are both up; "degraded" while Neo4j is unreachable. */
  status: "ok" | "degraded";
  app: { name: string; version: string; uptimeSeconds: number };
  neo4j:
    | { status: "up"; address: string; version: string; latencyMs: number }
    | { status: "down"; error: string };
}
