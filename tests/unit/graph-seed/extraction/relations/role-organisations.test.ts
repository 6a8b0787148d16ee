// Organisations that roles need, found by their own name, and the people their roles introduce:
// invented sentences from business, party, sports and labour news. Each test asserts the exact
// set of organisations or role relations, so a spurious one fails it.
import { describe, expect, it } from "vitest";
import { extractBody, roleLines } from "./helpers";

/** The entities of one kind of a body, sorted. */
function named(body: string, type: "Organization" | "Person"): string[] {
  return extractBody(body)
    .entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();
}

describe("a name set off before an organisation's role", () => {
  it("is a person, and holds that role in the organisation", () => {
    const body =
      "Tavish Ormerod, Sinar Rakyat’s secretary-general, said the invitation had been delivered. " +
      "Ulla Brandvik, Kestrel's new captain, will lead the side on Saturday.";
    expect(named(body, "Person")).toEqual(["Tavish Ormerod", "Ulla Brandvik"]);
    expect(roleLines(body)).toEqual([
      "MEMBER_OF | Tavish Ormerod | Sinar Rakyat",
      "MEMBER_OF | Ulla Brandvik | Kestrel",
    ]);
  });

  it("is no organisation when a lower-case role follows the comma", () => {
    const body = "Tavish Ormerod, the party leader, spoke to reporters in the morning.";
    expect(named(body, "Organization")).toEqual([]);
  });
});

describe("organisations named by their own name", () => {
  it("reads 'X, the parent company of Y' and 'X, a regional lender,' as organisations", () => {
    const body =
      "Harrowgate, the parent company of two hardware chains, has announced a new chairman. " +
      "Initially, the Rural Workers Union opposed the plan. " +
      "Elmsbury, a regional lender, cut its rates.";
    expect(named(body, "Organization")).toEqual(["Elmsbury", "Harrowgate", "Rural Workers Union"]);
  });

  it("keeps a weekday or a month out of the name before it", () => {
    const body =
      "Talks with Kaneda Motor Co on Thursday ended without a deal, and Kaneda declined to comment. " +
      "The Supreme Court on August 14 dismissed the appeal.";
    expect(named(body, "Organization")).toEqual(["Kaneda Motor Co", "Supreme Court"]);
  });

  it("reads a party name that contains a demonym, but not a demonym alone", () => {
    const body =
      "Yesterday the Sinar Thai party invited the Democrats to join the coalition. " +
      "Members of the Thai party system were unmoved.";
    expect(named(body, "Organization")).toEqual(["Sinar Thai"]);
  });
});

describe("a head of government", () => {
  it("heads no party by governing under its coalition", () => {
    expect(
      roleLines(
        "The Sinar Thai party is assembling a coalition under Prime Minister Anong Charoenrat.",
      ),
    ).toEqual([]);
  });
});

describe("an officer's title in a sentence whose subject is an organisation", () => {
  it("makes the title that organisation's, across business, party and labour news", () => {
    expect(
      roleLines(
        "Harrowgate Group has announced that current chairman Oliver Pennock will retire in June. " +
          "The Tarnwick Labour League condemned the decision, with Secretary Maud Ellery saying it was rushed. " +
          "Nairobi — Kiambu County Assembly has convened a sitting to debate a motion against Speaker Wanjiru Kamau.",
      ),
    ).toEqual([
      "HEADS | Oliver Pennock | Harrowgate Group",
      "HEADS | Wanjiru Kamau | Kiambu County Assembly",
      "MEMBER_OF | Maud Ellery | Tarnwick Labour League",
    ]);
  });

  it("gives nothing for a former officer, a head of state, a court, or a second organisation between", () => {
    expect(
      roleLines(
        "Harrowgate Group said former chairman Oliver Pennock had left the country. " +
          "The Coastal Union said President Amara Diallo would attend the summit. " +
          "The High Court ordered chairman Maud Ellery to pay the costs. " +
          "Harrowgate Group sent Elmsbury Bank a letter addressed to chairman Peter Kelby.",
      ),
    ).toEqual([]);
  });
});

describe("a party in brackets after a person's name", () => {
  it("is an organisation of two or more words, and the person a member", () => {
    const body =
      "The new board is led by Tomas Varkonyi (Civic Renewal), with Anna Marquart (Green Future) as deputy. " +
      "Ana Brenna (Norway) finished second in the sprint.";
    expect(named(body, "Organization")).toEqual(["Civic Renewal", "Green Future"]);
    expect(roleLines(body)).toEqual([
      "MEMBER_OF | Anna Marquart | Green Future",
      "MEMBER_OF | Tomas Varkonyi | Civic Renewal",
    ]);
  });
});

describe("a title after a titled name shares its organisation", () => {
  it("gives 'X Vice President A and Secretary-General B' both to X, not a president nor a government post", () => {
    expect(
      roleLines(
        "The premier met Civic Renewal Party Vice President Tom Aso and Secretary-General Ken Mori on Monday. " +
          "The minister thanked Harlow Motors chairman Paul Ortiz and President Lena Moreau. " +
          "She was joined by Minister for Trade Ian Kerr and Parliamentary Secretary for Energy Rose Tan.",
      ),
    ).toEqual([
      "HEADS | Ian Kerr | Ministry of Trade",
      "HEADS | Paul Ortiz | Harlow Motors",
      "MEMBER_OF | Ken Mori | Civic Renewal Party",
      "MEMBER_OF | Tom Aso | Civic Renewal Party",
    ]);
  });
});
