import { describe, expect, it } from "vitest";
import { extractBody, findRelation } from "./helpers";

describe("DISAGREES_ON", () => {
  it("reads 'A rejected B's proposal' as a disagreement between A and B", () => {
    const { relations } = extractBody(
      "Trade Minister Ola Berg rejected Finance Minister Kari Dahl's proposal to cut tariffs.",
    );
    expect(findRelation(relations, "DISAGREES_ON", "Ola Berg", "Kari Dahl")).toBeDefined();
  });

  it("does not read 'A rejected B' (a person, a request) as a disagreement with B", () => {
    const { relations } = extractBody(
      "Trade Minister Ola Berg rejected Finance Minister Kari Dahl's resignation on Monday.",
    );
    expect(findRelation(relations, "DISAGREES_ON", "Ola Berg", "Kari Dahl")).toBeUndefined();
  });

  it("takes the subject before an apposition, not the organisation inside it", () => {
    const { relations } = extractBody(
      "Mira Sandoval, a lawyer who has led the Andean Football Federation since 2016, rejected FIFA's proposal to move the final.",
    );
    expect(findRelation(relations, "DISAGREES_ON", "Mira Sandoval", "FIFA")).toBeDefined();
    expect(
      findRelation(relations, "DISAGREES_ON", "Andean Football Federation", "FIFA"),
    ).toBeUndefined();
  });

  it("resolves 'the two ministers clashed over X' to the pair named just before", () => {
    const { relations } = extractBody(
      "Foreign Minister Ana Ruiz met her Peruvian counterpart Luis Tello on Monday. The two ministers also clashed over fishing rights.",
    );
    const r = findRelation(relations, "DISAGREES_ON", "Ana Ruiz", "Luis Tello");
    expect(r?.topic).toBe("fishing rights");
  });

  it("reads 'A clashed with a titled B over X'", () => {
    const { relations } = extractBody(
      "Rep. Tom Lacey clashed with Agriculture Minister Piet Vos over the buyout scheme on Wednesday.",
    );
    expect(findRelation(relations, "DISAGREES_ON", "Tom Lacey", "Piet Vos")).toBeDefined();
  });
});
