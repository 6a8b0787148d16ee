import { describe, expect, it } from "vitest";
import {
  detokenize,
  hasProse,
  parseConll,
  storyText,
} from "../../../../graph-seed/evaluation/conll-stories";

// An invented two-story file in the CoNLL-2003 layout (word, POS, chunk, IOB1 name tag).
const FILE = [
  "-DOCSTART- -X- O O",
  "",
  "ROWING NN I-NP O",
  "- : O O",
  "NORHAVEN NNP I-NP I-ORG",
  "WINS VBZ I-VP O",
  ". . O O",
  "",
  "NORHAVEN NNP I-NP I-LOC",
  "2021-09-12 CD I-NP O",
  "",
  "Ola NNP I-NP I-PER",
  "Brenna NNP I-NP I-PER",
  "( ( O O",
  "Norway NNP I-NP I-LOC",
  ") ) O O",
  "said VBD I-VP O",
  "the DT I-NP O",
  "Harbour NNP I-NP I-ORG",
  "Club NNP I-NP I-ORG",
  "Valley NNP I-NP B-ORG",
  "Rowers NNP I-NP I-ORG",
  "was VBD I-VP O",
  "n't RB I-ADVP O",
  "ready JJ I-ADJP O",
  "for IN I-PP O",
  '" " O O',
  "Nordic NNP I-NP I-MISC",
  "Week NNP I-NP I-MISC",
  '" " O O',
  "in IN I-PP O",
  "May NNP I-NP O",
  ". . O O",
  "",
  "-DOCSTART- -X- O O",
  "",
  "Harbour NNP I-NP I-ORG",
  "Club NNP I-NP I-ORG",
  "41 CD I-NP O",
  "",
].join("\n");

describe("parseConll", () => {
  const stories = parseConll(FILE);

  it("splits documents at -DOCSTART- and rebuilds one line per sentence", () => {
    expect(stories).toHaveLength(2);
    expect(stories[0]?.lines).toEqual([
      "ROWING - NORHAVEN WINS.",
      "NORHAVEN 2021-09-12",
      'Ola Brenna (Norway) said the Harbour Club Valley Rowers wasn\'t ready for "Nordic Week" in May.',
    ]);
    expect(storyText(stories[1]!)).toBe("Harbour Club 41\n");
  });

  it("collects distinct names per scored type, B- starting a new name, MISC left out", () => {
    const names = stories[0]!.names;
    expect([...names.PER]).toEqual(["Ola Brenna"]);
    expect([...names.ORG].sort()).toEqual(["Harbour Club", "NORHAVEN", "Valley Rowers"]);
    expect([...names.LOC].sort()).toEqual(["NORHAVEN", "Norway"]);
  });

  it("calls a story prose when one line has 8+ words, a quarter of them lower case", () => {
    expect(hasProse(stories[0]!)).toBe(true);
    expect(hasProse(stories[1]!)).toBe(false);
  });
});

describe("detokenize", () => {
  it("glues punctuation, clitics and brackets as printed", () => {
    expect(detokenize(["It", "'s", "5", "%", ",", "(", "up", ")", "$", "3", "."])).toBe(
      "It's 5%, (up) $3.",
    );
  });
});
