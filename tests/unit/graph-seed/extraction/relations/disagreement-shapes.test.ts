import { describe, expect, it } from "vitest";
import { extractBody, relationSet } from "./helpers";

const disagreements = (body: string): string[] =>
  relationSet(extractBody(body).relations, "DISAGREES_ON");

describe("DISAGREES_ON said another way", () => {
  it("reads the subject of a relative clause: 'B, who questioned A's plan'", () => {
    expect(
      disagreements(
        "President Tomas Varga opened the forum. The debate was interrupted by the governor of the northern province, Ilona Kertesz, who questioned the president's budget plan.",
      ),
    ).toEqual(["Ilona Kertesz | Tomas Varga | budget plan"]);
  });

  it("reads a participle after a comma as the sentence subject's: ', accusing C of T'", () => {
    expect(
      disagreements(
        "Marta Ruiz, the regional party chair, echoed the minister's words, accusing Pablo Ortega of undermining the leadership.",
      ),
    ).toEqual(["Marta Ruiz | Pablo Ortega | undermining the leadership"]);
  });

  it("reads 'clashed (constantly) with' and 'fell out with' with an adverb between", () => {
    expect(
      disagreements(
        "Coach Dan Heller clashed repeatedly with general manager Rob Tate over the roster.",
      ),
    ).toEqual(["Dan Heller | Rob Tate | the roster"]);
    expect(
      disagreements(
        "Chairman David Lund fell out with chief executive Peter Berg over the merger.",
      ),
    ).toEqual(["David Lund | Peter Berg | the merger"]);
  });

  it("reads 'is critical of the ruling X'", () => {
    expect(
      disagreements(
        "Senator Ana Costa, who is critical of the ruling Progress Alliance, spoke in Recife.",
      ),
    ).toEqual(["Ana Costa | Progress Alliance | "]);
  });

  it("gives nothing for a denial, a plan or a participle whose subject is no party", () => {
    expect(
      disagreements("Coach Dan Heller denied that he had clashed with manager Rob Tate."),
    ).toEqual([]);
    expect(
      disagreements(
        "The report, published on Monday, was widely read, accusing nobody of wrongdoing.",
      ),
    ).toEqual([]);
    expect(
      disagreements("Senator Ana Costa would be critical of the ruling Progress Alliance."),
    ).toEqual([]);
  });

  it("reads 'the two heads of government stuck to their opposing positions' as the pair named before", () => {
    expect(
      disagreements(
        "Chancellor Karl Brandt met Prime Minister Marco Rossi in Rome on Monday. " +
          "The two heads of government stuck to their opposing positions on the pipeline. " +
          "Minister Olga Petrova and Minister Kamal Idris maintained their differing views on tariffs. " +
          "Coach Ana Ferreira explained her different approach to training.",
      ),
    ).toEqual(["Kamal Idris | Olga Petrova | tariffs", "Karl Brandt | Marco Rossi | the pipeline"]);
  });
});
