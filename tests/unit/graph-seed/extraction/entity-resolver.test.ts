import { describe, expect, it } from "vitest";
import { extract } from "../../../../graph-seed/extraction/index";
import { parsedArticle } from "../../../support/extraction";

const people = (body: string) =>
  extract(parsedArticle(body, "2023-04-02"))
    .entities.filter((e) => e.type === "Person")
    .map((e) => ({ name: e.name, aliases: e.aliases, sentences: e.mentions.length }))
    .sort((a, b) => a.name.localeCompare(b.name));

describe("entity resolver: people", () => {
  it("keeps a king apart from a crown prince whose chain names the king as his father", () => {
    const found = people(
      "Crown Prince Faris bin Talal Al Qasimi opened the trade fair on Sunday. " +
        "King Talal later received the visiting delegation at the palace.",
    );
    expect(found.map((p) => p.name)).toEqual(["Faris bin Talal Al Qasimi", "King Talal"]);
    expect(found[0]?.aliases).toEqual(["Crown Prince Faris bin Talal Al Qasimi"]);
  });

  it("keeps a father written in full apart from the son whose name ends with his", () => {
    const found = people(
      "Prince Nadir bin Omar bin Hamid attended the ceremony. " +
        "King Omar bin Hamid addressed the guests in the evening.",
    );
    expect(found.map((p) => p.name)).toEqual(["Nadir bin Omar bin Hamid", "Omar bin Hamid"]);
    expect(found[1]?.aliases).toEqual(["King Omar bin Hamid"]);
  });

  it("merges a chain written without its family name into the full chain", () => {
    const found = people(
      "Sheikh Rashid bin Khalid Al Dhaheri arrived in the capital on Monday. " +
        "Sheikh Rashid bin Khalid then toured the new port.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.name).toBe("Rashid bin Khalid Al Dhaheri");
    expect(found[0]?.sentences).toBe(2);
  });

  it("gives a family name shared by two people named equally often to neither", () => {
    const found = people(
      "Mariam Al Falasi and Yousef Al Falasi signed the water accord on Monday. " +
        "Falasi said the accord would be reviewed in a year.",
    );
    expect(found.map((p) => p.name)).toEqual(["Mariam Al Falasi", "Yousef Al Falasi"]);
    expect(found.every((p) => p.sentences === 1)).toBe(true);
  });

  it("resolves 'Mr X' to the full name given earlier, and makes no person of the surname", () => {
    const found = people(
      "Daniel Okafor, the party's treasurer, resigned on Monday. " +
        "Mr Okafor said he had been asked to stay until the audit ends.",
    );
    expect(found.map((p) => p.name)).toEqual(["Daniel Okafor"]);
    expect(found[0]?.sentences).toBe(2);
  });

  it("names a monarch by title and one name, and keeps a regnal number in the name", () => {
    expect(people("Queen Matilda III opened the new session of parliament.")).toEqual([
      { name: "Matilda III", aliases: ["Queen Matilda III"], sentences: 1 },
    ]);
    expect(people("Sultan Idris welcomed the envoys at the harbour on Friday.")).toEqual([
      { name: "Sultan Idris", aliases: ["Idris"], sentences: 1 },
    ]);
  });
});

describe("entity resolver: organisations", () => {
  const orgs = (body: string) =>
    extract(parsedArticle(body, "2023-04-02"))
      .entities.filter((e) => e.type === "Organization")
      .map((e) => e.name)
      .sort();

  it("merges a later short name into the one long name it shortens", () => {
    expect(
      orgs("Grupo Financiero Norvaldo agreed to buy a rival lender. Norvaldo will pay in cash."),
    ).toEqual(["Grupo Financiero Norvaldo"]);
    expect(orgs("Shares of TKV Halberg fell on Monday. TKV said demand had slowed.")).toEqual([
      "TKV Halberg",
    ]);
  });

  it("keeps a short name apart when two long names end with it, or it is a head noun", () => {
    expect(orgs("The Eastport Kestrels won on Sunday. Fans cheered for the Kestrels.")).toEqual([
      "Eastport Kestrels",
    ]);
    expect(
      orgs(
        "The Eastport Kestrels beat the Westby Kestrels on Sunday. Fans cheered for the Kestrels.",
      ),
    ).toEqual(["Eastport Kestrels", "Kestrels", "Westby Kestrels"]);
    expect(orgs("TKV Bank cut its rates on Monday. TKV said more cuts would follow.")).toEqual([
      "TKV",
      "TKV Bank",
    ]);
  });
});

describe("entity resolver: initials and countries", () => {
  const orgs = (body: string) =>
    extract(parsedArticle(body, "2023-04-02"))
      .entities.filter((e) => e.type === "Organization")
      .map((e) => e.name)
      .sort();

  it("merges an initial and a surname into the one full name it fits, and no other", () => {
    const one = people(
      "T. Varga opens the forum. On Monday, the minister Tamas Varga met his guests. T. Varga said ties were strong.",
    );
    expect(one.map((p) => p.name)).toEqual(["Tamas Varga"]);
    // Two full names with that initial and surname: the short form is neither.
    const two = people("Maria Lopez met Marco Lopez on Monday. M. Lopez spoke later.");
    expect(two.map((p) => p.name)).toEqual(["M. Lopez", "Marco Lopez", "Maria Lopez"]);
  });

  it("keeps two countries' ministries apart when each is written after its country", () => {
    expect(
      orgs(
        "Talks between Peru’s Ministry of Foreign Affairs and Ghana’s Ministry of Foreign and Trade Affairs began on Monday.",
      ),
    ).toEqual(["Ministry of Foreign Affairs", "Ministry of Foreign and Trade Affairs"]);
    expect(
      orgs("Ghana’s Foreign Ministry and Peru’s Ministry of Foreign Affairs signed a memorandum."),
    ).toEqual(["Ministry of Foreign Affairs (Ghana)", "Ministry of Foreign Affairs (Peru)"]);
  });

  it("still reads one country's foreign ministry under both its names as one", () => {
    expect(
      orgs(
        "Peru’s Foreign Ministry issued a statement. The Ministry of Foreign Affairs said talks would go on.",
      ),
    ).toEqual(["Ministry of Foreign Affairs"]);
  });
});
