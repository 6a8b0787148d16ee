import { describe, expect, it } from "vitest";
import {
  compareRelations,
  type OrderedRelation,
} from "../../../../client/src/graph/relation-order";

describe("compareRelations", () => {
  it("lists meetings first, newest first, undated last; then the rest by date, type, name", () => {
    const relations: (OrderedRelation & { name: string })[] = [
      { name: "heads", type: "HEADS", other: "Port" },
      { name: "old meeting", type: "MET_WITH", date: "2021-01-02", other: "Ana" },
      { name: "undated meeting", type: "MET_WITH", other: "Bo" },
      { name: "member", type: "MEMBER_OF", other: "Party" },
      { name: "new meeting", type: "MET_WITH", date: "2024-05-06", other: "Cy" },
      { name: "dispute", type: "DISAGREES_ON", date: "2022-03-04", other: "Dee" },
    ];
    expect([...relations].sort(compareRelations).map((r) => r.name)).toEqual([
      "new meeting",
      "old meeting",
      "undated meeting",
      "dispute",
      "heads",
      "member",
    ]);
  });
});
