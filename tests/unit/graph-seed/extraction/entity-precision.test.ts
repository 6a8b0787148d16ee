// Entity constructions of unseen news that gave wrong or missing entities: a company's name taken
// for a person's, a title's second word glued to a name, a judge's style, a Malay style inside a
// name, a list of people, and ministries implied by words that are no portfolio. Invented sentences.
import { describe, expect, it } from "vitest";
import { extract } from "../../../../graph-seed/extraction/index";
import { parsedArticle } from "../../../support/extraction";

/** The article's entities as "Kind:Name", sorted. */
const entities = (body: string): string[] =>
  extract(parsedArticle(body, "2022-05-11"))
    .entities.map((e) => `${e.type}:${e.name}`)
    .sort();

describe("entity precision on unseen wording", () => {
  it("types a name ending in a company suffix as an organisation, never a person", () => {
    expect(
      entities(
        "Last month, Norvale Properties, the developer behind the new harbour towers, reported a profit.",
      ),
    ).toEqual(["Organization:Norvale Properties"]);
    expect(
      entities(
        "Aminah Rosli was named chief financial officer of Selatan Tenaga Bhd (Seltra) on Monday.",
      ),
    ).toEqual(["Organization:Selatan Tenaga Bhd", "Person:Aminah Rosli"]);
  });

  it("keeps a role noun after a title out of the name", () => {
    expect(entities("The club has parted company with Head Coach Tomas Brennar.")).toEqual([
      "Person:Tomas Brennar",
    ]);
    expect(
      entities(
        "A bench comprising Chief Justice Anil Verma and Justice Ravi Mehta dismissed the plea.",
      ),
    ).toEqual(["Person:Anil Verma", "Person:Ravi Mehta"]);
  });

  it("reads a judge's style before a name, and leaves a lone surname after it to the later pass", () => {
    expect(entities("Justice Rohana Osman said in her decision that the group had won.")).toEqual([
      "Person:Rohana Osman",
    ]);
    expect(entities("Judge Marta Oyelaran ruled on Monday. Judge Oyelaran gave no costs.")).toEqual(
      ["Person:Marta Oyelaran"],
    );
  });

  it("keeps a Malay style that opens a name", () => {
    expect(
      entities(
        "Tengku Ahmad Rizal Tengku Aziz has been appointed as the new president of the firm.",
      ),
    ).toEqual(["Person:Tengku Ahmad Rizal Tengku Aziz"]);
  });

  it("names the next person in a list of untitled people, but not a title's words", () => {
    expect(
      entities(
        "In the presence of Arjun Tendulkar, Rahul Ganguly and Vikram Laxmanan, the panel met.",
      ),
    ).toEqual(["Person:Arjun Tendulkar", "Person:Rahul Ganguly", "Person:Vikram Laxmanan"]);
    const titled = entities(
      "He met Health Minister Dora Shepley and Postsecondary Education, Training and Labour Minister Trent Holm.",
    );
    expect(titled).toContain("Person:Dora Shepley");
    expect(titled).toContain("Person:Trent Holm");
    expect(titled).not.toContain("Person:Postsecondary Education");
  });

  it("implies a ministry only from portfolio words", () => {
    const orgs = (body: string) => entities(body).filter((e) => e.startsWith("Organization:"));
    expect(
      orgs("Minister of State and Cabinet Member Faisal bin Omar attended the talks."),
    ).toEqual([]);
    expect(
      orgs("He asked Ravi Menon, P Sharma and Labour Minister Arun Kher to hold discussions."),
    ).toEqual(["Organization:Ministry of Labour"]);
    expect(orgs("Commerce and Industry Minister Arun Kher spoke.")).toEqual([
      "Organization:Ministry of Commerce and Industry",
    ]);
  });

  it("joins words by an ampersand inside an organisation's name", () => {
    expect(
      entities(
        "A bench of the Orissa & Berar High Court Comprising two judges heard it. The J&K Women Commission was closed.",
      ).filter((e) => e.startsWith("Organization:")),
    ).toEqual(["Organization:J&K Women Commission", "Organization:Orissa & Berar High Court"]);
    expect(entities("Borden and Labour Party officials met.")).toEqual([
      "Organization:Labour Party",
    ]);
  });
});

describe("what a cue says a name is", () => {
  it("types a name by an institution noun in apposition after it", () => {
    expect(
      entities("Norvale Rights Watch, a partnership of two charities, asked for help."),
    ).toEqual(["Organization:Norvale Rights Watch"]);
    expect(entities("Ana Ruiz, a lawyer, said no.")).toEqual(["Person:Ana Ruiz"]);
  });

  it("reads no apposition into a capitalised 'The' that opens another name", () => {
    expect(entities("From climate change to Big Tech, The Daily Post is on the ground.")).toEqual([
      "Organization:Daily Post",
    ]);
  });

  it("keeps a hyphenated adjective out of a name, but not a hyphenated given name", () => {
    expect(
      entities("Relegation-threatened Norhaven announced yesterday they had sacked Tom Ley."),
    ).toEqual(["Person:Tom Ley"]);
    expect(entities("Det-it Khaothong said the party would join.")).toEqual([
      "Person:Det-it Khaothong",
    ]);
  });
});

describe("one entity per referent", () => {
  it("merges a company's first word with its suffixed name, but not with one of two", () => {
    expect(entities("Shares in Norvale PLC fell. Norvale said the chairman would stay.")).toEqual([
      "Organization:Norvale PLC",
    ]);
    expect(entities("Kessler Motor said sales rose. Kessler will build a plant.")).toEqual([
      "Organization:Kessler Motor",
    ]);
    const two = entities(
      "Kessler Motor said sales rose. Kessler Holdings said profits fell. Kessler will build a plant.",
    );
    expect(two).toContain("Organization:Kessler Motor");
    expect(two).toContain("Organization:Kessler Holdings");
  });

  it("reads an acronym written as a word, 'of' counted, as the organisation it spells", () => {
    expect(
      entities("The Federation of Andean Mine Workers said no. Fofamw will strike on Monday."),
    ).toEqual(["Organization:Federation of Andean Mine Workers"]);
  });

  it("merges a person named without a middle name or with a long name cut short", () => {
    expect(
      entities(
        "It was resolved that H.E. Sameer Ali Qattan, Chairman of the Board of Norvale, be devoted to it. Sameer Qattan said so.",
      ).filter((e) => e.startsWith("Person:")),
    ).toEqual(["Person:Sameer Ali Qattan"]);
    expect(
      entities(
        "Tengku Ahmad Rizal Tengku Aziz has been appointed as president of the firm. Tengku Ahmad Rizal has been its financial officer since 2018.",
      ),
    ).toEqual(["Person:Tengku Ahmad Rizal Tengku Aziz"]);
    // Two people of one family keep their own names.
    const family = entities("Ana Ruiz Costa met Ana Ruiz Lima on Monday, Ana Ruiz Costa said.");
    expect(family.filter((e) => e.startsWith("Person:"))).toEqual([
      "Person:Ana Ruiz Costa",
      "Person:Ana Ruiz Lima",
    ]);
  });
});
