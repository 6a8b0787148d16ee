// Starts the API on port 0 against the run's Neo4j, with JSON helpers for the tests.
import { loadSettings } from "../../../settings/settings";
import { createLogger } from "../../../server/logger";
import { start, type RunningServer } from "../../../server/server";
import type { Driver } from "neo4j-driver";
import { ingest } from "../../../graph-seed/loading/ingest";
import { clearGraph, graphSnapshot, neo4jTarget, testDriver } from "../../support/neo4j";

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TestApi {
  server: RunningServer;
  url: string;
  get<T = unknown>(path: string): Promise<ApiAnswer<T>>;
  post<T = unknown>(
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiAnswer<T>>;
  stop(): Promise<void>;
}

export async function startApi(env: Record<string, string> = {}): Promise<TestApi> {
  const server = await start({
    settings: loadSettings({ PORT: "0", HOST: "127.0.0.1", ...env }).server,
    logger: createLogger("silent"),
    neo4j: neo4jTarget(),
  });
  const url = `${server.url}api`;
  const answer = async <T>(response: Response): Promise<ApiAnswer<T>> => {
    const text = await response.text();
    const type = response.headers.get("content-type") ?? "";
    return {
      status: response.status,
      headers: response.headers,
      body: (type.includes("json") ? JSON.parse(text) : text) as T,
    };
  };
  return {
    server,
    url,
    get: async (path) => answer(await fetch(`${url}${path}`)),
    post: async (path, body, headers = {}) =>
      answer(
        await fetch(`${url}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: typeof body === "string" ? body : JSON.stringify(body),
        }),
      ),
    stop: () => server.stop(),
  };
}

export interface ErrorAnswer {
  error: {
    code: string;
    message: string;
    position?: { offset: number; line: number; column: number };
  };
}

export interface SeededApi {
  driver: Driver;
  api: TestApi;
  /** The graph as the seed articles left it, to compare with after each request. */
  before: string[];
}

/**
 * A clean graph holding the seed articles (and the test's own `fixtures` folders), and the API
 * started on it with `env`.
 */
export async function startSeededApi(
  env: Record<string, string> = {},
  fixtures: string[] = [],
): Promise<SeededApi> {
  const driver = testDriver();
  await clearGraph(driver);
  await ingest({
    driver,
    database: neo4jTarget().database,
    inputs: ["graph-seed/articles", ...fixtures],
  });
  const api = await startApi(env);
  return { driver, api, before: await graphSnapshot(driver) };
}
