// Roles said every way, on invented sentences from business, party, sports and labour news: one
// clause shape ties a person and an organisation by a role word or a verb of joining, and the
// organisation is found by its own name (no head noun) because the clause shows what it is.
import { describe, expect, it } from "vitest";
import { extractBody, roleLines } from "./helpers";

/** The organisations of a body, sorted. */
function orgs(body: string): string[] {
  return extractBody(body)
    .entities.filter((e) => e.type === "Organization")
    .map((e) => e.name)
    .sort();
}

describe("organisation, role, person", () => {
  it("reads a union, a company and a club before a role word and a name", () => {
    expect(
      roleLines(
        "Tarnwick general secretary Sarah Morrow said the offer fell short. " +
          "The Brelford chairman Robert Penhale told shareholders to be patient. " +
          "Kestrel striker Daniel Ferraby scored twice before the break.",
      ),
    ).toEqual([
      "HEADS | Robert Penhale | Brelford",
      "MEMBER_OF | Daniel Ferraby | Kestrel",
      "MEMBER_OF | Sarah Morrow | Tarnwick",
    ]);
  });

  it("reads a possessive organisation, coordinated roles and an honorific", () => {
    expect(
      roleLines(
        "Norvale Foods' president and chief executive officer, Laura Varga, will retire in April. " +
          "The Greens' leader Peter Kelby urged members to vote. " +
          "Dunmere Holding chairman Prof. Helen Strand resigned on Friday.",
      ),
    ).toEqual([
      "HEADS | Helen Strand | Dunmere Holding",
      "HEADS | Laura Varga | Norvale Foods",
      "HEADS | Peter Kelby | Greens",
    ]);
  });

  it("gives no role to a former holder, nor to the person who met the holder", () => {
    expect(
      roleLines(
        "Former Brelford chairman Robert Penhale backed the bid. " +
          "Sarah Morrow met Kestrel's chief executive Peter Kelby on Monday.",
      ),
    ).toEqual(["HEADS | Peter Kelby | Kestrel"]);
  });

  it("reads 'the managing director of X A' and 'Chairman of the X party, A'", () => {
    expect(
      roleLines(
        "The board has named the current Managing Director of Harwick Bank Robert Penhale as governor. " +
          "Chairman of the SDPN party, Laura Varga, called the talks a waste of time.",
      ),
    ).toEqual(["HEADS | Laura Varga | SDPN", "HEADS | Robert Penhale | Harwick Bank"]);
  });

  it("takes no city, country or portfolio for an organisation before a role word", () => {
    expect(
      roleLines(
        "Paris mayor Sarah Morrow opened the fair. Foreign Secretary Peter Kelby flew home. " +
          "Cabinet Secretary Laura Varga read the statement.",
      ),
    ).toEqual([]);
    expect(
      orgs("Paris mayor Sarah Morrow opened the fair. Foreign Secretary Peter Kelby flew home."),
    ).toEqual([]);
  });
});

describe("names a role introduces", () => {
  it("reads the name after 'X President,' and after 'Chairman of the X party,'", () => {
    expect(
      roleLines(
        "Workers marched through the capital behind NWC President, Abiodun Tarka who led the chants. " +
          "Chairman of the SDPN party, Miroslav Dzeran, said the talks were pointless.",
      ),
    ).toEqual(["HEADS | Abiodun Tarka | NWC", "HEADS | Miroslav Dzeran | SDPN"]);
  });

  it("takes no name after a former role", () => {
    expect(roleLines("Unions met NWC former president, Abiodun Tarka, on Friday.")).toEqual([]);
  });
});

