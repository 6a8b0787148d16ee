import { describe, expect, it } from "vitest";
import { extractBody, relationSet } from "./helpers";

/** The MET_WITH relations of a body written for the test (published 2022-05-11, a Wednesday). */
function meetings(body: string): string[] {
  return relationSet(extractBody(body).relations, "MET_WITH");
}

describe("descriptions that refer to a person already named", () => {
  it("reads 'the emir' as the one emir named before", () => {
    expect(
      meetings(
        "Emir of Qatar Sheikh Tamim Al-Rayyan landed in Oslo on Monday. " +
          "Prime Minister Ingrid Dahl received the emir at the palace on Tuesday.",
      ),
    ).toEqual(["Ingrid Dahl | Tamim Al-Rayyan | 2022-05-10"]);
  });

  it("reads 'the Sports Minister' as the minister of that portfolio, not another minister", () => {
    expect(
      meetings(
        "Sports Minister Kwame Mensah and Finance Minister Abena Owusu spoke at the launch. " +
          "Later, President Kofi Boateng met the Sports Minister at his office on Monday.",
      ),
    ).toEqual(["Kofi Boateng | Kwame Mensah | 2022-05-09"]);
  });

  it("refers to no one when two people fit the description", () => {
    expect(
      meetings(
        "Minister Ana Lopes and Minister Rui Costa opened the fair. " +
          "President Tiago Mendes received the minister on Tuesday.",
      ),
    ).toEqual([]);
  });

  it("does not read 'the crown prince' as a deputy crown prince, nor a title before a name", () => {
    expect(
      meetings(
        "Deputy Crown Prince Faris bin Nayef toured the port. " +
          "The Crown Prince Salim bin Rashid hosted Governor Hana Sato on Monday. " +
          "The crown prince later received Mayor Leo Brandt.",
      ),
    ).toEqual(["Hana Sato | Salim bin Rashid | 2022-05-09", "Leo Brandt | Salim bin Rashid | "]);
  });

  it("resolves only to someone named before the description", () => {
    expect(
      meetings(
        "Ambassador Lena Berg met the president on Monday. President Omar Diallo spoke later.",
      ),
    ).toEqual([]);
  });
});

describe("descriptions in the disagreement rules", () => {
  it("reads 'the emir criticised B' and 'B criticised the emir' as the emir named before", () => {
    for (const body of [
      "Kuwaiti Emir Hamad Saleh met Premier Dora Kent in Vella. The emir criticised Senator Nora Blake over the tariff plan.",
      "Emir Hamad Saleh met Premier Dora Kent in Vella. Senator Nora Blake criticised the emir over the tariff plan.",
    ])
      expect(
        relationSet(extractBody(body).relations, "DISAGREES_ON").map((l) =>
          l.split(" | ").slice(0, 2),
        ),
      ).toEqual([["Hamad Saleh", "Nora Blake"]]);
  });
});
