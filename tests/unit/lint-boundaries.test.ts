// The boundaries between the parts are held by ESLint (eslint.config.js): these tests lint small
// sources as if they sat in each part and check that a crossing fails while the allowed import passes.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function ruleErrors(filePath: string, code: string): Promise<string[]> {
  const results = await eslint.lintText(code, { filePath });
  return results
    .flatMap((result) => result.messages)
    .filter((m) => m.severity === 2)
    .map((m) => m.ruleId ?? "parse");
}

// ESLint loads its config and parser on the first call: seconds on a busy machine.
describe("part boundaries", { timeout: 60_000 }, () => {
  it("lets the client import contract/ and its own modules only", async () => {
    expect(
      await ruleErrors(
        "client/src/ui/example.ts",
        'import type { EntityKind } from "../../../contract/model";\nimport { graph } from "../graph/graph";\nexport { graph };\nexport type { EntityKind };\n',
      ),
    ).toEqual([]);
    expect(
      await ruleErrors(
        "client/src/ui/example.ts",
        'import { start } from "../../../server/server";\nexport { start };\n',
      ),
    ).toEqual(["no-restricted-imports"]);
    expect(
      await ruleErrors(
        "client/src/ui/example.ts",
        'import { readFile } from "node:fs/promises";\nexport { readFile };\n',
      ),
    ).toEqual(["no-restricted-imports"]);
    expect(
      await ruleErrors(
        "client/src/ui/example.ts",
        'import { join } from "path";\nexport { join };\n',
      ),
    ).toEqual(["no-restricted-imports"]);
  });

  it("keeps contract/ free of the other parts", async () => {
    expect(
      await ruleErrors(
        "contract/example.ts",
        'import { ingest } from "../graph-seed/loading/ingest";\nexport { ingest };\n',
      ),
    ).toEqual(["no-restricted-imports"]);
    expect(
      await ruleErrors(
        "contract/example.ts",
        'import type { EntityKind } from "./model";\nexport type { EntityKind };\n',
      ),
    ).toEqual([]);
  });

  it("keeps server and graph-seed library code off each other and off the commands and infrastructure", async () => {
    expect(
      await ruleErrors(
        "server/services/example.ts",
        'import { ingest } from "../../graph-seed/loading/ingest";\nexport { ingest };\n',
      ),
    ).toEqual(["no-restricted-imports"]);
    expect(
      await ruleErrors(
        "graph-seed/loading/example.ts",
        'import { startLocalNeo4j } from "../../infra/neo4j/local-neo4j";\nexport { startLocalNeo4j };\n',
      ),
    ).toEqual(["no-restricted-imports"]);
    expect(
      await ruleErrors(
        "server/services/example.ts",
        'import { runIngest } from "../../commands/ingest";\nexport { runIngest };\n',
      ),
    ).toEqual(["no-restricted-imports"]);
    // Commands may use the shared infrastructure and wire the parts together.
    expect(
      await ruleErrors(
        "commands/example.ts",
        'import { startLocalNeo4j } from "../infra/neo4j/local-neo4j";\nimport { ingest } from "../graph-seed/loading/ingest";\nexport { startLocalNeo4j, ingest };\n',
      ),
    ).toEqual([]);
    // The infrastructure never reaches back into a command.
    expect(
      await ruleErrors(
        "infra/example.ts",
        'import { main } from "../commands/start";\nexport { main };\n',
      ),
    ).toEqual(["no-restricted-imports"]);
  });

  it("refuses Cypher written outside the repositories and the loader", async () => {
    const query = 'export const q = "MATCH (e:Entity) RETURN e";\n';
    const template = "export const q = (id: string) => `MERGE (e:Entity {id: ${id}})`;\n";
    expect(await ruleErrors("server/services/example.ts", query)).toEqual(["no-restricted-syntax"]);
    expect(await ruleErrors("client/src/api/example.ts", template)).toEqual([
      "no-restricted-syntax",
    ]);
    expect(await ruleErrors("server/repositories/example.ts", query)).toEqual([]);
    expect(await ruleErrors("graph-seed/loading/example.ts", template)).toEqual([]);
    // Prose that merely mentions a keyword is not a query.
    expect(
      await ruleErrors("server/services/example.ts", 'export const s = "no match found";\n'),
    ).toEqual([]);
  });
});
