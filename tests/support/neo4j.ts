// Helpers for integration tests: a driver to the run's Neo4j and a clean graph per test file.
import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

export function neo4jTarget(): Neo4jTarget {
  return inject("neo4j");
}

export function testDriver(): Driver {
  const target = neo4jTarget();
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
}

/** Deletes every node and relationship (the schema stays). */
export async function clearGraph(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: neo4jTarget().database });
}

/** Every node with its labels and properties, sorted: two equal snapshots mean an equal graph. */
export async function graphSnapshot(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n) OPTIONAL MATCH (n)-[r]->(m)
     RETURN labels(n) AS labels, properties(n) AS props,
            collect([type(r), properties(r), elementId(m)]) AS out`,
    {},
    { database: neo4jTarget().database },
  );
  return records
    .map((r) => JSON.stringify([r.get("labels"), r.get("props"), r.get("out").length]))
    .sort();
}
