import { describe, expect, it } from "vitest";
import { extractBody, relationSet } from "./helpers";

/** The MET_WITH relations of a body written for the test (published 2022-05-11, a Wednesday). */
function meetings(body: string): string[] {
  return relationSet(extractBody(body).relations, "MET_WITH");
}

describe("MET_WITH with several people at once", () => {
  it("meets everyone listed after 'including', and no pair inside the list", () => {
    expect(
      meetings(
        "President Elena Marsh met with five former ministers, including Senator Tomas Reyes, " +
          "Mayor Ines Duval and Minister Paulo Serra, at the presidential office on Monday.",
      ),
    ).toEqual([
      "Elena Marsh | Ines Duval | 2022-05-09",
      "Elena Marsh | Paulo Serra | 2022-05-09",
      "Elena Marsh | Tomas Reyes | 2022-05-09",
    ]);
  });

  it("reads 'held talks with A, B and C' as three meetings", () => {
    expect(
      meetings(
        "Chancellor Otto Brandt held talks with Mayor Lina Voss, Senator Abel Grant and Governor Rita Moss on Tuesday.",
      ),
    ).toEqual([
      "Abel Grant | Otto Brandt | 2022-05-10",
      "Lina Voss | Otto Brandt | 2022-05-10",
      "Otto Brandt | Rita Moss | 2022-05-10",
    ]);
  });

  it("reads 'hosted a luncheon for A and B' as meetings of the host with each guest", () => {
    expect(
      meetings(
        "Prime Minister Sara Holm hosted a luncheon for Ambassador Jon Ekberg and Minister Petra Lund on Sunday.",
      ),
    ).toEqual(["Jon Ekberg | Sara Holm | 2022-05-08", "Petra Lund | Sara Holm | 2022-05-08"]);
  });

  it("pairs the heads of two delegations that held a videoconference", () => {
    expect(
      meetings(
        "The two delegations, led by Minister Karl Bauer and Minister Ana Ruiz, held a videoconference on Friday.",
      ),
    ).toEqual(["Ana Ruiz | Karl Bauer | 2022-05-06"]);
  });

  it("reads 'talks between A and B', 'A sat down with B' and 'A and B held a bilateral meeting'", () => {
    expect(
      meetings(
        "Talks between President Hugo Lenz and Premier Dora Kent took place on Monday. " +
          "Minister Ivo Petrov sat down with Senator Nora Blake on Tuesday. " +
          "President Omar Haddad and Prime Minister Lars Winter held a bilateral meeting on the sidelines of the summit on Sunday.",
      ),
    ).toEqual([
      "Dora Kent | Hugo Lenz | 2022-05-09",
      "Ivo Petrov | Nora Blake | 2022-05-10",
      "Lars Winter | Omar Haddad | 2022-05-08",
    ]);
  });

  it("reads 'A met her Danish counterpart B' and 'In a meeting with B, A called for ...'", () => {
    expect(
      meetings(
        "Foreign Minister Ruth Adler met her Danish counterpart Sven Holt on Monday. " +
          "In a short meeting with President Hugo Lenz on Tuesday, Governor Mia Stone called for closer trade ties.",
      ),
    ).toEqual(["Hugo Lenz | Mia Stone | 2022-05-10", "Ruth Adler | Sven Holt | 2022-05-09"]);
  });

  it("meets each subject of 'A and B held talks with C' with C, not with each other", () => {
    expect(
      meetings(
        "Minister Karl Bauer and Senator Abel Grant held talks with President Hugo Lenz on Monday.",
      ),
    ).toEqual(["Abel Grant | Hugo Lenz | 2022-05-09", "Hugo Lenz | Karl Bauer | 2022-05-09"]);
  });

  it("reads 'called on B' as a visit, but not 'called on B to resign'", () => {
    expect(
      meetings(
        "Governor Mia Stone called on Minister Ivo Petrov at his office on Monday. " +
          "Later, Senator Nora Blake called on Minister Ivo Petrov to resign.",
      ),
    ).toEqual(["Ivo Petrov | Mia Stone | 2022-05-09"]);
  });

  it("does not list the speaker of 'A met B, C said' among those met", () => {
    expect(
      meetings("Minister Karl Bauer met President Hugo Lenz on Monday, Senator Abel Grant said."),
    ).toEqual(["Hugo Lenz | Karl Bauer | 2022-05-09"]);
  });

  it("reports no meeting for a phone call or a planned meeting", () => {
    expect(
      meetings(
        "Minister Ivo Petrov held a phone call with Senator Nora Blake on Monday. " +
          "Minister Karl Bauer will meet Senator Abel Grant next week.",
      ),
    ).toEqual([]);
  });
});

describe("MET_WITH said another way", () => {
  it("reads a passive welcome, 'received a visit from' and 'held wide-ranging talks'", () => {
    expect(
      meetings(
        "Upon arrival, Prime Minister Ivo Petrov and his delegation were welcomed by President Hugo Lenz on Friday. " +
          "Governor Mia Stone received a visit from Senator Nora Blake on Monday. " +
          "Emir Omar Haddad and King Lars Winter held wide-ranging official talks on Tuesday.",
      ),
    ).toEqual([
      "Hugo Lenz | Ivo Petrov | 2022-05-06",
      "Lars Winter | Omar Haddad | 2022-05-10",
      "Mia Stone | Nora Blake | 2022-05-09",
    ]);
  });

  it("reads 'left for a face-to-face meeting' and 'a news conference with', not 'called for a meeting'", () => {
    expect(
      meetings(
        "President Hugo Lenz and Prime Minister Ivo Petrov then left for a face-to-face meeting. " +
          "Minister Ana Ruiz said at a news conference with Minister Karl Bauer that the deal was close. " +
          "Senator Nora Blake and Mayor Lina Voss called for a meeting of the council.",
      ),
    ).toEqual(["Ana Ruiz | Karl Bauer | ", "Hugo Lenz | Ivo Petrov | "]);
  });

  it("does not read 'received a letter from' or 'was backed by' as a meeting", () => {
    expect(
      meetings(
        "President Hugo Lenz received a letter from Minister Karl Bauer on Monday. " +
          "Governor Mia Stone was backed by Senator Nora Blake on Tuesday.",
      ),
    ).toEqual([]);
  });
});
