// The tests clear only a database they made their own: one holding data without their marker
// is refused, and nothing in it is deleted.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearGraph, neo4jTarget, testDriver } from "../../support/neo4j";
import { TEST_MARKER_INDEX, claimTestDatabase } from "../../support/test-target";

let driver: Driver;
const run = (query: string) => driver.executeQuery(query, {}, { database: neo4jTarget().database });
const count = async (query: string) => Number((await run(query)).records[0]?.get("n"));

beforeAll(async () => {
  driver = testDriver();
  await clearGraph(driver);
});
afterAll(async () => {
  // Whatever happened above, the run's database ends empty and marked, as the next file expects.
  await run("MATCH (n) DETACH DELETE n");
  await claimTestDatabase(driver, neo4jTarget().database);
  await driver.close();
});

describe("the tests' database", () => {
  it("carries the marker the run left in it, and clearing it works", async () => {
    await run("CREATE (:Person {id: 'test-target:a'})");
    await clearGraph(driver);
    expect(await count("MATCH (n) RETURN count(n) AS n")).toBe(0);
  });

  it("refuses a database holding data without the marker, and deletes nothing", async () => {
    await run(`DROP INDEX ${TEST_MARKER_INDEX}`);
    await run("CREATE (:Person {id: 'someone-else:1', name: 'Their data'})");

    await expect(clearGraph(driver)).rejects.toMatchObject({ code: "NOT_A_TEST_DATABASE" });
    await expect(claimTestDatabase(driver, neo4jTarget().database)).rejects.toMatchObject({
      code: "NOT_A_TEST_DATABASE",
    });
    expect(await count("MATCH (n {id: 'someone-else:1'}) RETURN count(n) AS n")).toBe(1);
    expect(
      await count(
        `SHOW INDEXES YIELD name WHERE name = '${TEST_MARKER_INDEX}' RETURN count(*) AS n`,
      ),
    ).toBe(0);
  });

  it("claims an empty database by leaving the marker in it", async () => {
    await run("MATCH (n) DETACH DELETE n");
    await run(`DROP INDEX ${TEST_MARKER_INDEX} IF EXISTS`);
    await claimTestDatabase(driver, neo4jTarget().database);
    await run("CREATE (:Person {id: 'test-target:b'})");
    await clearGraph(driver);
    expect(await count("MATCH (n) RETURN count(n) AS n")).toBe(0);
  });
});
