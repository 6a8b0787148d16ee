import { describe, expect, it } from "vitest";
import { extractBody, relationSet } from "./helpers";

const meetings = (body: string): string[] => relationSet(extractBody(body).relations, "MET_WITH");

describe("MET_WITH an organisation", () => {
  it("reads a list of organisations met, acronyms in brackets included", () => {
    expect(
      meetings(
        "Labour Minister Ruth Okafor on Monday held talks with the Harbour Workers Union (HWU), the Allied Dockers Federation and the Coastal Employers Association in Lagos.",
      ),
    ).toEqual([
      "Allied Dockers Federation | Ruth Okafor | 2022-05-09",
      "Coastal Employers Association | Ruth Okafor | 2022-05-09",
      "Harbour Workers Union | Ruth Okafor | 2022-05-09",
    ]);
  });

  it("reads 'met with the leaders of the X'", () => {
    expect(
      meetings(
        "Sports Minister Daniel Mensah met on Tuesday with the leaders of the Volta Football Association to discuss the league.",
      ),
    ).toEqual(["Daniel Mensah | Volta Football Association | 2022-05-10"]);
  });

  it("reads 'union officials' as the article's one union and 'the striking unions' as all of them", () => {
    const body = [
      "The Tramways Union and the Bus Drivers Union called a strike on Monday.",
      "Transport Minister Helen Brandt met with union officials on Friday.",
    ].join(" ");
    expect(meetings(body)).toEqual([]);
    expect(
      meetings(
        [
          "The Tramways Union called a strike on Monday.",
          "Transport Minister Helen Brandt met with union officials on Friday.",
        ].join(" "),
      ),
    ).toEqual(["Helen Brandt | Tramways Union | 2022-05-06"]);
    expect(
      meetings(
        `${body.replace(" met with union officials on Friday", " held talks with the striking unions on Friday")}`,
      ),
    ).toEqual([
      "Bus Drivers Union | Helen Brandt | 2022-05-06",
      "Helen Brandt | Tramways Union | 2022-05-06",
    ]);
  });

  it("still meets the person when an organisation only qualifies a title", () => {
    expect(
      meetings("Chief executive Anna Berg met Norsk Kraft chairman Olav Lien in Oslo on Monday."),
    ).toEqual(["Anna Berg | Olav Lien | 2022-05-09"]);
  });

  it("gives nothing for a meeting with an organisation that is planned or only named", () => {
    expect(
      meetings(
        "Party secretary Jonas Vik said they were yet to receive an invitation to hold talks with the Green Alliance.",
      ),
    ).toEqual([]);
    expect(
      meetings(
        "The session with Marta Lind was a follow-up to the previous meeting with the Rowing Federation.",
      ),
    ).toEqual([]);
    expect(
      meetings("Prime Minister Erik Sund visited the Nordic Steel Company plant on Monday."),
    ).toEqual([]);
  });
});

describe("a sentence-opening pronoun as the subject before", () => {
  it("carries the previous sentence's subject into a meeting and a criticism", () => {
    const body = [
      "Deputy President Amina Dlamini on Friday started consulting business and labour.",
      "She had discussions with the Mining Employers Council and the Metal Workers Union in Durban on Friday.",
      "She also accused the Freedom Party of stalling the reforms.",
    ].join(" ");
    const { relations } = extractBody(body);
    expect(relationSet(relations, "MET_WITH")).toEqual([
      "Amina Dlamini | Metal Workers Union | 2022-05-06",
      "Amina Dlamini | Mining Employers Council | 2022-05-06",
    ]);
    expect(relationSet(relations, "DISAGREES_ON")).toEqual([
      "Amina Dlamini | Freedom Party | stalling the reforms",
    ]);
  });

  it("refers to no one when the sentence before does not open with a person", () => {
    const body = [
      "The council said it was too late for Mayor Pieter Botha to stop the strike.",
      "He met with the Municipal Workers Union on Friday.",
    ].join(" ");
    expect(meetings(body)).toEqual([]);
  });
});

describe("MET_WITH from longer titles and other meeting words", () => {
  it("keeps a list going through titles with an apostrophe word or a bracketed part", () => {
    // The attendees meet the other side's principal only.
    expect(
      meetings(
        "Trade Minister Jonas Petras met Ambassador Karl Weiss on Monday. Attendees included Deputy Minister Rita Kalns, Chargé d'Affaires of the British Embassy Mark Taylor, Chairman of the Government Budget Committee (Finance and Trade) Peter Olsen and Secretary to the Minister Ilze Berzina.",
      ),
    ).toEqual([
      "Ilze Berzina | Karl Weiss | 2022-05-09",
      "Jonas Petras | Karl Weiss | 2022-05-09",
      "Karl Weiss | Mark Taylor | 2022-05-09",
      "Karl Weiss | Peter Olsen | 2022-05-09",
      "Karl Weiss | Rita Kalns | 2022-05-09",
    ]);
  });

  it("reads 'talks were held between A and B' and 'paid a courtesy visit to B'", () => {
    expect(
      meetings(
        "Long talks on the pension reform were held between President Mei Lin and Mayor Chen Wei inside the presidential office on Monday.",
      ),
    ).toEqual(["Chen Wei | Mei Lin | 2022-05-09"]);
    expect(
      meetings(
        "Federation secretary Ravi Nair paid a courtesy visit to Sports Minister Arjun Rao on Tuesday.",
      ),
    ).toEqual(["Arjun Rao | Ravi Nair | 2022-05-10"]);
  });
});
