import { describe, expect, it } from "vitest";
import {
  findDatesInSentence,
  findFullDates,
  resolveWeekday,
} from "../../../../graph-seed/extraction/dates";
import { parseArticle } from "../../../../graph-seed/extraction/index";

describe("dates", () => {
  it("reads common full-date formats", () => {
    const iso = (s: string) => findFullDates(s).map((d) => d.iso);
    expect(iso("Published : Aug 18, 2020 - 18:32")).toEqual(["2020-08-18"]);
    expect(iso("30-Sep-2020 Intellasia")).toEqual(["2020-09-30"]);
    expect(iso("posted 2021-03-10T09:00")).toEqual(["2021-03-10"]);
    expect(iso("5 November 2019")).toEqual(["2019-11-05"]);
    expect(iso("Sept. 3, 2019 and 31/12/2019")).toEqual(["2019-09-03", "2019-12-31"]);
    expect(iso("Updated: Jul 14,2016 5:14 PM")).toEqual(["2016-07-14"]);
    expect(iso("February 30, 2020")).toEqual([]);
  });

  it("resolves a weekday to the latest such day on or before publication", () => {
    expect(resolveWeekday("Tuesday", "2020-08-18")).toBe("2020-08-18");
    expect(resolveWeekday("Friday", "2020-08-18")).toBe("2020-08-14");
    expect(findDatesInSentence("they met last Tuesday", "2020-08-18").map((d) => d.iso)).toEqual([
      "2020-08-11",
    ]);
    expect(findDatesInSentence("they met on the 24th", "2021-09-29").map((d) => d.iso)).toEqual([
      "2021-09-24",
    ]);
  });

  it("puts month-day dates in the publication year, or the year before when they would be far ahead", () => {
    expect(
      findDatesInSentence("a meeting on Sept. 3 between them", "2019-11-05").map((d) => d.iso),
    ).toEqual(["2019-09-03"]);
    expect(findDatesInSentence("they met December 28", "2021-01-04").map((d) => d.iso)).toEqual([
      "2020-12-28",
    ]);
  });
});

describe("a page's date label glued to its first paragraph", () => {
  it.each([
    [" date 2019-09-24 OSLO • Ferry workers ended their strike on Monday.", "2019-09-24"],
    ["Write: 2019-01-28 Ferry workers ended their strike on Monday.", "2019-01-28"],
    ["2019.01.28 15:04 Ferry workers ended their strike on Monday.", "2019-01-28"],
    ["Published 28 Jan 2019 Ferry workers ended their strike on Monday.", "2019-01-28"],
  ])("takes %j as the publication date and strips it from the body", (page, iso) => {
    const article = parseArticle(`${page}\n\nThe union said talks would go on in March.\n`);
    expect(article.publishedOn).toBe(iso);
    expect(article.body).toMatch(/^(?:OSLO • )?Ferry workers ended their strike on Monday\./);
  });

  it("leaves a sentence that merely opens with a year-first date as prose, undated", () => {
    const article = parseArticle(
      "2019-01-28 was the day ferry workers ended their strike.\n\nThe union said talks would go on.\n",
    );
    expect(article.publishedOn).toBeNull();
    expect(article.body).toMatch(/^2019-01-28 was the day/);
  });
});
