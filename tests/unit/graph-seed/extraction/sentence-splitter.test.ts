import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../../graph-seed/extraction/index";

const texts = (body: string) => splitSentences(body).map((s) => s.sentence);

describe("splitSentences", () => {
  it("does not split after titles, dotted acronyms before lower case, month abbreviations or initials", () => {
    expect(texts("Mr. Okafor met U.S. officials on Jan. 5 with J. R. Diaz. They left.")).toEqual([
      "Mr. Okafor met U.S. officials on Jan. 5 with J. R. Diaz.",
      "They left.",
    ]);
  });

  it("keeps decimal numbers and splits run-together sentences", () => {
    expect(texts("Growth hit 2.5 percent in the talks.The minister left.")).toEqual([
      "Growth hit 2.5 percent in the talks.",
      "The minister left.",
    ]);
  });

  it("splits after a dotted acronym when a sentence opener follows", () => {
    expect(texts("The envoy flew to the U.S. The talks begin today.")).toEqual([
      "The envoy flew to the U.S.",
      "The talks begin today.",
    ]);
  });

  it("keeps closing quotes with their sentence and attribution after a quoted comma", () => {
    expect(texts("“We are ready,” Ruiz said. “So are we.” He nodded.")).toEqual([
      "“We are ready,” Ruiz said.",
      "“So are we.”",
      "He nodded.",
    ]);
  });

  it("gives offsets into the body", () => {
    const body = "First one.  Second one!\n\nThird?";
    for (const s of splitSentences(body)) expect(body.slice(s.start, s.end)).toBe(s.sentence);
    expect(splitSentences(body)).toHaveLength(3);
  });
});
