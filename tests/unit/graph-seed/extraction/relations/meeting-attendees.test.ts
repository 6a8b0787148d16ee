import { describe, expect, it } from "vitest";
import { extractBody, relationSet } from "./helpers";

/** The MET_WITH relations of a body written for the test (published 2022-05-11, a Wednesday). */
function meetings(body: string): string[] {
  return relationSet(extractBody(body).relations, "MET_WITH");
}

describe("meetings told over several sentences", () => {
  it("pairs the people in attendance with the guest, not with each other or the host", () => {
    expect(
      meetings(
        "President Marta Kovac hosted Special Envoy Daniel Ortega Ruiz in Zagreb on Monday. " +
          "In attendance were Interior Minister Ivan Horvat and Defence Minister Petra Juric.",
      ),
    ).toEqual([
      "Daniel Ortega Ruiz | Ivan Horvat | 2022-05-09",
      "Daniel Ortega Ruiz | Marta Kovac | 2022-05-09",
      "Daniel Ortega Ruiz | Petra Juric | 2022-05-09",
    ]);
  });

  it("pairs each side's members with the other side's leader", () => {
    expect(
      meetings(
        "Prime Minister Aino Virtanen met her Estonian counterpart Kaja Tamm in Helsinki on Friday. " +
          "The Finnish side included Foreign Minister Pekka Laine. " +
          "From the Estonian side, Defence Minister Mart Kask was among those present.",
      ),
    ).toEqual([
      "Aino Virtanen | Kaja Tamm | 2022-05-06",
      "Aino Virtanen | Mart Kask | 2022-05-06",
      "Kaja Tamm | Pekka Laine | 2022-05-06",
    ]);
  });

  it("reads 'those who received B included A' as A meeting B", () => {
    expect(
      meetings(
        "King Harald Stone received President Elif Demir at the airport on Tuesday. " +
          "Those who received President Elif Demir also included Mayor Tom Reed and Governor Ana Bello.",
      ),
    ).toEqual([
      "Ana Bello | Elif Demir | 2022-05-10",
      "Elif Demir | Harald Stone | 2022-05-10",
      "Elif Demir | Tom Reed | 2022-05-10",
    ]);
  });

  it("reads 'A was accompanied by C' as C meeting A's guest, only when A took part", () => {
    expect(
      meetings(
        "Premier Lars Olsen held talks with President Nadia Haddad in Oslo on Monday. " +
          "Haddad was accompanied by Trade Minister Sami Khoury. " +
          "Mayor Eva Lind, who leads the city council, was accompanied by Deputy Mayor Ole Brun.",
      ),
    ).toEqual(["Lars Olsen | Nadia Haddad | 2022-05-09", "Lars Olsen | Sami Khoury | 2022-05-09"]);
  });

  it("reads 'Accompanying <the host> were ..., including <long title> C' as C meeting the guest", () => {
    expect(
      meetings(
        "President Elena Marsh received Premier Ola Nordmann in Lisbon on Monday. " +
          "Accompanying the president during the reception were several officials, including " +
          "Deputy Minister for Foreign Trade and Investment Rui Costa.",
      ),
    ).toEqual(["Elena Marsh | Ola Nordmann | 2022-05-09", "Ola Nordmann | Rui Costa | 2022-05-09"]);
  });

  it("dates 'the two leaders met' by its own sentence", () => {
    expect(
      meetings(
        "President Jonas Berg met opposition leader Mira Holt in private last month, aides said. " +
          "Berg said he and Holt had agreed to talk. The two leaders met again at a hotel on Sunday.",
      ),
    ).toEqual(["Jonas Berg | Mira Holt | 2022-05-08"]);
  });

  it("joins a host named in one sentence to the guest named in the next", () => {
    expect(
      meetings(
        "Chancellor Otto Brandt met with a visiting envoy in Berlin on Monday. " +
          "The veteran leader hosted Special Envoy Rosa Klein at the chancellery.",
      ),
    ).toEqual(["Otto Brandt | Rosa Klein | 2022-05-09"]);
  });

  it("adds no attendees to a planned meeting or a phone call", () => {
    expect(
      meetings(
        "President Marta Kovac will host Special Envoy Daniel Ortega Ruiz next week. " +
          "Also present will be Interior Minister Ivan Horvat.",
      ),
    ).toEqual([]);
    expect(
      meetings(
        "President Marta Kovac spoke with Special Envoy Daniel Ortega Ruiz by phone on Monday. " +
          "Also present was Interior Minister Ivan Horvat.",
      ),
    ).toEqual([]);
  });

  it("takes 'C, who was also present, said ...' as the one attendee, not the names C spoke of", () => {
    expect(
      meetings(
        "Chairman Rui Matos received league chief Peter Kamau at the club on Monday. " +
          "After the meeting, director Ana Ferreira, who was also present to support the chairman, said coach Tomas Ruiz plans to visit in June.",
      ),
    ).toEqual(["Ana Ferreira | Peter Kamau | 2022-05-09", "Peter Kamau | Rui Matos | 2022-05-09"]);
  });
});
