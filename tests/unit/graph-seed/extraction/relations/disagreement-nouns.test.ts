import { describe, expect, it } from "vitest";
import { extractBody, relationSet } from "./helpers";

/** The DISAGREES_ON relations of a body written for the test, as "A | B | topic" lines. */
function disagreements(body: string): string[] {
  return relationSet(extractBody(body).relations, "DISAGREES_ON");
}

describe("DISAGREES_ON from a disagreement noun", () => {
  it("gives 'their disagreement on X' to the two people named just before, even unmentioned", () => {
    expect(
      disagreements(
        "President Hugo Lenz received Chancellor Otto Brandt in Vienna on Monday. " +
          "Lenz said Brandt had been frank. " +
          "Neither raised their disagreement on the pipeline in public.",
      ),
    ).toEqual(["Hugo Lenz | Otto Brandt | the pipeline"]);
  });

  it("gives 'A and B sought to bridge differences over X' to the joined subject", () => {
    expect(
      disagreements(
        "Chile and Peru sought to bridge differences over fishing rights at the meeting in Quito.",
      ),
    ).toEqual(["Chile | Peru | fishing rights"]);
  });

  it("reads 'the two neighbours that have been at odds over X' as the two countries named before", () => {
    expect(
      disagreements(
        "Chile sent a trade mission to Peru this week. " +
          "Its head called for closer ties between the two neighbours that have been at odds over fishing rights.",
      ),
    ).toEqual(["Chile | Peru | fishing rights"]);
  });

  it("reads no disagreement from a denied rift or from 'no differences'", () => {
    expect(
      disagreements(
        "President Hugo Lenz met Chancellor Otto Brandt on Monday. " +
          "Lenz denied any rift with Brandt. " +
          "Brandt said there were no differences between them.",
      ),
    ).toEqual([]);
  });

  it("gives 'A's feud with B over X' and 'ousted after a power struggle with B' to their owners", () => {
    expect(
      disagreements(
        "Sara Quinn's long-running feud with Tom Hale over pay ended on Monday. " +
          "Coach Ian Moss joined the Harbour Club in 2002 but was ousted four years later after a power struggle with Mark Ellis, the chairman at the time.",
      ),
    ).toEqual(["Ian Moss | Mark Ellis | ", "Sara Quinn | Tom Hale | pay"]);
  });

  it("gives nothing for a denied rift, nor for a dispute of someone else than the subject", () => {
    expect(
      disagreements(
        "Sara Quinn denied any rift with Tom Hale. " +
          "Ian Moss met Tom Hale to discuss his dispute with Mark Ellis.",
      ),
    ).toEqual([]);
  });
});
