// Who published a page and where: its outlet and URL, read from the page's header and footer
// lines. An outlet is a publisher's name, never the author's (a byline), a place (the wire
// dateline's city), a label ("Date") or a time zone ("ET"): each candidate is checked for those.

import { findFullDates } from "./dates";
import type { PageLine } from "./page-lines";

const TIME_OR_LABEL =
  /\b\d{1,2}:\d{2}(?:\s?[AP]M)?\b|\b(?:print this post|print|share|published|updated|posted|date|(?:mon|tues|wednes|thurs|fri|satur|sun)day|kst|jst|gmt|utc|bst|cet|cest|edt|est|cdt|cst|mdt|mst|pst|pdt|et|ct|pt|ist)\b/gi;
/** "BUENOS AIRES, Jan 23 (Reuters) -": the city and the agency of a wire story's first line. */
const WIRE_OPENING =
  /^([\p{Lu}][\p{Lu} .'-]+?)(?:,\s*|\s+(?=\())(?:[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d{1,2}\s*)?(?:\(([^)]{1,40})\)\s*)?(?:--|—|–|-)\s+/u;
/** Words that open a credit line ("Reporting by A; Editing by B"), not an outlet's name. */
const CREDIT_WORD =
  /^(?:additional\s+)?(?:reporting|reported|editing|edited|writing|written|story|text|words|photos?|photography|pictures?|graphics?|video|compiled|produced|posted|published|updated|translated|translation)$/i;
const COPYRIGHT = /^(?:copyright\b\s*|©|\(c\)\s)/i;
/** "Source: Al Jazeera and news agencies". */
const SOURCE_LINE = /^[Ss]ource\s*:\s*((?:\p{Lu}[\p{L}&.'-]*\s*){1,4})/u;
/** A byline's tail that is the author's role ("By A, Sports Correspondent"), not an outlet. */
const ROLE_WORD =
  /\b(?:correspondent|editor|reporter|writer|staff|contributor|columnist|analyst|producer|journalist|chief|bureau)$/i;
/** A site named by its domain ("koreatimes.co.kr"). */
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z]{2,})+$/;
/** A line that is only a URL, perhaps labelled ("Source: https://...", "<https://...>"). */
const URL_LINE =
  /^(?:(?:source|url|link|canonical|permalink|originally published (?:at|on|in)|read (?:it )?(?:at|on))\s*:?\s*)?<?(https?:\/\/[^\s<>"]+)>?$/i;

const HTTP = /http/i;
const OUTLET_BY_OWNER = /^((?:The\s+)?(?:\p{Lu}[\p{L}&.'-]*\s*){1,4}) by \p{Lu}/u;

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** A candidate name cleaned of stray punctuation; null when it cannot be an outlet. */
function outletName(raw: string | undefined, byline: string | null, city: string | null) {
  const name = raw
    ?.replace(/\s+/g, " ")
    .replace(/^[\s:,.|-]+|[\s:,|/-]+$/g, "")
    .trim();
  if (!name || !(/^\p{Lu}/u.test(name) || DOMAIN.test(name)) || words(name) > 6) return null;
  if (ROLE_WORD.test(name)) return null;
  if (name.includes("@")) return null; // an author's handle ("Sarah Perez @sarahp")
  if (byline && same(name, byline)) return null;
  if (city && same(name, city)) return null;
  if (CREDIT_WORD.test(name.split(" ")[0] ?? "")) return null;
  return name;
}

/** Pieces of a dateline between its dates, times and labels ("Intellasia | KoreaTimes | ..."). */
function datelinePieces(line: string): string[] {
  let rest = line;
  for (const d of findFullDates(rest).reverse())
    rest = rest.slice(0, d.index) + rest.slice(d.index + d.length);
  return rest
    .replace(TIME_OR_LABEL, " ")
    .split(/[|·•]/)
    .map((p) => p.replace(/[\s:,-]+/g, " ").trim());
}

/** The publisher in a copyright line ("© 2023 Reuters. All rights reserved." -> "Reuters"). */
function copyrightHolder(line: string): string | undefined {
  const rest = line
    .replace(/^(?:copyright|©|\(c\)|\s|\d{4}(?:\s*[-–]\s*\d{4})?)+/i, "")
    .split(/\.?\s+all rights\b|\s[|]\s|\.\s|[.]$/i)[0];
  return rest?.replace(/\s+\d{4}$/, "").replace(/\.$/, "");
}

/** The city and the agency of a wire story's opening ("LIMA (Reuters) - ..."), if it has one. */
export function wireOpening(firstParagraph: string): {
  city: string | null;
  agency: string | null;
} {
  const m = WIRE_OPENING.exec(firstParagraph);
  return { city: m?.[1]?.trim() ?? null, agency: m?.[2]?.trim() ?? null };
}

/**
 * The outlet that published the page, from the first of: a name beside the date in a dateline,
 * after the author in a byline ("By A, CBC News"), a "Source:" line, "X by Y" in a footer, a
 * copyright line, the agency of a wire opening; null when none of them names one.
 */
export function findOutlet(
  lines: readonly PageLine[],
  firstParagraph: string,
  byline: string | null,
): string | null {
  const { city, agency } = wireOpening(firstParagraph);
  for (const raw of outletCandidates(lines, agency)) {
    const name = outletName(raw, byline, city);
    if (name) return name;
  }
  return null;
}

/** findOutlet's candidates, best first; generated one by one, since the first good one ends it. */
function* outletCandidates(
  lines: readonly PageLine[],
  agency: string | null,
): Generator<string | undefined> {
  for (const l of lines) if (l.role === "dateline") yield* datelinePieces(l.text);
  for (const l of lines) {
    if (l.role === "byline") yield /,\s*([^,]+)$/.exec(l.text)?.[1];
    else if (SOURCE_LINE.test(l.text)) yield SOURCE_LINE.exec(l.text)?.[1]?.replace(/\s+and$/, "");
  }
  // "The Korea Herald by Herald Corporation": the outlet, then its owner.
  // " by " first: the pattern is tried on every short line, and few hold the word.
  for (const l of lines) {
    if ((l.role === "footer" || l.role === "short") && l.text.includes(" by "))
      yield OUTLET_BY_OWNER.exec(l.text)?.[1];
  }
  for (const l of lines) if (COPYRIGHT.test(l.text)) yield copyrightHolder(l.text);
  yield agency ?? undefined;
}

/** The page's own address when a line gives only it ("Source: https://..."), else null. */
export function findUrl(lines: readonly PageLine[]): string | null {
  for (const l of lines) {
    if (!HTTP.test(l.text)) continue; // a cheap test first: URL_LINE is tried at every line
    const m = URL_LINE.exec(l.text);
    if (m?.[1]) return m[1];
  }
  return null;
}
