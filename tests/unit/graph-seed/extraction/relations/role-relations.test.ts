import { describe, expect, it } from "vitest";
import { extractBody, findRelation } from "./helpers";

describe("HEADS and MEMBER_OF from role phrases", () => {
  it("names an organisation without a head word from 'chief executive of X, NAME'", () => {
    const { entities, relations } = extractBody(
      "The chief executive of Nordvik, Tomas Berglund, met with Finance Minister Eva Lind on Monday.",
    );
    expect(entities.find((e) => e.name === "Nordvik")?.type).toBe("Organization");
    expect(findRelation(relations, "HEADS", "Tomas Berglund", "Nordvik")).toBeDefined();
    expect(findRelation(relations, "MET_WITH", "Tomas Berglund", "Eva Lind")?.date).toBe(
      "2022-05-09",
    );
  });

  it("reads 'who is also president of X' and 'who leads Country's X Party'", () => {
    const { relations } = extractBody(
      "Omar Haddad, who is also president of Sporting Lisboa, spoke first. Jane Moss, who leads Canada's Green Party, agreed.",
    );
    expect(findRelation(relations, "HEADS", "Omar Haddad", "Sporting Lisboa")).toBeDefined();
    expect(findRelation(relations, "HEADS", "Jane Moss", "Green Party")).toBeDefined();
  });

  it("gives 'a member of the X' an organisation even without a head word", () => {
    const { relations } = extractBody(
      "Ravi Menon, a member of the Lok Sabha, criticised the budget on Monday.",
    );
    expect(findRelation(relations, "MEMBER_OF", "Ravi Menon", "Lok Sabha")).toBeDefined();
  });

  it("takes the organisation that ends an apposition, not its modifier", () => {
    const { relations } = extractBody(
      "Anna Vogel, head of the UN food agency WFP, visited the camp on Monday.",
    );
    expect(findRelation(relations, "HEADS", "Anna Vogel", "World Food Programme")).toBeDefined();
    expect(findRelation(relations, "HEADS", "Anna Vogel", "United Nations")).toBeUndefined();
  });

  it("reads 'X (ACR), headed by NAME' with the article's acronym", () => {
    const { entities, relations } = extractBody(
      "The UN Office for the Coordination of Relief Affairs (OCRA), headed by Paul Dunn, asked for funds. OCRA said the appeal was short.",
    );
    const orgs = entities.filter((e) => e.type === "Organization" && e.name.includes("Relief"));
    expect(orgs).toHaveLength(1);
    expect(
      findRelation(
        relations,
        "HEADS",
        "Paul Dunn",
        "UN Office for the Coordination of Relief Affairs",
      ),
    ).toBeDefined();
  });

  it("knows a well-known body written before a qualified title ('UNICEF Executive Director X')", () => {
    const { relations } = extractBody(
      "UNICEF Executive Director Maria Ortiz visited Malawi on Monday.",
    );
    expect(findRelation(relations, "HEADS", "Maria Ortiz", "UNICEF")).toBeDefined();
  });
});

describe("titles and phrases seen in news from other regions", () => {
  it("reads a portfolio with a comma list ('Minister of Economy, Trade and Industry X')", () => {
    const { relations } = extractBody(
      "Minister of Energy, Mines and Water Kofi Mensah said on Monday the plant would open.",
    );
    expect(
      findRelation(relations, "HEADS", "Kofi Mensah", "Ministry of Energy, Mines and Water"),
    ).toBeDefined();
  });

  it("reads two portfolios joined by 'and' before 'Minister'", () => {
    const { relations } = extractBody(
      "Fisheries and Oceans Minister Joyce Murray and Australian Trade Minister Don Lee met on Monday.",
    );
    expect(
      findRelation(relations, "HEADS", "Joyce Murray", "Ministry of Fisheries and Oceans"),
    ).toBeDefined();
    expect(findRelation(relations, "HEADS", "Don Lee", "Ministry of Trade")).toBeDefined();
  });

  it("reads 'X, of the leftist Y Party' and 'X, who leads the ruling Y Party'", () => {
    const { relations } = extractBody(
      "Ana Costa, of the leftist Popular Unity Party, spoke first. Prime Minister Taro Mori, who leads the ruling Liberal Party, replied.",
    );
    expect(findRelation(relations, "MEMBER_OF", "Ana Costa", "Popular Unity Party")).toBeDefined();
    expect(findRelation(relations, "HEADS", "Taro Mori", "Liberal Party")).toBeDefined();
  });

  it("reads 'X, a Democrat from Ohio who chairs the Y Committee'", () => {
    const { relations } = extractBody(
      "Rep. Dana Pike, a Democrat from Ohio who chairs the House Rules Committee, objected.",
    );
    expect(findRelation(relations, "HEADS", "Dana Pike", "House Rules Committee")).toBeDefined();
  });

  it("keeps \"People's\" and 'Office of Management and Budget' inside names", () => {
    const { entities } = extractBody(
      "The Nordic People's Alliance met the Office of Management and Budget on Monday.",
    );
    const names = entities.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(["Nordic People's Alliance", "Office of Management and Budget"]),
    );
  });

  it("names 'the Greens, led by X' as an organisation", () => {
    const { relations } = extractBody(
      "But the Greens, led by Terry Lund, rejected the proposal on Monday.",
    );
    expect(findRelation(relations, "HEADS", "Terry Lund", "Greens")).toBeDefined();
  });

  it("does not read 'A, and B Executive Director C' as an apposition of A", () => {
    const { relations } = extractBody(
      "The Director-General of the Port Authority, Karl Weiss, and UNICEF Executive Director Ann Moe met on Tuesday.",
    );
    expect(findRelation(relations, "HEADS", "Karl Weiss", "UNICEF")).toBeUndefined();
    expect(findRelation(relations, "HEADS", "Ann Moe", "UNICEF")).toBeDefined();
  });
});
