// Every setting newsgraph reads from the environment (or .env): its name, its default and the
// values it may take, validated once, here. Commands call loadSettings() and hand each part the
// slice it needs; server/ and graph-seed/ never read process.env themselves.
import { z } from "zod";

/** The defaults, for help texts and for library callers that pass no setting. */
export const SETTING_DEFAULTS = {
  PORT: 8080,
  HOST: "127.0.0.1",
  LOG_LEVEL: "info",
  NEO4J_USERNAME: "neo4j",
  CYPHER_TIMEOUT_MS: 10_000,
  CYPHER_MAX_ROWS: 1_000,
  CYPHER_MAX_BYTES: 10_000_000,
  HEAVY_REQUESTS_PER_CLIENT: 4,
  INGEST_MAX_BYTES: 2 * 1024 * 1024,
  BENCH_ARTICLES: 2_000,
  BENCH_BATCH: 200,
  BENCH_NODES: 5_000,
  BENCH_EDGES: 20_000,
} as const;

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** An empty variable counts as unset, as in a .env line `NAME=`. */
const unsetWhenEmpty = (value: unknown) => (value === "" ? undefined : value);
const optionalText = z.preprocess(unsetWhenEmpty, z.string().optional());
const count = (min: number, max: number, fallback: number) =>
  z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(min).max(max).default(fallback));

const schema = z
  .object({
    PORT: count(0, 65_535, SETTING_DEFAULTS.PORT),
    HOST: z.preprocess(unsetWhenEmpty, z.string().default(SETTING_DEFAULTS.HOST)),
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
    LOG_LEVEL: z.preprocess(unsetWhenEmpty, z.enum(LOG_LEVELS).default(SETTING_DEFAULTS.LOG_LEVEL)),
    /** The Neo4j to use; unset: the project's local Neo4j, started when needed. */
    NEO4J_URI: z.preprocess(
      unsetWhenEmpty,
      z
        .string()
        .regex(
          /^[a-z][a-z0-9+]*:\/\/\S+$/,
          "must be a URI such as bolt://host:7687 or neo4j+s://host",
        )
        .optional(),
    ),
    NEO4J_USERNAME: z.preprocess(
      unsetWhenEmpty,
      z.string().default(SETTING_DEFAULTS.NEO4J_USERNAME),
    ),
    NEO4J_PASSWORD: optionalText,
    /** Unset: the server's default database. */
    NEO4J_DATABASE: optionalText,
    /** Token that endpoints which write (snapshot import) require; unset means no writes at all. */
    NEWSGRAPH_WRITE_TOKEN: z.preprocess(
      unsetWhenEmpty,
      z.string().min(16, "must hold at least 16 characters").optional(),
    ),
    /** Server-side time limit of one user Cypher query (POST /api/cypher). */
    CYPHER_TIMEOUT_MS: count(100, 600_000, SETTING_DEFAULTS.CYPHER_TIMEOUT_MS),
    /** Most rows one user Cypher query returns; the answer says when it was cut. */
    CYPHER_MAX_ROWS: count(1, 100_000, SETTING_DEFAULTS.CYPHER_MAX_ROWS),
    /** Most bytes of rows (as JSON) one user Cypher query returns; cut while records stream in. */
    CYPHER_MAX_BYTES: count(1_000, 100_000_000, SETTING_DEFAULTS.CYPHER_MAX_BYTES),
    /** Heavy requests (Cypher, exports) one client address may have running at once. */
    HEAVY_REQUESTS_PER_CLIENT: count(1, 100, SETTING_DEFAULTS.HEAVY_REQUESTS_PER_CLIENT),
    /** Largest article file ingest and extract read, in bytes. */
    INGEST_MAX_BYTES: count(1, 1024 ** 3, SETTING_DEFAULTS.INGEST_MAX_BYTES),
    /** bench:extract: how many articles; BENCH_LOAD=0 skips loading them into Neo4j. */
    BENCH_ARTICLES: count(1, 10_000_000, SETTING_DEFAULTS.BENCH_ARTICLES),
    BENCH_LOAD: z.preprocess(unsetWhenEmpty, z.enum(["0", "1"]).default("1")),
    BENCH_BATCH: count(1, 100_000, SETTING_DEFAULTS.BENCH_BATCH),
    /** bench:client: the size of the drawn graph. */
    BENCH_NODES: count(1, 10_000_000, SETTING_DEFAULTS.BENCH_NODES),
    BENCH_EDGES: count(0, 100_000_000, SETTING_DEFAULTS.BENCH_EDGES),
  })
  .refine((env) => env.NEO4J_URI === undefined || env.NEO4J_PASSWORD !== undefined, {
    path: ["NEO4J_PASSWORD"],
    message: "NEO4J_URI is set but NEO4J_PASSWORD is not: set both (and NEO4J_USERNAME)",
  });

/** What one user Cypher query may take: time, rows and bytes of rows. */
export interface CypherLimits {
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
}

/** What the API server needs to know. */
export interface ServerSettings {
  port: number;
  host: string;
  allowedHosts: readonly string[];
  logLevel: LogLevel;
  /** Unset: the API never writes. */
  writeToken?: string;
  cypher: CypherLimits;
  heavyRequestsPerClient: number;
}

/** The Neo4j named by the environment; no uri: the project's local Neo4j. */
export interface Neo4jSettings {
  uri?: string;
  username: string;
  password?: string;
  database?: string;
}

export interface Settings {
  server: ServerSettings;
  neo4j: Neo4jSettings;
  ingest: { maxArticleBytes: number };
  bench: { articles: number; load: boolean; batch: number; nodes: number; edges: number };
}

/** Thrown when the environment holds an invalid setting; the message names each one. */
export class SettingsError extends Error {
  readonly code = "SETTINGS_INVALID";
  constructor(message: string) {
    super(message);
    this.name = "SettingsError";
  }
}

/** Settings whose values never appear in an error message. */
const SECRETS = new Set(["NEO4J_PASSWORD", "NEWSGRAPH_WRITE_TOKEN"]);

/** Parses every setting out of `env`; unknown variables are ignored. */
export function loadSettings(env: Record<string, string | undefined> = process.env): Settings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join(".");
      const given = SECRETS.has(name) ? undefined : env[name];
      return `${name}: ${issue.message}${given === undefined ? "" : ` (got ${JSON.stringify(given)})`}`;
    });
    throw new SettingsError(
      `invalid settings: ${problems.join("; ")} (fix or unset them; README.md lists every setting)`,
    );
  }
  const s = parsed.data;
  return {
    server: {
      port: s.PORT,
      host: s.HOST,
      allowedHosts: s.ALLOWED_HOSTS,
      logLevel: s.LOG_LEVEL,
      writeToken: s.NEWSGRAPH_WRITE_TOKEN,
      cypher: {
        timeoutMs: s.CYPHER_TIMEOUT_MS,
        maxRows: s.CYPHER_MAX_ROWS,
        maxBytes: s.CYPHER_MAX_BYTES,
      },
      heavyRequestsPerClient: s.HEAVY_REQUESTS_PER_CLIENT,
    },
    neo4j: {
      uri: s.NEO4J_URI,
      username: s.NEO4J_USERNAME,
      password: s.NEO4J_PASSWORD,
      database: s.NEO4J_DATABASE,
    },
    ingest: { maxArticleBytes: s.INGEST_MAX_BYTES },
    bench: {
      articles: s.BENCH_ARTICLES,
      load: s.BENCH_LOAD === "1",
      batch: s.BENCH_BATCH,
      nodes: s.BENCH_NODES,
      edges: s.BENCH_EDGES,
    },
  };
}
