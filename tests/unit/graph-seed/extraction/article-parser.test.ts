import { describe, expect, it } from "vitest";
import { extract, parseArticle } from "../../../../graph-seed/extraction/index";

const PAGE = [
  "Home",
  "World",
  "Politics",
  "Business & Markets",
  "Sports",
  "",
  "Harbour city signs water deal with river authority",
  "",
  "By Mira Olsen",
  "Published : Mar 4, 2022 - 10:12  Updated : Mar 4, 2022 - 11:40",
  "Mayor Tom Reed (center) signs the agreement in Norhaven. (Coastal Press)",
  "",
  "Mayor Tom Reed signed a water supply agreement with the Valley River Authority on Thursday, ending a dispute that lasted two years.",
  "",
  "The deal guarantees supply for 40,000 homes, officials said.",
  "",
  "By Mira Olsen (mira@example.org)",
  "MOST READ",
  "Council approves new budget after long debate over school funding plans",
  "Copyright Coastal Media Group. All Rights Reserved.",
  "Address : 12 Harbour Road, Norhaven",
  "Publisher : Jan Berg",
  "Tel : +47-555-0100",
].join("\n");

describe("parseArticle", () => {
  const article = parseArticle(PAGE);

  it("keeps the article paragraphs intact and nothing else", () => {
    expect(article.body).toBe(
      "Mayor Tom Reed signed a water supply agreement with the Valley River Authority on Thursday, ending a dispute that lasted two years.\n\n" +
        "The deal guarantees supply for 40,000 homes, officials said.",
    );
  });

  it("drops menus, photo captions, sign-offs, related headlines and footers", () => {
    for (const clutter of [
      "Politics",
      "(center)",
      "mira@example.org",
      "Council approves",
      "Copyright",
      "Jan Berg",
      "+47",
    ]) {
      expect(article.body).not.toContain(clutter);
    }
  });

  it("reads the headline, byline and publication date", () => {
    expect(article.title).toBe("Harbour city signs water deal with river authority");
    expect(article.byline).toBe("Mira Olsen");
    expect(article.publishedOn).toBe("2022-03-04");
  });

  it("reads day-month-year datelines and the outlet beside them", () => {
    const page =
      "Ports agree on new tariffs\n\n07-Jun-2021 Harbour Wire | 8:00 AM Print This Post\n\nThe two ports agreed on new tariffs for container traffic on Monday.";
    const parsed = parseArticle(page);
    expect(parsed.publishedOn).toBe("2021-06-07");
    expect(parsed.outlet).toBe("Harbour Wire");
    expect(parsed.body).toBe(
      "The two ports agreed on new tariffs for container traffic on Monday.",
    );
  });

  it("reads a date label glued to a byline or a headline, and a date closing a barred title", () => {
    const labelled = [
      " date 2019-05-14 By Staff Reporter @harbourwire",
      "",
      "The two port authorities met on Monday to settle the dispute over berth fees and pilot rates.",
    ].join("\n");
    expect(parseArticle(labelled).publishedOn).toBe("2019-05-14");
    const glued = [
      " date 2019-05-14 Port chiefs settle their dispute over berth fees",
      "",
      "The two port authorities met on Monday to settle the dispute over berth fees and pilot rates.",
    ].join("\n");
    expect(parseArticle(glued).publishedOn).toBe("2019-05-14");
    const barred = [
      "Port chiefs settle berth dispute | Business | Harbour Wire | 14.05.2019",
      "",
      "The two port authorities met on Monday to settle the dispute over berth fees and pilot rates.",
    ].join("\n");
    expect(parseArticle(barred).publishedOn).toBe("2019-05-14");
    // A headline that only mentions a year, or a date in the prose, dates nothing.
    const undated = [
      "Port chiefs settle berth dispute | Business | Since 2019",
      "",
      "The two port authorities met on Monday to settle the dispute over berth fees set on 2019-05-14.",
    ].join("\n");
    expect(parseArticle(undated).publishedOn).toBeNull();
  });

  it("is deterministic", () => {
    expect(parseArticle(PAGE)).toEqual(article);
  });

  it("keeps short sentences and stops at a related-coverage list", () => {
    const page = [
      "Port strike ends after four days",
      "",
      "Friday 3 June 2022 10:00 BST",
      "",
      "Dock workers returned to work on Friday after the union accepted a new pay offer from the port authority.",
      "",
      "The company declined to comment.",
      "",
      "Related Coverage",
      "Shipping rates climb as congestion spreads to other ports across the northern coast",
    ].join("\n");
    const parsed = parseArticle(page);
    expect(parsed.publishedOn).toBe("2022-06-03");
    expect(parsed.body).toBe(
      "Dock workers returned to work on Friday after the union accepted a new pay offer from the port authority.\n\n" +
        "The company declined to comment.",
    );
  });

  it("keeps a lead sentence made mostly of names and titles", () => {
    const page = [
      "Trade minister meets envoy",
      "",
      "Published : March 3, 2021",
      "",
      "Trade Minister Kim Ha-na met with Japanese Ambassador Sato Kenji on Monday in Seoul.",
      "Kim Min-jun, a lawmaker of the ruling party, also attended the talks.",
    ].join("\n");
    expect(parseArticle(page).body).toMatch(/^Trade Minister Kim Ha-na met with/);
  });

  it("does not take a breadcrumb line for the headline", () => {
    const page = [
      "Sailing | Federations",
      "",
      "Harbour clubs and the sailing federation settle their calendar dispute",
      "",
      "2 May 2022",
      "By Nora Vik",
      "",
      "The federation and the clubs agreed on Tuesday to hold the regatta in June.",
    ].join("\n");
    const parsed = parseArticle(page);
    expect(parsed.title).toBe(
      "Harbour clubs and the sailing federation settle their calendar dispute",
    );
    expect(parsed.body).toBe(
      "The federation and the clubs agreed on Tuesday to hold the regatta in June.",
    );
  });

  it("ends the body at a 'contributed to this report' credit", () => {
    const page = [
      "Port strike ends after pay deal",
      "",
      "Published May 2, 2022",
      "",
      "Dock workers went back to work on Monday after the union accepted the offer.",
      "",
      "Staff writers Ana Lind and Seung Min Park contributed to this report.",
    ].join("\n");
    expect(parseArticle(page).body).toBe(
      "Dock workers went back to work on Monday after the union accepted the offer.",
    );
  });

  it("reads past an advertisement slot and a link to another story, and stops at the comment form", () => {
    const page = [
      "Harbour board names new chair",
      "",
      "Published May 2, 2022",
      "",
      "The harbour board named Lise Moen as its chair on Monday.",
      "",
      "ADVERTISEMENT",
      "",
      "Moen, a former shipping executive, replaces Arne Holt, who retired in March.",
      "",
      "Read also: Ferry fares rise as fuel costs climb",
      "",
      "Story continues below advertisement",
      "",
      "The board also approved the budget for the new ferry terminal.",
      "",
      "Leave a Reply",
      "",
      "Your email address will not be published. Required fields are marked *",
      "Advertise with us",
    ].join("\n");
    expect(parseArticle(page).body).toBe(
      [
        "The harbour board named Lise Moen as its chair on Monday.",
        "Moen, a former shipping executive, replaces Arne Holt, who retired in March.",
        "The board also approved the budget for the new ferry terminal.",
      ].join("\n\n"),
    );
  });

  it("keeps the story below a byline that follows a photo caption", () => {
    const page = [
      "Port unions agree to end the strike",
      "",
      "Union leaders speak to reporters outside the harbour office in Norhaven on May 2, 2022.",
      "",
      "By Ana Lind and Tomas Berg",
      "",
      "NORHAVEN — The dock workers' union said Monday it would end the strike after talks with the port authority.",
      "",
      "Union chairman Erik Dahl said the members would vote on the offer this week.",
      "",
      "By Ana Lind",
      "Related: Ferry fares to rise in June as fuel costs climb",
    ].join("\n");
    const parsed = parseArticle(page);
    expect(parsed.byline).toBe("Ana Lind and Tomas Berg");
    expect(parsed.body).toBe(
      [
        "Union leaders speak to reporters outside the harbour office in Norhaven on May 2, 2022.",
        "NORHAVEN — The dock workers' union said Monday it would end the strike after talks with the port authority.",
        "Union chairman Erik Dahl said the members would vote on the offer this week.",
      ].join("\n\n"),
    );
  });

  it("keeps a lead that the page also shows as its summary, once", () => {
    const lead = "The mayors of Norhaven and Eastport met here Sunday to settle the ferry dispute.";
    const page = [
      "Mayors settle ferry dispute",
      "",
      lead,
      "",
      "Home | Local | Transport",
      "",
      lead,
      "",
      "The new timetable starts in June, officials said.",
    ].join("\n");
    expect(parseArticle(page).body).toBe(
      `${lead}\n\nThe new timetable starts in June, officials said.`,
    );
  });

  it("strips a date label glued to the line taken as the headline from the title", () => {
    const page = [
      " date 2018-03-09 Mayors of two harbour towns settle their ferry dispute after a year in court",
      "",
      "The mayors of Norhaven and Eastport met on Friday to settle the ferry dispute.",
    ].join("\n");
    const parsed = parseArticle(page);
    expect(parsed.publishedOn).toBe("2018-03-09");
    expect(parsed.title).toBe(
      "Mayors of two harbour towns settle their ferry dispute after a year in court",
    );
  });

  it("keeps a sentence that is mostly a list of titled names", () => {
    const lead =
      "Chancellor Ana Lind met with Prime Minister Per Sund, President Kari Holm, Trade Commissioner Ola Dahl, Governor Tor Aas and Mayor Eva Berg on Monday.";
    const page = [
      "Chancellor's day of talks",
      "",
      lead,
      "",
      "Lind said the talks were useful.",
    ].join("\n");
    expect(parseArticle(page).body).toBe(`${lead}\n\nLind said the talks were useful.`);
  });
});

