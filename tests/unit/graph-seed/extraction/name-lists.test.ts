import { describe, expect, it } from "vitest";
import { extract } from "../../../../graph-seed/extraction/index";
import { parsedArticle } from "../../../support/extraction";

/** The people an article's text names. */
function people(body: string): string[] {
  return extract(parsedArticle(body, "2025-02-10"))
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name)
    .sort();
}

describe("a list of names that a plural people noun introduces", () => {
  it("reads the names right after the noun, after 'include' and after a dash", () => {
    expect(
      people("Former trustees Odile Marchetti, Baptiste Lemaire and Ines Vautrin backed the plan."),
    ).toEqual(["Baptiste Lemaire", "Ines Vautrin", "Odile Marchetti"]);
    expect(
      people("The retiring councillors include Wendeline Aarsen and Gerolf Tamminga."),
    ).toEqual(["Gerolf Tamminga", "Wendeline Aarsen"]);
    expect(
      people("Three ministers—Tevita Lolohea (Lands), Sione Vaipulu and Paea Taufa—were dropped."),
    ).toEqual(["Paea Taufa", "Sione Vaipulu", "Tevita Lolohea"]);
  });

  it("keeps a capitalised plural noun out of the first name", () => {
    expect(
      people("Joint Secretaries Ramesh Adhikari and Sunita Bhandari will draft the report."),
    ).toEqual(["Ramesh Adhikari", "Sunita Bhandari"]);
  });

  it("reads a list after 'are' with a constituency in brackets after each name", () => {
    expect(
      people(
        "The three dismissed branch chiefs are Rosnah Idrus (Bukit Lada), Hamdan Yusri (Kuala Sepang) and Zaki Marzuk (Teluk Batu).",
      ),
    ).toEqual(["Hamdan Yusri", "Rosnah Idrus", "Zaki Marzuk"]);
  });

  it("reads the one person a title and a copula introduce, a Malay style kept in the name", () => {
    expect(people("The suspended MP is Wan Harith Wan Idris (Sungai Belat).")).toEqual([
      "Wan Harith Wan Idris",
    ]);
    expect(people("The favourite is Harbour Lantern, a three-year-old filly.")).toEqual([]);
  });

  it("names no person in a list no people noun introduces", () => {
    expect(
      people("Shares of Harlow Dunmore, Castell Brython and Pennard Ystrad fell on the news."),
    ).toEqual([]);
  });
});
