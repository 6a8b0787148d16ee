// The app's health: its own state plus whether Neo4j answers.
import type { Driver } from "neo4j-driver";
import type { HealthResponse } from "../../contract/api";
import { probeNeo4j } from "../repositories/health-repository";

const startedAt = Date.now();

export async function checkHealth(driver: Driver, version: string): Promise<HealthResponse> {
  const app = {
    name: "newsgraph",
    version,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
  };
  try {
    const probe = await probeNeo4j(driver);
    return { status: "ok", app, neo4j: { status: "up", ...probe } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: "degraded", app, neo4j: { status: "down", error: firstLine(message) } };
  }
}

function firstLine(text: string): string {
  return text.split("\n")[0]?.slice(0, 300) ?? "";
}
