// Turns an article as published (menus, datelines, captions and footers included) into its
// metadata and clean body. Deterministic: the same page always gives the same ParsedArticle.

import type { ParsedArticle } from "../../contract/model";
import { findFullDates } from "./dates";
import { bylineName, classifyLines, isBreadcrumb, isProse } from "./page-lines";
import type { PageLine } from "./page-lines";

// "SEOUL, Aug. 18 (Yonhap) -- " at the start of a wire story.
const WIRE_DATELINE =
  /^[\p{Lu}][\p{Lu} .'-]+,\s*(?:[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d{1,2}\s*)?(?:\([^)]{1,40}\)\s*)?(?:--|—|–|-)\s+/u;
const TIME_OR_LABEL =
  /\b\d{1,2}:\d{2}(?:\s?[AP]M)?\b|\b(?:print this post|print|share|published|updated|posted|(?:mon|tues|wednes|thurs|fri|satur|sun)day|kst|jst|gmt|utc|bst|cet|cest|edt|est|pst|pdt|ist)\b/gi;

/** Normalises line breaks and spaces so offsets into the body are stable. */
function normalise(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f\t]/g, " ")
    .replace(/[\u200b\ufeff]/g, "");
}

function findTitle(lines: readonly PageLine[]): number {
  return lines.findIndex((l) => {
    const words = l.text.split(" ").length;
    return (
      (l.role === "short" || l.role === "prose") &&
      words >= 3 &&
      words <= 30 &&
      !/[.]$/.test(l.text) &&
      !isBreadcrumb(l.text) &&
      /\p{Ll}/u.test(l.text)
    );
  });
}

function findPublishedOn(lines: readonly PageLine[], bodyStart: number): string | null {
  const header = lines.slice(0, bodyStart < 0 ? lines.length : bodyStart);
  const datelines = [...header, ...lines].filter((l) => l.role === "dateline");
  const preferred = datelines.find((l) => /published|posted|date/i.test(l.text)) ?? datelines[0];
  return preferred ? (findFullDates(preferred.text)[0]?.iso ?? null) : null;
}

function findOutlet(lines: readonly PageLine[]): string | null {
  for (const l of lines.filter((x) => x.role === "dateline")) {
    let rest = l.text;
    for (const d of findFullDates(rest).reverse())
      rest = rest.slice(0, d.index) + rest.slice(d.index + d.length);
    const piece = rest
      .replace(TIME_OR_LABEL, " ")
      .split(/[|·•]/)
      .map((p) => p.replace(/[\s:,-]+/g, " ").trim())
      .find((p) => /^\p{Lu}/u.test(p) && p.split(" ").length <= 4);
    if (piece) return piece;
  }
  for (const l of lines.filter((x) => x.role === "footer" || x.role === "short")) {
    const by = /^((?:The\s+)?(?:\p{Lu}[\p{L}&.'-]*\s*){1,4}) by \p{Lu}/u.exec(l.text);
    if (by?.[1]) return by[1].trim();
    const copy = /^copyright\s*(?:©|\(c\))?\s*(?:\d{4}\s*)?((?:\p{Lu}[\p{L}&.'-]*\s*){1,4})/iu.exec(
      l.text,
    );
    if (copy?.[1]) return copy[1].replace(/\.$/, "").trim();
  }
  return null;
}

/**
 * Parses a page as published into title, outlet, byline, publication date and clean body.
 * The body keeps the article's paragraphs, one per line pair ("\n\n"), and nothing else.
 */
export function parseArticle(raw: string): ParsedArticle {
  const lines = classifyLines(normalise(raw));
  const titleIndex = findTitle(lines);
  const paragraphs: string[] = [];
  let bodyStart = -1;
  for (let i = titleIndex + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const started = paragraphs.length > 0;
    if (started && (line.role === "end-marker" || line.role === "footer" || line.role === "byline"))
      break;
    if (line.role !== "prose") continue;
    if (bodyStart < 0) bodyStart = i;
    paragraphs.push(paragraphs.length === 0 ? line.text.replace(WIRE_DATELINE, "") : line.text);
  }
  const bylineLine = lines.find((l) => l.role === "byline");
  const title = lines[titleIndex]?.text ?? paragraphs[0] ?? "";
  return {
    title,
    outlet: findOutlet(lines),
    byline: bylineLine ? bylineName(bylineLine.text) : null,
    publishedOn: findPublishedOn(lines, bodyStart),
    body: paragraphs.join("\n\n"),
  };
}

export { isProse };
