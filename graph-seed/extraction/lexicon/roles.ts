// Title and role words: which titles make a person head an organisation or country, which make
// them a member, and which make them represent a country. Generic knowledge of news English.

export type RoleKind = "head" | "member" | "represent" | "honorific";

/** Titles written before a name ("Minister Lee", "Rep. Kim"), longest first when matched. */
export const TITLES: ReadonlyMap<string, RoleKind> = new Map<string, RoleKind>([
  ["prime minister", "head"],
  ["president", "head"],
  ["premier", "head"],
  ["chancellor", "head"],
  ["king", "head"],
  ["queen", "head"],
  ["emperor", "head"],
  ["supreme leader", "head"],
  ["leader", "head"],
  ["minister", "head"],
  ["fm", "head"],
  // A party's, union's or federation's secretary-general is one of its officers (the gold's
  // convention on real news), like its general secretary.
  ["secretary-general", "member"],
  ["secretary general", "member"],
  ["secretary of state", "head"],
  // A court's judges, its chief justice too, are its members (the gold's convention).
  ["chief justice", "member"],
  ["justice", "member"],
  ["judge", "member"],
  ["general secretary", "member"],
  ["chairman", "head"],
  ["chairwoman", "head"],
  ["chairperson", "head"],
  ["chair", "head"],
  ["chief executive officer", "head"],
  ["chief executive", "head"],
  ["chief financial officer", "member"],
  ["chief operating officer", "member"],
  ["ceo", "head"],
  ["chief", "head"],
  ["head", "head"],
  ["director-general", "head"],
  ["director general", "head"],
  ["director", "head"],
  ["governor", "head"],
  ["mayor", "head"],
  ["commissioner", "head"],
  ["speaker", "head"],
  ["commander", "head"],
  ["floor leader", "member"],
  ["vice minister", "member"],
  ["deputy minister", "member"],
  ["vice president", "member"],
  ["vice chairman", "member"],
  ["deputy", "member"],
  ["rep.", "member"],
  ["sen.", "member"],
  ["senator", "member"],
  ["lawmaker", "member"],
  // A member of a parliament ("Labour MP A", "MLA B", "MEP C"): a member of the party before it.
  ["mp", "member"],
  ["mla", "member"],
  ["mep", "member"],
  ["legislator", "member"],
  ["congressman", "member"],
  ["congresswoman", "member"],
  ["spokesperson", "member"],
  ["spokesman", "member"],
  ["spokeswoman", "member"],
  ["official", "member"],
  ["secretary", "member"],
  ["adviser", "member"],
  ["advisor", "member"],
  ["aide", "member"],
  ["ambassador", "represent"],
  ["special envoy", "represent"],
  ["nuclear envoy", "represent"],
  ["envoy", "represent"],
  ["special representative", "represent"],
  ["consul general", "represent"],
  ["consul", "represent"],
  ["chief negotiator", "represent"],
  ["chargé d'affaires", "represent"],
  ["charge d'affaires", "represent"],
  ["negotiator", "represent"],
  ["mr.", "honorific"],
  ["mrs.", "honorific"],
  ["ms.", "honorific"],
  ["dr.", "honorific"],
  ["dr", "honorific"],
  ["engr", "honorific"],
  ["datuk seri", "honorific"],
  ["datuk", "honorific"],
  ["tan sri", "honorific"],
  ["prof.", "honorific"],
  ["professor", "honorific"],
  ["gen.", "honorific"],
  ["gov.", "head"],
  ["adm.", "honorific"],
  ["col.", "honorific"],
  ["lt.", "honorific"],
  ["capt.", "honorific"],
  ["sir", "honorific"],
  ["counterpart", "honorific"],
  ["crown prince", "honorific"],
  ["prince", "honorific"],
  ["princess", "honorific"],
  ["sheikh", "honorific"],
  ["sheik", "honorific"],
  ["sheikha", "honorific"],
  ["hon.", "honorific"],
  ["emir", "head"],
  ["sultan", "head"],
]);

/**
 * Titles a monarch or royal is known by with one given name ("King Salman", "Queen Elizabeth II"):
 * with no fuller name in the article, the title is part of the person's name.
 */
export const REGNAL_TITLES: ReadonlySet<string> = new Set([
  "king",
  "queen",
  "emperor",
  "empress",
  "emir",
  "sultan",
  "prince",
  "princess",
  "crown prince",
  "sheikh",
  "sheik",
  "sheikha",
]);

/** A regnal number after a monarch's name ("Wilhelm II", "Rama X"). */
export const REGNAL_NUMBER = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XI?V|XVI{0,3})$/;

/** Words in front of a title that change its meaning ("Vice Minister", "former President"). */
export const SUBORDINATE_MARKERS: ReadonlySet<string> = new Set([
  "vice",
  "deputy",
  "assistant",
  "associate",
  "junior",
  "first",
]);
export const PAST_MARKERS: ReadonlySet<string> = new Set(["former", "ex", "then", "late"]);
export const NEUTRAL_MARKERS: ReadonlySet<string> = new Set([
  "new",
  "acting",
  "incoming",
  "current",
]);

/** Portfolios whose ministry name is longer than the minister's title ("Foreign Minister"). */
export const PORTFOLIO_EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ["Foreign", "Foreign Affairs"],
  ["Home", "Home Affairs"],
  ["Interior", "Interior"],
  ["Defence", "Defence"],
]);

