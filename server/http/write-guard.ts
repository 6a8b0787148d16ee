// Guards every endpoint that writes: it needs `Authorization: Bearer <token>` matching
// NEWSGRAPH_WRITE_TOKEN, and with no token configured nothing may write at all.
import { createHash, timingSafeEqual } from "node:crypto";
import type { Request } from "express";
import { ApiError } from "../errors";

export function writeTokenGuard(token: string | undefined): (req: Request) => void {
  const expected = token === undefined ? null : digest(token);
  return (req) => {
    if (expected === null) {
      throw new ApiError(
        "WRITES_DISABLED",
        "writes are disabled on this server: start it with NEWSGRAPH_WRITE_TOKEN set",
      );
    }
    const header = req.get("authorization") ?? "";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    // Digests have equal length, so the comparison takes the same time for any wrong token.
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      throw new ApiError(
        "UNAUTHORIZED",
        "this endpoint writes: send 'Authorization: Bearer <NEWSGRAPH_WRITE_TOKEN>'",
      );
    }
  };
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}
