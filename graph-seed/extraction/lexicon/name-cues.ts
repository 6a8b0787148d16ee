// The generic words around a capitalised run that tell the fallback name finder (name-chunks.ts)
// what the run names: a person, an organisation or a place. Word lists only, no names.

/** Lower-case words joining the words of one name ("Bank of Norhaven", "Ana de Lima"). */
export const CONNECTORS = new Set([
  "of",
  "de",
  "van",
  "von",
  "der",
  "den",
  "du",
  "la",
  "le",
  "del",
  "da",
]);
/** Last words of clubs and companies that the organisation heads leave out. */
export const TEAM_AND_COMPANY_HEADS = new Set(
  (
    "Club United Rovers Athletic Wanderers FC Bancorp Bancshares Airways Energy Resources " +
    "Petroleum Mining Exchange Radio Television Brothers Bros Associates Labs Foods Stores " +
    "Communications Software Services Markets Financial"
  ).split(" "),
);
/** Nouns that introduce an organisation's name ("the carrier Norair", "shares in Comelf"). */
export const ORG_NOUNS_BEFORE = new Set(
  (
    "company firm group club side team carrier airline bank insurer maker producer manufacturer " +
    "retailer agency newspaper daily broadcaster operator exchange conglomerate brewer miner " +
    "developer distributor subsidiary unit rivals champions holders"
  ).split(" "),
);
/** Words after a name that make it a company ("Comelf shares", "Norair stock"). */
export const ORG_WORDS_AFTER = new Set(["shares", "stock", "stocks", "plc", "shareholders"]);
/** Lower-case role nouns before a name that make it a person ("striker Ola Brenna"). */
export const PERSON_NOUNS_BEFORE = new Set(
  (
    "striker midfielder defender goalkeeper forward captain coach manager player batsman bowler " +
    "all-rounder opener skipper winger champion compatriot teammate rider driver runner " +
    "trader dealer economist analyst spokesman spokeswoman spokesperson chairman chairwoman " +
    "director president minister leader lawyer official writer author businessman " +
    "negotiator envoy diplomat secretary premier chancellor mr mrs ms dr sir centre pitcher " +
    "outfielder infielder shortstop quarterback fullback full-back fly-half scrum-half flanker " +
    "sprinter jockey golfer cyclist swimmer boxer rival opponent veteran newcomer substitute " +
    "assistant discard member general partner mate cricketer footballer athlete justice judge"
  ).split(" "),
);
/**
 * Role nouns and honorifics written as a style before a name, never a name's first word ("Justice
 * Ana Ruiz", "H.E. Ana Ruiz").
 */
export const LEADING_STYLES: ReadonlySet<string> = new Set(
  "Justice Judge Coach Skipper Striker Cricketer Footballer H.E.".split(" "),
);
/** Verbs of succession before a name: one person replaces another ("replacing Ana Brenna"). */
export const SUCCESSION_BEFORE = new Set(
  "replace replaces replaced replacing succeed succeeds succeeded succeeding".split(" "),
);
/** "X was named / chosen / appointed ...": a person given a post. */
export const APPOINTED_AFTER = new Set(["named", "chosen", "appointed", "elected", "picked"]);
export const SPEECH_AFTER = /^(?:said|says|told|added|noted|wrote|asked|replied|announced)$/;
export const LOCATIVE_BEFORE = new Set(["in", "at", "near", "outside", "towards", "toward"]);
/** Capitalised abbreviations that are not names. */
export const NOT_ACRONYMS = new Set(
  "AM PM GMT BST EST EDT CET UTC CEO CFO COO TV PC ID OK NB PS AD BC II III IV".split(" "),
);
/** Words that open an organisation's name in other languages ("Grupo Financiero X", "Banco X"). */
export const FOREIGN_ORG_OPENERS = new Set(
  (
    "Grupo Banco Banca Banque Groupe Gruppo Compañía Compagnie Companhia Corporación Fundación " +
    "Fundação Fondation Fondazione Instituto Institut Istituto Universidad Université Università " +
    "Partido Parti Partito Partai Federación Fédération Federazione Confederación Sociedad " +
    "Société Società Empresa Stiftung Syarikat Kumpulan Persatuan Perusahaan"
  ).split(" "),
);
