// The server's configuration, read from the environment (and .env) and validated once, here.
import { z } from "zod";

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default("127.0.0.1"),
  /**
   * Host names the app answers to besides the loopback names and HOST (comma-separated; `*`
   * switches the Host check off, for a proxy that checks it instead).
   */
  ALLOWED_HOSTS: z
    .string()
    .default("")
    .transform((text) =>
      text
        .split(",")
        .map((name) => name.trim())
        .filter((name) => name !== ""),
    ),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NEO4J_DATABASE: z.string().min(1).optional(),
  /** Token that endpoints which write (snapshot import) require; unset means no writes at all. */
  NEWSGRAPH_WRITE_TOKEN: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().min(16, "must hold at least 16 characters").optional(),
  ),
  /** Server-side time limit of one user Cypher query (POST /api/cypher). */
  CYPHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Most rows one user Cypher query returns; the answer says when it was cut. */
  CYPHER_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(1_000),
  /** Most bytes of rows (as JSON) one user Cypher query returns; cut while records stream in. */
  CYPHER_MAX_BYTES: z.coerce.number().int().min(1_000).max(100_000_000).default(10_000_000),
  /** Heavy requests (Cypher, exports) one client address may have running at once. */
  HEAVY_REQUESTS_PER_CLIENT: z.coerce.number().int().min(1).max(100).default(4),
});

export type ServerConfig = z.infer<typeof configSchema>;

/** Thrown when the environment holds an invalid setting; the message names each one. */
export class ConfigError extends Error {
  readonly code = "CONFIG_INVALID";
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Parses the server settings out of `env`; unknown variables are ignored. */
export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join("; ")}`);
  }
  return parsed.data;
}
