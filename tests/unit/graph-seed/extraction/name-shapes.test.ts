import { describe, expect, it } from "vitest";
import { extract } from "../../../../graph-seed/extraction/index";
import { parsedArticle } from "../../../support/extraction";

const people = (body: string) =>
  extract(parsedArticle(body, "2025-02-10"))
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name)
    .sort();

describe("names of other shapes", () => {
  it("reads spaced and glued initials as part of a name", () => {
    expect(
      people(
        "Trade Minister R K Menon and Home Minister TS Varadan met union leaders on Tuesday. Menon said the strike would end.",
      ),
    ).toEqual(["R K Menon", "TS Varadan"]);
  });

  it("reads a dotted initial, with or without a space after the dot", () => {
    expect(
      people(
        "Foreign Minister B.Oyunbold flew to Tokyo on Friday. Governor J. Tumendelger said the mine would reopen.",
      ),
    ).toEqual(["B.Oyunbold", "J. Tumendelger"]);
  });

  it("reads a long Arabic or Malay name chain with capitalised links as one name", () => {
    expect(
      people(
        "Sheikh Faris Bin Nasser Bin Hamad Al Qadiri received Ambassador Laila bint Omar on Sunday, and Deputy Minister Aziz Binti Rahim attended.",
      ),
    ).toEqual(["Aziz Binti Rahim", "Faris Bin Nasser Bin Hamad Al Qadiri", "Laila bint Omar"]);
    // A link with no name after it ends the name before it.
    expect(
      people("Spokesman Karim Haddad Al, in a statement, said the talks would resume."),
    ).toEqual(["Karim Haddad"]);
  });

  it("keeps a name chain whole from its first word, with or without a title", () => {
    expect(people("Rashid bin Hamad Al Nuaimi was named chairman of the port company.")).toEqual([
      "Rashid bin Hamad Al Nuaimi",
    ]);
    // "Sheik" is the same honorific as "Sheikh", and stays out of the name.
    expect(people("Sheik Rashid bin Hamad Al Nuaimi said the port would grow.")).toEqual([
      "Rashid bin Hamad Al Nuaimi",
    ]);
  });

  it("reads a title word that opens a name chain after another title as a given name", () => {
    expect(
      people(
        "The talks were attended by Ambassador to Norland Prince Sultan bin Fahd bin Khalid, and Chairman Sultan Omar bin Rashid.",
      ),
    ).toEqual(["Sultan Omar bin Rashid", "Sultan bin Fahd bin Khalid"]);
    // A ruler's title before a chain stays a title.
    expect(people("Sultan Haitham bin Tariq received the envoy.")).toEqual(["Haitham bin Tariq"]);
  });

  it("keeps the first word of a compound name ending in 'Abdul X'", () => {
    expect(
      people(
        "The delegation included lawmaker Ana Lind and parliament member Tajuddin Abdul Hamid.",
      ),
    ).toEqual(["Ana Lind", "Tajuddin Abdul Hamid"]);
  });

  it("reads the names a plural people noun introduces with 'including' as people", () => {
    expect(
      people(
        "The assembly weighed candidates including al-Hadi, Karim al-Sayegh, Omar al-Tikriti and Ola Dahlberg.",
      ),
    ).toEqual(["Karim al-Sayegh", "Ola Dahlberg", "Omar al-Tikriti"]);
    // Organisations listed after a noun for organisations stay organisations.
    expect(
      people("Investors, including Norhaven Capital and Eastport Partners, sold their shares."),
    ).toEqual([]);
  });

  it("reads three-part East Asian names, after a title with a host country too", () => {
    expect(
      people(
        "Vietnamese Ambassador to Norland Nguyen Van Thanh met Prime Minister Lee Hsien Loong.",
      ),
    ).toEqual(["Lee Hsien Loong", "Nguyen Van Thanh"]);
  });

  it("reads a name first met without a title by a given name of any region", () => {
    expect(
      people(
        "Makoto Arai met the board on Monday. Later, Kwasi Mensah held talks with Sunita Rao and Joaquín Ferro.",
      ),
    ).toEqual(["Joaquín Ferro", "Kwasi Mensah", "Makoto Arai", "Sunita Rao"]);
  });

  it("keeps a middle initial inside a Western name", () => {
    expect(people("The board said Thomas R. Whitcombe will lead the company from March.")).toEqual([
      "Thomas R. Whitcombe",
    ]);
  });

  it("reads no initial into a country code, an acronym or the article 'A'", () => {
    expect(
      people(
        "A Chilean court fined the firm. US officials said UN Envoy Mara Quispe would visit. EU diplomats agreed.",
      ),
    ).toEqual(["Mara Quispe"]);
  });

  it("keeps a chain of Arabic family names longer than four words", () => {
    expect(
      people("Sheikh Rashid Hamad Saad Al-Nasser Al-Khalifa opened the session on Monday."),
    ).toEqual(["Rashid Hamad Saad Al-Nasser Al-Khalifa"]);
  });

  it("finds no person in an airport, a hotel or a prize named after one", () => {
    expect(
      people(
        "The delegation landed at King Omar International Airport and stayed at the Prince Talal Hotel. Governor Sami Haddad received the Queen Rania Medal, Haddad said.",
      ),
    ).toEqual(["Sami Haddad"]);
  });
});
