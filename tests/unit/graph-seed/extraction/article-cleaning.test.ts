// Cleaning never empties an article that has text: wire stories with a capitals headline and a
// bare dateline, pasted paragraphs with no headline, results tables and short lines below the body.
import { describe, expect, it } from "vitest";
import { extract, parseArticle } from "../../../../graph-seed/extraction/index";

describe("parseArticle on wire stories and pasted text", () => {
  it("takes a capitals headline and a bare wire dateline, and keeps every prose line", () => {
    const page = [
      "SAILING - HARBOUR CLUB WINS AUTUMN REGATTA.",
      "NORHAVEN 2021-09-12",
      "The Harbour Club won the autumn regatta on Sunday after a close final race.",
      "Its skipper Ola Brenna said the wind had turned in their favour.",
      "Final standings:",
      "Harbour Club 41 points",
      "-- Norhaven newsroom +47 555 0100",
    ].join("\n");
    const parsed = parseArticle(page);
    expect(parsed.title).toBe("SAILING - HARBOUR CLUB WINS AUTUMN REGATTA.");
    expect(parsed.publishedOn).toBe("2021-09-12");
    // The place the story was filed from stays as its first line; the results table after the
    // prose is article text; the newsroom's phone line is not.
    expect(parsed.body).toBe(
      "NORHAVEN 2021-09-12\n\n" +
        "The Harbour Club won the autumn regatta on Sunday after a close final race.\n\n" +
        "Its skipper Ola Brenna said the wind had turned in their favour.\n\n" +
        "Final standings:\n\nHarbour Club 41 points",
    );
  });

  it("finds the place of a wire dateline, and keeps no other dated header line", () => {
    const wire = extract(
      parseArticle(
        [
          "FERRIES - CROSSINGS RESUME.",
          "PORT ELLIS, Westmark 2021-09-12",
          "Ferry crossings to the islands resumed on Sunday after two days of storms.",
        ].join("\n"),
      ),
    );
    expect(wire.entities.map((e) => `${e.type}:${e.name}`)).toEqual([
      "Place:Port Ellis",
      "Place:Westmark",
    ]);
    const page = parseArticle(
      [
        "Ferry crossings resume after storms",
        "Published: 2021-09-12",
        "Ferry crossings to the islands resumed on Sunday after two days of storms.",
      ].join("\n"),
    );
    expect(page.body).toBe(
      "Ferry crossings to the islands resumed on Sunday after two days of storms.",
    );
  });

  it("keeps a team sheet, a list of names after the prose, as article text", () => {
    const page = [
      "Norhaven name their side for the final",
      "Norhaven have named an unchanged side for Sunday's final against Eastport.",
      "Norhaven - Ola Brenna (captain), Tor Lind, Ana Berg,",
      "Kari Holm, Per Dahl, Jon Aas.",
      "Privacy Policy",
    ].join("\n");
    expect(parseArticle(page).body).toBe(
      "Norhaven have named an unchanged side for Sunday's final against Eastport.\n\n" +
        "Norhaven - Ola Brenna (captain), Tor Lind, Ana Berg,\n\nKari Holm, Per Dahl, Jon Aas.",
    );
  });

  it("keeps every row of a results table after the prose that introduces it, not a menu", () => {
    const page = [
      "Home",
      "Sport",
      "Results",
      "Weather",
      "Lakeside stay top of the Northern Shield",
      "NORHAVEN 2021-09-12",
      "Lakeside beat Eastport on Saturday to stay top of the Northern Shield table.",
      "Harbour Club 21 Valley Rovers 14",
      "Eastport 9 Lakeside 30",
      "Standings:",
      "Lakeside 3 3 0 0 12",
      "Harbour Club 3 2 0 1 9",
    ].join("\n");
    expect(parseArticle(page).body).toBe(
      [
        "NORHAVEN 2021-09-12",
        "Lakeside beat Eastport on Saturday to stay top of the Northern Shield table.",
        "Harbour Club 21 Valley Rovers 14",
        "Eastport 9 Lakeside 30",
        "Standings:",
        "Lakeside 3 3 0 0 12",
        "Harbour Club 3 2 0 1 9",
      ].join("\n\n"),
    );
  });

  it("never takes a short line below the prose for the headline", () => {
    const page = [
      "Dock workers in the northern port voted on Monday to accept the new pay offer.",
      "The union said the vote ended a strike that had lasted four days.",
      "Harbour newsroom, Norhaven office",
    ].join("\n");
    const parsed = parseArticle(page);
    expect(parsed.body).toBe(
      "Dock workers in the northern port voted on Monday to accept the new pay offer.\n\n" +
        "The union said the vote ended a strike that had lasted four days.",
    );
  });

  it("keeps pasted paragraphs that end in a quotation as body, not as a headline", () => {
    const page = [
      "The mayor told reporters the bridge would reopen “before the winter, as promised.”",
      "",
      "Repairs began in March after inspectors found cracks in two of its pillars.",
    ].join("\n");
    expect(parseArticle(page).body).toBe(
      "The mayor told reporters the bridge would reopen “before the winter, as promised.”\n\n" +
        "Repairs began in March after inspectors found cracks in two of its pillars.",
    );
  });

  it("keeps the text lines of a results table rather than emptying the story", () => {
    const page = [
      "ROWING - LAKE CUP RESULTS.",
      "NORHAVEN 2021-09-12",
      "Results of the Lake Cup on Sunday:",
      "Harbour Club 6:01 Valley Rowers 6:09",
    ].join("\n");
    const parsed = parseArticle(page);
    expect(parsed.title).toBe("ROWING - LAKE CUP RESULTS.");
    expect(parsed.body).toBe(
      "NORHAVEN 2021-09-12\n\nResults of the Lake Cup on Sunday:\n\nHarbour Club 6:01 Valley Rowers 6:09",
    );
  });

  it("keeps a one-line story that reads like a headline as its own body", () => {
    const parsed = parseArticle("Norhaven council approves the harbour budget for next year");
    expect(parsed.body).toBe("Norhaven council approves the harbour budget for next year");
  });

  it("gives an empty body only when the page holds no text at all", () => {
    expect(parseArticle("Home\nWorld\nSports\nCopyright 2021 Harbour Media").body).toBe("");
  });
});
