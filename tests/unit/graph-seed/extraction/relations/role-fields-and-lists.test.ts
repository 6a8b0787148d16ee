import { describe, expect, it } from "vitest";
import { roleLines } from "./helpers";

describe("a role written in words of its own between an organisation and a name", () => {
  it("reads field words around the role word, coordinated roles, and a field head as an officer", () => {
    expect(
      roleLines(
        "Westbrook Rovers general manager Paul Dunne said the club would appeal. " +
          "Green Alliance spokesperson and publicity department chief Ravi Sharma said the vote was postponed. " +
          "Harbour Rugby Union general manager high-performance Tom Adeyemi praised the squad.",
      ),
    ).toEqual([
      "MEMBER_OF | Paul Dunne | Westbrook Rovers",
      "MEMBER_OF | Ravi Sharma | Green Alliance",
      "MEMBER_OF | Tom Adeyemi | Harbour Rugby Union",
    ]);
  });

  it("reads no role from a verb between the organisation and a titled name", () => {
    expect(roleLines("The High Court ordered chairman Maud Ellery to pay the costs.")).toEqual([]);
  });
});

describe("titles in a list of names set off by commas", () => {
  it("gives a title between two names to the first, and a chief officer of a field membership", () => {
    expect(
      roleLines(
        "The delegation included Tom Keller, Minister of Finance, Peter Olsen, Chairman of the Norland Investment Authority, and Maria Lund. " +
          "Elena Marsh, chief strategy officer at Norvale Systems, joined the board.",
      ),
    ).toEqual([
      "HEADS | Peter Olsen | Norland Investment Authority",
      "MEMBER_OF | Elena Marsh | Norvale Systems",
    ]);
  });
});
