// What every repository needs: the one shared driver and the database to use.
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction } from "neo4j-driver";
import { RELATION_TYPES } from "../../contract/model";
import type { Neo4jTarget } from "../../contract/neo4j-target";

/** Where Neo4j is and how to log in: what a thread needs to open a driver of its own. */
export type { Neo4jTarget };

export interface Neo4jContext {
  driver: Driver;
  database?: string;
  /**
   * The causal chain the server's sessions share: a read begins after every write this server
   * committed (a snapshot import), so on a cluster a user sees their own import even when the
   * read goes to a follower that has not applied it yet (the follower waits for it). A single
   * server has nothing to wait for.
   */
  bookmarks?: BookmarkManager;
}

/** `MET_WITH|HEADS|...`: relation types for a pattern, only ever from the model's list. */
export function relTypePattern(types: readonly string[] = RELATION_TYPES): string {
  const allowed = types.filter((t): t is (typeof RELATION_TYPES)[number] =>
    (RELATION_TYPES as readonly string[]).includes(t),
  );
  return (allowed.length > 0 ? allowed : RELATION_TYPES).join("|");
}

/** Runs `work` in a read transaction of a READ session, closing the session in all cases. */
export async function readTransaction<T>(
  context: Neo4jContext,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = context.driver.session({
    database: context.database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: context.bookmarks,
  });
  try {
    return await session.executeRead(work);
  } finally {
    await session.close();
  }
}

/** An integer parameter (a JS number would reach Neo4j as a float, which LIMIT refuses). */
export function toInt(value: number) {
  return neo4j.int(Math.trunc(value));
}

/** Which part of a list to read: skip `offset` items, then read at most `limit`. */
export interface PageRequest {
  offset: number;
  limit: number;
}

/** `$offset` and `$limit` for `SKIP $offset LIMIT $limit`, as the integers Neo4j needs. */
export function pageParams(page: PageRequest) {
  return { offset: toInt(page.offset), limit: toInt(page.limit) };
}
