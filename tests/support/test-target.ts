// Which Neo4j the tests may use, and the check that keeps them off a user's data. The tests
// clear the graph, so they use only a Neo4j they start themselves or one named for tests
// (NEO4J_TEST_URI); NEO4J_URI (the app's database) and .env are never read here. A database is
// the tests' own once they have found it empty and left their marker in it (a schema index,
// so that it is no node or relationship any test sees); nothing is cleared without the marker.
import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jTarget } from "../../contract/neo4j-target";

export type { Neo4jTarget };

/** The tests' marker: an index no app creates. */
export const TEST_MARKER_INDEX = "newsgraph_test_marker";

/** Refused: the database is not one the tests may clear. */
export class TestTargetError extends Error {
  readonly code = "NOT_A_TEST_DATABASE";
  constructor(message: string) {
    super(message);
    this.name = "TestTargetError";
  }
}

/**
 * The Neo4j named for tests in `env`, or null: then the tests start their own. Only the
 * NEO4J_TEST_* variables count; NEO4J_URI names the app's database, which is never the tests'.
 */
export function namedTestTarget(env: NodeJS.ProcessEnv): Neo4jTarget | null {
  if (!env.NEO4J_TEST_URI) return null;
  if (!env.NEO4J_TEST_PASSWORD) {
    throw new TestTargetError(
      "NEO4J_TEST_URI is set but NEO4J_TEST_PASSWORD is not: set both (and NEO4J_TEST_USERNAME), " +
        "or unset NEO4J_TEST_URI to let the tests start a Neo4j of their own",
    );
  }
  return {
    uri: env.NEO4J_TEST_URI,
    username: env.NEO4J_TEST_USERNAME || "neo4j",
    password: env.NEO4J_TEST_PASSWORD,
    database: env.NEO4J_TEST_DATABASE || undefined,
  };
}

async function hasMarker(driver: Driver, database: string | undefined): Promise<boolean> {
  const { records } = await driver.executeQuery(
    "SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS n",
    { name: TEST_MARKER_INDEX },
    { database },
  );
  return Number(records[0]?.get("n") ?? 0) > 0;
}

/**
 * Makes the database the tests' own: fine when it holds the marker already; an empty database
 * gets the marker; one that holds data without it is refused, untouched.
 */
export async function claimTestDatabase(driver: Driver, database?: string): Promise<void> {
  if (await hasMarker(driver, database)) return;
  const { records } = await driver.executeQuery(
    "MATCH (n) RETURN count(n) AS n",
    {},
    { database, routing: neo4j.routing.READ },
  );
  const nodes = Number(records[0]?.get("n") ?? 0);
  if (nodes > 0) {
    throw new TestTargetError(
      `the tests' Neo4j holds ${nodes} nodes they did not create, and the tests delete ` +
        "everything: point NEO4J_TEST_URI at an empty database, or unset it to let the tests " +
        "start a Neo4j of their own. Nothing was changed.",
    );
  }
  await driver.executeQuery(
    `CREATE INDEX ${TEST_MARKER_INDEX} IF NOT EXISTS FOR (n:NewsgraphTestMarker) ON (n.id)`,
    {},
    { database },
  );
}

/** Deletes every node and relationship (the schema stays), only in a database with the marker. */
export async function clearTestDatabase(driver: Driver, database?: string): Promise<void> {
  if (!(await hasMarker(driver, database))) {
    throw new TestTargetError(
      `refusing to clear a database without the tests' marker (index ${TEST_MARKER_INDEX}): ` +
        "it may hold someone's data. Nothing was deleted.",
    );
  }
  // In batches: one transaction for a large graph would exceed the per-query memory limit.
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
  } finally {
    await session.close();
  }
}
