import { describe, expect, it } from "vitest";
import { csvField } from "../../../server/services/export/csv-writer";
import { xmlEscape } from "../../../server/services/export/xml-text";

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

describe("xmlEscape", () => {
  it("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(xmlEscape(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    expect(xmlEscape("bell\u0007 tab\t")).toBe("bell tab\t");
  });
});
