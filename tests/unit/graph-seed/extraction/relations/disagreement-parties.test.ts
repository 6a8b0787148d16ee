import { describe, expect, it } from "vitest";
import { extractBody, relationSet } from "./helpers";

/** The DISAGREES_ON relations of a body written for the test, as "A | B | topic" lines. */
function disagreements(body: string): string[] {
  return relationSet(extractBody(body).relations, "DISAGREES_ON");
}

describe("DISAGREES_ON with several parties on a side", () => {
  it("gives each listed critic a disagreement: 'A and B were among those voicing dissent against C'", () => {
    expect(
      disagreements(
        "Senator Maria Santos and Governor Paul Okafor were among those voicing dissent against the Electoral Commission.",
      ),
    ).toEqual(["Electoral Commission | Maria Santos | ", "Electoral Commission | Paul Okafor | "]);
  });

  it("reads the members a lead-in lists as the critics: 'parties, including A, B and C, took legal action against D'", () => {
    expect(
      disagreements(
        "Several parties, including the Green Party, the Liberal Party and the Socialist Party, took legal action against the Electoral Commission.",
      ),
    ).toEqual([
      "Electoral Commission | Green Party | ",
      "Electoral Commission | Liberal Party | ",
      "Electoral Commission | Socialist Party | ",
    ]);
  });

  it("gives each listed target one: 'A criticised B and C for T', but not a name that starts a new clause", () => {
    expect(
      disagreements(
        "President Ana Ruiz criticised the Green Party and the Liberal Party for blocking the reform. " +
          "Chancellor Karl Bauer slammed the Socialist Party and Senator Nora Blake said he was wrong.",
      ),
    ).toEqual([
      "Ana Ruiz | Green Party | blocking the reform",
      "Ana Ruiz | Liberal Party | blocking the reform",
      "Karl Bauer | Socialist Party | ",
    ]);
  });

  it("ends the targets at lower-case words: 'against B, backing coaches like C' makes no C", () => {
    expect(
      disagreements(
        "Senator Maria Santos voiced her dissent against Coach Carlos Mendes, backing local coaches like Paulo Reis.",
      ),
    ).toEqual(["Carlos Mendes | Maria Santos | "]);
  });

  it("does not make a name met before a comma a critic: 'After talks with A, B slammed C'", () => {
    expect(
      disagreements(
        "After talks with Senator Nora Blake, Chancellor Karl Bauer slammed the Green Party over fuel duty.",
      ),
    ).toEqual(["Green Party | Karl Bauer | fuel duty"]);
  });

  it("reads a relative clause after a short apposition: 'A, a veteran centrist who is critical of B'", () => {
    expect(
      disagreements(
        "Senator Ana Lima, a veteran centrist who is critical of President Rui Costa, voted against the bill.",
      ),
    ).toEqual(["Ana Lima | Rui Costa | "]);
  });

  it("reads 'the government of Title B' as B", () => {
    expect(
      disagreements(
        "Opposition leader Maria Santos slammed the government of Prime Minister Tomas Berg over rising fuel prices.",
      ),
    ).toEqual(["Maria Santos | Tomas Berg | rising fuel prices"]);
  });
});

describe("DISAGREES_ON with a party told by a description or a proposal", () => {
  it("reads 'the union' as the article's one union and 'the company's offer' as its one company", () => {
    expect(
      disagreements(
        "The Harbour Dockers Union has been negotiating with Northwind Shipping Holdings since March. " +
          "The union rejected the company's latest offer on Tuesday.",
      ),
    ).toEqual(["Harbour Dockers Union | Northwind Shipping Holdings | latest offer"]);
  });

  it("reads no one for 'the union' when two unions were named", () => {
    expect(
      disagreements(
        "The Harbour Dockers Union and the Rail Workers Union met Northwind Shipping Holdings in March. " +
          "The union rejected the latest offer from Northwind Shipping Holdings.",
      ),
    ).toEqual([]);
  });

  it("reads 'rejected the offer from B' and 'rejected the B proposals', but not 'rejected the B leadership'", () => {
    expect(
      disagreements(
        "The Harbour Dockers Union rejected the final offer from Northwind Shipping Holdings. " +
          "Chancellor Karl Bauer rejected the Green Party proposals on tax. " +
          "Senator Nora Blake rejected the Liberal Party leadership.",
      ),
    ).toEqual([
      "Green Party | Karl Bauer | tax",
      "Harbour Dockers Union | Northwind Shipping Holdings | ",
    ]);
  });
});

describe("DISAGREES_ON from a disagreement noun said another way", () => {
  it("reads 'tension emerged between A and B over T' and a rift between titled names", () => {
    expect(
      disagreements(
        "Tension emerged between the Football Federation and the Players Association over the new calendar. " +
          "The rift between Chancellor Ines Keller and Finance Minister Otto Braun deepened on Monday.",
      ),
    ).toEqual([
      "Football Federation | Players Association | the new calendar",
      "Ines Keller | Otto Braun | ",
    ]);
  });

  it("reads relations between A and B that soured, but not relations that improved", () => {
    expect(
      disagreements(
        "Relations between France and Algeria soured over the visa quotas. " +
          "Relations between Spain and Morocco improved after the visit.",
      ),
    ).toEqual(["Algeria | France | the visa quotas"]);
  });

  it("reads 'cordial despite differences' as the pair just named, and no 'denied any differences'", () => {
    expect(
      disagreements(
        "Chancellor Otto Brandt met President Hugo Lenz in Vienna on Monday. " +
          "The talks were cordial despite differences of opinion.",
      ),
    ).toEqual(["Hugo Lenz | Otto Brandt | "]);
    expect(
      disagreements(
        "Chancellor Otto Brandt met President Hugo Lenz in Vienna on Monday. " +
          "Both men denied any differences over trade.",
      ),
    ).toEqual([]);
  });
});
