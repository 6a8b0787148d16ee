// Structured JSON logs (pino), one logger per process, passed down as a dependency.
import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ name: "newsgraph", level });
}
