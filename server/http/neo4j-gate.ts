// While Neo4j is known to be down, API requests that need it answer 503 at once, rather than
// each waiting for the driver's connection timeouts and retries (seconds) to say the same. And
// the first request to find it down (nothing told the monitor yet: one's own Neo4j, stopped)
// does not wait for those retries either: a request still running after a moment has Neo4j
// probed, and answers 503 as soon as the probe finds it unreachable.
import type { Request, RequestHandler } from "express";
import { ApiError } from "../errors";
import type { Neo4jMonitor } from "../services/neo4j-monitor";

/** API paths served without Neo4j. */
const WITHOUT_NEO4J = new Set(["/health", "/openapi.json"]);

/** How long a request runs before it has Neo4j probed: most answers come sooner. */
const PROBE_AFTER_MS = 300;

/** True for API paths that need Neo4j. */
export function needsNeo4j(req: Request): boolean {
  return !WITHOUT_NEO4J.has(req.path);
}

/**
 * Runs `work` (a request being answered); if it is still running after PROBE_AFTER_MS and a
 * probe then finds Neo4j down (a probe that found it up within the last 0.5 s is trusted meanwhile), rejects with 503 at once (the work's own failure, later, is
 * dropped: the answer has gone).
 */
export async function failFastWhenDown(monitor: Neo4jMonitor, work: Promise<void>): Promise<void> {
  let done = false;
  const finished = work.finally(() => (done = true));
  let timer: NodeJS.Timeout | undefined;
  const watch = new Promise<void>((resolve, reject) => {
    const probeAfter = (ms: number) => {
      timer = setTimeout(() => {
        if (done) return resolve();
        // Neo4j found up a moment ago: look again once that is no longer news (< 0.5 s).
        const trusted = monitor.upTrustedForMs();
        if (trusted > 0) return probeAfter(trusted);
        monitor.check(Number.POSITIVE_INFINITY).then((state) => {
          if (state.status === "down" && !done) {
            reject(new ApiError("NEO4J_UNAVAILABLE", "the graph database is down; retry shortly"));
          }
        }, reject);
      }, ms);
    };
    probeAfter(PROBE_AFTER_MS);
  });
  try {
    await Promise.race([finished, watch]);
  } finally {
    clearTimeout(timer);
    finished.catch(() => undefined);
  }
}

export function neo4jGate(monitor: Neo4jMonitor): RequestHandler {
  return (req, _res, next) => {
    if (!needsNeo4j(req)) return next();
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
