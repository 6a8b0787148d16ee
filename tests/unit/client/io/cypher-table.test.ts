// The Cypher console's cells and CSV without a browser: nodes, relationships and paths read the
// way Cypher writes them, and the CSV opens whole in Python's csv module (an independent RFC 4180
// reader), non-ASCII names included.
import { describe, expect, it } from "vitest";
import type { CypherNode, CypherPath, CypherRelationship } from "../../../../contract/api";
import { cellText, pathText, resultCsv } from "../../../../client/src/io/cypher-table";
import { runTool } from "../../../support/run-tool";

const node = (id: string, labels: string[], properties: Record<string, unknown>): CypherNode => ({
  $type: "node",
  elementId: id,
  labels,
  properties,
});
const rel = (
  type: string,
  start: string,
  end: string,
  properties: Record<string, unknown> = {},
): CypherRelationship => ({
  $type: "relationship",
  elementId: `${start}-${type}-${end}`,
  type,
  startElementId: start,
  endElementId: end,
  properties,
});

const harris = node("4:a:1", ["Entity", "Person"], {
  id: "person:harry-harris",
  name: "Harry Harris",
  kind: "Person",
});
const lee = node("4:a:2", ["Entity", "Person"], { id: "person:lee", name: "Lee In-young" });
const ministry = node("4:a:3", ["Entity", "Organization"], { name: "Ministry of Unification" });

describe("cellText", () => {
  it("writes a node with its kind label and the property that names it", () => {
    expect(cellText(harris)).toBe('(:Person {name: "Harry Harris"})');
    expect(cellText(node("4:a:9", ["Article"], { title: "Talks in Seoul", id: "a1" }))).toBe(
      '(:Article {title: "Talks in Seoul"})',
    );
    expect(cellText(node("4:a:8", ["Thing"], {}))).toBe("(:Thing)");
  });

  it("writes a relationship with its type and dates", () => {
    expect(cellText(rel("MET_WITH", "4:a:1", "4:a:2", { dates: ["2020-08-18"] }))).toBe(
      '[:MET_WITH {dates: ["2020-08-18"]}]',
    );
  });

  it("writes a path hop by hop in each relationship's own direction", () => {
    const path: CypherPath = {
      $type: "path",
      nodes: [harris, lee, ministry],
      relationships: [rel("MET_WITH", "4:a:1", "4:a:2"), rel("HEADS", "4:a:2", "4:a:3")],
    };
    expect(pathText(path)).toBe(
      "Harry Harris -[MET_WITH]-> Lee In-young -[HEADS]-> Ministry of Unification",
    );
    const backwards: CypherPath = {
      $type: "path",
      nodes: [ministry, lee],
      relationships: [rel("HEADS", "4:a:2", "4:a:3")],
    };
    expect(cellText(backwards)).toBe("Ministry of Unification <-[HEADS]- Lee In-young");
  });

  it("writes lists and maps as Cypher literals", () => {
    expect(cellText(["a", 1, null])).toBe('["a", 1, null]');
    expect(cellText({ n: 2, who: "Zoë" })).toBe('{n: 2, who: "Zoë"}');
    expect(cellText(null)).toBe("null");
  });
});

describe("resultCsv", () => {
  it("is read back whole by Python's csv module, quotes, commas, line breaks and accents kept", () => {
    const columns = ["who", "note", "n"];
    const rows: unknown[][] = [
      [harris, 'said "yes", then left', 3],
      [node("4:a:7", ["Entity", "Person"], { name: "Zoë Ñúñez" }), "two\nlines", null],
    ];
    const csv = resultCsv(columns, rows);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const script =
      "import csv, io, json, sys\n" +
      "data = sys.stdin.buffer.read().decode('utf-8-sig')\n" +
      "print(json.dumps(list(csv.reader(io.StringIO(data, newline='')))))";
    const parsed = JSON.parse(runTool("python3", ["-c", script], "python csv", csv)) as unknown;
    expect(parsed).toEqual([
      columns,
      ['(:Person {name: "Harry Harris"})', 'said "yes", then left', "3"],
      ['(:Person {name: "Zoë Ñúñez"})', "two\nlines", "null"],
    ]);
  });
});
