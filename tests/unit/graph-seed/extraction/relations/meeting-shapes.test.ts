import { describe, expect, it } from "vitest";
import { extractBody, relationSet } from "./helpers";

/** The MET_WITH relations of a body written for the test (published 2022-05-11, a Wednesday). */
function meetings(body: string): string[] {
  return relationSet(extractBody(body).relations, "MET_WITH");
}

describe("meetings said another way", () => {
  it("reads 'A discussed T with B' as a meeting, dated, but not a planned discussion", () => {
    expect(
      meetings(
        "Foreign Minister Olga Petrova discussed bilateral trade and the regional agenda with Foreign Minister Kamal Idris on Monday. " +
          "Coach Ana Ferreira will discuss the transfer budget with club president Rui Matos next week.",
      ),
    ).toEqual(["Kamal Idris | Olga Petrova | 2022-05-09"]);
  });

  it("meets everyone a gathering had: 'the meeting, which had A, B and C, ...'", () => {
    expect(
      meetings(
        "However, the meeting, which had Labour Minister Kofi Mensah, Finance Minister Ama Owusu and Senator Yaw Boateng, failed to end the strike on Tuesday.",
      ),
    ).toEqual([
      "Ama Owusu | Kofi Mensah | 2022-05-10",
      "Ama Owusu | Yaw Boateng | 2022-05-10",
      "Kofi Mensah | Yaw Boateng | 2022-05-10",
    ]);
  });

  it("reads 'the talks brought together A and B', but not a gathering still planned", () => {
    expect(
      meetings(
        "The talks in Nairobi brought together club owner Samuel Otieno and league chairman Peter Kamau. " +
          "A summit that would have brought together President Hugo Lenz and Premier Dora Kent was cancelled.",
      ),
    ).toEqual(["Peter Kamau | Samuel Otieno | "]);
  });

  it("reads 'met union officials' as the article's one union even when it is named after", () => {
    expect(
      meetings(
        "Transport Minister Ruth Gable met with union officials on Friday. " +
          "The Harbour Dockers Union said the talks were useful.",
      ),
    ).toEqual(["Harbour Dockers Union | Ruth Gable | 2022-05-06"]);
    expect(
      meetings(
        "Transport Minister Ruth Gable met with union officials on Friday. " +
          "The Harbour Dockers Union and the Rail Workers Union said the talks were useful.",
      ),
    ).toEqual([]);
  });

  it("dates a meeting told 'later that day' by the day the sentence before gave", () => {
    expect(
      meetings(
        "President Hugo Lenz received Foreign Minister Kamal Idris in Vienna on Monday. " +
          "Foreign Minister Olga Petrova held talks with Idris later that day.",
      ),
    ).toEqual(["Hugo Lenz | Kamal Idris | 2022-05-09", "Kamal Idris | Olga Petrova | 2022-05-09"]);
  });

  it("reads no meeting from one decided on for the future", () => {
    expect(
      meetings(
        "Senator Nora Blake said they decided to hold a Party Leaders' meeting with President Hugo Lenz every month. " +
          "Governor Rita Moss said a meeting with Premier Dora Kent would take place in the future.",
      ),
    ).toEqual([]);
  });

  it("reads the guest after where and when: 'A received on Monday at the X Palace the Y, B'", () => {
    expect(
      meetings(
        "The Emir of Qatar, Sheikh Faisal Al Thani, received on Monday at Lusail Palace the President of the Republic of Ghana, Kwame Asante, on his state visit. " +
          "Chairman Rui Matos received in Lisbon yesterday a letter from Coach Ana Ferreira.",
      ),
    ).toEqual(["Faisal Al Thani | Kwame Asante | 2022-05-09"]);
  });

  it("reads 'A received an honorary visit from B', but not a phone call received", () => {
    expect(
      meetings(
        "President Joao Mendes received an honorary visit from Trade Minister Ahmad Zaki on Monday. " +
          "Premier Dora Kent received a phone call from Governor Rita Moss on Tuesday.",
      ),
    ).toEqual(["Ahmad Zaki | Joao Mendes | 2022-05-09"]);
  });

  it("carries the subject past a kicker or an opening phrase to 'He met with B'", () => {
    expect(
      meetings(
        "First Lagos, now Accra: Chancellor Karl Brandt arrived in Ghana on Sunday. " +
          "He met with President Kwame Asante at the castle. " +
          "After the talks in Accra, Minister Olga Petrova flew to Abuja. " +
          "She met with Minister Kamal Idris on Tuesday.",
      ),
    ).toEqual(["Kamal Idris | Olga Petrova | 2022-05-10", "Karl Brandt | Kwame Asante | "]);
  });

  it("reads no meeting from votes received, a visit welcomed as planned, or talks opened by a party", () => {
    expect(
      meetings(
        "Karl Brandt received 664 votes, while Marco Rossi received 682 votes. " +
          "President Joao Mendes welcomed the planned arrival of Prime Minister Karim Osman. " +
          "Senator Nora Blake announced that the party had opened formal talks with the Labour party. " +
          "Senator Ana Costa said that she had met Governor Rita Moss on Monday.",
      ),
    ).toEqual(["Ana Costa | Rita Moss | 2022-05-09"]);
  });
});
