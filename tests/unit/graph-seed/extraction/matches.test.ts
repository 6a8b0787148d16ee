import { describe, expect, it } from "vitest";
import { allMatches } from "../../../../graph-seed/extraction/matches";

/** What a match is made of: its text, offset and groups, as matchAll gives it. */
const shape = (ms: Iterable<RegExpMatchArray>) =>
  [...ms].map((m) => ({ text: m[0], index: m.index, groups: [...m.slice(1)] }));

describe("allMatches", () => {
  const cases: [string, RegExp][] = [
    ["Ana Brenna met Tor Lind in Vellport; Brenna's aide said so.", /\p{Lu}\p{Ll}+/gu],
    ["Norland's minister, the ex-minister and Vell’s envoy", /(\p{L}+)(['’]s)?/gu],
    ["a1b22c333", /\d*/g],
    ["😀x😀", /(?:)/gu],
    ["😀x😀", /(?:)/g],
    ["no figure here", /\d+/g],
  ];

  it.each(cases)("gives the matches matchAll gives in %j", (text, pattern) => {
    expect(shape(allMatches(text, pattern))).toEqual(shape(text.matchAll(pattern)));
  });

  it("starts at the pattern's lastIndex, as matchAll does, and leaves it as found", () => {
    const pattern = /\p{Lu}\p{Ll}+/gu;
    pattern.lastIndex = 4;
    const text = "Ana Brenna met Tor Lind.";
    const expected = shape(text.matchAll(pattern));
    expect(shape(allMatches(text, pattern))).toEqual(expected);
    expect(expected.map((m) => m.text)).toEqual(["Brenna", "Tor", "Lind"]);
    expect(pattern.lastIndex).toBe(4);
  });

  it("refuses a pattern without the g flag, as matchAll does", () => {
    expect(() => allMatches("Ana", /Ana/)).toThrow(TypeError);
  });
});
