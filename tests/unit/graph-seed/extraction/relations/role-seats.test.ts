// Memberships said by a seat on boards or a readmission, on invented sentences from business,
// politics, sports and labour news: every organisation of the list, and nobody else's seat.
import { describe, expect, it } from "vitest";
import { roleLines } from "./helpers";

describe("A serves on the boards of X and Y", () => {
  it("makes A a member of each organisation of the list, after another predicate", () => {
    expect(
      roleLines(
        "Maria Olsen is currently the Vice Chair of Corvex Capital and serves on the boards of " +
          "Halvard Mining and Brenning Foods Inc.",
      ),
    ).toEqual([
      "MEMBER_OF | Maria Olsen | Brenning Foods Inc.",
      "MEMBER_OF | Maria Olsen | Corvex Capital",
      "MEMBER_OF | Maria Olsen | Halvard Mining",
    ]);
  });

  it("reads a seat in a relative clause and after an aside", () => {
    expect(
      roleLines(
        "Tomas Reyna, who sits on the board of the Harrow Vale Rowing Club, backed the coach. " +
          "Lena Hart, 58, sits on the board of Halvard Mining.",
      ),
    ).toEqual([
      "MEMBER_OF | Lena Hart | Halvard Mining",
      "MEMBER_OF | Tomas Reyna | Harrow Vale Rowing Club",
    ]);
  });

  it("gives the seat to the clause's own subject, and none for a past seat", () => {
    expect(
      roleLines(
        "Ivo Brandt said that Maria Olsen sits on the board of Halvard Mining. " +
          "Ruth Engel formerly sat on the board of Corvex Capital.",
      ),
    ).toEqual(["MEMBER_OF | Maria Olsen | Halvard Mining"]);
  });
});

describe("readmitted into the party", () => {
  it("makes each readmitted person a member again", () => {
    expect(
      roleLines(
        "The central committee decided to readmit Geoffrey Tembo and Eric Mulenga into the " +
          "Patriotic Unity Party.",
      ),
    ).toEqual([
      "MEMBER_OF | Eric Mulenga | Patriotic Unity Party",
      "MEMBER_OF | Geoffrey Tembo | Patriotic Unity Party",
    ]);
  });

  it("reads no membership from a refusal to readmit", () => {
    expect(
      roleLines("The committee refused to readmit Geoffrey Tembo into the Patriotic Unity Party."),
    ).toEqual([]);
  });
});
