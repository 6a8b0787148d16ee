import { describe, expect, it } from "vitest";
import { extract } from "../../../../graph-seed/extraction/index";
import { findRelation, parsedArticle } from "../../../support/extraction";

const article = (body: string, publishedOn = "2022-05-11") => parsedArticle(body, publishedOn);

const has = (...args: Parameters<typeof findRelation>) => findRelation(...args) !== undefined;

describe("organisation mentions", () => {
  it("knows international bodies by their acronyms", () => {
    const { entities, relations } = extract(
      article("UNHCR chief Anna Berg met IGAD officials in Nairobi on Monday."),
    );
    expect(entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(["UNHCR", "Intergovernmental Authority on Development"]),
    );
    expect(has(relations, "HEADS", "Anna Berg", "UNHCR")).toBe(true);
  });

  it("reads a company by its legal suffix and later by its short name", () => {
    const { entities, relations } = extract(
      article(
        "Halvorsen Biologics AG agreed to buy Tessaro Pharma for $2 billion. Tessaro chief executive Mia Lund said on Monday the deal was fair.",
      ),
    );
    expect(entities.map((e) => e.name)).not.toContain("Tessaro");
    expect(entities.some((e) => e.name === "Halvorsen Biologics AG")).toBe(true);
    expect(has(relations, "HEADS", "Mia Lund", "Tessaro Pharma")).toBe(true);
  });

  it("names a party written with a lower-case 'party' after it", () => {
    const { entities, relations } = extract(
      article("Vera Holm, the leader of the centrist N21 party, said on Monday she would run."),
    );
    expect(entities.find((e) => e.name === "N21")?.type).toBe("Organization");
    expect(has(relations, "HEADS", "Vera Holm", "N21")).toBe(true);
  });

  it("finds the organisation before a qualified title ('X Group Executive Chair Y')", () => {
    const { relations } = extract(
      article("Norland Steel Group Executive Chair Park Ji-ho visited the plant on Monday."),
    );
    expect(has(relations, "HEADS", "Park Ji-ho", "Norland Steel Group")).toBe(true);
  });

  it("keeps 'of' inside a long agency name but not before a country", () => {
    const { entities } = extract(
      article(
        "The Office for the Coordination of Rural Affairs said funds were short. The Ministry of Foreign Affairs of Peru agreed.",
      ),
    );
    const names = entities.map((e) => e.name);
    expect(names).toContain("Office for the Coordination of Rural Affairs");
    expect(names).toContain("Ministry of Foreign Affairs");
  });
});

describe("organisation names with 'and' inside", () => {
  const orgs = (body: string) =>
    extract(article(body))
      .entities.filter((e) => e.type === "Organization")
      .map((e) => e.name)
      .sort();

  it("keeps up to three words before 'and' after an article, and a club as a head", () => {
    expect(orgs("The rally met at the Harbour Rowing and Sailing Club on Sunday.")).toEqual([
      "Harbour Rowing and Sailing Club",
    ]);
    expect(
      orgs("She chaired the Northern Coastal Fisheries and Marine Authority until 2019."),
    ).toEqual(["Northern Coastal Fisheries and Marine Authority"]);
    expect(orgs("The figures appear in a Mining and Energy Commission report.")).toEqual([
      "Mining and Energy Commission",
    ]);
  });

  it("leaves two names joined by 'and' apart without such a sign", () => {
    expect(orgs("Tor Lindqvist and Labour Party officials met on Monday.")).toEqual([
      "Labour Party",
    ]);
  });
});

describe("organisation names that a head opens in other languages", () => {
  const kinds = (body: string) =>
    extract(article(body))
      .entities.map((e) => `${e.type}:${e.name}`)
      .sort();

  it("reads 'Grupo ...', 'Banco ...' as organisations, never as people", () => {
    expect(
      kinds("Peru’s Grupo Andino Ferreyros said it would buy Banco Pacifico Oriente next year."),
    ).toEqual([
      "Country:Peru",
      "Organization:Banco Pacifico Oriente",
      "Organization:Grupo Andino Ferreyros",
    ]);
  });

  it("takes no part of a longer name cut before its connector", () => {
    expect(kinds("Delegates of the Fondation Européenne de la Culture Vivante met.")).not.toContain(
      "Organization:Fondation Européenne",
    );
  });
});

