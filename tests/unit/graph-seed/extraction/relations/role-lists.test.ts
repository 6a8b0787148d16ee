// Lists a plural role introduces ("X members A and B", "the judges of the X Court A, B and C"), on
// invented sentences from labour, sports, business and the courts: each listed name is a member.
import { describe, expect, it } from "vitest";
import { roleLines } from "./helpers";

describe("a plural role before a list of names", () => {
  it("makes each name a member of the organisation written before the role", () => {
    expect(
      roleLines(
        "Brenning Workers Union members Ana Ruiz and Tom Vega joined the picket. " +
          "Harlow Rovers players Marco Ferri, Sam Pike and Leo Brandt were injured.",
      ),
    ).toEqual([
      "MEMBER_OF | Ana Ruiz | Brenning Workers Union",
      "MEMBER_OF | Leo Brandt | Harlow Rovers",
      "MEMBER_OF | Marco Ferri | Harlow Rovers",
      "MEMBER_OF | Sam Pike | Harlow Rovers",
      "MEMBER_OF | Tom Vega | Brenning Workers Union",
    ]);
  });

  it("reads 'the judges of the X' before the list", () => {
    expect(
      roleLines(
        "The judges of the Corlan Appeal Court Ana Ruiz, Tom Vega and Lena Hart upheld the ruling.",
      ),
    ).toEqual([
      "MEMBER_OF | Ana Ruiz | Corlan Appeal Court",
      "MEMBER_OF | Lena Hart | Corlan Appeal Court",
      "MEMBER_OF | Tom Vega | Corlan Appeal Court",
    ]);
  });

  it("gives none for a past role, a list a clause breaks, or names after a verb", () => {
    expect(
      roleLines(
        "The former judges of the Corlan Appeal Court Ana Ruiz and Tom Vega spoke. " +
          "Corvex Systems met Ana Ruiz and Tom Vega.",
      ),
    ).toEqual([]);
  });
});
