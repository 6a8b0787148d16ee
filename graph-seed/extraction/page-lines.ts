// Line-shape heuristics for pages as published: which lines are article prose and which are
// navigation, datelines, bylines, photo captions, share links or footers. Works on the shape
// and vocabulary of a line, never on the text of particular pages.

import { codePointAt, letterOrDigitAt, spaceAt } from "./characters";
import { findFullDates } from "./dates";
import { memoised } from "./tokens";

/** What a line of a page is, by its shape and vocabulary. */
export type LineRole =
  | "prose"
  | "short"
  | "row"
  | "menu"
  | "repeat"
  | "byline"
  | "dateline"
  | "caption"
  | "label"
  | "share"
  | "footer"
  | "end-marker";

export interface PageLine {
  text: string;
  role: LineRole;
}

const FOOTER =
  /contributed (?:to )?(?:this |the )?(?:report|story|article)|contributed reporting|copyright|©|\(c\)\s*\d{4}|all rights reserved|privacy (?:policy|statement)|terms (?:of|and) (?:use|service|conditions)|cookie|registration (?:no|number|date)|date of registration|^address\s*:|^tel\s*[:.]|^fax\b|^e-?mail\s*:|\bpublisher\b|\beditor\s*:|^contact us|newsletter|advertis|ombudsman|protection manager|^our site$/i;
// An advertisement slot inside the story ("ADVERTISEMENT", "Story continues below advertisement")
// is skipped like a share link: the story goes on below it. "Advertise with us" is a footer.
const AD_SLOT =
  /^(?:advertisements?|advertisment|sponsored(?: content)?|(?:the )?(?:story|article) continues (?:below|after)(?: (?:this|the))? (?:advertisement|ad)|advertisement\s*[-–:|]\s*(?:scroll|continue|story)[\w ]*)$/i;
// A link to another story set inside this one ("Read also: Floods close the port road") is
// skipped like a share link; a "Read more" line with nothing after it still ends the story.
const INLINE_TEASER = /^(?:read (?:also|more|next)|also read|see also)\s*[:|]\s*\S/i;
const SHARE =
  /^(?:print(?: this (?:post|page|article))?|share(?: this)?(?: (?:article|story|on \w+))?|tweet|email(?: this)?|facebook|twitter|linkedin|whatsapp|back to top|subscribe|sign (?:in|up)|log ?in|comments?|font size|listen|save|more|menu|search|home)$/i;
const END_MARKER =
  /^(?:most (?:popular|read|viewed|shared)|leave a (?:reply|comment)|post a comment|join the (?:conversation|discussion)|latest (?:news|stories|articles)|related(?: (?:articles?|stories|news|content|posts|topics|coverage|links))?$|see also|also read|more on this|our standards|recommended(?: for you)?|more (?:from|stories|news|on)\b|trending(?: now)?|you (?:may|might) (?:also )?like|read (?:more|next|also)|top stories|editor'?s picks|popular (?:news|stories)|(?:category|categories|tags?|topics|filed under|keywords)\s*:)/i;
const BYLINE =
  /^[Bb][Yy]\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|de|van|von|der)){0,5})(?=\s*(?:$|[([,|<]|\s-\s|\s*,))/u;
const CAPTION_POSITION =
  /\((?:left|right|center|centre|far left|far right|second from (?:left|right)|third from (?:left|right)|front|back|top|bottom|above|below)\)/i;
const CAPTION_CREDIT =
  /[.!?]\s*(?:\([^()]{1,30}\)\s*)?\((?:[\p{Lu}][\p{L}.&'/-]*(?:\s+[\p{L}.&'/-]+){0,3}|[^()]*\b(?:photo|file|courtesy|pool|getty|images)\b[^()]*)\)\s*$/iu;
const CAPTION_PREFIX =
  /^(?:photo|image|picture|file photo|caption)\s*(?:by|:|\||-)|^courtesy of\b|^(?:this|the|a)\s+(?:file\s+)?(?:photo|picture|image)\s+(?:taken|shows|provided|released|dated)\b/i;
const LABEL = /^[\p{Lu}][\p{L} .&/-]{0,30}\s?:\s?\S/u;
const DATELINE_NOISE =
  /\b(?:published|updated|posted|modified|date|print this post|print|share|email|kst|gmt|utc|edt|est|am|pm|a\.m\.|p\.m\.)\b|\d{1,2}:\d{2}(?::\d{2})?|[|:,·•—–-]/gi;

/** Words (tokens with a letter or digit) in a line; memoised per page line. */
const wordCount = memoised(countWords, 10_000);

const LETTER = /\p{L}/u;
const LOWER_CASE = /\p{Ll}/u;

/** Runs of non-space characters that hold a letter or digit. */
function countWords(line: string): number {
  let words = 0;
  let i = 0;
  while (i < line.length) {
    while (i < line.length && spaceAt(line, i)) i++;
    let holds = false;
    for (; i < line.length && !spaceAt(line, i); i++) {
      if (holds) continue;
      const c = line.charCodeAt(i);
      if (c < 128) holds = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
      else holds = letterOrDigitAt(line, i) > 0;
    }
    if (holds) words++;
  }
  return words;
}

/** The share of the words starting with a letter that start with a lower-case one. */
export function lowercaseShare(line: string): number {
  let words = 0;
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    if (i > 0 && !spaceAt(line, i - 1)) continue;
    const c = line.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) < 97 || (c | 32) > 122) continue;
      words++;
      if (c >= 97) lower++;
    } else {
      const ch = codePointAt(line, i);
      if (!LETTER.test(ch)) continue;
      words++;
      if (LOWER_CASE.test(ch)) lower++;
    }
  }
  return words === 0 ? 0 : lower / words;
}

