import { describe, expect, it } from "vitest";
import { roleLines } from "./helpers";

// Role relations whose organisation end was the wrong name: cuts measured on the real-news dev
// sets, each with a sentence of our own that used to give the wrong relation.
describe("the organisation a role is in", () => {
  it("is not a possessor that opens a longer name", () => {
    expect(
      roleLines("Olga Brenner, director of the Harbour Board's legal office, spoke on Friday."),
    ).toEqual([]);
    expect(
      roleLines("Ines Vogt, who is also president of Norvale's port authority, spoke."),
    ).toEqual([]);
    expect(roleLines("Senator Ines Vogt was once a member of Keller's Progress Party.")).toEqual(
      [],
    );
    expect(
      roleLines(
        "Tomas Várady attended with members of the Harbour Board's standing committee, and Ines Vogt, a member of the Progress Party, spoke.",
      ),
    ).toEqual(["MEMBER_OF | Ines Vogt | Progress Party"]);
  });

  it("is not a name a number completes", () => {
    expect(roleLines("Tomas Várady, president of Local 512, said the strike would go on.")).toEqual(
      [],
    );
    expect(roleLines("Tomas Várady, president of the Harbour Board, said it would go on.")).toEqual(
      ["HEADS | Tomas Várady | Harbour Board"],
    );
  });
});

describe("the ministry a minister's title implies", () => {
  it("is named only by portfolio words", () => {
    expect(
      roleLines("Minister of State and Cabinet Member Prince Faris bin Saud met Tomas Várady."),
    ).toEqual([]);
    expect(roleLines("Westmark Transport Minister Jon Halvorsen met union leaders.")).toEqual([]);
    expect(roleLines("Transport Minister Jon Halvorsen met union leaders.")).toEqual([
      "HEADS | Jon Halvorsen | Ministry of Transport",
    ]);
  });

  it("does not take in the name before 'and' in a list of people", () => {
    expect(
      roleLines(
        "Premier Olga Brenner asked Tomas Várady, Ana Kessler and Labour Minister Jon Halvorsen to attend.",
      ),
    ).toEqual(["HEADS | Jon Halvorsen | Ministry of Labour"]);
    expect(roleLines("Commerce and Industry Minister Jon Halvorsen spoke on Monday.")).toEqual([
      "HEADS | Jon Halvorsen | Ministry of Commerce and Industry",
    ]);
  });
});

describe("a role phrase after a name in a list of titled names", () => {
  it("is the next person's title, not the name's before it", () => {
    expect(
      roleLines(
        "The four are Olga Brenner, treasurer general Tomas Várady and Kestrel Union official Ines Vogt.",
      ),
    ).toEqual(["MEMBER_OF | Ines Vogt | Kestrel Union"]);
    expect(
      roleLines(
        "He was joined by Olga Brenner, Chairman for the Harbour Committee (Trade and Ports) Peter Novak and officials.",
      ),
    ).toEqual([]);
    expect(
      roleLines("Olga Brenner, chairman of the Harbour Committee, met Peter Novak on Monday."),
    ).toEqual(["HEADS | Olga Brenner | Harbour Committee"]);
  });
});

describe("a one-word organisation cut from a longer name", () => {
  it("is not the organisation of a title", () => {
    expect(
      roleLines(
        "The board met after the dismissal of All Blacks head coach Peter Novak on Monday.",
      ),
    ).toEqual([]);
    expect(roleLines("The Harbour Workers Union's Westmark secretary Peter Novak spoke.")).toEqual(
      [],
    );
  });

  it("stays the organisation after a country's possessive or at the sentence's start", () => {
    expect(roleLines("Brazil's Petrobras chief executive Peter Novak resigned.")).toEqual([
      "HEADS | Peter Novak | Petrobras",
    ]);
    expect(roleLines("Ford chief executive Peter Novak resigned on Monday.")).toEqual([
      "HEADS | Peter Novak | Ford",
    ]);
  });
});

describe("a legislator's constituency", () => {
  it("is a place, not an organisation the legislator belongs to", () => {
    expect(roleLines("Westmark North legislator Peter Novak left the party.")).toEqual([]);
    expect(roleLines("DPK lawmaker Peter Novak left the party.")).toEqual([
      "MEMBER_OF | Peter Novak | DPK",
    ]);
  });
});
