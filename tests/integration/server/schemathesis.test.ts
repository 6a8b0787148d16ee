// schemathesis (property-based API testing from the OpenAPI document) against the live server on
// the real Neo4j holding the seed articles, the write endpoint included with the token. It must
// find nothing. Bounded: 10 examples per operation in the coverage and fuzzing phases, one worker,
// a fixed seed. Checks: all but `positive_data_acceptance`, which sends every request the document
// allows and expects it accepted, while some rules hold across parameters or fields and OpenAPI
// cannot state them (`from` <= `to`, a path's `from` != `to`, a Cypher query must parse, a
// snapshot's edges must name its nodes); those rules are tested by api-strictness.test.ts.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  pythonTools,
  SKIP_WITHOUT_PYTHON,
  systemPython,
} from "../../support/graph-tools/python-tools";
import { startSeededApi, type SeededApi } from "./api-server";

/** Pinned, so a new release cannot change what the test finds without a commit saying so. */
const SCHEMATHESIS = ["schemathesis==4.32.5"];
const TOKEN = "schemathesis-write-token-3c9d1e";
const SCHEMATHESIS_ARGS = [
  "--checks",
  "all",
  "--exclude-checks",
  "positive_data_acceptance",
  "--phases",
  "coverage,fuzzing",
  "--max-examples",
  "10",
  "--workers",
  "1",
  "--seed",
  "20261130",
  "--request-timeout",
  "30",
];

const hasPython = systemPython() !== null;
if (!hasPython) console.warn(`schemathesis: ${SKIP_WITHOUT_PYTHON.split(":")[0]}: skipped`);

let python: string;
let seeded: SeededApi;

beforeAll(async () => {
  if (!hasPython) return;
  python = pythonTools(SCHEMATHESIS)!;
  seeded = await startSeededApi({ NEWSGRAPH_WRITE_TOKEN: TOKEN });
}, 600_000);
afterAll(async () => {
  await seeded?.api.stop();
  await seeded?.driver.close();
});

describe.skipIf(!hasPython)("schemathesis against the live API", () => {
  it("finds no failure in any operation, the token-guarded import included", async () => {
    const st = path.join(path.dirname(python), "st");
    // Not spawnSync: the server under test runs in this process and must keep answering.
    // Through the venv's python: the venv was built under another name and renamed, so the
    // script's own first line names a python that no longer exists.
    const run = await promisify(execFile)(
      python,
      [
        st,
        "--no-color",
        "run",
        `${seeded.api.url}/openapi.json`,
        ...SCHEMATHESIS_ARGS,
        "--header",
        `Authorization: Bearer ${TOKEN}`,
      ],
      // Its cache goes under the git-ignored .neo4j/, not into the checkout.
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        timeout: 900_000,
        cwd: path.dirname(path.dirname(path.dirname(python))),
      },
    ).then(
      ({ stdout, stderr }) => ({ code: 0, output: `${stdout}${stderr}` }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code ?? -1,
        output: `${error.stdout ?? ""}${error.stderr ?? ""}`,
      }),
    );
    const { output } = run;
    expect(run.code, output.split("\n").slice(-120).join("\n")).toBe(0);
    expect(output).toMatch(/Selected: (\d+)\/\1/);
    // The service still answers afterwards.
    expect((await seeded.api.get("/health")).status).toBe(200);
  }, 1_200_000);
});
