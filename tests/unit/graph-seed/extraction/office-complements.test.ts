import { describe, expect, it } from "vitest";
import { extract } from "../../../../graph-seed/extraction/index";
import { parsedArticle } from "../../../support/extraction";

/** Entities as "Kind:name", and the HEADS and REPRESENTS relations. */
function found(body: string) {
  const { entities, relations } = extract(parsedArticle(body, "2025-02-10"));
  return {
    entities: entities.map((e) => `${e.type}:${e.name}`).sort(),
    roles: relations
      .filter((r) => r.type === "HEADS" || r.type === "REPRESENTS")
      .map((r) => `${r.type} ${r.from} -> ${r.to}`)
      .sort(),
  };
}

describe("a title of office with several 'of' / 'to' phrases before a name", () => {
  it("reads the portfolio, the republic and the country, and starts the name after the country", () => {
    expect(
      found(
        "The Minister of Trade of the Republic of Kenya Odhiambo Wekesa opened the fair in the capital.",
      ),
    ).toEqual({
      entities: ["Country:Kenya", "Organization:Ministry of Trade", "Person:Odhiambo Wekesa"],
      roles: ["HEADS Odhiambo Wekesa -> Ministry of Trade"],
    });
  });

  it("keeps a given name inside the name when a country opens the phrase", () => {
    // "Omar" is a common given name: the name still starts right after the country.
    expect(
      found("Delegates cheered President of Chad Idriss Omar Tahirou as the session opened."),
    ).toEqual({
      entities: ["Country:Chad", "Person:Idriss Omar Tahirou"],
      roles: ["HEADS Idriss Omar Tahirou -> Chad"],
    });
  });

  it("tells the envoy's own country from the host country", () => {
    expect(
      found("Ambassador of Peru to Norway Lucila Quispe Mamani presented her letters on Tuesday."),
    ).toEqual({
      entities: ["Country:Norway", "Country:Peru", "Person:Lucila Quispe Mamani"],
      roles: ["REPRESENTS Lucila Quispe Mamani -> Peru"],
    });
  });

  it("reads each titled name of a list on its own, not one across the 'and'", () => {
    const { entities } = found(
      "The summit drew President of Mali Bakary Sangare Traore and President of Ghana Kofi Mensah Boateng.",
    );
    expect(entities).toEqual([
      "Country:Ghana",
      "Country:Mali",
      "Person:Bakary Sangare Traore",
      "Person:Kofi Mensah Boateng",
    ]);
  });

  it("reads a name in apposition after a long office, and no portfolio comma", () => {
    expect(
      found(
        "The visitors were met by Head of the National Council of Arts and Heritage, Rosalind de la Vega Ortiz.",
      ).entities,
    ).toContain("Person:Rosalind de la Vega Ortiz");
    const { entities } = found(
      "He held talks with the Minister for Fisheries, Tevita Lolohea and Minister for Lands, Sione Vaipulu.",
    );
    expect(entities).toEqual([
      "Organization:Ministry of Fisheries",
      "Organization:Ministry of Lands",
      "Person:Sione Vaipulu",
      "Person:Tevita Lolohea",
    ]);
  });

  it("finds no person when no name follows the country", () => {
    expect(
      found("The Minister of Health of the Republic of Ghana said the clinics would reopen.")
        .entities,
    ).toEqual(["Country:Ghana"]);
  });
});

describe("initials of two letters glued to a name", () => {
  it("reads 'Ts.Name' as one name in one sentence", () => {
    expect(found("Speaker Ts.Baatarkhuu received the visiting delegation on Friday.")).toEqual({
      entities: ["Person:Ts.Baatarkhuu"],
      roles: [],
    });
  });
});
