import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTITY_NAME_INDEX } from "../../../contract/graph-schema";
import { applySchema } from "../../../server/repositories/schema-repository";
import { neo4jTarget, testDriver } from "../../support/neo4j";

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

describe("graph schema", () => {
  it("holds the uniqueness constraints and the full-text index, applied twice without error", async () => {
    await applySchema(driver, neo4jTarget().database);
    await applySchema(driver, neo4jTarget().database);

    const constraints = await driver.executeQuery(
      "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties",
    );
    const unique = constraints.records
      .filter((r) => r.get("type") === "UNIQUENESS")
      .map((r) => `${r.get("labelsOrTypes")[0]}.${r.get("properties")[0]}`)
      .sort();
    expect(unique).toEqual(["Article.id", "Entity.id", "Evidence.id"]);

    const indexes = await driver.executeQuery(
      "SHOW INDEXES YIELD name, type, properties, state WHERE type = 'FULLTEXT' RETURN name, properties, state",
    );
    expect(indexes.records.map((r) => [r.get("name"), r.get("properties")])).toEqual([
      [ENTITY_NAME_INDEX, ["name", "aliasText"]],
    ]);
  });

  it("refuses a second Article with the same id", async () => {
    await driver.executeQuery("MERGE (:Article {id: 'dup-test'})");
    await expect(driver.executeQuery("CREATE (:Article {id: 'dup-test'})")).rejects.toThrow(
      /already exists/,
    );
    await driver.executeQuery("MATCH (a:Article {id: 'dup-test'}) DELETE a");
  });
});
