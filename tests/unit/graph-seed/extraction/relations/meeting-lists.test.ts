import { describe, expect, it } from "vitest";
import { extractBody, relationSet } from "./helpers";

/** The MET_WITH relations of a body written for the test (published 2022-05-11, a Wednesday). */
function meetings(body: string): string[] {
  return relationSet(extractBody(body).relations, "MET_WITH");
}

describe("the participant lists of meetings", () => {
  it("pairs the host with each guest of 'A hosted B, C and D', and no guest with another", () => {
    expect(
      meetings(
        "President Hugo Lenz hosted Premier Dora Kent, Governor Sami Haddad and Mayor Ines Duval on Monday.",
      ),
    ).toEqual([
      "Dora Kent | Hugo Lenz | 2022-05-09",
      "Hugo Lenz | Ines Duval | 2022-05-09",
      "Hugo Lenz | Sami Haddad | 2022-05-09",
    ]);
  });

  it("reads 'A met separately with B and C' as A-B and A-C only", () => {
    expect(
      meetings(
        "Minister Ivo Petrov met separately with Senator Nora Blake and Governor Rita Moss on Tuesday.",
      ),
    ).toEqual(["Ivo Petrov | Nora Blake | 2022-05-10", "Ivo Petrov | Rita Moss | 2022-05-10"]);
  });

  it("meets whoever a meeting took place in the presence of with both sides", () => {
    expect(
      meetings(
        "President Hugo Lenz and Premier Dora Kent met for an hour on Monday in the presence of former U.N. envoy Abel Grant.",
      ),
    ).toEqual([
      "Abel Grant | Dora Kent | 2022-05-09",
      "Abel Grant | Hugo Lenz | 2022-05-09",
      "Dora Kent | Hugo Lenz | 2022-05-09",
    ]);
  });

  it("reads 'After his meeting yesterday with B and C, A said' with A as the host, not as a guest", () => {
    expect(
      meetings(
        "After his meeting yesterday with Governor Rita Moss and Mayor Ines Duval, President Hugo Lenz announced a new plan.",
      ),
    ).toEqual(["Hugo Lenz | Ines Duval | 2022-05-10", "Hugo Lenz | Rita Moss | 2022-05-10"]);
  });

  it("keeps an attendee whose title names a place ('Ambassador to X') in the list", () => {
    expect(
      meetings(
        "President Hugo Lenz received Premier Dora Kent on Monday. " +
          "In attendance were Governor Ines Duval and Kenyan Ambassador to Uganda Sami Haddad.",
      ),
    ).toEqual([
      "Dora Kent | Hugo Lenz | 2022-05-09",
      "Dora Kent | Ines Duval | 2022-05-09",
      "Dora Kent | Sami Haddad | 2022-05-09",
    ]);
  });
});
