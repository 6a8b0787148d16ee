// The file writers shared by the server's and the browser's exports: the details each tool is
// strict about. Whole files are checked by the real tools in the integration tests.
import { describe, expect, it } from "vitest";
import { CSV_BOM, csvField, csvWriter } from "../../../contract/graph-files/csv";
import {
  xmlEscape,
  type FileEdge,
  type FileNode,
} from "../../../contract/graph-files/file-records";
import { gexfList, gexfWriter } from "../../../contract/graph-files/gexf";
import { writeWhole } from "../../../contract/graph-files/graph-file-writer";
import { graphmlWriter } from "../../../contract/graph-files/graphml";

const LEE: FileNode = {
  id: "person:lee-in-young",
  label: "Lee In-young",
  kind: "Person",
  degree: 2,
  aliases: ["Lee", "Minister Lee, again"],
  titles: [],
};
const HARRIS: FileNode = { ...LEE, id: "person:harry-harris", label: "Harry Harris", aliases: [] };
const MEETING: FileEdge = {
  id: "met_with:1",
  source: HARRIS.id,
  target: LEE.id,
  type: "MET_WITH",
  date: "2020-08-18",
  confidence: 0.9,
  evidenceCount: 2,
};
const HEADS: FileEdge = { ...MEETING, id: "heads:1", type: "HEADS", date: null };

describe("csvField", () => {
  it("quotes fields with commas, quotes or line breaks, and joins lists with |", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(["a", "b"])).toBe("a|b");
    expect(csvField(undefined)).toBe("");
  });

  it("defuses text a spreadsheet would run as a formula, but not numbers", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField(["@SUM(A1)", "b"])).toBe("'@SUM(A1)|b");
    expect(csvField(-0.5)).toBe("-0.5");
  });
});

describe("csvWriter", () => {
  it("starts each file with a BOM and uses Gephi's column names only for their meaning", () => {
    const csv = csvWriter({ edges: "mixed" });
    expect(csv.nodesHeader).toBe(`${CSV_BOM}Id,Label,kind,degree,aliases,titles\r\n`);
    expect(csv.edgesHeader).toBe(
      `${CSV_BOM}Id,Source,Target,Type,Kind,Label,relation,date,topic,confidence,evidenceCount\r\n`,
    );
    expect(csv.edge(MEETING)).toMatch(
      /^met_with:1,[^,]+,[^,]+,Undirected,MET_WITH 2020-08-18,MET_WITH,MET_WITH,/,
    );
    expect(csv.edge(HEADS)).toContain(",Directed,HEADS,");
  });

  it("writes every edge directed with an undirected column in the directed mode", () => {
    const csv = csvWriter({ edges: "directed" });
    expect(csv.edgesHeader.trim().endsWith(",undirected")).toBe(true);
    expect(csv.edge(MEETING)).toMatch(/,Directed,MET_WITH 2020-08-18,.*,true\r\n$/);
  });
});

describe("xmlEscape", () => {
  it("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(xmlEscape(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    expect(xmlEscape("bell\u0007 tab\t")).toBe("bell tab\t");
  });
});

describe("gexfWriter", () => {
  it("writes lists in GEXF 1.3's [a, b] form, quoting items that hold a comma", () => {
    expect(gexfList(["Lee", "Minister Lee, again"])).toBe('[Lee, "Minister Lee, again"]');
    expect(gexfList([])).toBe("[]");
  });

  it("gives every edge its own type and kind, under no contradicting default", () => {
    const file = writeWhole(gexfWriter({ edges: "mixed" }), [LEE, HARRIS], [MEETING, HEADS]);
    expect(file).not.toContain("defaultedgetype");
    // A meeting's kind has its date: Gephi merges edges of one pair with the same kind.
    expect(file).toContain('type="undirected" kind="MET_WITH 2020-08-18"');
    expect(file).toContain('type="directed" kind="HEADS"');
    expect(file).toContain('start="2020-08-18" end="2020-08-18"');
    expect(file).toContain('<attribute id="degree" title="degree" type="integer"/>');
  });

  it("writes every edge directed under a directed default in the directed mode", () => {
    const file = writeWhole(gexfWriter({ edges: "directed" }), [LEE, HARRIS], [MEETING]);
    expect(file).toContain('defaultedgetype="directed"');
    expect(file).not.toContain('type="undirected"');
    expect(file).toContain('<attvalue for="undirected" value="true"/>');
  });
});

describe("graphmlWriter", () => {
  it("keeps the relation id as edge data and marks symmetric relations undirected", () => {
    const file = writeWhole(graphmlWriter({ edges: "mixed" }), [LEE, HARRIS], [MEETING, HEADS]);
    expect(file).toContain('<data key="e_relationId">met_with:1</data>');
    expect(file.match(/directed="false"/g)).toHaveLength(1);
    expect(file).toContain('attr.name="degree" attr.type="int"');
  });
});
