// Structured JSON logs (pino), one logger per process, passed down as a dependency. Secrets in
// request and response headers (the write token, cookies) are redacted before anything is written.
import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/** Header paths (as the request log writes them) whose values never reach the log. */
export const REDACTED_PATHS = [
  "req.headers.authorization",
  'req.headers["proxy-authorization"]',
  "req.headers.cookie",
  'res.headers["set-cookie"]',
];

export function createLogger(level: string = "info", destination?: DestinationStream): Logger {
  const options = {
    name: "newsgraph",
    level,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}
