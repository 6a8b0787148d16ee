import { describe, expect, it } from "vitest";
import { extract } from "../../../../graph-seed/extraction/index";
import { findRelation, parsedArticle } from "../../../support/extraction";

const article = (body: string, publishedOn = "2021-03-10") => parsedArticle(body, publishedOn);

const find = findRelation;

describe("generic gaps found on a held-out set", () => {
  it("knows the Pacific island states, also as title qualifiers", () => {
    const { entities, relations } = extract(
      article(
        "Solomon Islands Prime Minister Peter Kemakeza met with Tuvalu Foreign Minister Ana Teleke on Monday. " +
          "Officials from Samoa, Tonga and the Cook Islands joined later.",
      ),
    );
    const countries = entities.filter((e) => e.type === "Country").map((e) => e.name);
    expect(countries.sort()).toEqual([
      "Cook Islands",
      "Samoa",
      "Solomon Islands",
      "Tonga",
      "Tuvalu",
    ]);
    expect(find(relations, "MET_WITH", "Peter Kemakeza", "Ana Teleke")?.date).toBe("2021-03-08");
  });

  it("keeps 'X and Y' inside an organisation name only with 'the', a possessive or an acronym", () => {
    const names = (body: string) =>
      extract(article(body))
        .entities.filter((e) => e.type === "Organization")
        .map((e) => e.name);
    expect(names("Officials at the Fisheries and Oceans Agency said no.")).toEqual([
      "Fisheries and Oceans Agency",
    ]);
    expect(names("Chile's Energy and Mines Commission (EMC) met on Monday.")).toEqual([
      "Energy and Mines Commission",
    ]);
    expect(names("Borden and Liberal Party officials met.")).toEqual(["Liberal Party"]);
    const { relations } = extract(
      article("The Ports and Harbours Authority (PHA), led by Rosa Quint, said it would appeal."),
    );
    expect(find(relations, "HEADS", "Rosa Quint", "Ports and Harbours Authority")).toBeDefined();
  });

  it("gives no role to an apposition that names a past role", () => {
    const { relations } = extract(
      article(
        "Trade Minister Lars Ekdahl, a former head of the National Statistics Agency, met with Ambassador Rui Mota on Monday. " +
          "Ada Brink, head of the Maritime Safety Agency, welcomed the talks.",
      ),
    );
    expect(find(relations, "HEADS", "Lars Ekdahl", "National Statistics Agency")).toBeUndefined();
    expect(find(relations, "HEADS", "Ada Brink", "Maritime Safety Agency")).toBeDefined();
  });

  it("finds the two parties of a disagreement across their titles and a coordinated predicate", () => {
    const titled = extract(
      article(
        "Chile's Foreign Minister Ana Ruiz and Peru Trade Minister Luis Mora were at odds over the fishing quota, officials said.",
      ),
    );
    expect(find(titled.relations, "DISAGREES_ON", "Ana Ruiz", "Luis Mora")?.topic).toBe(
      "the fishing quota",
    );
    const coordinated = extract(
      article(
        "Foreign Minister Ana Ruiz met with Ambassador Luis Mora on Monday. " +
          "The two officials signed a memorandum on trade, but remain at odds over fishing rights.",
      ),
    );
    expect(find(coordinated.relations, "DISAGREES_ON", "Ana Ruiz", "Luis Mora")).toBeDefined();
    const notThem = extract(
      article(
        "Foreign Minister Ana Ruiz met with Ambassador Luis Mora on Monday. " +
          "The two officials praised the talks, but farmers remain at odds over fishing rights.",
      ),
    );
    expect(find(notThem.relations, "DISAGREES_ON", "Ana Ruiz", "Luis Mora")).toBeUndefined();
  });

  it("reads 'the governor of X, A' and 'A, co-leader of X' as heads", () => {
    const { entities, relations } = extract(
      article(
        "The governor of the Reserve Bank of Zamunda (RBZ), Tobi Okafor, met with Ambassador Rui Mota on Monday. " +
          "Ilse Brandt, co-leader of the Civic Alliance Party, criticised the meeting.",
      ),
    );
    expect(entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(["Tobi Okafor", "Ilse Brandt"]),
    );
    expect(find(relations, "HEADS", "Tobi Okafor", "Reserve Bank of Zamunda")).toBeDefined();
    expect(find(relations, "MET_WITH", "Tobi Okafor", "Rui Mota")?.date).toBe("2021-03-08");
    expect(find(relations, "HEADS", "Ilse Brandt", "Civic Alliance Party")).toBeDefined();
  });

  it("reads a portfolio after 'for' in a title as after 'of'", () => {
    const { relations } = extract(
      article(
        "Minister for Fisheries Ana Ruiz met with European Commissioner for Transport Lena Holt on Monday.",
      ),
    );
    expect(find(relations, "MET_WITH", "Ana Ruiz", "Lena Holt")?.date).toBe("2021-03-08");
    expect(find(relations, "HEADS", "Ana Ruiz", "Ministry of Fisheries")).toBeDefined();
    const described = extract(
      article(
        "Ambassador Rui Mota, special representative for Maritime and Border Affairs at the Ministry of Defense, spoke.",
      ),
    );
    expect(described.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual([
      "Rui Mota",
    ]);
  });

  it("makes the leader of 'a delegation from the X' a member of X, not its head", () => {
    const { relations } = extract(
      article(
        "Finance Minister Ana Ruiz received a delegation from the Asian Development Bank, led by its regional director Maria Berg, on Tuesday.",
      ),
    );
    expect(find(relations, "HEADS", "Maria Berg", "Asian Development Bank")).toBeUndefined();
    expect(find(relations, "MEMBER_OF", "Maria Berg", "Asian Development Bank")).toBeDefined();
  });

  it("starts no name inside a country's name after 'leader of'", () => {
    const { entities, relations } = extract(
      article("Ana Ruiz, the leader of South Africa First, criticised the plan."),
    );
    expect(entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["Ana Ruiz"]);
    expect(find(relations, "HEADS", "Ana Ruiz", "South Africa First")).toBeDefined();
  });
});
