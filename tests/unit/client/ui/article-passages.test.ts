import { describe, expect, it } from "vitest";
import type { ArticleEvidence } from "../../../../contract/api";
import { articlePassages } from "../../../../client/src/ui/article-passages";

/** Evidence over `sentence` of `body`, offsets in code points as the server sends them. */
function evidenceOf(body: string, sentence: string, id: string): ArticleEvidence {
  const unit = body.indexOf(sentence);
  const start = Array.from(body.slice(0, unit)).length;
  return {
    id,
    relationId: `met_with:${id}`,
    type: "MET_WITH",
    start,
    end: start + Array.from(sentence).length,
  };
}

describe("articlePassages", () => {
  const body = "Intro 🚢 line. Ana met Bo in Oslo. Then rain.\n\nBo heads the Port. Done.\n\nEnd.";

  it("cuts paragraphs at blank lines and marks each sentence in its own paragraph", () => {
    const met = evidenceOf(body, "Ana met Bo in Oslo.", "e1");
    const heads = evidenceOf(body, "Bo heads the Port.", "e2");
    const paragraphs = articlePassages(body, [heads, met], "e1");
    expect(paragraphs.map((runs) => runs.map((r) => r.text).join(""))).toEqual([
      "Intro 🚢 line. Ana met Bo in Oslo. Then rain.",
      "Bo heads the Port. Done.",
      "End.",
    ]);
    // Offsets after an emoji (two UTF-16 units, one code point) still land on the sentence.
    expect(paragraphs[0]).toEqual([
      { text: "Intro 🚢 line. ", evidence: [], focus: false },
      { text: "Ana met Bo in Oslo.", evidence: ["e1"], focus: true },
      { text: " Then rain.", evidence: [], focus: false },
    ]);
    expect(paragraphs[1]?.[0]).toEqual({
      text: "Bo heads the Port.",
      evidence: ["e2"],
      focus: false,
    });
  });

  it("joins evidence of several relations stated by one sentence into one run", () => {
    const a = evidenceOf(body, "Ana met Bo in Oslo.", "e1");
    const b = { ...a, id: "e3", relationId: "heads:x", type: "HEADS" as const };
    const runs = articlePassages(body, [a, b], "e3")[0]!;
    expect(runs.filter((r) => r.evidence.length > 0)).toEqual([
      { text: "Ana met Bo in Oslo.", evidence: ["e1", "e3"], focus: true },
    ]);
  });

  it("shows the text alone when there is no evidence", () => {
    expect(articlePassages(body, [], null)).toHaveLength(3);
    expect(articlePassages("", [], null)).toEqual([]);
  });
});
