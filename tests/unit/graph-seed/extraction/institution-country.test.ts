import { describe, expect, it } from "vitest";
import { extract } from "../../../../graph-seed/extraction/index";
import { parsedArticle } from "../../../support/extraction";

/** Each organisation's article name and the country-qualified name the graph stores, if any. */
const institutions = (body: string) =>
  extract(parsedArticle(body, "2025-02-10"))
    .entities.filter((e) => e.type === "Organization")
    .map((e) => [e.name, e.qualifiedName ?? null]);

describe("generic institutions qualified by their country", () => {
  it("takes the country written before the institution, by demonym or possessive", () => {
    expect(
      institutions(
        "The Peruvian Ministry of Foreign Affairs summoned an envoy from Chile. Chile's Defense Ministry said the patrol boat had stayed in its own waters.",
      ),
    ).toEqual([
      ["Ministry of Foreign Affairs", "Ministry of Foreign Affairs (Peru)"],
      ["Ministry of Defense", "Ministry of Defense (Chile)"],
    ]);
  });

  it("takes the country of the title that implies the ministry", () => {
    expect(
      institutions(
        "Kenyan Foreign Minister Otieno Wambua flew to Uganda and Tanzania on Friday. The Foreign Ministry said the trip would last a week.",
      ),
    ).toEqual([["Ministry of Foreign Affairs", "Ministry of Foreign Affairs (Kenya)"]]);
  });

  it("merges 'Ministry of National Defense' and 'Defense Ministry' under one qualified name", () => {
    expect(
      institutions(
        "Estonia's Ministry of National Defense ordered new radars. The Defense Ministry said the first would arrive in Estonia in May.",
      ),
    ).toEqual([["Ministry of National Defense", "Ministry of Defense (Estonia)"]]);
  });

  it("uses the only country an article names", () => {
    expect(
      institutions(
        "Judges of the Supreme Court upheld the curfew in Ireland on Tuesday. The Ministry of Health said hospitals were coping.",
      ),
    ).toEqual([
      ["Supreme Court", "Supreme Court (Ireland)"],
      ["Ministry of Health", "Ministry of Health (Ireland)"],
    ]);
  });

  it("leaves an institution bare when a two-country story does not say whose it is", () => {
    expect(
      institutions(
        "Trade between Vietnam and Thailand grew by a fifth last year. Vietnam sold more rice to Thailand. The Ministry of Finance said the surplus would shrink.",
      ),
    ).toEqual([["Ministry of Finance", null]]);
  });

  it("qualifies neither a named organisation nor a company", () => {
    expect(
      institutions(
        "The Green Alliance Party said in Norway on Monday that Fjordline Shipping Corp should pay more tax.",
      ).every(([, qualified]) => qualified === null),
    ).toBe(true);
  });
});
