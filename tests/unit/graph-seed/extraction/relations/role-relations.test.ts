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
