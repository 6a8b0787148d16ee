// Roles whose organisation is the article's own subject, named in the lead and then left out or
// said as "the company", "the club", "the union": invented stories from business, sports, labour
// and party news, each asserting the exact set of role relations.
import { describe, expect, it } from "vitest";
import { roleLines } from "./helpers";

describe("a role word with no organisation, in a story about one organisation", () => {
  it("gives a company's officers to the company the story is about", () => {
    expect(
      roleLines(
        "Harlow Motors names a new chief executive. " +
          "Harlow Motors said on Monday that profits fell for a third year. " +
          "Paul Ortiz, the chief executive, said sales in Asia were weak. " +
          "Ana Ruiz was named as new vice chairman. " +
          '"We will not cut jobs," said chairman Tom Brandt.',
      ),
    ).toEqual([
      "HEADS | Paul Ortiz | Harlow Motors",
      "HEADS | Tom Brandt | Harlow Motors",
      "MEMBER_OF | Ana Ruiz | Harlow Motors",
    ]);
  });

  it("reads 'the club's new coach' and 'the union's president' as the subject's", () => {
    expect(
      roleLines(
        "Grimsby Rovers sack their manager after a tenth defeat. " +
          "Grimsby Rovers confirmed the decision in a short statement on Sunday. " +
          "The club's new coach Liam Doherty takes charge on Saturday.",
      ),
    ).toEqual(["MEMBER_OF | Liam Doherty | Grimsby Rovers"]);
    expect(
      roleLines(
        "The Harbour Workers Union calls a strike at three ports. " +
          "The Harbour Workers Union said talks had broken down. " +
          "Sina Tauiliili, the union's president, said members were angry.",
      ),
    ).toEqual(["HEADS | Sina Tauiliili | Harbour Workers Union"]);
  });

  it("gives a party's secretary-general to the party the story is about", () => {
    expect(
      roleLines(
        "The Civic Renewal Party picks its candidates. " +
          "The Civic Renewal Party will announce its list of candidates on Friday. " +
          "Secretary-general Marta Kowal said the list was nearly complete.",
      ),
    ).toEqual(["MEMBER_OF | Marta Kowal | Civic Renewal Party"]);
  });
});

describe("which organisation is the subject", () => {
  it("counts the subject's later mentions by its short name", () => {
    expect(
      roleLines(
        "Dunmore Holdings sells its tanker fleet. " +
          "Dunmore said the sale would cut its debt by half. " +
          "Dunmore will keep its container ships. " +
          "The current chairman, Rhys Pellow, will step down in June.",
      ),
    ).toEqual(["HEADS | Rhys Pellow | Dunmore Holdings"]);
  });
});

describe("no role for the article's subject", () => {
  it("gives none to a former holder, a president or a minister", () => {
    expect(
      roleLines(
        "Harlow Motors names a new chief executive. " +
          "Harlow Motors said on Monday that profits fell for a third year. " +
          "Former chairman Bob Hale said the board had waited too long. " +
          "President Lena Moreau praised the carmaker. " +
          "Paul Ortiz, previously chief executive, will stay as an adviser.",
      ),
    ).toEqual([]);
  });

  it("gives none when another organisation is in the sentence or was named just before", () => {
    expect(
      roleLines(
        "Harlow Motors names a new chief executive. " +
          "Harlow Motors said on Monday that profits fell for a third year. " +
          "Paul Ortiz, the chief executive, welcomed the deal with Brenmark Steel. " +
          "Its rival Brenmark Steel also reported a loss. " +
          "Chairman Tom Brandt said prices would rise.",
      ),
    ).toEqual([]);
  });

  it("gives none when two organisations share the story", () => {
    expect(
      roleLines(
        "Harlow Motors and Brenmark Steel agree a merger. " +
          "Harlow Motors and Brenmark Steel said the deal would close in June. " +
          "Paul Ortiz, the chief executive, said the two firms fit well.",
      ),
    ).toEqual([]);
  });

  it("gives no coach or player to a league, nor a role its title ties elsewhere", () => {
    expect(
      roleLines(
        "The Coastal Basketball League opens its season. " +
          "The Coastal Basketball League said crowds would be larger this year. " +
          "The new coach Dan Moretti was hired in May. " +
          "Spanish coach Luis Ferrer arrived on Monday.",
      ),
    ).toEqual([]);
  });
});

describe("a judge's title without its court", () => {
  it("gives a judge to the sentence's one court, or to the court the story is about", () => {
    expect(
      roleLines(
        "The Harbour High Court rejects a shipping appeal. " +
          "The Harbour High Court dismissed the appeal by Marlow Freight Ltd on Monday. " +
          "Justice Anne Ruiz said Marlow Freight Ltd had waited too long. " +
          "In the Court of Appeal last year, Judge Tom Hale took another view. " +
          "Supreme Court Justice Mia Lund wrote the leading opinion.",
      ),
    ).toEqual([
      "MEMBER_OF | Anne Ruiz | Harbour High Court",
      "MEMBER_OF | Mia Lund | Supreme Court",
      "MEMBER_OF | Tom Hale | Court of Appeal",
    ]);
  });

  it("reads 'Justice Minister' as a minister, and gives no court to a former judge", () => {
    expect(
      roleLines(
        "The Harbour High Court rejects a shipping appeal. " +
          "The Harbour High Court dismissed the appeal on Monday. " +
          "Justice Minister Paul Hart welcomed the ruling. " +
          "Former judge Lisa Marsh said the case was weak. " +
          "Justice Omar Said, for the Court of Appeal, upheld a ruling of the Harbour High Court.",
      ),
    ).toEqual(["HEADS | Paul Hart | Ministry of Justice"]);
  });
});
