import { describe, expect, it } from "vitest";
import { extract } from "../../../../graph-seed/extraction/index";
import { parsedArticle } from "../../../support/extraction";

const article = (body: string, publishedOn = "2022-05-11") => parsedArticle(body, publishedOn);

const people = (body: string) =>
  extract(article(body))
    .entities.filter((e) => e.type === "Person")
    .map((e) => ({ name: e.name, aliases: e.aliases }));

describe("person mentions", () => {
  it("keeps an Arabic family name with its article and resolves it written without", () => {
    const found = people(
      "Army chief Abdel Karim al-Hashimi arrived in the capital on Monday. Hashimi said the truce would hold.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.name).toBe("Abdel Karim al-Hashimi");
    expect(found[0]?.aliases).toContain("Hashimi");
  });

  it("resolves a later short name that is not the last word of the full name", () => {
    const found = people(
      "President Marcos Aurélio Tavo da Cunha opened the summit on Monday. Tavo said the bloc must grow.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.name).toBe("Marcos Aurélio Tavo da Cunha");
    expect(found[0]?.aliases).toContain("Tavo");
  });

  it("reads Prince and Sheikh as titles, not as part of the name", () => {
    const found = people(
      "Crown Prince Khalid bin Nayef toured the port. Prince Khalid later met the governor, Mr. Tom Reed.",
    );
    const prince = found.find((p) => p.name === "Khalid bin Nayef");
    expect(prince?.aliases).toContain("Prince Khalid");
    expect(found.map((p) => p.name)).not.toContain("Prince Khalid");
  });
});

describe("a person beside an institution noun, and a name after 'the'", () => {
  const kinds = (body: string) =>
    extract(article(body))
      .entities.filter((e) => e.type === "Person" || e.type === "Organization")
      .map((e) => `${e.type}: ${e.name}`)
      .sort();

  it("reads a name after a capitalised office's name, and one described by 'the party Vice-Chairman'", () => {
    expect(
      kinds(
        "The team includes Head of the Planning Unit of the Governor's Office Marek Tosza, a former judge.",
      ),
    ).toEqual(expect.arrayContaining(["Person: Marek Tosza"]));
    expect(kinds("The list included Yusuf Haddad-Amin, the party Vice-Chairman.")).toEqual([
      "Person: Yusuf Haddad-Amin",
    ]);
    expect(kinds("The presidential office Villa Serena said it would respond.")).not.toContain(
      "Person: Villa Serena",
    );
  });

  it("takes a given-name shape after 'the' for a person only before a noun it modifies", () => {
    expect(kinds("The vote was backed by the Christian Democracy on Monday.")).not.toContain(
      "Person: Christian Democracy",
    );
    expect(kinds("Critics of the Daniel Okafor-led coalition walked out.")).toEqual([
      "Person: Daniel Okafor",
    ]);
  });

  it("leaves a demonym out of a name, and 'X said it was an honour' makes X no organisation", () => {
    expect(kinds("Norwegian Aasheim, who coached the team to a final, left.")).toEqual([
      "Person: Aasheim",
    ]);
    expect(kinds("Ostrander said that it was an honour to host the team.")).toEqual([]);
    expect(kinds("Kestrel Mining said that it was reviewing the offer.")).toEqual([
      "Organization: Kestrel Mining",
    ]);
  });

  it("reads a demonym after a name and a comma as the start of a description, not a person", () => {
    const { entities } = extract(
      article(
        "The grant went to Ana Ruiz, Chilean Youth Laureate, head of the Andes Youth League. The winner, Chilean Maria Vidal, said she was pleased.",
      ),
    );
    const names = entities.filter((e) => e.type === "Person").map((e) => e.name);
    expect(names).toContain("Maria Vidal");
    expect(names).not.toContain("Youth Laureate");
  });

  it("keeps a titled person's name out of the organisations before a role-like word", () => {
    const { entities } = extract(
      article(
        "The ministers discussed Prime Minister Tarun Bahadur Kesh’s official visit to Oslo.",
      ),
    );
    expect(entities.find((e) => e.name === "Tarun Bahadur Kesh")?.type).toBe("Person");
    expect(entities.some((e) => e.type === "Organization")).toBe(false);
  });

  it("keeps a quoted nickname inside the name it interrupts and leaves out the style H.E.", () => {
    const names = people(
      "Union president Ana “Nena” B. Ruiz spoke first. The minister received H.E. Tomas Oyarzun, envoy of Chile.",
    ).map((p) => p.name);
    expect(names).toEqual(["Ana “Nena” B. Ruiz", "Tomas Oyarzun"]);
  });
});
