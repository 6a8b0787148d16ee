// The fallback name finder on invented sentences: names without a title or a head noun, typed by
// the evidence around them, and capitalised words left alone when that evidence is weak.
import { describe, expect, it } from "vitest";
import { extract } from "../../../../graph-seed/extraction/index";
import { parsedArticle } from "../../../support/extraction";

/** "Kind: name" for every entity, sorted. */
function entitiesOf(body: string): string[] {
  return extract(parsedArticle(body, "2021-05-04"))
    .entities.map((e) => `${e.type}: ${e.name}`)
    .sort();
}

describe("capitalised-name chunker", () => {
  it("types a person by a role noun before the name and finds the surname again", () => {
    expect(
      entitiesOf(
        "Veteran skipper Tomas Arkwell steered the boat home on Sunday. " +
          "Arkwell had led since the second mark.",
      ),
    ).toEqual(["Person: Tomas Arkwell"]);
  });

  it("types the names listed beside a person as people, in prose and in a results row", () => {
    expect(
      entitiesOf(
        "The jury named Maria Quenby, Tove Brandsaeter and Osk Vaarlem as finalists on Friday.",
      ),
    ).toEqual(["Person: Maria Quenby", "Person: Osk Vaarlem", "Person: Tove Brandsaeter"]);
    expect(
      entitiesOf(
        "Scores after the first round:\n\n68 Edvin Torp (Sweden), Walt Kresby, Daniel Amund",
      ),
    ).toEqual([
      "Country: Sweden",
      "Person: Daniel Amund",
      "Person: Edvin Torp",
      "Person: Walt Kresby",
    ]);
  });

  it("types a person by succession, appointment, a title before a comma, or a board seat", () => {
    expect(
      entitiesOf("The bank picked Osk Vaarlem to replace Tove Brandsaeter in the top job."),
    ).toEqual(["Person: Tove Brandsaeter"]);
    expect(entitiesOf("Osk Vaarlem was appointed to the board on Friday.")).toEqual([
      "Person: Osk Vaarlem",
    ]);
    expect(entitiesOf("Union President, Osk Vaarlem urged members to vote.")).toEqual([
      "Person: Osk Vaarlem",
    ]);
    expect(
      entitiesOf("Chairman of the farmers' party, Osk Vaarlem, rejected the offer on Monday."),
    ).toEqual(["Person: Osk Vaarlem"]);
    expect(entitiesOf("The board member Tove Brandsaeter left early.")).toEqual([
      "Person: Tove Brandsaeter",
    ]);
    // A succession verb before a company is no person, nor a name with no cue at all.
    expect(entitiesOf("Osk Vaarlem left the board in March.")).toEqual([]);
  });

  it("reads a list of people each followed by their team", () => {
    expect(
      entitiesOf(
        "The coaches sacked were Daniel Amund of Westby, Walt Kresby of Eastport and Edvin Torp of Lakeside.",
      ),
    ).toEqual(["Person: Daniel Amund", "Person: Edvin Torp", "Person: Walt Kresby"]);
  });

  it("reads no person in a list of portfolios before a title, nor in a list without one", () => {
    expect(
      entitiesOf("Rural Affairs, Fisheries and Tourism Minister Ada Quist met farmers on Monday."),
    ).toEqual(["Organization: Ministry of Fisheries and Tourism", "Person: Ada Quist"]);
    expect(entitiesOf("Tove Brandsaeter and Osk Vaarlem were finalists on Friday.")).toEqual([]);
  });

  it("types a person written in full once and by the surname later", () => {
    expect(
      entitiesOf(
        "Dorin Vasquel finished the race in third place. Vasquel now leads the standings by four points.",
      ),
    ).toEqual(["Person: Dorin Vasquel"]);
  });

  it("types a result-style name with a country in brackets", () => {
    expect(entitiesOf("Leko Marran (Kenya) won the 5,000 metres in a fast time.")).toEqual([
      "Country: Kenya",
      "Person: Leko Marran",
    ]);
  });

  it("types a company by the noun before it, its shares, or a trade suffix, and repeats", () => {
    expect(
      entitiesOf(
        "Shares in Verolux rose after the engineering firm Brantholm reported higher profits. " +
          "Brantholm said output doubled, while Ostrava Mining Services cut jobs.",
      ),
    ).toEqual([
      "Organization: Brantholm",
      "Organization: Ostrava Mining Services",
      "Organization: Verolux",
    ]);
  });

  it("takes an acronym mid-sentence as an organisation, not a time or a title", () => {
    expect(entitiesOf("The move was approved by the NTFB at 10 AM on Monday.")).toEqual([
      "Organization: NTFB",
    ]);
  });

  it("takes a name after a locative preposition as a place", () => {
    expect(entitiesOf("The talks were held in Korvenmaa on Tuesday.")).toEqual([
      "Place: Korvenmaa",
    ]);
  });

  it("reads initials, ages and a two-word country in brackets as person cues", () => {
    expect(entitiesOf("Norhaven 212 (T. Arkwell 64 not out, J. Brenna 40), Valmere 180.")).toEqual([
      "Person: J. Brenna",
      "Person: T. Arkwell",
    ]);
    expect(entitiesOf("Leko Marran, 31, beat Ana Brezik (Czech Republic) in the final.")).toEqual([
      "Country: Czech Republic",
      "Person: Ana Brezik",
      "Person: Leko Marran",
    ]);
    // A middle initial stays with the name before it; no "Q. Arkwell" of its own.
    expect(entitiesOf("Sources said Dorin Q. Arkwell would resign.")).not.toContain(
      "Person: Q. Arkwell",
    );
  });

  it("reads the names of a results table: teams by their scores, people by their given name or country", () => {
    expect(
      entitiesOf(
        "Results of the weekend matches were as follows.\n\n" +
          "Harbour Club 21 Eastport 14\n\n" +
          "Lakeside 3 3 0 0 12\n\n" +
          "Final times in the sprint were close.\n\n" +
          "1. Leko Marran (Kenya) 10.12\n\n" +
          "2. Sarah Volkmer 10.19\n\n" +
          "3. Brezik (Norway) 10.25",
      ),
    ).toEqual([
      "Country: Kenya",
      "Country: Norway",
      "Organization: Eastport",
      "Organization: Harbour Club",
      "Organization: Lakeside",
      "Person: Leko Marran",
      "Person: Sarah Volkmer",
    ]);
  });

  it("reads no team out of a capitals headline with a figure, nor a known surname in a row", () => {
    expect(entitiesOf("GRAIN PRICES RISE 4 PERCENT\n\nTraders were busy on Monday.")).toEqual([]);
    expect(
      entitiesOf(
        "Dorin Vasquel said the course was fast, and Vasquel won the final.\n\nVasquel 2:01.4",
      ),
    ).toEqual(["Person: Dorin Vasquel"]);
  });

  it("leaves out capitalised words whose type the text does not show", () => {
    expect(entitiesOf("Officials expect Harlow Brennick to decide soon.")).toEqual([]);
    // A common word at the start of a sentence is no name when the text also writes it in lower case.
    expect(
      entitiesOf("Traders were quiet on Friday. Most traders waited for the harvest report."),
    ).toEqual([]);
    // A lone organisation head is no organisation.
    expect(entitiesOf("Group members met on Friday, and the group agreed.")).toEqual([]);
  });

  it("does not read a title's qualifier or an acronym definition as a name of its own", () => {
    expect(
      entitiesOf("The Norhaven Water Agency (NWA) said Resources Minister Ana Berg agreed."),
    ).not.toContain("Organization: NWA");
    expect(entitiesOf("Senate Majority Leader Ola Brenna spoke first.")).not.toContain(
      "Organization: Senate",
    );
  });

  it("types a plural name after 'the' as a team, never a person, and merges its short form", () => {
    expect(
      entitiesOf(
        "Coach Ines Vautrin took the Harbour Kestrels to the league final. The Kestrels had lost twice.",
      ),
    ).toEqual(["Organization: Harbour Kestrels", "Person: Ines Vautrin"]);
    expect(
      entitiesOf("The Americans and the Pellow family watched the Olympic Games in Norland."),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/Pellow|Games|Americans/)]));
  });
});
