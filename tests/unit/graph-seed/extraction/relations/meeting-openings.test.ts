import { describe, expect, it } from "vitest";
import { extractBody, relationSet } from "./helpers";

/** The MET_WITH relations of a body written for the test (published 2022-05-11, a Wednesday). */
function meetings(body: string): string[] {
  return relationSet(extractBody(body).relations, "MET_WITH");
}

describe("meetings named by the phrase a clause opens or closes with", () => {
  it("pairs the people of 'During the meeting, A and B stressed ...' whatever the verb", () => {
    expect(
      meetings(
        "Chancellor Ilse Brandt hosted a delegation on Tuesday. During the meeting at the old castle, Chancellor Ilse Brandt and Premier Tomas Okafor stressed the value of trade.",
      ),
    ).toEqual(["Ilse Brandt | Tomas Okafor | 2022-05-10"]);
  });

  it("reads a subject list with an apposition after 'In an official meeting held in X, Y,'", () => {
    expect(
      meetings(
        "In an official meeting held in Lisbon, Portugal, the President of Portugal, Rui Matos, and Kenyan Trade Minister Peter Mwangi discussed port fees on Monday.",
      ),
    ).toEqual(["Peter Mwangi | Rui Matos | 2022-05-09"]);
  });

  it("pairs the two people of a clause that ends 'during their talks'", () => {
    expect(
      meetings(
        "Minister Jonas Petras welcomed the first visit to Riga by Foreign Secretary Tomas Reyes during their talks on Friday.",
      ),
    ).toEqual(["Jonas Petras | Tomas Reyes | 2022-05-06"]);
  });

  it("adds the attendees of a meeting opened that way, against the visiting side only", () => {
    expect(
      meetings(
        "During the talks in Oslo, King Harald and Kenyan envoy Vusi Ndlovu praised the new accord. The meeting was attended by Court Chief Omar Farouk and Norway's Ambassador to Kenya Erik Dahl.",
      ),
    ).toEqual([
      "Erik Dahl | Vusi Ndlovu | ",
      "King Harald | Vusi Ndlovu | ",
      "Omar Farouk | Vusi Ndlovu | ",
    ]);
  });

  it("reads the opening phrase after a dateline", () => {
    expect(
      meetings(
        "Lisbon, May 9 (Harbour News) -- During the talks at the old fort, Chancellor Ilse Brandt and Premier Tomas Okafor signed a port accord.",
      ),
    ).toEqual(["Ilse Brandt | Tomas Okafor | 2022-05-09"]);
  });

  it("gives nothing for a meeting with someone else, a lone subject, or a third person", () => {
    expect(
      meetings(
        "After a meeting with the board, coach Lena Berg and captain Mia Strand said little. At the meeting, Lena Berg spoke first. During their talks, Lena Berg told Mia Strand that Minister Ola Nilsen had left.",
      ),
    ).toEqual([]);
  });

  it("gives nothing for a planned meeting opened that way", () => {
    expect(
      meetings(
        "At the summit next month, President Hugo Lenz and Premier Dora Kent will sign the accord.",
      ),
    ).toEqual([]);
  });
});

describe("meeting verbs and participant lists", () => {
  it("reads 'conferred with' and a list whose items carry 'President of X' titles", () => {
    expect(
      meetings(
        "President Ana Lopes conferred with President of Ghana Kofi Mensah, President of Togo, Faure Agbo, and President of Benin Paul Sossou on Monday.",
      ),
    ).toEqual([
      "Ana Lopes | Faure Agbo | 2022-05-09",
      "Ana Lopes | Kofi Mensah | 2022-05-09",
      "Ana Lopes | Paul Sossou | 2022-05-09",
    ]);
  });

  it("keeps the list going after a capitalised apposition with an acronym in brackets", () => {
    expect(
      meetings(
        "President Ana Lopes received Karl Brandt, President of the International Rowing Association (IRA), and Tomas Weber, President of the National Rowing Union, who gave her a medal.",
      ),
    ).toEqual(["Ana Lopes | Karl Brandt | ", "Ana Lopes | Tomas Weber | "]);
  });

  it("reads ', the Minister for X, B' as the next name's title, not an apposition", () => {
    expect(
      meetings(
        "Foreign Minister Ana Lopes held bilateral meetings with her Chilean counterpart, Pablo Rojas, the Minister for Defence, Carla Diaz, and the Minister for Police, Mario Vidal on Monday.",
      ),
    ).toEqual([
      "Ana Lopes | Carla Diaz | 2022-05-09",
      "Ana Lopes | Mario Vidal | 2022-05-09",
      "Ana Lopes | Pablo Rojas | 2022-05-09",
    ]);
  });

  it("reaches a guest behind a long title of office, and not one behind a clause", () => {
    expect(
      meetings(
        "On 3 May, the Minister of Foreign Affairs of the Republic of Latvia Janis Ozols met with the Minister of Foreign Affairs of the Republic of Estonia Mart Tamm. " +
          "Later, Janis Ozols met with reporters who had travelled from Tallinn with the Minister of Culture Toomas Kask.",
      ),
    ).toEqual(["Janis Ozols | Mart Tamm | 2022-05-03"]);
  });

  it("reads 'a visit to B' with a long title and apposition as a meeting, and not a visit to a place", () => {
    expect(
      meetings(
        "Coach Tom Hale spoke to reporters on Monday. He made this appeal during a visit to the Chairman of the Harbour Football Association, Ian Moss. " +
          "Ana Lopes cut short her official visit to Chile.",
      ),
    ).toEqual(["Ian Moss | Tom Hale | "]);
  });

  it("meets those who came with both guests only with the host", () => {
    expect(
      meetings(
        "President Ana Lopes received Karl Brandt and Tomas Weber at the palace. Tomas Weber and Karl Brandt were accompanied by union secretary Ian Moss.",
      ),
    ).toEqual([
      "Ana Lopes | Ian Moss | ",
      "Ana Lopes | Karl Brandt | ",
      "Ana Lopes | Tomas Weber | ",
    ]);
  });
});
