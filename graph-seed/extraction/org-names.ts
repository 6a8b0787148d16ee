// Names and keys of organisations: "Unification Ministry" and "Ministry of Unification" share a
// key, "Foreign Ministry" fits "Ministry of Foreign Affairs", "Korea-US" equals "US-South Korea",
// and a ministry keeps the country that qualifies it so two countries' ministries stay apart.

import { COUNTRIES, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from "./lexicon/countries";
import { ORG_HEADS } from "./lexicon/organizations";
import { PORTFOLIO_EXPANSIONS } from "./lexicon/roles";
import { memoised, normaliseName } from "./tokens";

const COUNTRY_WORDS = new RegExp(
  `(?<![\\p{L}])(${[
    ...COUNTRIES.flatMap((c) => [c.name, ...c.aliases]),
    ...COUNTRY_BY_DEMONYM.keys(),
  ]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})(?![\\p{L}])`,
  "gu",
);

const countryOf = (words: string) => COUNTRY_BY_DEMONYM.get(words) ?? COUNTRY_BY_NAME.get(words);

/** A leading country or demonym ("South Korean Ministry of X") split from the rest of a name. */
function splitCountry(name: string): { country: string | null; prefix: string; rest: string } {
  const words = name.replace(/^the\s+/i, "").split(" ");
  for (const n of [2, 1]) {
    const prefix = words.slice(0, n).join(" ");
    const country = words.length > n ? countryOf(prefix) : undefined;
    if (country) return { country: country.name, prefix, rest: words.slice(n).join(" ") };
  }
  return { country: null, prefix: "", rest: words.join(" ") };
}

/** The portfolio of a ministry name ("Ministry of Foreign Affairs", "Foreign Ministry"), or null. */
function portfolioOf(name: string): string | null {
  const m = /^Ministry of (.+)$/i.exec(name) ?? /^(.+?) Ministry$/i.exec(name);
  if (!m?.[1] || m[1].split(" ").some((w) => ORG_HEADS.has(w))) return null;
  return m[1];
}

/**
 * Key of an organisation name: country words canonical and sorted, case and punctuation gone
 * (memoised: the resolver asks for every mention, and the country words are one long pattern).
 */
export const orgKey = memoised(computeOrgKey, 10_000);

function computeOrgKey(name: string): string {
  const { country, rest } = splitCountry(name);
  const portfolio = portfolioOf(rest);
  if (portfolio) {
    const words = normaliseName(portfolio)
      .split(" ")
      .filter((w) => w !== "and" && w !== "the");
    return `ministry:${country ?? "-"}:${words.sort().join(" ")}`;
  }
  const countries = name.replace(/^the\s+/i, "").replace(COUNTRY_WORDS, (w) => {
    const c = countryOf(w);
    return c ? `{${c.name}}` : w;
  });
  const sorted = countries.replace(/\{[^}]+\}(?:-\{[^}]+\})+/g, (group) =>
    group.split("-").sort().join("-"),
  );
  return normaliseName(sorted.replace(/[{}]/g, ""));
}

/**
 * Whether two keys name one organisation: equal; ministries of no conflicting country whose
 * portfolio words include one another; or a name that the other extends ("Democratic Party" of
 * "Democratic Party of Korea").
 */
export function sameOrg(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith("ministry:") && b.startsWith("ministry:")) {
    const [, ca = "", pa = ""] = a.split(":");
    const [, cb = "", pb = ""] = b.split(":");
    if (ca !== cb && ca !== "-" && cb !== "-") return false;
    const wa = pa.split(" ");
    const wb = pb.split(" ");
    const [small, large] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
    return small.every((w) => large.includes(w));
  }
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.split(" ").length < 2 || !long.startsWith(`${short} `)) return false;
  // "African Union Commission" is a body of its own, not a longer "African Union".
  return !long
    .slice(short.length + 1)
    .split(" ")
    .some((w) => LOWER_HEADS.has(w));
}

const LOWER_HEADS = new Set([...ORG_HEADS].map((h) => h.toLowerCase()));

/**
 * The name a ministry goes by: "Ministry of X" ("Unification Ministry" -> "Ministry of
 * Unification"), with its country in front only when `qualified` (two countries' ministries of
 * the same portfolio in one article). Other organisations keep their name.
 */
export function canonicalOrgName(name: string, qualified = false): string {
  const { prefix, rest } = splitCountry(name);
  const portfolio = portfolioOf(rest);
  if (!portfolio) return name.replace(/^the\s+/i, "");
  const base = /^Ministry of /i.test(rest)
    ? rest
    : `Ministry of ${PORTFOLIO_EXPANSIONS.get(portfolio) ?? portfolio}`;
  return qualified && prefix ? `${prefix} ${base}` : base;
}
