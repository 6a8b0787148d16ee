// GET /api/health: 200 when the app and Neo4j are up, 503 while Neo4j is unreachable.
import { Router } from "express";
import type { Driver } from "neo4j-driver";
import { checkHealth } from "../services/health-service";

export function healthRoutes(driver: Driver, version: string): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    const health = await checkHealth(driver, version);
    res.status(health.status === "ok" ? 200 : 503).json(health);
  });
  return router;
}
