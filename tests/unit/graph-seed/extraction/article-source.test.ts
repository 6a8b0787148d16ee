import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../graph-seed/extraction/index";

const PROSE =
  "The harbour board met with the mayor of Norhaven on Monday to discuss the new tariffs.";

/** A page: header lines, the article's one paragraph, footer lines. */
const page = (header: string[], footer: string[] = [], first = PROSE) =>
  ["Ports agree on new tariffs", "", ...header, "", first, "", ...footer].join("\n");

describe("the outlet and URL of a page", () => {
  it("never takes the author for the outlet", () => {
    const handle = parseArticle(page(["Mira Olsen @miraolsen / 11:05 AM UTC • May 22, 2024"]));
    expect(handle.outlet).toBeNull();
    const byline = parseArticle(page(["By Mira Olsen", "Mira Olsen | May 22, 2024"]));
    expect(byline.byline).toBe("Mira Olsen");
    expect(byline.outlet).toBeNull();
  });

  it("reads the outlet after the author in a byline, but not the author's role", () => {
    expect(parseArticle(page(["By Mira Olsen, Harbour News", "May 22, 2024"])).outlet).toBe(
      "Harbour News",
    );
    expect(parseArticle(page(["By Mira Olsen, Ports Correspondent"])).outlet).toBeNull();
  });

  it("skips credit lines, time zones, labels and the wire dateline's city", () => {
    const parsed = parseArticle(
      page(
        ["Norhaven | May 8, 2024 7:02 AM ET", "Date 08.05.2024"],
        [
          "Reporting by Mira Olsen; Editing by Tor Lind",
          "© 2024 Coastal Wire. All rights reserved.",
        ],
        `NORHAVEN, May 8 (Harbour Press) - ${PROSE}`,
      ),
    );
    expect(parsed.outlet).toBe("Coastal Wire");
    const wire = parseArticle(
      page(["Norhaven | May 8, 2024"], [], `NORHAVEN (Harbour Press) - ${PROSE}`),
    );
    expect(wire.outlet).toBe("Harbour Press");
  });

  it("prefers the outlet named before its owner in a footer", () => {
    const parsed = parseArticle(
      page(
        [],
        ["The Norhaven Herald by Herald Group", "Copyright Herald Group. All Rights Reserved."],
      ),
    );
    expect(parsed.outlet).toBe("The Norhaven Herald");
  });

  it("keeps the page's URL when a line gives it, and none from the prose", () => {
    expect(parseArticle(page(["Source: https://news.example.org/ports/1"])).url).toBe(
      "https://news.example.org/ports/1",
    );
    const inProse = parseArticle(
      page([], [], `${PROSE} Details are at https://example.org/x today.`),
    );
    expect(inProse.url).toBeNull();
  });
});
