import { describe, expect, it } from "vitest";
import { extractBody, relationSet } from "./helpers";

// Published on Wednesday 2022-05-11: "Monday" is 2022-05-09.
describe("a meeting told after a dated lead", () => {
  it("takes the lead's date when its own sentence gives none", () => {
    const { relations } = extractBody(
      [
        "The finance ministers of Norland and Westmark met here Monday on the sidelines of the regional summit.",
        "Finance Minister Ola Berg and his Westmark counterpart Ana Brenna held a one-on-one meeting after the opening session.",
      ].join("\n\n"),
    );
    expect(relationSet(relations, "MET_WITH")).toEqual(["Ana Brenna | Ola Berg | 2022-05-09"]);
  });

  it("gives each person of a list the lead's date", () => {
    const { relations } = extractBody(
      [
        "Dockworkers' leaders got an audience Monday with two cabinet ministers as the port strike went on.",
        "Union president Tor Lind said he met with Labour Minister Ida Holm and Transport Minister Per Sund.",
      ].join("\n\n"),
    );
    expect(relationSet(relations, "MET_WITH")).toEqual([
      "Ida Holm | Tor Lind | 2022-05-09",
      "Per Sund | Tor Lind | 2022-05-09",
    ]);
  });

  it("leaves a meeting undated when its sentence points at another occasion", () => {
    const { relations } = extractBody(
      [
        "Prime Minister Ola Berg met business leaders on Monday in the capital.",
        "Officials recalled the recent meeting between Ola Berg and President Ana Brenna in Norhaven.",
        "Ola Berg had met President Tor Lind at the border, aides said.",
      ].join("\n\n"),
    );
    expect(relationSet(relations, "MET_WITH")).toEqual([
      "Ana Brenna | Ola Berg | ",
      "Ola Berg | Tor Lind | ",
    ]);
  });

  it("takes no date from a lead that tells no meeting", () => {
    const { relations } = extractBody(
      [
        "Shares in the Norhaven shipyard fell on Monday after the results.",
        "Chairman Ola Berg met with union leader Tor Lind at the yard.",
      ].join("\n\n"),
    );
    expect(relationSet(relations, "MET_WITH")).toEqual(["Ola Berg | Tor Lind | "]);
  });
});

// Published on Wednesday 2022-05-11: "Monday" is 2022-05-09.
describe("a story whose lead gives no date", () => {
  it("takes the day a later opening sentence gives its meetings, for the day's other meetings", () => {
    const { relations } = extractBody(
      [
        "On her second day in Norhaven, Trade Minister Ana Brenna met Finance Minister Ola Berg and Energy Minister Per Sund.",
        "The minister held a full programme of meetings on Monday in the port city.",
        "Later, Minister Ana Brenna met with Mayor Ida Holm.",
        "In the afternoon, Brenna sat down with union leader Tor Lind.",
      ].join("\n\n"),
    );
    expect(relationSet(relations, "MET_WITH")).toEqual([
      "Ana Brenna | Ida Holm | 2022-05-09",
      "Ana Brenna | Ola Berg | 2022-05-09",
      "Ana Brenna | Per Sund | 2022-05-09",
      "Ana Brenna | Tor Lind | 2022-05-09",
    ]);
  });

  it("takes no day from an opening sentence about another occasion or one weeks before", () => {
    const { relations } = extractBody(
      [
        "Coach Ola Berg met with Chairman Per Sund at the training ground.",
        "Berg had held meetings on Monday with the league's officials.",
        "Berg also met on April 2 with team captain Tor Lind.",
      ].join("\n\n"),
    );
    expect(relationSet(relations, "MET_WITH")).toEqual([
      "Ola Berg | Per Sund | ",
      "Ola Berg | Tor Lind | 2022-04-02",
    ]);
  });
});