/** A line reads as article prose: a sentence, or a long line of mostly lower-case words. */
export function isProse(line: string): boolean {
  const words = wordCount(line);
  if (words < 3) return false;
  const share = lowercaseShare(line);
  if (/[.!?…"”’)]$/.test(line) && share >= 0.3) return true;
  // A lead sentence full of names and titles ("Trade Minister Kim Ha-na met with Japanese
  // Ambassador Sato Kenji on Monday in Seoul.") is still a sentence when it is long enough.
  if (words >= 8 && /[.!?…"”’]$/.test(line) && share >= 0.2) return true;
  // A meeting of many named people ("A met with Prime Minister B, President C, ... and
  // Mayor F on Monday.") has few lower-case words but reads as a sentence by its length.
  if (words >= 15 && /[.!?…"”’]$/.test(line) && share >= 0.1) return true;
  return words >= 10 && share >= 0.4;
}

/** A breadcrumb or section path ("Home | Africa | Politics", "Home > India > Foreign Affairs"). */
export function isBreadcrumb(line: string): boolean {
  const pieces = line.split(/\s+[|>»/]\s+/);
  return pieces.length >= 2 && pieces.every((p) => countWords(p) <= 3);
}

/** A header line carrying the date: what is left after dates, times and labels is a few words. */
export function isDateline(line: string): boolean {
  if (wordCount(line) > 24) return false; // the cheap test first: long lines are prose
  const dates = findFullDates(line);
  if (dates.length === 0) return false;
  let rest = line;
  for (const d of [...dates].reverse())
    rest = rest.slice(0, d.index) + rest.slice(d.index + d.length);
  return wordCount(rest.replace(DATELINE_NOISE, " ")) <= 6;
}

/** The name in a byline ("By Jane Doe (jane@example.com)" -> "Jane Doe"), or null. */
export function bylineName(line: string): string | null {
  const m = BYLINE.exec(line);
  return m?.[1] ? m[1].trim() : null;
}

// A line's role depends on its text alone (and whether the page repeats it): pages of one site
// share their menus, share links and footers, so each such line is classified once.
const classifyOnce = memoised((line) => classify(line, false), 10_000);
const classifyRepeated = memoised((line) => classify(line, true), 10_000);

function classify(line: string, repeated: boolean): LineRole {
  const words = wordCount(line);
  // The word limits first: they are cheap, the patterns are not.
  if (words <= 25 && INLINE_TEASER.test(line)) return "share";
  if (words <= 8 && END_MARKER.test(line)) return "end-marker";
  if (words <= 10 && bylineName(line) !== null) return "byline";
  if (words <= 6 && AD_SLOT.test(line)) return "share";
  if (words <= 25 && FOOTER.test(line)) return "footer";
  if (isDateline(line)) return "dateline";
  if (CAPTION_POSITION.test(line) || CAPTION_CREDIT.test(line) || CAPTION_PREFIX.test(line)) {
    return "caption";
  }
  if (repeated) return "repeat";
  if (SHARE.test(line)) return "share";
  if (words <= 8 && LABEL.test(line)) return "label";
  if (isProse(line)) return "prose";
  return isTableRow(line) ? "row" : "short";
}

const HAS_DIGIT = /\d/;
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}/u;

/**
 * A line of a results table, a score list or a team sheet ("Norhaven 2 Eastport 1", "3. Ana
 * Brenna (Norway) 12.94", "Lakeside 4 3 1 0 9 2 10", "Ana Brenna, Ola Berg, Tor Lind"): names
 * and figures or a list of names, few lower-case words. Its names are
 * article text, so it is never taken for a menu.
 */
export function isTableRow(line: string): boolean {
  return (
    (HAS_DIGIT.test(line) || line.split(",").length >= 3) &&
    CAPITALISED_WORD.test(line) &&
    wordCount(line) <= 40 &&
    lowercaseShare(line) < 0.5
  );
}

/** Marks runs of three or more short lines (menus, section lists) as navigation. */
function markMenus(lines: PageLine[]): void {
  let runStart = 0;
  const navLike = (l: PageLine) =>
    (l.role === "short" || l.role === "share" || l.role === "repeat" || l.role === "end-marker") &&
    wordCount(l.text) <= 5;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line !== undefined && navLike(line)) continue;
    if (i - runStart >= 3) {
      for (let k = runStart; k < i; k++) {
        const l = lines[k];
        if (l && l.role !== "end-marker") l.role = "menu";
      }
    }
    runStart = i + 1;
  }
}

/** White space at an end, other than a space, or two in a row: what singleSpaced changes. */
const NOT_SINGLE_SPACED = /^\s|\s$|[^\S ]| \s/;

/** A line with its white space runs made one space and its ends trimmed. */
function singleSpaced(line: string): string {
  // Most lines are single-spaced already: one test says so without building a copy.
  return NOT_SINGLE_SPACED.test(line) ? line.replace(/\s+/g, " ").trim() : line;
}

/** Classifies every non-empty line of a page. */
export function classifyLines(text: string): PageLine[] {
  const raw = text
    .split("\n")
    .map(singleSpaced)
    .filter((l) => l.length > 0);
  const counts = new Map<string, number>();
  const last = new Map<string, number>();
  raw.forEach((l, i) => {
    counts.set(l, (counts.get(l) ?? 0) + 1);
    last.set(l, i);
  });
  // A line met again is page furniture, except a paragraph of prose: a lead repeated as the
  // page's summary keeps its last copy, the one in the article.
  const repeated = (l: string, i: number) =>
    (counts.get(l) ?? 0) > 1 && !(last.get(l) === i && isProse(l));
  const lines = raw.map((l, i) => ({
    text: l,
    role: repeated(l, i) ? classifyRepeated(l) : classifyOnce(l),
  }));
  markMenus(lines);
  return lines;
}
