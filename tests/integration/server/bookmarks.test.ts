// The server's sessions share one causal chain (issue 13: on a cluster a user must see their own
// import). A single server has nothing to wait for, so these tests show the bookmarks are sent:
// a bookmark Neo4j cannot read makes the read fail, where the chain's own bookmark lets it run.
// Reads through readTransaction, user Cypher in a worker thread, and a snapshot import that adds
// its bookmark to the chain are each checked on the real Neo4j.
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTransaction, type Neo4jContext } from "../../../server/repositories/neo4j-context";
import { mergeSnapshot } from "../../../server/repositories/snapshot-repository";
import type { GraphSnapshotInput } from "../../../server/schemas/graph-schemas";
import { CypherWorkers } from "../../../server/services/cypher/cypher-workers";
import { clearGraph, neo4jTarget, testDriver } from "../../support/neo4j";

const NOT_A_BOOKMARK = "not-a-bookmark";

let driver: Driver;
let workers: CypherWorkers;

beforeAll(async () => {
  driver = testDriver();
  await clearGraph(driver);
  workers = new CypherWorkers(neo4jTarget());
});
afterAll(async () => {
  await workers?.close();
  await driver?.close();
});

const countEntities = (context: Neo4jContext) =>
  readTransaction(context, async (tx) =>
    Number((await tx.run("MATCH (e:Entity) RETURN count(e) AS n")).records[0]!.get("n")),
  );

describe("bookmarks", () => {
  it("a read carries the chain's bookmarks to Neo4j", async () => {
    const broken = neo4j.bookmarkManager({ initialBookmarks: [NOT_A_BOOKMARK] });
    await expect(countEntities({ driver, bookmarks: broken })).rejects.toThrow(/bookmark/i);

    const chain = neo4j.bookmarkManager();
    await expect(countEntities({ driver, bookmarks: chain })).resolves.toBe(0);
  });

  it("a snapshot import adds its bookmark to the chain, and the next read sees the import", async () => {
    const chain = neo4j.bookmarkManager();
    const context: Neo4jContext = { driver, bookmarks: chain };
    expect([...(await chain.getBookmarks())]).toEqual([]);
    const snapshot = {
      attributes: {},
      options: { type: "mixed", multi: true, allowSelfLoops: false },
      nodes: [
        {
          key: "bookmark-a",
          attributes: { label: "Ada Quill", kind: "Person", aliases: [], titles: [] },
        },
        {
          key: "bookmark-b",
          attributes: { label: "Quill Works", kind: "Organization", aliases: [], titles: [] },
        },
      ],
      edges: [],
    } as unknown as GraphSnapshotInput;
    await mergeSnapshot(context, snapshot);
    const after = [...(await chain.getBookmarks())];
    expect(after).toHaveLength(1);
    await expect(countEntities(context)).resolves.toBe(2);
  });

  it("user Cypher in a worker thread reads after the bookmarks its job brings", async () => {
    const job = {
      query: "MATCH (e:Entity) RETURN count(e) AS n",
      params: {},
      tag: "bookmark-test",
      deadline: Date.now() + 20_000,
      maxRows: 10,
      maxBytes: 10_000,
    };
    const answer = await workers.run({ ...job, bookmarks: [] }, new AbortController().signal);
    expect(JSON.parse(new TextDecoder().decode(answer)).rows).toEqual([[2]]);
    await expect(
      workers.run(
        { ...job, tag: "bookmark-test-2", bookmarks: [NOT_A_BOOKMARK] },
        new AbortController().signal,
      ),
    ).rejects.toThrow(/bookmark/i);
  });
});
