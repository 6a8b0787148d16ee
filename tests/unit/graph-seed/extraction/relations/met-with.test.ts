import { describe, expect, it } from "vitest";
import { extractBody, findRelation } from "./helpers";

describe("MET_WITH", () => {
  it("reads 'received' and 'welcomed' a visitor as a meeting, dated by the weekday", () => {
    const { relations } = extractBody(
      "Foreign Minister Lena Kask received her Latvian counterpart Ivars Ozols in Tallinn on Sunday.",
    );
    expect(findRelation(relations, "MET_WITH", "Lena Kask", "Ivars Ozols")?.date).toBe(
      "2022-05-08",
    );
  });

  it("does not read 'received a letter from' as a meeting", () => {
    const { relations } = extractBody(
      "Foreign Minister Lena Kask received a letter from President Ivars Ozols on Sunday.",
    );
    expect(findRelation(relations, "MET_WITH", "Lena Kask", "Ivars Ozols")).toBeUndefined();
  });

  it("reads 'A, with an apposition, and B met on Tuesday'", () => {
    const { relations } = extractBody(
      "The Director-General of the Port Authority, Karl Weiss, and Mayor Tom Reed met in Hamburg on Tuesday.",
    );
    expect(findRelation(relations, "MET_WITH", "Karl Weiss", "Tom Reed")?.date).toBe("2022-05-10");
  });
});

describe("MET_WITH that did not happen between the named pair", () => {
  it("does not pair two subjects who 'held talks with' someone else", () => {
    const { relations } = extractBody(
      "Chairman Kim Do-yun and Executive Chair Park Ji-ho held talks with the crown prince on Monday.",
    );
    expect(findRelation(relations, "MET_WITH", "Kim Do-yun", "Park Ji-ho")).toBeUndefined();
  });

  it("does not report a planned 'meeting between A and B' that has yet to take place", () => {
    const { relations } = extractBody(
      "A meeting between General Omar Saleh and General Idris Musa, planned under regional mediation, has yet to take place.",
    );
    expect(findRelation(relations, "MET_WITH", "Omar Saleh", "Idris Musa")).toBeUndefined();
  });
});