describe("person, then organisation and role", () => {
  it("reads 'A, X's head coach', 'A, the X boss' and 'A, a spokesman for X'", () => {
    expect(
      roleLines(
        "Peter Kelby, Norvale's head coach, said his players were tired. " +
          "Robert Penhale, the Brelford boss, said his side deserved the win. " +
          "Sarah Morrow, a spokeswoman for Tarnwick, said the plant would close.",
      ),
    ).toEqual([
      "HEADS | Robert Penhale | Brelford",
      "MEMBER_OF | Peter Kelby | Norvale",
      "MEMBER_OF | Sarah Morrow | Tarnwick",
    ]);
  });

  it("gives no current role to 'A, a former X executive', and none to the name before another's title", () => {
    expect(
      roleLines(
        "Peter Kelby, a former Norvale executive, said the plant would close. " +
          "Laura Varga, Dunmere Group Chairman Robert Penhale and Sarah Morrow signed the deal.",
      ),
    ).toEqual(["HEADS | Robert Penhale | Dunmere Group"]);
  });

  it("reads an officer as a member: executive director, board member, secretary-general", () => {
    expect(
      roleLines(
        "Laura Varga, the current Executive Director at Harwick Bank, was promoted. " +
          "Peter Kelby, a member of the board of directors at Norvale, declined to comment. " +
          "Suspended SDPN secretary-general Robert Penhale was barred from the meeting.",
      ),
    ).toEqual([
      "MEMBER_OF | Laura Varga | Harwick Bank",
      "MEMBER_OF | Peter Kelby | Norvale",
      "MEMBER_OF | Robert Penhale | SDPN",
    ]);
  });

  it("reads a party in brackets after a name as membership", () => {
    expect(
      roleLines("Mayor Sarah Morrow (SDPN) and Governor Peter Kelby (LRP) attended the talks."),
    ).toEqual(["MEMBER_OF | Peter Kelby | LRP", "MEMBER_OF | Sarah Morrow | SDPN"]);
  });

  it("does not read a clause after the comma as an apposition", () => {
    expect(
      roleLines(
        "Robert Penhale was removed by the president, after the country's leader complained about " +
          "the Harwick Bank decision.",
      ),
    ).toEqual([]);
  });
});

describe("verbs of joining, leading and appointment", () => {
  it("reads 'A joined X', 'X signed A', 'A, who chairs X' and 'A, who leads X'", () => {
    expect(
      roleLines(
        "Daniel Ferraby joined Kestrel Rovers in 2019 from a rival club. " +
          "Harbour Athletic signed Peter Kelby from Eastmoor on Tuesday. " +
          "Sarah Morrow, who chairs Brelford, said the board would meet again. " +
          "Laura Varga, who leads Tarnwick, said costs had risen.",
      ),
    ).toEqual([
      "HEADS | Laura Varga | Tarnwick",
      "HEADS | Sarah Morrow | Brelford",
      "MEMBER_OF | Daniel Ferraby | Kestrel Rovers",
      "MEMBER_OF | Peter Kelby | Harbour Athletic",
    ]);
  });

  it("reads 'X appointed A as chief executive', 'A took over as X's president', 'A will step down as X chairman'", () => {
    expect(
      roleLines(
        "Brelford appointed Sarah Morrow as chief executive on Monday. " +
          "Peter Kelby took over as Tarnwick's president last year. " +
          "Robert Penhale will step down as Dunmere chairman in June. " +
          "Laura Varga will remain chairman of Norvale Holding until the merger.",
      ),
    ).toEqual([
      "HEADS | Laura Varga | Norvale Holding",
      "HEADS | Peter Kelby | Tarnwick",
      "HEADS | Robert Penhale | Dunmere",
      "HEADS | Sarah Morrow | Brelford",
    ]);
  });

  it("gives no role from a planned or refused move", () => {
    expect(
      roleLines(
        "Daniel Ferraby could join Kestrel Rovers next season. " +
          "Peter Kelby refused to take over as Tarnwick's president.",
      ),
    ).toEqual([]);
  });
});

describe("organisations by their own name", () => {
  it("finds a company by what it does, once, with its later repeats", () => {
    expect(
      orgs(
        "Brelford said in a statement that profits fell. Analysts expect Brelford to cut jobs. " +
          "Tarnwick today announced that its board had approved the sale.",
      ),
    ).toEqual(["Brelford", "Tarnwick"]);
  });

  it("gives no membership to a person quoted by an outlet", () => {
    expect(roleLines("Sarah Morrow told Reuters that the talks had failed.")).toEqual([]);
  });
});

describe("a role told in the next sentence by 'He' / 'She'", () => {
  it("gives the role to the person the sentence before opened with", () => {
    expect(
      roleLines(
        "Marco Ferri scored twice on Saturday. He joined Harlow Rovers in 2019. " +
          "Sara Okoye met Paul Brandt on Friday. She was appointed general secretary of the " +
          "Coastal Dockers Union in May.",
      ),
    ).toEqual([
      "MEMBER_OF | Marco Ferri | Harlow Rovers",
      "MEMBER_OF | Sara Okoye | Coastal Dockers Union",
    ]);
  });

  it("gives none when the sentence before does not open with the person", () => {
    expect(
      roleLines("The board met on Monday to discuss Marco Ferri. He joined Harlow Rovers in 2019."),
    ).toEqual([]);
  });
});
