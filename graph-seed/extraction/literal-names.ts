// Finds the names of a fixed list (countries, capitals, regions) in text. A regular expression
// alternation of a few hundred names is tried name by name at every position of every sentence,
// which made country finding one of the extractor's costliest steps; this looks up only the names
// that start with the character at hand. Matches are the ones the alternation
// `(?<![L N extra])(longest|...|shortest)(?![L N])` with the global flag would give.

/** One occurrence of a listed name. */
export interface LiteralMatch {
  text: string;
  index: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The code point that ends just before `index` (a surrogate pair read as one character). */
function charBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text.charAt(index - 1);
}

/** The code point that starts at `index`. */
function charAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? "" : String.fromCodePoint(code);
}

/** The first two UTF-16 units at `index` as one number (NaN past the end never matches). */
const pairKey = (text: string, index: number): number =>
  text.charCodeAt(index) * 0x10000 + text.charCodeAt(index + 1);

/** A fixed list of names, matched as whole words, longest first, left to right. */
export class LiteralNames {
  /** Names by their first two UTF-16 units. */
  private readonly byFirst = new Map<number, string[]>();
  /** Marks the UTF-16 units that start a listed name: every other position is skipped at once. */
  private readonly starts = new Uint8Array(0x10000);

  /** `alsoBefore`: characters that, besides letters and digits, may not precede a match. */
  constructor(
    names: Iterable<string>,
    private readonly alsoBefore = "",
  ) {
    // Longest first: at one position the longest listed name wins, as in a sorted alternation.
    const sorted = [...new Set(names)].filter((n) => n !== "").sort((a, b) => b.length - a.length);
    for (const name of sorted) {
      if (name.length < 2) throw new Error(`literal names: "${name}" is too short to look up`);
      const first = name.charCodeAt(0);
      this.starts[first] = 1;
      const key = pairKey(name, 0);
      const list = this.byFirst.get(key);
      if (list) list.push(name);
      else this.byFirst.set(key, [name]);
    }
  }

  private boundaryBefore(text: string, index: number): boolean {
    if (index === 0) return true;
    const ch = charBefore(text, index);
    return !WORD_CHAR.test(ch) && !this.alsoBefore.includes(ch);
  }

  /** Every listed name in `text` not glued to a word, in order, never overlapping. */
  findAll(text: string): LiteralMatch[] {
    const found: LiteralMatch[] = [];
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (this.starts[code] === 0) {
        i++;
        continue;
      }
      const candidates = this.byFirst.get(pairKey(text, i));
      const name =
        candidates && this.boundaryBefore(text, i)
          ? candidates.find(
              (n) => text.startsWith(n, i) && !WORD_CHAR.test(charAt(text, i + n.length)),
            )
          : undefined;
      if (name !== undefined) {
        found.push({ text: name, index: i });
        i += name.length;
      } else {
        i++;
      }
    }
    return found;
  }
}
