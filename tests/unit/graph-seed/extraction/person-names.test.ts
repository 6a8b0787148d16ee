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
