// Rows of a user query within the row cap and the byte budget, counted before conversion.
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { addRow, emptyBatch, estimateJsonBytes } from "../../../server/repositories/cypher-rows";

describe("estimateJsonBytes", () => {
  it("never counts more than the JSON holds", () => {
    const value = {
      name: "Lee",
      list: [1, 2, [true, null]],
      n: neo4j.int(42),
      text: "x".repeat(50),
    };
    expect(estimateJsonBytes(value, 1e9)).toBeLessThanOrEqual(JSON.stringify(value).length + 40);
    expect(estimateJsonBytes(["x".repeat(100)], 1e9)).toBeGreaterThanOrEqual(100);
  });

  it("stops at the limit on a huge list without walking all of it", () => {
    const huge = new Array<number>(20_000_000).fill(7);
    const started = performance.now();
    expect(estimateJsonBytes([huge], 1_000)).toBeGreaterThan(1_000);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe("addRow", () => {
  const limits = { maxRows: 3, maxBytes: 100 };

  it("keeps rows as JSON and stops at the row cap, saying so", () => {
    const batch = emptyBatch(["n"]);
    for (const n of [1, 2, 3]) expect(addRow(batch, [neo4j.int(n)], limits)).toBe(true);
    expect(addRow(batch, [neo4j.int(4)], limits)).toBe(false);
    expect(batch.rowsJson).toEqual(["[1]", "[2]", "[3]"]);
    expect(batch.truncated).toBe("rows");
  });

  it("leaves out the row that would pass the byte budget, and says so", () => {
    const batch = emptyBatch(["s"]);
    expect(addRow(batch, ["x".repeat(60)], limits)).toBe(true);
    expect(addRow(batch, ["y".repeat(60)], limits)).toBe(false);
    expect(batch.rowsJson).toHaveLength(1);
    expect(batch.truncated).toBe("bytes");
    expect(batch.bytes).toBeLessThanOrEqual(limits.maxBytes);
  });

  it("collects the nodes the rows hold", () => {
    const batch = emptyBatch(["n"]);
    const node = new neo4j.types.Node(neo4j.int(1), ["Person"], { name: "Lee" }, "4:x:1");
    addRow(batch, [[node]], { maxRows: 10, maxBytes: 10_000 });
    expect([...batch.nodes.keys()]).toEqual(["4:x:1"]);
  });
});
