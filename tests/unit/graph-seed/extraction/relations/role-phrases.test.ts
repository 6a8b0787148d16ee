import { describe, expect, it } from "vitest";
import { extractBody, relationSet, roleLines } from "./helpers";

describe("roles said by a title phrase before the name", () => {
  it("reads 'X President, A', 'the President of the X, XYZ, A' and 'Secretary, X, A'", () => {
    expect(
      roleLines(
        "The strike followed an assault on Labour Congress President, John Miller, in the capital. " +
          "The President of the Andean Football Federation, AFF, Peter Walsh, arrived later. " +
          "Secretary, Ministry of Inter-Provincial Coordination, Mary Jones was also present.",
      ),
    ).toEqual([
      "HEADS | John Miller | Labour Congress",
      "HEADS | Peter Walsh | Andean Football Federation",
      "MEMBER_OF | Mary Jones | Ministry of Inter-Provincial Coordination",
    ]);
  });

  it("reads 'a spokesman for the X, A' as membership, and no role from 'the former president of X, A'", () => {
    expect(
      roleLines(
        "A spokesman for the Green Party, John Miller, declined to comment. " +
          "The former president of the Andean Football Federation, Peter Walsh, spoke next.",
      ),
    ).toEqual(["MEMBER_OF | John Miller | Green Party"]);
  });

  it("gives no membership to someone who met officials of an organisation", () => {
    expect(roleLines("Senator Nora Blake met officials of the Green Party on Monday.")).toEqual([]);
  });
});

describe("roles given by an appointment", () => {
  it("reads 'X has named A as chief executive' and 'A was appointed chairman of X'", () => {
    expect(
      roleLines(
        "The Atlas Corp. said it has named John Miller as chief executive officer, effective immediately. " +
          "Senator Nora Blake was appointed chairman of the Budget Committee last week.",
      ),
    ).toEqual(["HEADS | John Miller | Atlas Corp.", "HEADS | Nora Blake | Budget Committee"]);
  });

  it("gives no role from an appointment that may come later", () => {
    expect(
      roleLines(
        "Senator Nora Blake could be appointed chairman of the Budget Committee next year.",
      ),
    ).toEqual([]);
  });
});

describe("roles said by an acronym or an appointment", () => {
  it("reads an acronym right before a title as the organisation, but not a title abbreviation", () => {
    expect(
      roleLines(
        "HWU President Peter Walsh said the strike would go on. " +
          "PM John Miller visited the port. " +
          "The LCF general secretary Mary Jones spoke after him.",
      ),
    ).toEqual(["HEADS | Peter Walsh | HWU", "MEMBER_OF | Mary Jones | LCF"]);
  });

  it("reads 'X (XYZ) senior leader A' as membership and a bracketed title phrase before a name", () => {
    expect(
      roleLines(
        "Green Alliance Party (GAP) senior leader John Miller said on Sunday the plan had failed. " +
          "Ministry of Inland Waterways (MIW) spokesperson, Mary Jones said the port would reopen.",
      ),
    ).toEqual([
      "MEMBER_OF | John Miller | Green Alliance Party",
      "MEMBER_OF | Mary Jones | Ministry of Inland Waterways",
    ]);
  });

  it("reads the appointment of A as a coach or vice president as membership, as chairman as head", () => {
    expect(
      roleLines(
        "The Harbour Authority announced today the appointment of John Smith as the new national team coach. " +
          "Acme Corp. also named Mary Jones as the company's senior vice president of Communications. " +
          "Harbour Bank said its board of directors has named Peter Brown as chairman.",
      ),
    ).toEqual([
      "HEADS | Peter Brown | Harbour Bank",
      "MEMBER_OF | John Smith | Harbour Authority",
      "MEMBER_OF | Mary Jones | Acme Corp.",
    ]);
  });
});

describe("roles said by a bare role, a workplace or a party written as a person's", () => {
  it("reads 'A, president, X' and 'A, general manager, X, Y office', but not a former role", () => {
    expect(
      roleLines(
        "“We will not stop,” said Peter Walsh, president, Harbour Workers Federation. " +
          "The court named Mary Jones, General Manager, Reserve Bank of Ruritania, Northern Office as director. " +
          "John Miller, former president, Andean Football Federation, also spoke.",
      ),
    ).toEqual([
      "HEADS | Peter Walsh | Harbour Workers Federation",
      "MEMBER_OF | Mary Jones | Reserve Bank of Ruritania",
    ]);
  });

  it("reads 'A, a lawyer at X' and 'A's X Party' as membership, not 'A's X Corp'", () => {
    expect(
      roleLines(
        "Mary Jones, a lawyer at Harbour Bank, disagreed. " +
          "Opposition leader John Miller spoke first, and Miller's Green Alliance Party walked out. " +
          "Peter Walsh said Miller's Acme Corp. would stay.",
      ),
    ).toEqual([
      "MEMBER_OF | John Miller | Green Alliance Party",
      "MEMBER_OF | Mary Jones | Harbour Bank",
    ]);
  });

  it("reads an organisation's possessive acronym before a title and joins it to the full name", () => {
    const { entities, relations } = extractBody(
      "The Andean Football Federation met on Monday. AFF's president Peter Walsh said it went well.",
    );
    expect(relationSet(relations, "HEADS")).toEqual([
      "Peter Walsh | Andean Football Federation | ",
    ]);
    expect(entities.filter((e) => e.type === "Organization").map((e) => e.name)).toEqual([
      "Andean Football Federation",
    ]);
  });
});
