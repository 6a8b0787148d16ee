// The one settings module: every variable's default, and a bad value refused with a message that
// names it, says what it takes and never echoes a secret.
import { describe, expect, it } from "vitest";
import { loadSettings, SettingsError } from "../../../settings/settings";

describe("loadSettings", () => {
  it("gives every setting its default when the environment names none", () => {
    const settings = loadSettings({});
    expect(settings.server).toEqual({
      port: 8080,
      host: "127.0.0.1",
      allowedHosts: [],
      logLevel: "info",
      writeToken: undefined,
      cypher: { timeoutMs: 10_000, maxRows: 1_000, maxBytes: 10_000_000 },
      heavyRequestsPerClient: 4,
    });
    expect(settings.neo4j).toEqual({
      uri: undefined,
      username: "neo4j",
      password: undefined,
      database: undefined,
    });
    expect(settings.ingest.maxArticleBytes).toBe(2 * 1024 * 1024);
    expect(settings.bench).toEqual({
      articles: 2_000,
      load: true,
      batch: 200,
      nodes: 5_000,
      edges: 20_000,
    });
  });

  it("reads the values given, an empty one counting as unset", () => {
    const settings = loadSettings({
      PORT: "0",
      ALLOWED_HOSTS: " graph.example.org, 10.1.2.3 ,",
      CYPHER_MAX_ROWS: "50",
      INGEST_MAX_BYTES: "",
      NEO4J_URI: "neo4j+s://db.example",
      NEO4J_USERNAME: "",
      NEO4J_PASSWORD: "pw",
      BENCH_LOAD: "0",
    });
    expect(settings.server.port).toBe(0);
    expect(settings.server.allowedHosts).toEqual(["graph.example.org", "10.1.2.3"]);
    expect(settings.server.cypher.maxRows).toBe(50);
    expect(settings.ingest.maxArticleBytes).toBe(2 * 1024 * 1024);
    expect(settings.neo4j).toMatchObject({ uri: "neo4j+s://db.example", username: "neo4j" });
    expect(settings.bench.load).toBe(false);
  });

  it("refuses a bad value, naming the variable and what it was given", () => {
    const refuse = (env: Record<string, string>) => {
      try {
        loadSettings(env);
      } catch (error) {
        expect(error).toBeInstanceOf(SettingsError);
        return (error as SettingsError).message;
      }
      throw new Error(`accepted ${JSON.stringify(env)}`);
    };
    expect(refuse({ PORT: "eighty" })).toMatch(/PORT: .*\(got "eighty"\)/);
    expect(refuse({ CYPHER_TIMEOUT_MS: "5" })).toMatch(/CYPHER_TIMEOUT_MS: .*100/);
    expect(refuse({ INGEST_MAX_BYTES: "-1" })).toMatch(/INGEST_MAX_BYTES/);
    expect(refuse({ LOG_LEVEL: "loud" })).toMatch(/LOG_LEVEL/);
    expect(refuse({ NEO4J_URI: "localhost:7687", NEO4J_PASSWORD: "pw" })).toMatch(
      /NEO4J_URI: must be a URI such as bolt:\/\/host:7687/,
    );
    expect(refuse({ NEO4J_URI: "bolt://db.example:7687" })).toMatch(/NEO4J_PASSWORD/);
  });

  it("never repeats a secret in its message", () => {
    expect(() => loadSettings({ NEWSGRAPH_WRITE_TOKEN: "short-secret" })).toThrow(
      /NEWSGRAPH_WRITE_TOKEN: must hold at least 16 characters/,
    );
    expect(() => loadSettings({ NEWSGRAPH_WRITE_TOKEN: "short-secret" })).not.toThrow(
      /short-secret/,
    );
  });
});