describe("a page that embeds its article as a JSON string", () => {
  const page = [
    "Company news",
    "",
    "Board changes at Harlow Tiles",
    "",
    String.raw`[{"type":"text","content":"\n Harlow Tiles plc\n \nHarlow Tiles announces changes to its board.\nMara Quinlan, currently Group Finance Director, is appointed Group Chief Executive from 1 May.\nPiet Okonjo, Chairman of Harlow Tiles, said:\n\"We are pleased.\"\n"}]`,
  ].join("\n");

  it("reads the escaped line breaks as paragraphs and the escaped quotes as quotes", () => {
    const { body } = parseArticle(page);
    expect(body).toContain(
      "Mara Quinlan, currently Group Finance Director, is appointed Group Chief Executive from 1 May.",
    );
    expect(body).toContain('"We are pleased."');
    expect(body).not.toContain("\\n");
    expect(body).not.toContain('\\"');
  });

  it("leaves a line with an odd escaped break as it is", () => {
    const { body } = parseArticle(
      String.raw`Harlow Tiles said the parser printed \n once in its log on Monday, and engineers fixed it.`,
    );
    expect(body).toContain(String.raw`printed \n once`);
  });
});

describe("a page hard-wrapped at a fixed width (mail, plain-text archives)", () => {
  const story = [
    "Fisheries Minister Ana Brenna met with Coastal Guild chairman Tor Lindqvist",
    "in Norhaven on Monday to discuss the quota dispute that has kept the fleet",
    "in harbour since March.",
    "",
    "The guild had asked for the meeting after its members voted to stay ashore",
    "until the ministry changed the rules for small boats and the inshore zones.",
    "",
    "Brenna said the talks were useful and that officials would meet again next",
    "week to agree on the figures for the autumn season.",
  ];
  const page = ["Quota talks open in Norhaven", "", ...story].join("\n");

  it("joins each paragraph's lines, so no sentence is cut at a line end", () => {
    expect(parseArticle(page).body.split("\n\n")).toEqual([
      story.slice(0, 3).join(" "),
      story.slice(4, 6).join(" "),
      story.slice(7, 9).join(" "),
    ]);
  });

  it("finds the meeting that a line end ran through", () => {
    const meetings = extract(parseArticle(page))
      .relations.filter((r) => r.type === "MET_WITH")
      .map((r) => [r.from, r.to]);
    expect(meetings).toEqual([["Ana Brenna", "Tor Lindqvist"]]);
  });

  it("leaves a page of one sentence per line as it is", () => {
    const lines = [
      "Harbour board names new chair",
      "",
      "The harbour board named Lise Moen as its chair on Monday after a long search.",
      "Moen, a former shipping executive, replaces Arne Holt, who retired in March.",
      "The board also approved the budget for the new ferry terminal in Eastport.",
      "Work on the terminal is due to start in the spring and end within two years.",
      "Holt had led the board for eleven years and oversaw the harbour's expansion.",
      "The board said it would publish the terminal's plans at its next meeting.",
    ];
    expect(parseArticle(lines.join("\n")).body.split("\n\n")).toEqual(lines.slice(2));
  });
});
