// The app's health: its own state plus Neo4j's, as the monitor knows it (freshly probed when
// Neo4j answers quickly). No internals: no address, no driver error text.
import type { HealthResponse } from "../../contract/api";
import type { Neo4jMonitor } from "./neo4j-monitor";

const startedAt = Date.now();

export async function checkHealth(monitor: Neo4jMonitor, version: string): Promise<HealthResponse> {
  const app = {
    name: "newsgraph",
    version,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
  };
  const state = await monitor.check();
  const restarts = monitor.restarts();
  const extra = restarts === undefined ? {} : { restarts };
  if (state.status === "up") {
    const { version: neo4jVersion, latencyMs } = state;
    return {
      status: "ok",
      app,
      neo4j: { status: "up", version: neo4jVersion, latencyMs, ...extra },
    };
  }
  return {
    status: "degraded",
    app,
    neo4j: { status: "down", reason: state.reason, since: state.since.toISOString(), ...extra },
  };
}
