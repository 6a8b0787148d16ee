// While Neo4j is known to be down, API requests that need it answer 503 at once, rather than
// each waiting for the driver's connection timeouts and retries (seconds) to say the same.
import type { RequestHandler } from "express";
import { ApiError } from "../errors";
import type { Neo4jMonitor } from "../services/neo4j-monitor";

/** API paths served without Neo4j. */
const WITHOUT_NEO4J = new Set(["/health", "/openapi.json"]);

export function neo4jGate(monitor: Neo4jMonitor): RequestHandler {
  return (req, _res, next) => {
    if (WITHOUT_NEO4J.has(req.path)) return next();
    monitor
      .isDown()
      .then(
        (down) =>
          next(
            down
              ? new ApiError("NEO4J_UNAVAILABLE", "the graph database is down; retry shortly")
              : undefined,
          ),
        next,
      );
  };
}
