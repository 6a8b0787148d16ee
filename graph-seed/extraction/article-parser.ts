// Turns an article as published (menus, datelines, captions and footers included) into its
// metadata and clean body. Deterministic: the same page always gives the same ParsedArticle.

import type { ParsedArticle } from "../../contract/model";
import { findFullDates, leadingDate } from "./dates";
import { findOutlet, findUrl } from "./article-source";
import { htmlToText, looksLikeHtml } from "./html-text";
import {
  bylineName,
  classifyLines,
  isBreadcrumb,
  isProse,
  isTableRow,
  lowercaseShare,
} from "./page-lines";
import type { LineRole, PageLine } from "./page-lines";

// "SEOUL, Aug. 18 (Yonhap) -- " or "LIMA (Reuters) - " at the start of a wire story.
const WIRE_DATELINE =
  /^[\p{Lu}][\p{Lu} .'-]+(?:,\s*|\s+(?=\())(?:[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d{1,2}\s*)?(?:\([^)]{1,40}\)\s*)?(?:--|—|–|-)\s+/u;
/** A wire dateline of a place and a date only: "NORHAVEN 2021-09-12", "PORT ELLIS, Kent 2021-09-12". */
export const PLACE_DATELINE =
  /^(\p{Lu}[\p{Lu} .'-]*\p{Lu})(?:,\s*(\p{Lu}[\p{L} .'-]*\p{L}\.?))?\s+(\d{4}-\d{2}-\d{2})$/u;

/**
 * The text of a page that embeds its article as a JSON string ({"content":"...\\n..."}): on a
 * line with three escaped line breaks or more, the escapes read as the paragraphs and quotes
 * they stand for.
 */
