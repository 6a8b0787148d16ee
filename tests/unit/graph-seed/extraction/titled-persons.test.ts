import { describe, expect, it } from "vitest";
import { extract } from "../../../../graph-seed/extraction/index";
import { parsedArticle } from "../../../support/extraction";

/** People and organisations found, and the HEADS relations between them. */
function found(body: string) {
  const { entities, relations } = extract(parsedArticle(body, "2025-02-10"));
  const names = (type: string) =>
    entities
      .filter((e) => e.type === type)
      .map((e) => e.name)
      .sort();
  return {
    people: names("Person"),
    orgs: names("Organization"),
    heads: relations.filter((r) => r.type === "HEADS").map((r) => `${r.from} -> ${r.to}`),
  };
}

describe("names after 'Minister of <portfolio>'", () => {
  it("starts a three-word name where the portfolio's words end", () => {
    expect(
      found("Minister of Rural Development Amir Hadi Musa opened the new clinic on Monday."),
    ).toEqual({
      people: ["Amir Hadi Musa"],
      orgs: ["Ministry of Rural Development"],
      heads: ["Amir Hadi Musa -> Ministry of Rural Development"],
    });
  });

  it("reads the name in apposition after a comma", () => {
    expect(
      found(
        "The Minister of Sports and Youth Development, Tunde Okafor, praised the coaches on Monday.",
      ),
    ).toEqual({
      people: ["Tunde Okafor"],
      orgs: ["Ministry of Sports and Youth Development"],
      heads: ["Tunde Okafor -> Ministry of Sports and Youth Development"],
    });
  });

  it("starts the name at an honorific or before a particle", () => {
    const { people, orgs } = found(
      "Minister of Interior Prince Faisal bin Nawaf and Minister of Foreign Affairs Khalfan bin Said attended the meeting.",
    );
    expect(people).toEqual(["Faisal bin Nawaf", "Khalfan bin Said"]);
    expect(orgs).toEqual(["Ministry of Foreign Affairs", "Ministry of Interior"]);
  });
  it("ends a one-word name's portfolio at its last portfolio word ('External Affairs Menon')", () => {
    expect(
      found(
        "Minister for External Affairs Menon said the talks went well. Later, Ravi Menon said he flew home.",
      ),
    ).toEqual({
      people: ["Ravi Menon"],
      orgs: ["Ministry of External Affairs"],
      heads: ["Ravi Menon -> Ministry of External Affairs"],
    });
  });
});

describe("other titles before a name", () => {
  it("reads a company officer's full title and Malay honorifics as no part of the name", () => {
    const { people } = found(
      "Chief Financial Officer Dana Whitfield will lead the firm until May. Prime Minister Datuk Seri Azlan Harun welcomed the plan.",
    );
    expect(people).toEqual(["Azlan Harun", "Dana Whitfield"]);
  });

  it("reads a title in capitals after a title as part of it ('Deputy FM A', 'spokesman MP A')", () => {
    const { entities, relations } = extract(
      parsedArticle(
        "Ruritanian Deputy FM Arno Velik met Swedish FM Tomas Berg in Oslo. Harbour Party spokesman MP Lena Dahl said the party agreed.",
        "2025-02-10",
      ),
    );
    expect(
      entities
        .filter((e) => e.type !== "Country" && e.type !== "Place")
        .map((e) => `${e.type}: ${e.name}`)
        .sort(),
    ).toEqual([
      "Organization: Harbour Party",
      "Person: Arno Velik",
      "Person: Lena Dahl",
      "Person: Tomas Berg",
    ]);
    expect(relations.map((r) => `${r.type} ${r.from} -> ${r.to}`).sort()).toEqual([
      "MEMBER_OF Lena Dahl -> Harbour Party",
      "MET_WITH Arno Velik -> Tomas Berg",
    ]);
  });

  it("reads 'A, High Representative of X' as A's title, never a second person", () => {
    const { people } = found(
      "Omar Saleh met Ana Lind, High Representative of the Harbour Union for Trade, in Muscat. Tomas Berg, Senior Representative, and Lena Dahl said the talks went well.",
    );
    expect(people).toEqual(["Ana Lind", "Lena Dahl", "Omar Saleh", "Tomas Berg"]);
  });

  it("finds the person a state's office introduces, and no organisation 'Republic'", () => {
    expect(
      found("The minister accompanied the President of the Republic, Tomas Berg, to the summit."),
    ).toEqual({ people: ["Tomas Berg"], orgs: [], heads: [] });
  });

  it("reads a member of parliament's title and the party before it", () => {
    const { entities, relations } = extract(
      parsedArticle("Green Harbour Party MP Odile Vasseur was suspended on Friday.", "2025-02-10"),
    );
    expect(entities.map((e) => `${e.type}: ${e.name}`).sort()).toEqual([
      "Organization: Green Harbour Party",
      "Person: Odile Vasseur",
    ]);
    expect(relations.map((r) => `${r.type} ${r.from} -> ${r.to}`)).toEqual([
      "MEMBER_OF Odile Vasseur -> Green Harbour Party",
    ]);
  });
});

describe("names before a participle ('X-led', 'X-based')", () => {
  it("ends the name before the participle and keeps the place apart", () => {
    const { people, orgs } = found(
      "Critics said the Odile Vasseur-led coalition hid the costs of the Lagos-based contractor.",
    );
    expect(people).toEqual(["Odile Vasseur"]);
    expect(orgs).toEqual([]);
  });
});
