import { describe, expect, it } from "vitest";
import { roleLines } from "./helpers";

describe("the role a person takes, read as one phrase up to its organisation", () => {
  it("reads a long or coordinated role before 'of' / 'at' and a board that is the organisation's", () => {
    expect(
      roleLines(
        "Peter Olsen has been appointed as the new president and group chief executive officer of Harlow Bank. " +
          "Sarah Jensen has been named chairman of the supervisory board at Norvale Foods.",
      ),
    ).toEqual(["HEADS | Peter Olsen | Harlow Bank", "HEADS | Sarah Jensen | Norvale Foods"]);
  });

  it("reads 'took over as', 'replaced B as' and a possessor, in sports, labour and party news", () => {
    expect(
      roleLines(
        "Tom Keller replaced Mark Rowe as the new president of the Westbrook Cricket Board on Monday. " +
          "Maria Lund took over as general secretary of the Dock Workers Union in March. " +
          "Anna Berg, who was elected Green Alliance's deputy leader last year, spoke first.",
      ),
    ).toEqual([
      "HEADS | Tom Keller | Westbrook Cricket Board",
      "MEMBER_OF | Anna Berg | Green Alliance",
      "MEMBER_OF | Maria Lund | Dock Workers Union",
    ]);
  });

  it("gives no role that is past, planned, or held by someone else the person appointed", () => {
    expect(
      roleLines(
        "Peter Olsen was appointed former chairman of Harlow Bank by mistake. " +
          "Sarah Jensen could be named chairman of Norvale Foods next year. " +
          "Tom Keller appointed Maria Lund as head coach of the Westbrook Rovers.",
      ),
    ).toEqual(["MEMBER_OF | Maria Lund | Westbrook Rovers"]);
  });

  it("gives no role at a name that only modifies the noun after it", () => {
    expect(roleLines("Chen Wei took over as chairman at the Harlow Bank-owned shipyard.")).toEqual(
      [],
    );
  });
});

describe("the organisation that appoints", () => {
  it("reads 'X has said it had named A, an aside, as ...' and 'X's board appointed A as its (finance) ...'", () => {
    expect(
      roleLines(
        "Harlow Bank has said it had named a veteran lender, Peter Olsen, as the new chief executive officer. " +
          "Kestrel Energy's board of directors appointed Sarah Jensen as its new finance director.",
      ),
    ).toEqual(["HEADS | Peter Olsen | Harlow Bank", "MEMBER_OF | Sarah Jensen | Kestrel Energy"]);
  });

  it("gives the role to the unit named after it and membership of the one that appoints", () => {
    expect(
      roleLines(
        "Norvale Foods named Sarah Jensen, 51, as the new president and CEO of Norvale International.",
      ),
    ).toEqual([
      "HEADS | Sarah Jensen | Norvale International",
      "MEMBER_OF | Sarah Jensen | Norvale Foods",
    ]);
  });

  it("takes no organisation cut from a longer name as the one that appoints", () => {
    expect(
      roleLines(
        "On Monday, Westbrook Kestrel Energy appointed Tom Keller as its new chief executive.",
      ),
    ).not.toContain("HEADS | Tom Keller | Kestrel Energy");
  });
});

describe("board members listed after a colon", () => {
  it("makes each listed appointee a member of the organisation that names them, their own titles apart", () => {
    expect(
      roleLines(
        "Norvale Foods also named three new members to the supervisory board: Elena Marsh, chief strategy officer at Kestrel Systems; Tom Keller, CEO of Harlow Bank; and Maria Lund, chairman of the executive board of Westbrook Chemicals.",
      ),
    ).toEqual([
      "HEADS | Maria Lund | Westbrook Chemicals",
      "HEADS | Tom Keller | Harlow Bank",
      "MEMBER_OF | Elena Marsh | Kestrel Systems",
      "MEMBER_OF | Elena Marsh | Norvale Foods",
      "MEMBER_OF | Maria Lund | Norvale Foods",
      "MEMBER_OF | Tom Keller | Norvale Foods",
    ]);
  });

  it("reads a list of bare names, and none from a board appointment that may not happen", () => {
    expect(
      roleLines(
        "The Kestrel Union appointed two members to its board: Joe Banda and Ravi Sharma. " +
          "If the Harbour Workers Union appointed two members to its board: Mark Rowe and Anna Berg, the strike would end.",
      ),
    ).toEqual(["MEMBER_OF | Joe Banda | Kestrel Union", "MEMBER_OF | Ravi Sharma | Kestrel Union"]);
  });
});

describe("appointments whose organisation is written elsewhere in the clause", () => {
  it("takes an organisation fronted before the clause, and gives it to a co-appointee after 'with'", () => {
    expect(
      roleLines(
        "For Drayton Bank, Lena Marsh was appointed as the managing director and chief executive " +
          "officer with Paul Okoro as the executive director.",
      ),
    ).toEqual(["HEADS | Lena Marsh | Drayton Bank", "MEMBER_OF | Paul Okoro | Drayton Bank"]);
  });

  it("reads 'announced A as the role of X' whoever announces, and 'the union's' as the union named before", () => {
    expect(
      roleLines(
        "The regulator announced Femi Bello as the general secretary of the Coastal Dockers Union " +
          "while Uche Obi was appointed as the union's treasurer.",
      ),
    ).toEqual([
      "MEMBER_OF | Femi Bello | Coastal Dockers Union",
      "MEMBER_OF | Uche Obi | Coastal Dockers Union",
    ]);
  });

  it("reads a re-election by the organisation", () => {
    expect(
      roleLines("Harlan Rovers re-elected former striker Jon Pike as its chairman on Sunday."),
    ).toEqual(["HEADS | Jon Pike | Harlan Rovers"]);
  });

  it("gives no role to a person met 'as' something happened, nor to a co-appointee with no organisation", () => {
    expect(
      roleLines(
        "The minister met Joan Bell as the talks began. " +
          "Sara Lind was appointed as the head coach with Ben Moss as her assistant.",
      ),
    ).toEqual([]);
  });
});
