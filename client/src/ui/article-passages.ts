// An article's body cut into paragraphs and, within them, runs of plain text and of evidence
// sentences: what the article view draws. No DOM here, so it is unit-tested in plain Node.
import type { ArticleEvidence } from "../../../contract/api";

/** A run of a paragraph: plain text, or a sentence stating the relations of `evidence`. */
export interface Passage {
  text: string;
  /** Ids of the evidence items this run is (empty for plain text). */
  evidence: string[];
  /** The run holds the evidence the reader came for. */
  focus: boolean;
}

/** UTF-16 index of each code-point offset (the server counts code points, JavaScript units). */
function codeUnitIndex(body: string): (codePoint: number) => number {
  const starts: number[] = [];
  let unit = 0;
  for (const ch of body) {
    starts.push(unit);
    unit += ch.length;
  }
  starts.push(unit);
  return (cp) => starts[Math.max(0, Math.min(cp, starts.length - 1))] ?? unit;
}

/**
 * The paragraphs of `body` (split at blank lines) as runs: each evidence sentence is its own run,
 * with every evidence id stating it (several relations can share one sentence); sentences that
 * overlap are joined into one run. `focus` marks the run holding that evidence id.
 */
export function articlePassages(
  body: string,
  evidence: readonly ArticleEvidence[],
  focus: string | null,
): Passage[][] {
  const at = codeUnitIndex(body);
  const spans = evidence
    .map((e) => ({ id: e.id, start: at(e.start), end: at(e.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Join overlapping sentences into marked ranges.
  const marked: { start: number; end: number; ids: string[] }[] = [];
  for (const s of spans) {
    const last = marked.at(-1);
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (!last.ids.includes(s.id)) last.ids.push(s.id);
    } else marked.push({ start: s.start, end: s.end, ids: [s.id] });
  }
  const paragraphs: Passage[][] = [];
  const breaks = /\n{2,}/g;
  let from = 0;
  const cut = (start: number, end: number): void => {
    const runs: Passage[] = [];
    let pos = start;
    for (const m of marked) {
      if (m.end <= start || m.start >= end) continue;
      const s = Math.max(m.start, start);
      const e = Math.min(m.end, end);
      if (s > pos) runs.push({ text: body.slice(pos, s), evidence: [], focus: false });
      runs.push({
        text: body.slice(s, e),
        evidence: m.ids,
        focus: focus !== null && m.ids.includes(focus),
      });
      pos = e;
    }
    if (pos < end) runs.push({ text: body.slice(pos, end), evidence: [], focus: false });
    if (runs.some((r) => r.text.trim() !== "")) paragraphs.push(runs);
  };
  for (const m of body.matchAll(breaks)) {
    cut(from, m.index);
    from = m.index + m[0].length;
  }
  cut(from, body.length);
  return paragraphs;
}
