import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../../../contract/model";
import { extractBody, relationSet } from "./helpers";

/** The Group entities of an extraction as "name [aliases]" lines. */
function groups(extraction: Extraction): string[] {
  return extraction.entities
    .filter((e) => e.type === "Group")
    .map((e) => (e.aliases.length > 0 ? `${e.name} [${e.aliases.join("; ")}]` : e.name))
    .sort();
}

/** Every relation of the types a group takes part in, as sorted lines. */
function facts(extraction: Extraction): string[] {
  return (["MET_WITH", "HEADS", "MEMBER_OF"] as const)
    .flatMap((type) => relationSet(extraction.relations, type).map((line) => `${type} | ${line}`))
    .sort();
}

describe("Group entities", () => {
  it("names a delegation by the country that sends it, however the text writes it", () => {
    const found = extractBody(
      "A high-level delegation from Finland arrived in Vella on Monday. " +
        "The five-strong Estonian trade delegation came a day later. " +
        "Officials said the Finnish delegation would stay until Friday.",
    );
    expect(groups(found)).toEqual([
      "Estonian trade delegation [five-strong Estonian trade delegation]",
      "Finland delegation [Finnish delegation; high-level delegation from Finland]",
    ]);
  });

  it("names a team by its organisation, and a panel introduced by who leads it", () => {
    const found = extractBody(
      "The Dockworkers Union's negotiating team walked out on Tuesday. " +
        "A ministerial panel led by Finance Minister Lior Adani drafted the offer.",
    );
    expect(groups(found)).toEqual([
      "Dockworkers Union negotiating team [Dockworkers Union's negotiating team]",
      "ministerial panel",
    ]);
  });

  it("leaves a group noun nobody anchors as a common noun", () => {
    const found = extractBody(
      "Senator Nora Blake and her delegation toured the port on Monday. " +
        "The team won the final, and a panel of judges praised the squad.",
    );
    expect(groups(found)).toEqual([]);
  });

  it("reads 'the delegation' as the one delegation named before, and nothing when there were two", () => {
    const one = extractBody(
      "The Kenyan delegation landed in Vella. The delegation met Governor Sami Haddad on Monday.",
    );
    expect(facts(one)).toEqual(["MET_WITH | Kenyan delegation | Sami Haddad | 2022-05-09"]);
    const two = extractBody(
      "The Kenyan delegation and the Ugandan delegation landed on Monday. " +
        "The delegation met Governor Sami Haddad.",
    );
    expect(facts(two)).toEqual([]);
  });
});

describe("heads and members of a group", () => {
  it("reads 'the X delegation, led by A', 'is led by A' and 'A led the X delegation' as HEADS", () => {
    const found = extractBody(
      "The Danish delegation, led by Deputy Minister Jonas Falk, arrived on Monday. " +
        "The Polish delegation is led by Senator Ewa Nowak. " +
        "Ambassador Tarik Osman led the Egyptian delegation.",
    );
    expect(facts(found)).toEqual([
      "HEADS | Ewa Nowak | Polish delegation | ",
      "HEADS | Jonas Falk | Danish delegation | ",
      "HEADS | Tarik Osman | Egyptian delegation | ",
    ]);
  });

  it("makes members of those the delegation included, not of its head", () => {
    const found = extractBody(
      "The Chilean delegation, headed by Minister Rosa Vidal, included Senator Pablo Ortiz; " +
        "Governor Ana Leal and Mayor Luis Cano.",
    );
    expect(facts(found)).toEqual([
      "HEADS | Rosa Vidal | Chilean delegation | ",
      "MEMBER_OF | Ana Leal | Chilean delegation | ",
      "MEMBER_OF | Luis Cano | Chilean delegation | ",
      "MEMBER_OF | Pablo Ortiz | Chilean delegation | ",
    ]);
  });

  it("makes members of 'A was part of the X delegation' and of those the head is accompanied by", () => {
    const found = extractBody(
      "Prime Minister Ivo Petrov led the Bulgarian delegation to Vella on Monday. " +
        "He was accompanied by Governor Dimo Kolev and Senator Vera Ilieva. " +
        "Mayor Asen Tonev was part of the Bulgarian delegation too.",
    );
    expect(facts(found)).toEqual([
      "HEADS | Ivo Petrov | Bulgarian delegation | ",
      "MEMBER_OF | Asen Tonev | Bulgarian delegation | ",
      "MEMBER_OF | Dimo Kolev | Bulgarian delegation | ",
      "MEMBER_OF | Vera Ilieva | Bulgarian delegation | ",
    ]);
  });

  it("gives no HEADS for a delegation someone will lead", () => {
    const found = extractBody("Minister Rosa Vidal will lead the Chilean delegation next month.");
    expect(facts(found)).toEqual([]);
  });
});

