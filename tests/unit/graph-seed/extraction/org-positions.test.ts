import { describe, expect, it } from "vitest";
import { extract } from "../../../../graph-seed/extraction/index";
import { parsedArticle } from "../../../support/extraction";

const entitiesOf = (body: string) =>
  extract(parsedArticle(body, "2022-05-11"))
    .entities.map((e) => `${e.type}:${e.name}`)
    .sort();

describe("organisations named by their position", () => {
  it("takes each item of a list that a plural kind noun closes, and its people later", () => {
    const found = entitiesOf(
      "The Vanta Rising, Orlu Kam, Tessaly and Green Hope parties signed the pact on Monday. " +
        "Vanta Rising’s Jorin Malekko and Orlu Kam’s Peri Avandu spoke afterwards.",
    );
    expect(found).toEqual(
      [
        "Organization:Vanta Rising",
        "Organization:Orlu Kam",
        "Organization:Tessaly",
        "Organization:Green Hope",
        "Person:Jorin Malekko",
        "Person:Peri Avandu",
      ].sort(),
    );
  });

  it("takes the examples a plural kind noun opens, up to the end of the list", () => {
    const found = entitiesOf(
      "Funding came from companies such as Quillory, Brandwick and Solvane, and a bid for the Lisk prize.",
    );
    expect(found).toEqual(
      ["Organization:Quillory", "Organization:Brandwick", "Organization:Solvane"].sort(),
    );
  });

  it("does not read peoples or countries listed before a plural noun as organisations", () => {
    const found = entitiesOf("The French and German companies agreed, as did Kenya and Chad.");
    expect(found.filter((e) => e.startsWith("Organization:"))).toEqual([]);
  });

  it("reads a run its bracketed initials define as an organisation, and the acronym later", () => {
    const { entities } = extract(
      parsedArticle(
        "Delegates quit the Kavra Lomu Peramuna (KLP) on Monday. The KLP said it would appeal.",
        "2022-05-11",
      ),
    );
    const klp = entities.filter((e) => e.type === "Organization");
    expect(klp.map((e) => e.name)).toEqual(["Kavra Lomu Peramuna"]);
  });

  it("does not define an organisation by a tax, a person or initials that do not match", () => {
    const found = entitiesOf(
      "The Harbour Levy Tax (HLT) rose. Ana Maria Ruiz (AMR) spoke. The Orlan Group Vesta (XYZ) agreed.",
    );
    expect(found).not.toContain("Organization:Harbour Levy Tax");
    expect(found).not.toContain("Organization:Ana Maria Ruiz");
    expect(found.some((e) => e.includes("XYZ"))).toBe(false);
  });

  it("reads a lower-case public body after the place it serves", () => {
    const found = entitiesOf(
      "Ravenna police detained two men. The Old Harbour wage board and the Selby city executive committee met a judge of the Northgate district court of Ravenna and the director of the Labor department.",
    );
    expect(found).toEqual(
      [
        "Organization:Ravenna police",
        "Organization:Old Harbour wage board",
        "Organization:Selby city executive committee",
        "Organization:Northgate district court of Ravenna",
        "Organization:Labor department",
      ].sort(),
    );
  });

  it("does not make a body of a company's board, a country's police or a bare committee", () => {
    const found = entitiesOf(
      "The Quillory board met on Monday. The Kenyan police and the Orlan committee were absent.",
    );
    expect(found.some((e) => /board|police|committee/.test(e))).toBe(false);
  });

  it("ends a name at 'and' before a role or after a name with its own head", () => {
    const found = entitiesOf(
      "Ana Ruiz is Chairman of the Board of Directors and Founder of Norvale Holdings. " +
        "Kestrel play in the Northern League and Southern League, the Securities and Exchange Commission said.",
    ).filter((e) => e.startsWith("Organization:"));
    expect(found).toContain("Organization:Norvale Holdings");
    expect(found).toContain("Organization:Northern League");
    expect(found).toContain("Organization:Southern League");
    expect(found).toContain("Organization:Securities and Exchange Commission");
    expect(found.some((e) => e.includes(" and Founder") || e.includes("League and"))).toBe(false);
  });
});
