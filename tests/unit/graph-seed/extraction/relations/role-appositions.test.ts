// Appositions after a name ("A, head of the Y"), on invented sentences from business, politics,
// sports and labour news: which end the role names, and when a role word heads nothing.
import { describe, expect, it } from "vitest";
import { roleLines } from "./helpers";

describe("A, role of organisation", () => {
  it("reads the head of an organisation and a member of another", () => {
    expect(
      roleLines(
        "Ana Ruiz, chief executive of Marlow Bank, resigned on Monday. " +
          "Tom Vega, a member of the Brenning Workers Union, joined the picket.",
      ),
    ).toEqual(["HEADS | Ana Ruiz | Marlow Bank", "MEMBER_OF | Tom Vega | Brenning Workers Union"]);
  });

  it("reads a head's role narrowed by a field as an officer's", () => {
    expect(
      roleLines(
        "The visitors were Ivo Brandt, Marketing Director of Corvex Systems; and Lena Hart, " +
          "finance director of Halvard Mining.",
      ),
    ).toEqual([
      "MEMBER_OF | Ivo Brandt | Corvex Systems",
      "MEMBER_OF | Lena Hart | Halvard Mining",
    ]);
  });

  it("makes the head of a unit at an organisation a member of it", () => {
    expect(
      roleLines("Rates will fall, said Tomas Reyna, head of bond research at Baltrow Capital."),
    ).toEqual(["MEMBER_OF | Tomas Reyna | Baltrow Capital"]);
  });

  it("reads no role of a person from a clause after the comma", () => {
    expect(
      roleLines(
        "The emir, Rafael Montes, received on Tuesday at the palace the President of the Ostrava " +
          "Football League, Jan Kral.",
      ),
    ).toEqual([]);
  });

  it("gives a past role no relation", () => {
    expect(
      roleLines("Ruth Engel, a past chair of the Corlan Growers Council, backed the plan."),
    ).toEqual([]);
  });
});
