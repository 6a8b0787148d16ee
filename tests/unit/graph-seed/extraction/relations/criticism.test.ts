import { describe, expect, it } from "vitest";
import { extractBody, relationSet } from "./helpers";

/** The DISAGREES_ON relations of a body written for the test, as "A | B | topic" lines. */
function disagreements(body: string): string[] {
  return relationSet(extractBody(body).relations, "DISAGREES_ON");
}

describe("DISAGREES_ON from criticism", () => {
  it("reads 'A has lambasted B's plan' with the plan as the topic", () => {
    expect(
      disagreements(
        "Prime Minister Ola Berg has lambasted the Green Party's reform plan, describing it as reckless.",
      ),
    ).toEqual(["Green Party | Ola Berg | reform plan"]);
  });

  it("reads 'A accused B of T' and 'A hit back at B over T' with their topics", () => {
    expect(
      disagreements(
        "Minister Karl Bauer accused President Hugo Lenz of breaking the ceasefire. " +
          "Governor Mia Stone, who leads the Green Party, hit back at Senator Nora Blake over the tax rise.",
      ),
    ).toEqual([
      "Hugo Lenz | Karl Bauer | breaking the ceasefire",
      "Mia Stone | Nora Blake | the tax rise",
    ]);
  });

  it("reads 'B drew criticism from A' and 'A voiced concern over B's remarks'", () => {
    expect(
      disagreements(
        "Chancellor Otto Brandt drew criticism from Senator Nora Blake on Monday. " +
          "Minister Ana Ruiz voiced concern over Minister Karl Bauer's remarks on migration.",
      ),
    ).toEqual(["Ana Ruiz | Karl Bauer | remarks on migration", "Nora Blake | Otto Brandt | "]);
  });

  it("counts reported criticism for the one who criticised, not for the reporter", () => {
    expect(
      disagreements(
        "Minister Ana Ruiz said Minister Karl Bauer had slammed the Green Party for the tax rise.",
      ),
    ).toEqual(["Green Party | Karl Bauer | the tax rise"]);
  });

  it("reads no disagreement from a denial, a refusal, or a plain statement about B", () => {
    expect(
      disagreements(
        "Minister Ana Ruiz denied any rift with Minister Karl Bauer. " +
          "Senator Nora Blake refused to criticize President Hugo Lenz. " +
          "Governor Mia Stone said Chancellor Otto Brandt was right.",
      ),
    ).toEqual([]);
  });
});

describe("DISAGREES_ON from criticism said other ways", () => {
  it("reads protest and regret expressed against a party's move, with the move as the topic", () => {
    expect(
      disagreements(
        "Minister Ana Ruiz conveyed Lima's strong regret and protest against Chile's decision to close the border.",
      ),
    ).toEqual(["Ana Ruiz | Chile | decision to close the border"]);
  });

  it("reads legal action against a party as a disagreement with the one who brought it", () => {
    expect(
      disagreements(
        "The Green Party took legal action against the Harbour Authority over the new port fees.",
      ),
    ).toEqual(["Green Party | Harbour Authority | the new port fees"]);
  });

  it("reads 'dismissed / questioned B's claims' but not 'dismissed B' (firing)", () => {
    expect(
      disagreements(
        "Governor Mia Stone questioned Senator Nora Blake's figures on the deficit. " +
          "The Harbour Authority dismissed Karl Bauer on Friday.",
      ),
    ).toEqual(["Mia Stone | Nora Blake | figures on the deficit"]);
  });

  it("reads a position opposed by a party: its owner by possessive, or by demonym when the country is named", () => {
    expect(
      disagreements(
        "Peru sent its envoys to the summit. " +
          "The summit also discussed Peruvian hopes, opposed by Chile, to share the fishing grounds. " +
          "The Green Party's tax plan was rejected by the Harbour Authority.",
      ),
    ).toEqual(["Chile | Peru | ", "Green Party | Harbour Authority | "]);
  });

  it("reads nothing from a plan that would be opposed, nor from a request turned down", () => {
    expect(
      disagreements(
        "The Green Party's tax plan would be opposed by the Harbour Authority. " +
          "Karl Bauer's leave was approved by the Harbour Authority.",
      ),
    ).toEqual([]);
  });

  it("reads a demand for B's removal and a second verb joined by ', and' to the same subject", () => {
    expect(
      disagreements(
        "In a sharp letter to the board of Zentro, investor Mark Ellis on Friday demanded the resignation of Tom Hale, chairman of the board, and accused CEO Sara Quinn of negligence.",
      ),
    ).toEqual(["Mark Ellis | Sara Quinn | negligence", "Mark Ellis | Tom Hale | "]);
  });

  it("reads 'A defied B' against a party, and no demand that was not made", () => {
    expect(
      disagreements(
        "Lawmaker Tom Hale defied the Workers Party and voted against the budget. " +
          "The Harbour Authority did not demand the removal of Sara Quinn.",
      ),
    ).toEqual(["Tom Hale | Workers Party | "]);
  });

  it("gives a verb after 'and' no subject from another clause", () => {
    expect(
      disagreements(
        "Coach Tom Hale met Sara Quinn in May, and captain Mark Ellis praised the club and accused Quinn of cheating.",
      ),
    ).toEqual([]);
  });

  it("gives a participle on the subject's own act ('a proposal demanding B's dismissal') to the subject only", () => {
    expect(
      disagreements(
        "Investor Mark Ellis has submitted a shareholder proposal demanding the dismissal of Tom Hale from the board. " +
          "Mark Ellis said Sara Quinn had filed a motion demanding the removal of Tom Hale.",
      ),
    ).toEqual(["Mark Ellis | Tom Hale | "]);
  });

  it("reads 'A raised concerns about how B was appointed' against B", () => {
    expect(
      disagreements(
        "Pension fund Nordic Capital filed the motions after raising concerns about how Peter Lindqvist was appointed. " +
          "Fund manager Lars Eklund raised no concerns about Chairman Tom Hale.",
      ),
    ).toEqual(["Nordic Capital | Peter Lindqvist | "]);
  });

  it("reads 'A blamed B for T', 'A led protests against B' and 'A's criticism of B'", () => {
    expect(
      disagreements(
        "The Farmers Union blamed Minister Karl Bauer for the drought losses. " +
          "Activist Sam Adeyemi led protests against President Hugo Lenz in the capital. " +
          "Senator Nora Blake's criticism of Governor Rita Moss over the budget was loud. " +
          "Protests against the tax rise spread, Senator Ana Costa said.",
      ),
    ).toEqual([
      "Farmers Union | Karl Bauer | the drought losses",
      "Hugo Lenz | Sam Adeyemi | ",
      "Nora Blake | Rita Moss | the budget",
    ]);
  });

  it("reads a participle on the subject's own act ('issued a statement condemning B'), not a gerund", () => {
    expect(
      disagreements(
        "The Dockworkers Union issued a statement condemning Minister Karl Bauer over the port closures. " +
          "Senator Nora Blake said condemning Governor Hugo Lenz would not help. " +
          "Senator Ana Costa was accused of slamming Governor Rita Moss.",
      ),
    ).toEqual(["Dockworkers Union | Karl Bauer | the port closures"]);
  });
});
