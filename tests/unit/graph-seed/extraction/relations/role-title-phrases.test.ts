// Title phrases of any length beside a name, on invented sentences from business, politics,
// sports and labour news: coordinated titles after a name each give their relation, a long title
// before a name is that name's, and a title in a list of titled names is never the previous one's.
import { describe, expect, it } from "vitest";
import { roleLines } from "./helpers";

describe("coordinated titles after a name", () => {
  it("gives each title its own organisation and relation", () => {
    expect(
      roleLines(
        "Mara Quell, regional director of the Trenholt Labour Office and head of the Eastvale " +
          "Wage Board, said the petitions would be heard in July.",
      ),
    ).toEqual([
      "HEADS | Mara Quell | Eastvale Wage Board",
      "MEMBER_OF | Mara Quell | Trenholt Labour Office",
    ]);
  });

  it("reads a capitalised title and a hyphened deputy's title after it", () => {
    expect(
      roleLines(
        "The minister met Piet Aldren, High Representative of the Nordmark Union and " +
          "Vice-President of the Nordmark Commission, in Tallin.",
      ),
    ).toEqual([
      "MEMBER_OF | Piet Aldren | Nordmark Commission",
      "MEMBER_OF | Piet Aldren | Nordmark Union",
    ]);
  });

  it("reads a club chairman who is also a member of a federation board", () => {
    expect(
      roleLines(
        "Oskar Lind, chairman of the Harrow Vale Rowing Club and a member of the Wessland " +
          "Football Association, backed the new rules.",
      ),
    ).toEqual([
      "HEADS | Oskar Lind | Harrow Vale Rowing Club",
      "MEMBER_OF | Oskar Lind | Wessland Football Association",
    ]);
  });

  it("splits no title at an 'and' inside a field ('trade and energy policy')", () => {
    expect(
      roleLines("Ida Varga, head of trade and energy policy at the Danubia Council, spoke first."),
    ).toEqual(["MEMBER_OF | Ida Varga | Danubia Council"]);
  });

  it("gives a title before another name in a list to that name", () => {
    expect(
      roleLines(
        "The delegation included Finance Minister Rolf Abend, Head of the Policy Department of " +
          "the President's Office Daniel Sorensen, and the ambassador.",
      ),
    ).toEqual([
      "HEADS | Daniel Sorensen | Policy Department",
      "HEADS | Rolf Abend | Ministry of Finance",
    ]);
  });

  it("stops the title at a clause and gives nobody named after it a role", () => {
    expect(
      roleLines(
        "Karl Dorn, President of the Alpine Fair Play Committee met with Lise Aub on the margins " +
          "of the congress.",
      ),
    ).toEqual(["HEADS | Karl Dorn | Alpine Fair Play Committee"]);
  });
});

describe("a title phrase of any length before a name", () => {
  it("reads a long officer's title after a verb as a member's", () => {
    expect(
      roleLines(
        "The minister later met with the Executive Director for the Americas of the Lowland " +
          "Action Service, Nadia Ferro; and the Director for Asia of the Global Grain Forum, " +
          "Ambassador Joel Tamm.",
      ),
    ).toEqual([
      "MEMBER_OF | Joel Tamm | Global Grain Forum",
      "MEMBER_OF | Nadia Ferro | Lowland Action Service",
    ]);
  });

  it("reads the president of a federation before a name with an honorific", () => {
    expect(
      roleLines(
        "President of the Kestrel Rugby Federation (KRF), Prof. Amos Dube, said the league would " +
          "start in May.",
      ),
    ).toEqual(["HEADS | Amos Dube | Kestrel Rugby Federation"]);
  });

  it("gives a title between two listed names to the first, not the second", () => {
    expect(
      roleLines(
        "The party sent Lena Marsh, Secretary of the Green Dawn Party, Dr Hugo Brandt, and two " +
          "observers.",
      ),
    ).toEqual(["MEMBER_OF | Lena Marsh | Green Dawn Party"]);
  });

  it("gives a former title no relation", () => {
    expect(
      roleLines(
        "Former chairman of the Harlow District Council, Ben Oduya, said they would win the vote.",
      ),
    ).toEqual([]);
  });
});
