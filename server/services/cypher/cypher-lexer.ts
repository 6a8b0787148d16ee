// A small Cypher scanner that sees past comments, string literals and quoted names, so the
// checks on user queries cannot be fooled by them: it finds the first keyword (EXPLAIN, PROFILE
// and CYPHER prefixes are the server's to add), every statement separator, and how deeply the
// expressions nest (Neo4j's parser recurses once per level and overflows its stack near 200).

export interface CypherShape {
  /** The query with one trailing `;` (and what follows it, blank or comments) removed. */
  text: string;
  /** The first word outside comments, upper-cased ("MATCH", "EXPLAIN", ...), or "" if none. */
  firstKeyword: string;
  /** Statements in the text: separators outside strings, comments and quoted names, plus one. */
  statements: number;
  /**
   * The deepest nesting of the code: open brackets (`(`, `[`, `{`), open CASE ... END, a run of
   * NOTs and a chain of property lookups (`x.a.b.c`), each one level (unbalanced closers are not
   * counted below zero). Neo4j's parser recurses on each of them alike.
   */
  depth: number;
}

/** Scans `query`; never throws (unterminated strings or comments just run to the end). */
export function scanCypher(query: string): CypherShape {
  let firstKeyword = "";
  const separators: number[] = [];
  let lastCode = -1; // index of the last character that is code (not blank, not comment)
  let brackets = 0;
  let cases = 0;
  let nots = 0;
  let lookups = 0;
  let afterDot = false; // the last code was a `.` that starts a property lookup
  let depth = 0;
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i]!;
    const next = query[i + 1];
    if (c === "/" && next === "/") {
      const end = query.indexOf("\n", i + 2);
      i = end === -1 ? n : end + 1;
    } else if (c === "/" && next === "*") {
      const end = query.indexOf("*/", i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      i = skipString(query, i, c);
      lastCode = i - 1;
    } else if (c === "`") {
      // Quoted name; a doubled backtick stands for one backtick.
      let j = i + 1;
      while (j < n) {
        if (query[j] === "`") {
          if (query[j + 1] === "`") j += 2;
          else break;
        } else j++;
      }
      i = j + 1;
      lastCode = i - 1;
      afterDot = false;
    } else if (c === ";") {
      separators.push(i);
      i++;
    } else if (/\s/u.test(c)) {
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = wordAt(query, i).toUpperCase();
      if (firstKeyword === "") firstKeyword = word;
      if (word === "CASE") cases++;
      else if (word === "END" && cases > 0) cases--;
      nots = word === "NOT" ? nots + 1 : 0;
      if (!afterDot) lookups = 0;
      afterDot = false;
      depth = Math.max(depth, brackets + cases + nots + lookups);
      i += word.length;
      lastCode = i - 1;
    } else {
      if (firstKeyword === "") firstKeyword = c;
      if (c === "(" || c === "[" || c === "{") brackets++;
      else if ((c === ")" || c === "]" || c === "}") && brackets > 0) brackets--;
      nots = 0;
      afterDot = c === "." && next !== undefined && /[A-Za-z_`]/.test(next);
      if (afterDot) lookups++;
      else lookups = 0;
      depth = Math.max(depth, brackets + cases + lookups);
      lastCode = i;
      i++;
    }
  }
  // A single separator after the last code is the customary trailing `;`, not a statement.
  const trailing = separators.length > 0 && separators[separators.length - 1]! > lastCode;
  const cut = trailing ? separators[separators.length - 1]! : n;
  return {
    text: query.slice(0, cut),
    firstKeyword,
    statements: (trailing ? separators.length - 1 : separators.length) + 1,
    depth,
  };
}

/** The word (letters, digits, `_`) that starts at `start`. */
function wordAt(query: string, start: number): string {
  let end = start + 1;
  while (end < query.length && /[A-Za-z0-9_]/.test(query[end]!)) end++;
  return query.slice(start, end);
}

function skipString(query: string, start: number, quote: string): number {
  let j = start + 1;
  while (j < query.length) {
    const c = query[j];
    if (c === "\\") j += 2;
    else if (c === quote) return j + 1;
    else j++;
  }
  return query.length;
}
