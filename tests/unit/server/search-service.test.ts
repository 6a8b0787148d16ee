import { describe, expect, it } from "vitest";
import { toLuceneQuery } from "../../../server/services/search-service";

describe("toLuceneQuery", () => {
  it("asks for each word exactly, as a prefix, and fuzzily from four letters on", () => {
    expect(toLuceneQuery("harri")).toBe("(harri^3 OR harri*^2 OR harri~1)");
    expect(toLuceneQuery("Lee In")).toBe('((lee^3 OR lee*^2) AND (in^3 OR in*^2)) OR "lee in"^4');
    expect(toLuceneQuery("Ambassador")).toContain("ambassador~2");
  });

  it("splits hyphenated names and leaves no Lucene syntax through", () => {
    expect(toLuceneQuery("In-young")).toContain("(in^3 OR in*^2) AND (young^3");
    const query = toLuceneQuery('a:b OR "x" AND ~/[*')!;
    expect(query).not.toMatch(/[:[\]/]/);
    expect(query).not.toMatch(/\b(OR|AND) (OR|AND)\b/);
  });

  it("is null when nothing searchable was typed", () => {
    expect(toLuceneQuery(" -- !! ")).toBeNull();
  });
});