function unescapeJsonText(text: string): string {
  if (!text.includes("\\n")) return text;
  return text
    .split("\n")
    .map((line) =>
      line.split("\\n").length > 3
        ? line.replace(/\\(["\\/nt])/g, (_, c: string) => (c === "n" ? "\n" : c === "t" ? " " : c))
        : line,
    )
    .join("\n");
}

/** Normalises line breaks and spaces so offsets into the body are stable. */
function normalise(raw: string, html: boolean): string {
  return unwrapHardWrapped(
    unescapeJsonText(html ? htmlToText(raw) : raw)
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      .replace(/[\u00a0\u2007\u202f\t]/g, " ")
      .replace(/[\u200b\ufeff]/g, ""),
  );
}

const ENDS_SENTENCE = /[.!?…]["”’')]?$/;

/**
 * The text of a page whose paragraphs are hard-wrapped at a fixed width (mail, plain-text
 * archives, wire copy at 70-80 columns) with each paragraph's lines joined: otherwise every
 * line would be a paragraph and every sentence cut at its line ends. A page is hard-wrapped
 * when most of its long lines (40+ characters) stop within a few characters of one width of
 * at most 100 and most of them stop inside a sentence; a line that reaches that width then
 * runs on into the next one. A page of one sentence or paragraph per line is left as it is.
 */
function unwrapHardWrapped(text: string): string {
  const lines = text.split("\n");
  const long = lines.map((l) => l.trimEnd().length).filter((n) => n >= 40);
  if (long.length < 6) return text;
  const sorted = [...long].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (width > 100) return text;
  const filled = (l: string) => l.trimEnd().length >= width - 20;
  const full = lines.filter(filled);
  const inSentence = full.filter((l) => !ENDS_SENTENCE.test(l.trimEnd())).length;
  if (full.length < long.length * 0.6 || inSentence < full.length * 0.6) return text;
  // A line runs on when it reaches the width inside a sentence of prose (a sixth of its words
  // in lower case or more): a headline in capitals stays a line, and so does a row of names and
  // figures that opens with a figure or ends in one (not "... Holdings Ltd. (1101) and developer").
  const row = (l: string) =>
    /\d/.test(l) && isTableRow(l) && (/^\d/.test(l) || !/\p{Ll}[,;]?$/u.test(l.trimEnd()));
  const runsOn = (l: string, next: string) =>
    filled(l) &&
    !ENDS_SENTENCE.test(l.trimEnd()) &&
    lowercaseShare(l) >= 0.15 &&
    !row(l) &&
    next.trim().length > 0;
  let out = lines[0] ?? "";
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    out += runsOn(lines[i - 1] ?? "", line) ? ` ${line.trimStart()}` : `\n${line}`;
  }
  return out;
}

/** A line shaped like a headline: 3-30 words, mixed case, not a finished sentence or a breadcrumb. */
function isHeadlineShaped(l: PageLine): boolean {
  const words = l.text.split(" ").length;
  return (
    (l.role === "short" || l.role === "row" || l.role === "prose") &&
    words >= 3 &&
    words <= 30 &&
    !/[.]["”’']?$/.test(l.text) &&
    !isBreadcrumb(l.text) &&
    /\p{Ll}/u.test(l.text)
  );
}

/** A headline in capitals, as wire feeds print it ("PORT STRIKE ENDS AFTER FOUR DAYS."). */
function isCapitalsHeadline(l: PageLine): boolean {
  const words = l.text.split(" ").filter((w) => /\p{L}/u.test(w)).length;
  return (
    (l.role === "short" || l.role === "row" || l.role === "prose") &&
    words >= 2 &&
    words <= 20 &&
    !/\p{Ll}/u.test(l.text)
  );
}

/**
 * The headline's line, or -1 when the page has none. A headline comes before the article's
 * prose, so only lines above the first prose paragraph that is not itself headline-shaped are
 * considered: a short line further down (a table row, a sign-off) never swallows the body.
 */
function findTitle(lines: readonly PageLine[]): number {
  const firstProse = lines.findIndex((l) => l.role === "prose" && !isHeadlineShaped(l));
  const above = firstProse < 0 ? lines : lines.slice(0, firstProse);
  const shaped = above.findIndex(isHeadlineShaped);
  const capitals = above.findIndex(isCapitalsHeadline);
  // A capitals line is the headline when nothing else is, or in the wire shape: it comes first
  // and the dateline follows it ("PORT STRIKE ENDS." then "NORHAVEN 2021-09-12").
  const wireShaped = capitals >= 0 && lines[capitals + 1]?.role === "dateline";
  if (shaped >= 0 && !(wireShaped && capitals < shaped)) return shaped;
  return capitals;
}

function findPublishedOn(lines: readonly PageLine[], bodyStart: number): string | null {
  const header = lines.slice(0, bodyStart < 0 ? lines.length : bodyStart);
  const datelines = [...header, ...lines].filter((l) => l.role === "dateline");
  const preferred = datelines.find((l) => /published|posted|date/i.test(l.text)) ?? datelines[0];
  return preferred ? (findFullDates(preferred.text)[0]?.iso ?? null) : null;
}

/** A page title's last piece after a bar: "Leaders meet | Europe | Outlet | 24.01.2006". */
const TITLE_TAIL_DATE = /\|\s*([^|]{6,30})$/;

/**
 * The date a header line carries when no line reads as a dateline: a label glued to a header
 * line (" date 2018-03-09 By ...", " date 2023-07-31 Headline ...", taken as byline or title)
 * or a date closing a title of bar-separated pieces. Without it "on Monday" cannot be dated.
 */
function headerDate(lines: readonly PageLine[], bodyStart: number): string | null {
  for (const line of lines.slice(0, bodyStart < 0 ? 0 : bodyStart)) {
    const label = leadingDate(line.text);
    if (label) return label.iso;
    const tail = TITLE_TAIL_DATE.exec(line.text)?.[1]?.trim();
    const date = tail ? findFullDates(tail)[0] : undefined;
    if (date && date.index === 0 && date.length === tail?.length) return date.iso;
  }
  return null;
}

const TEXT_ROLES: ReadonlySet<LineRole> = new Set(["prose", "short", "row", "label"]);

/**
 * The paragraphs from line `from` on whose role is accepted, up to the first footer or
 * end-of-article marker after them; the index of the first one (-1 when none).
 */
function collectBody(
  lines: readonly PageLine[],
  from: number,
  accepted: (role: LineRole) => boolean,
  within = false,
): Body {
  const paragraphs: string[] = [];
  let bodyStart = -1;
  const lastAccepted = lines.findLastIndex((l) => accepted(l.role) || (within && l.role === "row"));
  let i = Math.max(0, from);
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const started = paragraphs.length > 0;
    if (started && (line.role === "end-marker" || line.role === "footer")) break;
    // A byline ends the article when it signs it; after one paragraph alone it sits between a
    // photo caption or a standfirst and the story, which goes on below it.
    if (line.role === "byline" && paragraphs.length > 1) break;
    // The rows of a results table after the prose that introduces it are kept, and so is a
    // short line between two paragraphs or rows (a subheading).
    const between =
      within && started && (line.role === "row" || (line.role === "short" && i < lastAccepted));
    if (!accepted(line.role) && !between) continue;
    if (bodyStart < 0) bodyStart = i;
    paragraphs.push(paragraphs.length === 0 ? line.text.replace(WIRE_DATELINE, "") : line.text);
  }
  return { paragraphs, bodyStart, bodyEnd: i };
}

interface Body {
  paragraphs: string[];
  /** Index of the first line taken (-1 when none) and of the line that ended the body. */
  bodyStart: number;
  bodyEnd: number;
}

const wordsIn = (body: Body) => body.paragraphs.reduce((n, p) => n + p.split(" ").length, 0);

/**
 * The story among the runs of prose a saved web page holds: the first run, unless it is short
 * (a notice, a teaser, a sign-in prompt above the story: under 80 words) and a later run, ended
 * like it by a footer or marker, holds three times its words or more.
 */
function mainRun(lines: readonly PageLine[], first: Body): Body {
  let best = first;
  for (let run = first; wordsIn(first) < 80 && run.bodyEnd < lines.length;) {
    run = collectBody(lines, run.bodyEnd + 1, (role) => role === "prose", true);
    if (run.paragraphs.length === 0) break;
    if (wordsIn(run) >= 3 * wordsIn(first) && wordsIn(run) > wordsIn(best)) best = run;
  }
  return best;
}

/**
 * Parses a page as published into title, outlet, byline, URL, publication date and clean body.
 * The body keeps the article's paragraphs, one per line pair ("\n\n"), and nothing else.
 * Cleaning is conservative: when no line after the headline reads as prose (a results table,
 * a one-line story), the text lines are kept rather than the article emptied, and a page
 * whose only text is its headline line keeps that line as its body.
 */
export function parseArticle(raw: string): ParsedArticle {
  const html = looksLikeHtml(raw);
  const lines = classifyLines(normalise(raw, html));
  const titleIndex = findTitle(lines);
  const attempts: [number, (role: LineRole) => boolean, boolean?][] = [
    [titleIndex + 1, (role) => role === "prose", true],
    [titleIndex + 1, (role) => TEXT_ROLES.has(role)],
    [titleIndex, (role) => TEXT_ROLES.has(role)],
  ];
  let body: Body = { paragraphs: [], bodyStart: -1, bodyEnd: -1 };
  for (const [from, accepted, within] of attempts) {
    body = collectBody(lines, from, accepted, within);
    if (body.paragraphs.length > 0) break;
  }
  // A saved web page holds all the site's furniture as text; a page copied as text mostly does not.
  const { paragraphs, bodyStart } = html ? mainRun(lines, body) : body;
  // "NORHAVEN 2021-09-12" just above the text: the place the story was filed from stays, as the
  // first paragraph, so the place is found with its line as evidence.
  const filedFrom = lines[bodyStart - 1];
  if (filedFrom?.role === "dateline" && PLACE_DATELINE.test(filedFrom.text))
    paragraphs.unshift(filedFrom.text);
  // " date 2019-09-24 LONDON ...": a page's date label glued to the first paragraph.
  const label = paragraphs[0] === undefined ? null : leadingDate(paragraphs[0]);
  if (label && paragraphs[0]) paragraphs[0] = paragraphs[0].slice(label.length);
  if (paragraphs[0] === "" && paragraphs.length > 1) paragraphs.shift();
  const bylineLine = lines.find((l) => l.role === "byline");
  // " date 2018-03-09 By ...": the same label glued to the line taken as the headline.
  const titleLine = lines[titleIndex]?.text;
  const titleLabel = titleLine === undefined ? null : leadingDate(titleLine);
  const title =
    (titleLabel ? titleLine?.slice(titleLabel.length) : titleLine) ?? paragraphs[0] ?? "";
  const byline = bylineLine ? bylineName(bylineLine.text) : null;
  return {
    title,
    outlet: findOutlet(lines, lines[bodyStart]?.text ?? "", byline),
    byline,
    url: findUrl(lines),
    publishedOn: findPublishedOn(lines, bodyStart) ?? label?.iso ?? headerDate(lines, bodyStart),
    body: paragraphs.join("\n\n"),
  };
}

export { isProse };
