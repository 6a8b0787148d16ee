// The local Neo4j's memory limits follow from its heap, always well under it.
import { describe, expect, it } from "vitest";
import { memoryForHeap, toMiB } from "../../../infra/neo4j/memory";

describe("memoryForHeap", () => {
  it.each(["256m", "384m", "512m", "768m", "2g"])(
    "keeps tracked query memory at a quarter (one query) and half (all) of a %s heap",
    (heap) => {
      const memory = memoryForHeap(heap);
      expect(toMiB(memory.transactionMax)).toBeLessThanOrEqual(toMiB(heap) / 4);
      expect(toMiB(memory.transactionTotalMax)).toBeLessThanOrEqual(toMiB(heap) / 2);
      expect(toMiB(memory.transactionMax)).toBeGreaterThan(0);
    },
  );

  it("refuses a size it cannot read, or a heap too small for Neo4j", () => {
    expect(() => memoryForHeap("lots")).toThrow(/not a number followed by k, m or g/);
    expect(() => memoryForHeap("128m")).toThrow(/too small/);
  });
});