describe("meetings of groups", () => {
  it("meets the host with the delegation and with the head the text names", () => {
    const found = extractBody(
      "President Mara Kovic on Monday hosted a delegation from Norway, led by Deputy Prime Minister Eirik Dahl.",
    );
    expect(facts(found)).toEqual([
      "HEADS | Eirik Dahl | Norway delegation | ",
      "MET_WITH | Eirik Dahl | Mara Kovic | 2022-05-09",
      "MET_WITH | Mara Kovic | Norway delegation | 2022-05-09",
    ]);
  });

  it("meets two delegations, and their heads, in 'talks between the X and Y delegations'", () => {
    const found = extractBody(
      "The Greek delegation is led by Minister Nikos Pappas. The Turkish delegation is led by Minister Emre Kaya. " +
        "Talks between the Greek and Turkish delegations took place on Tuesday.",
    );
    expect(facts(found)).toEqual([
      "HEADS | Emre Kaya | Turkish delegation | ",
      "HEADS | Nikos Pappas | Greek delegation | ",
      "MET_WITH | Emre Kaya | Nikos Pappas | 2022-05-10",
      "MET_WITH | Greek delegation | Turkish delegation | 2022-05-10",
    ]);
  });

  it("does not make an organisation a participant of a meeting of people", () => {
    const found = extractBody(
      "Minister Lior Adani of the Dockworkers Union met Governor Sami Haddad on Monday.",
    );
    expect(relationSet(found.relations, "MET_WITH")).toEqual([
      "Lior Adani | Sami Haddad | 2022-05-09",
    ]);
  });
});

describe("organisations a coalition is made of", () => {
  const members = (body: string) => relationSet(extractBody(body).relations, "MEMBER_OF");

  it("reads the members listed before: 'A, B and C, which bargain together as X', 'members of X'", () => {
    expect(
      members(
        "The NTWU, CUPE and the Teamsters Union, which bargain together as the Council of Transport Unions, rejected the offer. " +
          "The Green Party and the Farmers Party, members of the Progress Alliance, voted against the budget.",
      ),
    ).toEqual([
      "CUPE | Council of Transport Unions | ",
      "Farmers Party | Progress Alliance | ",
      "Green Party | Progress Alliance | ",
      "NTWU | Council of Transport Unions | ",
      "Teamsters Union | Council of Transport Unions | ",
    ]);
  });

  it("reads the members listed after a collective body, but not a company's units", () => {
    expect(
      members(
        "The Harbour Unions Federation, which brings together the Dockworkers Union and the Seafarers Union, called a strike. " +
          "Acme Holdings, which includes Acme Bank and Acme Insurance, reported a loss.",
      ),
    ).toEqual([
      "Dockworkers Union | Harbour Unions Federation | ",
      "Seafarers Union | Harbour Unions Federation | ",
    ]);
  });
});

describe("a group introduced by the people it is made of", () => {
  it("names it by its purpose word and makes each listed person a member", () => {
    const found = extractBody(
      "The league set up a disciplinary committee comprising former referees Mark Evans, John Smith and Peter Cole. " +
        "The club later named a coaching panel made up of David Brown and Paul Green.",
    );
    expect(groups(found)).toEqual(["coaching panel", "disciplinary committee"]);
    expect(facts(found)).toEqual([
      "MEMBER_OF | David Brown | coaching panel | ",
      "MEMBER_OF | John Smith | disciplinary committee | ",
      "MEMBER_OF | Mark Evans | disciplinary committee | ",
      "MEMBER_OF | Paul Green | coaching panel | ",
      "MEMBER_OF | Peter Cole | disciplinary committee | ",
    ]);
  });

  it("leaves a committee that is not introduced by its members a common noun", () => {
    const found = extractBody(
      "The ethics committee of the Rugby Union met on Monday. " +
        "A selection committee will pick the squad in June.",
    );
    expect(groups(found)).toEqual([]);
  });
});