describe("legislatures known by their own name", () => {
  it("reads one-word legislatures as organisations and nothing else as one", () => {
    const orgs = extract(
      article("Turnout for the Storting vote was high, and the Bundestag debated the budget."),
    )
      .entities.filter((e) => e.type === "Organization")
      .map((e) => e.name)
      .sort();
    expect(orgs).toEqual(["Bundestag", "Storting"]);
  });
});

describe("titled persons", () => {
  it("reads an honorific after a title as neither name nor title ('Minister Prince X')", () => {
    const { entities } = extract(
      article(
        "Omani Foreign Minister Sayyid Badr bin Hamad met the envoy on Monday.",
        "2022-05-10",
      ),
    );
    expect(entities.some((e) => e.type === "Person" && e.name === "Sayyid Badr bin Hamad")).toBe(
      true,
    );
    const { entities: again } = extract(
      article("Omani Foreign Minister Prince Badr bin Hamad met the envoy on Monday."),
    );
    const prince = again.find((e) => e.type === "Person");
    expect(prince?.name).toBe("Badr bin Hamad");
    expect(prince?.title).toBe("Omani Foreign Minister");
  });

  it("takes a name after 'led by' as a person", () => {
    const { relations } = extract(
      article("The Harbour Workers Union, led by Tilda Marsh, rejected the offer on Monday."),
    );
    expect(has(relations, "HEADS", "Tilda Marsh", "Harbour Workers Union")).toBe(true);
  });
});

describe("organisation resolution", () => {
  it("keeps a body named after another ('African Union Commission') apart from it", () => {
    const { entities } = extractBodyForOrgs(
      "The Sahel Union Commission met on Monday. The Sahel Union rejected the plan.",
    );
    const names = entities.filter((e) => e.type === "Organization").map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Sahel Union Commission", "Sahel Union"]));
  });
});

function extractBodyForOrgs(body: string) {
  return extract(article(body));
}

describe("the companies of a group named by its short name", () => {
  const orgRoles = (body: string) => {
    const { entities, relations } = extract(article(body));
    return {
      orgs: entities
        .filter((e) => e.type === "Organization")
        .map((e) => e.name)
        .sort(),
      roles: relations.map((r) => `${r.type} ${r.from} -> ${r.to}`).sort(),
    };
  };

  it("reads 'KDM Steel', 'KDM Marine Systems' after 'KDM Group', never a title as part of them", () => {
    expect(
      orgRoles(
        "KDM Group reshuffled its executives on Friday. KDM Steel Vice Chairman Park Min-jae will stay, and KDM Marine Systems CEO Oh Seung-hoon will retire.",
      ),
    ).toEqual({
      orgs: ["KDM Group", "KDM Marine Systems", "KDM Steel"],
      roles: ["HEADS Oh Seung-hoon -> KDM Marine Systems", "MEMBER_OF Park Min-jae -> KDM Steel"],
    });
  });

  it("keeps a link of another language inside a long name, and an acronym opens no company", () => {
    expect(
      orgRoles(
        "Luc Marchal, President of the Alliance Internationale de Patinage Artistique Association (AIPAA), said the AIPAA Grand Prix would go on.",
      ),
    ).toEqual({
      orgs: ["Alliance Internationale de Patinage Artistique Association"],
      roles: ["HEADS Luc Marchal -> Alliance Internationale de Patinage Artistique Association"],
    });
  });

  it("ends a stock exchange's name at 'Exchange'", () => {
    expect(orgRoles("The firm listed its shares on the Norland Securities Exchange.").orgs).toEqual(
      ["Norland Securities Exchange"],
    );
  });
});
