// An evidence sentence as text with the names of its entities marked. Built from text nodes and
// <mark> elements only, so a sentence can never inject markup.
import { el } from "./dom";

/** Spans of `sentence` that match any of `terms` (case-insensitive, longest first, no overlaps). */
export function findTerms(sentence: string, terms: string[]): [number, number][] {
  const lower = sentence.toLowerCase();
  const spans: [number, number][] = [];
  const sorted = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  for (const term of sorted) {
    const needle = term.toLowerCase();
    let at = lower.indexOf(needle);
    while (at !== -1) {
      const end = at + needle.length;
      const before = at === 0 ? "" : lower.charAt(at - 1);
      const after = lower.charAt(end);
      const wordEdge = !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
      if (wordEdge && !spans.some(([s, e]) => at < e && end > s)) spans.push([at, end]);
      at = lower.indexOf(needle, at + 1);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

export function evidenceText(sentence: string, terms: string[]): HTMLElement {
  const quote = el("span", { class: "evidence-sentence" });
  let last = 0;
  for (const [start, end] of findTerms(sentence, terms)) {
    if (start > last) quote.append(sentence.slice(last, start));
    quote.append(el("mark", { text: sentence.slice(start, end) }));
    last = end;
  }
  if (last < sentence.length) quote.append(sentence.slice(last));
  return quote;
}
