import { describe, expect, it } from "vitest";
import { extractBody, relationSet } from "./helpers";

/** The DISAGREES_ON relations of a body written for the test, as "A | B | topic" lines. */
function disagreements(body: string): string[] {
  return relationSet(extractBody(body).relations, "DISAGREES_ON");
}

describe("DISAGREES_ON from a judgement passed on another party", () => {
  it("reads 'A said B's position was <wrong>' with the position as the topic", () => {
    expect(
      disagreements(
        "Senator Nora Blake said the Green Party's reform plan was unconstitutional. " +
          "Union leader Jane Okafor argued that Minister Karl Bauer was wrong about wages.",
      ),
    ).toEqual(["Green Party | Nora Blake | reform plan", "Jane Okafor | Karl Bauer | "]);
  });

  it("reads the speaker after the judgement: 'B's offer is an insult, A said'", () => {
    expect(
      disagreements(
        "Kestrel Holdings' takeover bid is a sham, fund manager Lars Eklund said on Monday. " +
          "The Rovers League's decision to dock points was absurd, said coach Tomas Ruiz.",
      ),
    ).toEqual([
      "Kestrel Holdings | Lars Eklund | takeover bid",
      "Rovers League | Tomas Ruiz | decision to dock points",
    ]);
  });

  it("reads 'A described B's offer as unacceptable' and 'A branded B a liar'", () => {
    expect(
      disagreements(
        "Striker Leon Abara described Norvale FC's contract offer as unacceptable. " +
          "Senator Nora Blake branded Governor Hugo Lenz a liar.",
      ),
    ).toEqual(["Hugo Lenz | Nora Blake | ", "Leon Abara | Norvale FC | contract offer"]);
  });

  it("reads nothing from a judgement negated, asked, or of what was done to B", () => {
    expect(
      disagreements(
        "Senator Nora Blake said Governor Hugo Lenz's plan was not wrong. " +
          "Minister Ana Ruiz asked whether Minister Karl Bauer's budget was illegal. " +
          "Union leader Jane Okafor said the arrest of activist Sam Adeyemi was illegal. " +
          "Lawyer Tom Hardy said Sam Adeyemi's detention was unlawful. " +
          "Minister Ana Ruiz did not say Governor Hugo Lenz was wrong.",
      ),
    ).toEqual([]);
  });

  it("reads a demand addressed to B: 'A called on B to resign', 'A urged B to apologise'", () => {
    expect(
      disagreements(
        "Union leader Jane Okafor called on Minister Karl Bauer to resign over the pay deal. " +
          "Senator Nora Blake urged Governor Hugo Lenz to apologise. " +
          "Coach Tomas Ruiz urged striker Leon Abara to train harder. " +
          "Fund manager Lars Eklund did not call on Chairman Tom Hale to step down.",
      ),
    ).toEqual(["Hugo Lenz | Nora Blake | ", "Jane Okafor | Karl Bauer | the pay deal"]);
  });
});
