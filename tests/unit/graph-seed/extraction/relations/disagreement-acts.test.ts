import { describe, expect, it } from "vitest";
import { extractBody, relationSet } from "./helpers";

const disagreements = (body: string) => relationSet(extractBody(body).relations, "DISAGREES_ON");

describe("a disagreement told by an act against someone", () => {
  it("reads the subject doing the act with a light verb, past where-and-when words", () => {
    expect(
      disagreements(
        "Brightwave Ltd. filed a fresh lawsuit in the High Court against Norcorp Ltd. on Monday.",
      ),
    ).toEqual(["Brightwave Ltd. | Norcorp Ltd. | "]);
    expect(
      disagreements(
        "Opposition leader Anna Berg took a dig at Prime Minister Ola Sund over the budget.",
      ),
    ).toEqual(["Anna Berg | Ola Sund | the budget"]);
  });

  it("reads the actors a passive names, each against the target", () => {
    expect(
      disagreements(
        "The case, backed by the Dockers Union, was brought by former directors Peter Holm and David Lind against Harbour Logistics Ltd.",
      ),
    ).toEqual(["David Lind | Harbour Logistics Ltd. | ", "Harbour Logistics Ltd. | Peter Holm | "]);
  });

  it("takes the person an organisation titles, not the organisation", () => {
    expect(
      disagreements(
        "Green Party leader Ana Brenna launched an attack on Labour Party chairman Tor Lind on Friday.",
      ),
    ).toEqual(["Ana Brenna | Tor Lind | "]);
    expect(
      disagreements("Coach Ola Sund slammed Riverside FC chairman Per Holm over the transfer ban."),
    ).toEqual(["Ola Sund | Per Holm | the transfer ban"]);
  });

  it("reads a possessor's act", () => {
    expect(
      disagreements("Brightwave Ltd.'s lawsuit against Norcorp Ltd. goes to trial in May."),
    ).toEqual(["Brightwave Ltd. | Norcorp Ltd. | "]);
  });

  it("gives nothing for a planned, threatened or denied act, or a petition to a court", () => {
    expect(
      disagreements(
        [
          "Brightwave Ltd. said it would file a lawsuit against Norcorp Ltd.",
          "Trade unionist Ida Holm threatened a lawsuit against Harbour Logistics Ltd.",
          "Ola Sund denied any complaint against Riverside FC.",
          "Ana Brenna filed a petition to the Supreme Court on Tuesday.",
        ].join("\n\n"),
      ),
    ).toEqual([]);
  });

  it("reads 'the lawsuit of A to B' as A against B, unless B is the court it went to", () => {
    expect(
      disagreements(
        "The district judge turned down the lawsuits of the tenants John Sund and Peter Holm to the Riverside Housing Board.",
      ),
    ).toEqual([
      "John Sund | Riverside Housing Board | ",
      "Peter Holm | Riverside Housing Board | ",
    ]);
    expect(disagreements("The lawsuit of Ola Sund to the Supreme Court was dismissed.")).toEqual(
      [],
    );
  });

  it("reads a legal battle or showdown between two parties", () => {
    expect(
      disagreements(
        "A legal showdown is looming between Brightwave Ltd. and Norcorp Ltd. over the mining rights.",
      ),
    ).toEqual(["Brightwave Ltd. | Norcorp Ltd. | the mining rights"]);
  });
});
