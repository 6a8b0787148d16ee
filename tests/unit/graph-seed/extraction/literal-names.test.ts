import { describe, expect, it } from "vitest";
import { LiteralNames } from "../../../../graph-seed/extraction/literal-names";

/** The regular-expression alternation LiteralNames stands in for, to compare against. */
function byRegex(names: string[], text: string, alsoBefore = ""): [string, number][] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const alternation = [...names]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}${escape(alsoBefore)}])(${alternation})(?![\\p{L}\\p{N}])`,
    "gu",
  );
  return [...text.matchAll(re)].map((m) => [m[0], m.index]);
}

const find = (names: LiteralNames, text: string): [string, number][] =>
  names.findAll(text).map((m) => [m.text, m.index]);

describe("LiteralNames", () => {
  const LIST = ["Norland", "North Norland", "Norlandia", "Vell", "the Vells", "Oster-Vell"];

  it("finds the longest listed name at a position, left to right", () => {
    const names = new LiteralNames(LIST);
    const text = "North Norland and Norlandia met the Vells in Oster-Vell.";
    expect(find(names, text)).toEqual([
      ["North Norland", 0],
      ["Norlandia", 18],
      ["the Vells", 32],
      ["Oster-Vell", 45],
    ]);
  });

  it("skips a name glued to a letter or digit on either side", () => {
    const names = new LiteralNames(LIST);
    expect(find(names, "Norlands Vell9 xVell Norland")).toEqual([["Norland", 21]]);
  });

  it("keeps out a name after an extra boundary character when asked to", () => {
    expect(find(new LiteralNames(LIST, "."), "St.Vell, and .Vell or Vell.")).toEqual([
      ["Vell", 22],
    ]);
    expect(find(new LiteralNames(LIST), ".Vell")).toEqual([["Vell", 1]]);
  });

  it("treats a letter outside the basic plane before a name as part of a word", () => {
    const names = new LiteralNames(LIST);
    expect(find(names, "\u{1D4D0}Vell, 🙂Vell")).toEqual([["Vell", 10]]);
  });

  it("gives what the equivalent regular expression gives", () => {
    const text =
      "In Norland, north Norland, North Norlandia and the Vells; (Vell) Oster-Vells, Vell-Oster, é Vell.Norland";
    for (const before of ["", "."]) {
      expect(find(new LiteralNames(LIST, before), text)).toEqual(byRegex(LIST, text, before));
    }
  });

  it("refuses a one-character name", () => {
    expect(() => new LiteralNames(["X"])).toThrow(/too short/);
  });
});
