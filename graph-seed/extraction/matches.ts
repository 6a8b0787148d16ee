// Every match of a global pattern in a text, as `String.prototype.matchAll` gives them, without
// the copy of the pattern that matchAll makes on each call: on the extractor's hot paths (tokens
// of every sentence, trigger words of every rule) that copy cost as much as the matching.

/** Where a global match goes on after an empty match at `index` (one code point in u/v mode). */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? index + 2 : index + 1;
}

/**
 * The matches of `pattern` (which must have the g flag) in `text`, in order: the same matches
 * as `[...text.matchAll(pattern)]`, starting at the pattern's lastIndex, which is left as found.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches: ${String(pattern)} needs the g flag`);
  const from = pattern.lastIndex;
  const unicode = pattern.unicode || pattern.flags.includes("v");
  const found: RegExpExecArray[] = [];
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === "") pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
  }
  pattern.lastIndex = from;
  return found;
}
