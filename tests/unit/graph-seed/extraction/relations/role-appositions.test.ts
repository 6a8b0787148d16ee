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
      roleLines(
        "Rates will fall, said Tomas Reyna, head of Latin American equity at Baltrow Capital in Lisbon.",
      ),
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

  it("makes the chair of an organisation's board its head", () => {
    expect(
      roleLines(
        "Helen Marsh, chair of Corvex's National Board, backed the merger. " +
          "Sam Pike, chairman of the Arlen Trust's board of directors, said the deal was fair.",
      ),
    ).toEqual(["HEADS | Helen Marsh | Corvex", "HEADS | Sam Pike | Arlen Trust"]);
  });
});

describe("one of several: a head's role with 'a' or 'an'", () => {
  it("reads 'A, a director of X' and 'A is a director of X' as membership, 'the director' as the head", () => {
    expect(
      roleLines(
        "Otto Brandt, a director of Halvard Mining, resigned. " +
          "Mark Pike is a director of Norvale Foods and sits on two other boards. " +
          "Rosa Diaz, the director of the Kestrel Arts Council, opened the show.",
      ),
    ).toEqual([
      "HEADS | Rosa Diaz | Kestrel Arts Council",
      "MEMBER_OF | Mark Pike | Norvale Foods",
      "MEMBER_OF | Otto Brandt | Halvard Mining",
    ]);
  });

  it("reads a member of a party written as its leader's", () => {
    expect(roleLines("Maria Lopes was a member of Souza's Popular Renewal Party.")).toEqual([
      "MEMBER_OF | Maria Lopes | Popular Renewal Party",
    ]);
  });
});