/** Words of a ministry's portfolio ("Minister of Rural Development X"): where the name after it starts. */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  (
    "Foreign Affairs Home Interior Internal External Defence Defense National Finance Economy " +
    "Economic Trade Industry Industries Commerce Labour Labor Employment Manpower Health Education " +
    "Higher Justice Law Legal Human Rights Resources Development Rural Urban Regional Agriculture " +
    "Food Fisheries Forestry Environment Energy Mines Mining Petroleum Oil Gas Power Water " +
    "Transport Transportation Communication Communications Multimedia Information Broadcasting " +
    "Technology Science Research Innovation Digital Culture Tourism Arts Heritage Sports Sport " +
    "Youth Women Family Children Social Welfare Security Public Works Housing Planning " +
    "Infrastructure Aviation Railways Ports Shipping Maritime Coordination Inter-Provincial " +
    "Provincial Federal State Local Government Religious Immigration Cooperatives Investment " +
    "Revenue Treasury Budget Gender Equality Veterans Climate Land Lands Natural Unification " +
    "Strategy Administrative Reform Territories Enterprises Consumer Protection Cabinet"
  ).split(" "),
);

/** Heads of state or government: with a country qualifier they HEAD the country. */
export const STATE_HEAD_TITLES: ReadonlySet<string> = new Set([
  "president",
  "prime minister",
  "premier",
  "chancellor",
  "king",
  "queen",
  "emperor",
  "supreme leader",
  "leader",
  "emir",
  "sultan",
]);

/** Role nouns used in appositions ("X, a member of the Y") and what they imply. */
export const APPOSITION_ROLES: ReadonlyMap<string, RoleKind> = new Map<string, RoleKind>([
  ["head", "head"],
  ["chief", "head"],
  ["leader", "head"],
  ["co-leader", "head"],
  ["governor", "head"],
  ["chairman", "head"],
  ["chairwoman", "head"],
  ["chair", "head"],
  ["president", "head"],
  ["director", "head"],
  ["director-general", "head"],
  ["minister", "head"],
  ["fm", "head"],
  ["ceo", "head"],
  ["founder", "head"],
  ["member", "member"],
  ["official", "member"],
  ["spokesperson", "member"],
  ["spokesman", "member"],
  ["spokeswoman", "member"],
  ["representative", "member"],
  ["lawmaker", "member"],
  // A member of a parliament ("Labour MP A", "MLA B", "MEP C"): a member of the party before it.
  ["mp", "member"],
  ["mla", "member"],
  ["mep", "member"],
  ["legislator", "member"],
  ["researcher", "member"],
  ["analyst", "member"],
  ["professor", "member"],
  ["adviser", "member"],
  ["advisor", "member"],
  ["secretary", "member"],
  ["deputy", "member"],
  ["diplomat", "member"],
  ["employee", "member"],
  ["staffer", "member"],
  ["reporter", "member"],
  ["correspondent", "member"],
  ["editor", "member"],
  ["manager", "member"],
  ["coach", "member"],
  ["envoy", "represent"],
  ["ambassador", "represent"],
]);

/**
 * Role nouns that tie a person to an organisation rather than to a country or city, as business,
 * party, sports and labour news write them beside a name ("Unite general secretary A", "A, the
 * club's head coach", "a spokesman for X"). Heads lead the organisation; the others belong to it
 * (players, coaches, officials, spokespeople, directors, board members: the gold's convention).
 */
export const ORG_ROLES: ReadonlyMap<string, "head" | "member"> = new Map<string, "head" | "member">(
  [
    ...(
      "chairman|chairwoman|chairperson|chair|president|chief executive officer|chief executive|" +
      "ceo|chief|head|leader|party leader|director-general|director general|managing director|" +
      "boss|co-leader|founder|director"
    )
      .split("|")
      .map((w): [string, "head"] => [w, "head"]),
    ...(
      "general secretary|secretary-general|secretary general|deputy general secretary|executive director|" +
      "non-executive director|assistant general secretary|deputy leader|" +
      "deputy chairman|vice chairman|vice-chairman|vice chair|vice-chair|deputy chair|vice chairwoman|" +
      "vice chairperson|vice president|vice-president|deputy president|" +
      "executive chairman|non-executive chairman|chief financial officer|chief operating officer|" +
      "chief technology officer|chief economist|general counsel|board member|head coach|" +
      "assistant coach|assistant manager|team manager|shop steward"
    )
      .split("|")
      .map((w): [string, "member"] => [w, "member"]),
    ...(
      "secretary|treasurer|spokesman|spokeswoman|spokesperson|official|executive|member|" +
      "cfo|coo|cto|striker|midfielder|defender|goalkeeper|forward|winger|full-back|centre-back|" +
      "captain|player|coach|manager|lawmaker|legislator|mp|councillor|organiser|organizer|" +
      "negotiator|economist|analyst|employee|staffer"
    )
      .split("|")
      .map((w): [string, "member"] => [w, "member"]),
  ],
);

/** ORG_ROLES as one alternation, longest first, for the rules that read role words in text. */
export const ORG_ROLE_PATTERN = [...ORG_ROLES.keys()]
  .sort((a, b) => b.length - a.length)
  .map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
  .join("|");

/** Words between an organisation and its role word ("Kestrel's former striker", "its new coach"). */
export const ROLE_ADJECTIVES =
  "new|interim|acting|current|incoming|outgoing|former|ex|then|veteran|star|top|senior|long-serving|longtime|long-time|popular|experienced|young|influential|national";
