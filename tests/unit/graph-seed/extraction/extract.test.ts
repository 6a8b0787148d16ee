import { describe, expect, it } from "vitest";
import { extractTraced } from "../../../../graph-seed/extraction/extract";
import { extract } from "../../../../graph-seed/extraction/index";
import { findRelation, parsedArticle } from "../../../support/extraction";

const article = (body: string, publishedOn = "2021-03-10") => parsedArticle(body, publishedOn);

const find = findRelation;

describe("extract", () => {
  describe("MET_WITH with titles", () => {
    const { entities, relations } = extract(
      article(
        "Foreign Minister Ana Ruiz met with Japanese Ambassador Kenji Sato on Monday to discuss a fisheries agreement.",
      ),
    );

    it("dates the meeting from the weekday and the publication date", () => {
      const met = find(relations, "MET_WITH", "Ana Ruiz", "Kenji Sato");
      expect(met?.date).toBe("2021-03-08");
      expect(met?.evidence.sentence).toContain("met with Japanese Ambassador");
      expect(met?.confidence).toBeGreaterThanOrEqual(0.5);
    });

    it("makes a minister head the ministry of her portfolio and an ambassador represent his country", () => {
      expect(find(relations, "HEADS", "Ana Ruiz", "Ministry of Foreign Affairs")).toBeDefined();
      expect(find(relations, "REPRESENTS", "Kenji Sato", "Japan")).toBeDefined();
    });

    it("recognises titles as roles, not as parts of names", () => {
      const names = entities.map((e) => `${e.type}:${e.name}`);
      expect(names).toEqual(
        expect.arrayContaining([
          "Person:Ana Ruiz",
          "Person:Kenji Sato",
          "Country:Japan",
          "Organization:Ministry of Foreign Affairs",
        ]),
      );
      expect(entities.find((e) => e.name === "Ana Ruiz")?.title).toBe("Foreign Minister");
    });
  });

  it("reports no meeting that was negated or only planned", () => {
    const { relations } = extract(
      article(
        "Trade Minister Olu Adeyemi did not meet with Ambassador Greta Lind. " +
          "Adeyemi plans to meet Senator Rosa Kahn next week. Lind will meet with Kahn on Friday. " +
          "Kahn held phone talks with Adeyemi on Monday.",
      ),
    );
    expect(relations.filter((r) => r.type === "MET_WITH")).toEqual([]);
  });

  it("resolves a bare surname to the one full name it fits, keeping namesakes apart", () => {
    const { entities, relations } = extract(
      article(
        "Park Ji-won, head of the Maritime Agency, and Park Se-ri, a spokesperson for the Ministry of Oceans, spoke on Monday. " +
          "Later, Agency head Park met with envoy Tomas Weber, August 2.",
      ),
    );
    const people = entities.filter((e) => e.type === "Person").map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(["Park Ji-won", "Park Se-ri", "Tomas Weber"]));
    expect(people).not.toContain("Park");
    expect(find(relations, "HEADS", "Park Ji-won", "Maritime Agency")).toBeDefined();
    expect(find(relations, "MEMBER_OF", "Park Se-ri", "Ministry of Oceans")).toBeDefined();
    expect(find(relations, "MET_WITH", "Park Ji-won", "Tomas Weber")?.date).toBe("2020-08-02");
  });

  it("finds party membership, committee membership and acronyms", () => {
    const { entities, relations } = extract(
      article(
        "Sen. Hanna Berg of the opposition Liberal Alliance Party (LAP), a member of the Senate Committee on Energy and Climate, said Tuesday the plan fails. The LAP has 40 seats.",
      ),
    );
    expect(entities.find((e) => e.name === "Liberal Alliance Party")?.aliases).toContain("LAP");
    expect(find(relations, "MEMBER_OF", "Hanna Berg", "Liberal Alliance Party")).toBeDefined();
    expect(
      find(relations, "MEMBER_OF", "Hanna Berg", "Senate Committee on Energy and Climate"),
    ).toBeDefined();
  });

  it("merges 'X Ministry' with 'Ministry of X' and finds disagreements with a topic", () => {
    const { entities, relations } = extract(
      article(
        "The Ministry of Energy wants to expand the wind farm programme, the Energy Ministry said. " +
          "However, the Ministry of Finance is taking a different stance on the issue.",
      ),
    );
    expect(
      entities
        .filter((e) => e.type === "Organization")
        .map((e) => e.name)
        .sort(),
    ).toEqual(["Ministry of Energy", "Ministry of Finance"]);
    const disagreement = find(
      relations,
      "DISAGREES_ON",
      "Ministry of Finance",
      "Ministry of Energy",
    );
    expect(disagreement?.topic).toBe("expand the wind farm programme");
  });

  it("reads two countries joined by 'and' as the parties of a disagreement", () => {
    const { relations } = extract(
      article("Brazil and Argentina remain apart over beef quotas, officials said."),
    );
    expect(find(relations, "DISAGREES_ON", "Brazil", "Argentina")?.topic).toBe("beef quotas");
  });

  it("links a unit to its organisation and the unit's head to the unit", () => {
    const { relations } = extract(
      article("Ines Moreau, head of the Ministry of Culture's Heritage Office, resigned."),
    );
    expect(
      find(relations, "HEADS", "Ines Moreau", "Ministry of Culture Heritage Office"),
    ).toBeDefined();
    expect(
      find(relations, "PART_OF", "Ministry of Culture Heritage Office", "Ministry of Culture"),
    ).toBeDefined();
  });

  it("reads capitals and aliases as their country", () => {
    const { entities } = extract(
      article("Beijing criticised the plan, while the U.S. and America's allies welcomed it."),
    );
    const countries = entities.filter((e) => e.type === "Country");
    expect(countries.map((c) => c.name).sort()).toEqual(["China", "United States"]);
  });

  it("reports no conditional meeting and none announced for later", () => {
    const { relations } = extract(
      article(
        "If Governor Elsa Brandt meets Mayor Karl Ostrow, the strike may end. " +
          "Brandt meets with Ostrow next week, aides said.",
      ),
    );
    expect(relations.filter((r) => r.type === "MET_WITH")).toEqual([]);
  });

  it("reads 'A and B held talks' as a meeting and a head of state's country from the title", () => {
    const { relations } = extract(
      article(
        "Polish President Marek Nowak and Czech Prime Minister Jana Dvorak held talks in Prague on Sunday.",
      ),
    );
    expect(find(relations, "MET_WITH", "Marek Nowak", "Jana Dvorak")?.date).toBe("2021-03-07");
    expect(find(relations, "HEADS", "Marek Nowak", "Poland")).toBeDefined();
    expect(find(relations, "HEADS", "Jana Dvorak", "Czech Republic")).toBeDefined();
  });

  it("keeps name particles and merges a shorter repeat of a full name", () => {
    const { entities } = extract(
      article(
        "Commission President Ingrid van der Berg met envoy Omar Haddad on Monday. Van der Berg said the talks went well.",
      ),
    );
    const people = entities.filter((e) => e.type === "Person").map((e) => e.name);
    expect(people.sort()).toEqual(["Ingrid van der Berg", "Omar Haddad"]);
  });

  it("does not read page-like capitalised phrases or pronouns as people", () => {
    const { entities } = extract(
      article("The White House said on Monday that the plan was final. It added nothing."),
    );
    expect(entities.filter((e) => e.type === "Person")).toEqual([]);
    expect(entities.map((e) => e.name)).toContain("White House");
  });

  it("reads a possessive country and an acronym defined earlier as title qualifiers", () => {
    const { relations } = extract(
      article(
        "Rep. Lina Holm of the Social Reform Party (SRP) spoke first. " +
          "SRP Chairwoman Eva Strand then paid a courtesy call on Norway's chief negotiator Nils Berg on Friday.",
      ),
    );
    expect(find(relations, "HEADS", "Eva Strand", "Social Reform Party")).toBeDefined();
    expect(find(relations, "REPRESENTS", "Nils Berg", "Norway")).toBeDefined();
    expect(find(relations, "MET_WITH", "Eva Strand", "Nils Berg")?.date).toBe("2021-03-05");
  });

  it("reads 'Ambassador to X' as the host, 'of X' as the country represented, and 'the 24th' as a date", () => {
    const { relations } = extract(
      article(
        "Mayor Jon Falk held a meeting with the new Canadian Ambassador to Chile Ruth Amos on the 2nd. " +
          "Ambassador Ivo Marin of the Republic of Croatia attended.",
      ),
    );
    expect(find(relations, "MET_WITH", "Jon Falk", "Ruth Amos")?.date).toBe("2021-03-02");
    expect(find(relations, "REPRESENTS", "Ruth Amos", "Canada")).toBeDefined();
    expect(find(relations, "REPRESENTS", "Ruth Amos", "Chile")).toBeUndefined();
    expect(find(relations, "REPRESENTS", "Ivo Marin", "Croatia")).toBeDefined();
  });

  it("reads ministries named together and a dispute 'between A and B'", () => {
    const { entities, relations } = extract(
      article(
        "The Health and Finance ministries are locking horns over hospital budgets. " +
          "The rift between Kenya and Uganda over fishing rights widened on Monday.",
      ),
    );
    expect(
      entities
        .filter((e) => e.type === "Organization")
        .map((e) => e.name)
        .sort(),
    ).toEqual(["Ministry of Finance", "Ministry of Health"]);
    expect(
      find(relations, "DISAGREES_ON", "Ministry of Health", "Ministry of Finance")?.topic,
    ).toBe("hospital budgets");
    expect(find(relations, "DISAGREES_ON", "Kenya", "Uganda")?.topic).toBe("fishing rights");
  });

  it("names a ministry 'Ministry of X' and keeps two countries' ministries apart", () => {
    const { entities } = extract(
      article(
        "The Transport Ministry said on Monday it backed the plan. " +
          "French Defense Ministry officials met Italian Ministry of Defense staff. The Defense Ministry in Paris said more.",
      ),
    );
    expect(
      entities
        .filter((e) => e.type === "Organization")
        .map((e) => e.name)
        .sort(),
    ).toEqual([
      "French Ministry of Defense",
      "Italian Ministry of Defense",
      "Ministry of Transport",
    ]);
  });

  it("reads every person listed after 'met with', 'led by' and a party's possessive title", () => {
    const { relations } = extract(
      article(
        "Governor Elsa Brandt met with Mayor Karl Ostrow and Ambassador Greta Lind on Monday. " +
          "The Special Committee on Water, led by Sen. Rosa Kahn, convened. " +
          "The Green Party's floor leader Ivo Marin spoke.",
      ),
    );
    expect(find(relations, "MET_WITH", "Elsa Brandt", "Karl Ostrow")?.date).toBe("2021-03-08");
    expect(find(relations, "MET_WITH", "Elsa Brandt", "Greta Lind")?.date).toBe("2021-03-08");
    expect(find(relations, "HEADS", "Rosa Kahn", "Special Committee on Water")).toBeDefined();
    expect(find(relations, "MEMBER_OF", "Ivo Marin", "Green Party")).toBeDefined();
  });

  it("takes the sentence subject, not a name inside a relative clause, as the one who met", () => {
    const { relations } = extract(
      article(
        "Lee Jae-won, who was joined by Vice Minister Suh Ho-jin, met Ambassador Tom Reed on Monday.",
      ),
    );
    expect(find(relations, "MET_WITH", "Lee Jae-won", "Tom Reed")).toBeDefined();
    expect(find(relations, "MET_WITH", "Suh Ho-jin", "Tom Reed")).toBeUndefined();
  });

  it("does not set two parties against each other when they oppose something together", () => {
    const together = extract(article("Chile and Peru opposed the fishing quota on Monday."));
    expect(together.relations.filter((r) => r.type === "DISAGREES_ON")).toEqual([]);
    const against = extract(
      article("Chile opposed Peru's plan to extend the quota, officials said."),
    );
    expect(find(against.relations, "DISAGREES_ON", "Chile", "Peru")?.topic).toBe(
      "plan to extend the quota",
    );
  });

  it("reads stacked titles and keeps one meeting when it is told twice", () => {
    const { relations } = extract(
      article(
        "Deputy Trade Minister Lena Holt held a meeting with Brazil's Chargé d'Affaires Rui Lopes on Monday. " +
          "After the meeting, Holt held talks with Lopes again.",
      ),
    );
    expect(find(relations, "MEMBER_OF", "Lena Holt", "Ministry of Trade")).toBeDefined();
    expect(find(relations, "REPRESENTS", "Rui Lopes", "Brazil")).toBeDefined();
    const meetings = relations.filter((r) => r.type === "MET_WITH");
    expect(meetings.map((r) => r.date)).toEqual(["2021-03-08"]);
  });

  describe("extractTraced", () => {
    const body =
      "Trade Minister Olga Brenner met with Tomas Várady, the chairman of Kessler Holdings, on Tuesday. Brenner criticised Várady over the plant closures.";

    it("names the family and rule of every relation, and is extract() but for the family", () => {
      const traced = extractTraced(article(body));
      expect(traced.relations.map((r) => `${r.type} ${r.family}/${r.rule}`).sort()).toEqual([
        "DISAGREES_ON disagreements/criticism",
        "HEADS roles/apposition-heads",
        "HEADS roles/title-heads",
        "MET_WITH meetings/met-with",
      ]);
      const plain = traced.relations.map(({ family: _family, ...r }) => r);
      expect(extract(article(body))).toEqual({ entities: traced.entities, relations: plain });
    });
  });
});
