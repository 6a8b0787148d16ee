import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle, splitSentences } from "../../../../../graph-seed/extraction/index";
import { allMatches } from "../../../../../graph-seed/extraction/matches";
import {
  CUED_TRIGGERS,
  cued,
  cuedMatches,
  mayMatch,
} from "../../../../../graph-seed/extraction/relations/sentence-words";
import type { RelationContext } from "../../../../../graph-seed/extraction/relations/relation-context";

/** Sentences written for this test, each holding one or more of the rules' trigger wordings. */
const WRITTEN = [
  "Mayor Ilse Varga slammed Councillor Per Odum over the budget.",
  "The Harbour Union led a week of protests against the Port Authority.",
  "Varga hit back at Odum on Tuesday, and Odum lashed out at the board.",
  "The union took aim at the council and took issue with its plan.",
  "Odum pushed back against the plan and protested to the minister.",
  "The group called for the immediate resignation of the chairman.",
  "The residents filed a High Court challenge against the council.",
  "Varga has been sharply critical of the harbour plan.",
  "The union voiced its serious concern over Odum's remarks to the press.",
  "Varga dismissed Odum's claims, and Odum questioned her figures.",
  "Odum's plan was strongly opposed by Varga, and the draft, rejected by the union, lapsed.",
  "Odum drew sharp criticism from Varga and came under fire from the union.",
  "Odum was also accused by Varga of misleading the board.",
  "The mayor has taken a different stance; they stuck to their opposing views.",
  "The two sides remain far apart, at odds and at loggerheads, and locked horns again.",
  "They butted heads, feuded with each other, sparred over the text and disagreed.",
  "Varga and Odum clashed and fell out; she rejected it and they differed.",
  "The councillors were divided on the vote and opposed the plan.",
  "The dispute between Varga and Odum escalated; tensions have grown between the two towns.",
  "Relations between Norland and Vell have soured.",
  "They sought to bridge their long-standing differences despite their bitter rift.",
  "Odum's power struggle with Varga, his stand-off with the board and a falling-out with the union.",
  "Varga's criticism of Odum and the union's lawsuit against the council.",
  "The union filed legal action, in the district court, against the council and an appeal against the fine.",
  "Varga took potshots at Odum, a thinly veiled dig at the board and a broadside on the union.",
  "Varga paid a courtesy call on Odum and received a brief visit from the envoy.",
  "Varga met with Odum, held talks with the envoy and sat down with the mayor.",
  "Odum had a phone call with Varga and a press conference with the union.",
  "Varga discussed regional trade and fishing quotas with Odum.",
  "The summit brought together Varga, Odum and the envoy.",
  "Varga received Odum, welcomed the envoy and called on the governor.",
  "Odum was warmly welcomed by Varga and was received by the governor.",
  "A meeting between Varga and Odum was held; talks were held between the two delegations.",
  "Varga hosted a state luncheon for Odum and gave a dinner in honour of the envoy.",
  "Varga and Odum met, held a bilateral meeting and began video conference talks.",
  "Ősued Kritik: ſlammed Odum, and K the rest.",
];

/** The sentences of the articles in the repository (the seeds' and the evaluation's). */
function repositorySentences(): string[] {
  const dirs = [
    "graph-seed/articles",
    "graph-seed/eval/articles",
    "graph-seed/eval/held-out/articles",
  ];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .flatMap((f) => {
        const { body } = parseArticle(readFileSync(path.join(dir, f), "utf8"));
        return splitSentences(body).map((s) => s.sentence);
      }),
  );
}

/** A context of one sentence, enough for the word reading. */
const contextOf = (sentence: string): RelationContext => ({
  body: sentence,
  title: "",
  publishedOn: null,
  sentences: [{ sentence, start: 0, end: sentence.length }],
  mentions: [],
  entities: [],
});

describe("a sentence's cue reading", () => {
  const trigger = cued(/\b(?:sued|stand|slammed|kept)\b/giu, "sued stand slammed kept");
  const cases: [string, boolean][] = [
    ["The firm Ősued the town.", true],
    ["They took a stand-off approach.", true],
    ["Varga SLAMMED the plan.", true],
    ["Varga ſlammed the plan.", true],
    ["They \u212Aept the draft.", true],
    ["They withstand the pressure.", false],
    ["The lawsuits were slammed_ shut.", false],
    ["Nothing of the sort.", false],
  ];

  it.each(cases)("finds a cue in %j as the pattern does: %s", (sentence, found) => {
    expect(mayMatch(contextOf(sentence), 0, trigger)).toBe(found);
    expect(allMatches(sentence, trigger.pattern).length > 0).toBe(found);
  });
});

describe("cued triggers", () => {
  it("are the relation rules' triggers, loaded with the extractor", () => {
    expect(CUED_TRIGGERS.length).toBeGreaterThanOrEqual(18);
  });

  it("hold a cue word in every match, on written and real sentences", () => {
    const sentences = [...WRITTEN, ...repositorySentences()];
    const missed: string[] = [];
    let matched = 0;
    for (const trigger of CUED_TRIGGERS)
      for (const sentence of sentences)
        for (const m of allMatches(sentence, trigger.pattern)) {
          matched++;
          if (!mayMatch(contextOf(m[0]), 0, trigger))
            missed.push(`${trigger.pattern.source.slice(0, 40)}: ${m[0]}`);
        }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(100);
  });

  it("run the pattern only on a sentence that holds a cue", () => {
    /** A pattern that counts how often it is run. */
    class Counted extends RegExp {
      runs = 0;
      override exec(text: string): RegExpExecArray | null {
        this.runs++;
        return super.exec(text);
      }
    }
    const pattern = new Counted("\\b(?:clashed|feuded)\\s+with\\s+", "gi");
    const trigger = cued(pattern, "clashed feuded");
    expect(cuedMatches(contextOf("Varga met Odum."), 0, trigger)).toEqual([]);
    expect(pattern.runs).toBe(0);
    expect(cuedMatches(contextOf("Varga clashed with Odum."), 0, trigger).map((m) => m[0])).toEqual(
      ["clashed with "],
    );
    expect(pattern.runs).toBeGreaterThan(0);
  });

  it("refuse a pattern without the g flag", () => {
    expect(() => cued(/clash/i, "clash")).toThrow(/needs the g flag/);
  });
});
