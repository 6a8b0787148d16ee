// Per-client concurrency for heavy endpoints (user Cypher, exports): one client address may
// have only so many running at once, so that one user cannot take every worker and every
// Neo4j core from the rest. Beyond it: 429 with Retry-After, and nothing runs.
import type { Request, Response } from "express";
import { ApiError } from "../errors";

/** Seconds a refused client is told to wait (an answer of one of its own frees a slot). */
export const RETRY_AFTER_SECONDS = 1;

export function clientLimit(maxPerClient: number): (req: Request, res: Response) => void {
  const running = new Map<string, number>();
  return (req, res) => {
    const client = req.ip ?? req.socket.remoteAddress ?? "unknown";
    const count = running.get(client) ?? 0;
    if (count >= maxPerClient) {
      res.set("Retry-After", String(RETRY_AFTER_SECONDS));
      throw new ApiError(
        "TOO_MANY_REQUESTS",
        `at most ${maxPerClient} heavy requests (Cypher, exports) may run at once per client; ` +
          "retry when one of yours has answered",
      );
    }
    running.set(client, count + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (running.get(client) ?? 1) - 1;
      if (left > 0) running.set(client, left);
      else running.delete(client);
    };
    // "close" comes after "finish" and also when the client goes away first.
    res.once("close", release);
  };
}
