// Evidence offsets that every language can use: integers in Neo4j, in Unicode code points, so
// that Python's body[start:end] and Cypher's substring() return the sentence, also after an
// emoji and in sentences with Hangul and accented names (tests/fixtures/unicode-articles).
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  SKIP_WITHOUT_PYTHON,
  pythonTools,
  runPython,
  systemPython,
} from "../../support/graph-tools/python-tools";
import { neo4jTarget, testDriver } from "../../support/neo4j";
import { ingestUnicodeGraph } from "../../support/unicode-graph";

const hasPython = systemPython() !== null;
if (!hasPython) console.warn(`evidence-offsets: ${SKIP_WITHOUT_PYTHON}`);

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await ingestUnicodeGraph(driver);
}, 600_000);

afterAll(async () => {
  await driver?.close();
});

describe("evidence offsets as stored", () => {
  it("are integers, and Cypher's substring() returns each sentence", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (v:Evidence)-[:FROM]->(a:Article)
       RETURN count(v) AS rows,
              count(CASE WHEN valueType(v.start) <> 'INTEGER NOT NULL'
                           OR valueType(v.end) <> 'INTEGER NOT NULL' THEN 1 END) AS notIntegers,
              count(CASE WHEN substring(a.body, v.start, v.end - v.start) <> v.sentence
                         THEN 1 END) AS misses`,
      {},
      { database: neo4jTarget().database },
    );
    const [rows, notIntegers, misses] = ["rows", "notIntegers", "misses"].map((k) =>
      Number(records[0]!.get(k)),
    );
    expect(rows).toBeGreaterThan(10);
    expect({ notIntegers, misses }).toEqual({ notIntegers: 0, misses: 0 });
  });

  it("are integers in mentions too", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (:Article)-[m:MENTIONS]->(:Entity)
       RETURN count(m) AS mentions,
              count(CASE WHEN valueType(m.starts) <> 'LIST<INTEGER NOT NULL> NOT NULL'
                           OR valueType(m.count) <> 'INTEGER NOT NULL' THEN 1 END) AS others`,
      {},
      { database: neo4jTarget().database },
    );
    expect(Number(records[0]!.get("mentions"))).toBeGreaterThan(10);
    expect(Number(records[0]!.get("others"))).toBe(0);
  });

  it.skipIf(!hasPython)(
    "give the sentence with Python's body[start:end], after an emoji and with non-ASCII names",
    () => {
      const python = pythonTools()!;
      const target = neo4jTarget();
      const answer = runPython<{
        rows: number;
        afterAstral: number;
        nonAscii: number;
        failures: string[];
      }>(python, "evidence_offsets.py", target);
      expect(answer.failures).toEqual([]);
      expect(answer.rows).toBeGreaterThan(10);
      expect(answer.afterAstral).toBeGreaterThan(0);
      expect(answer.nonAscii).toBeGreaterThan(0);
    },
    600_000,
  );
});
