// A small Cypher scanner that sees past comments, string literals and quoted names, so the
// checks on user queries cannot be fooled by them: it finds the first keyword (EXPLAIN, PROFILE
// and CYPHER prefixes are the server's to add) and every statement separator.

export interface CypherShape {
  /** The query with one trailing `;` (and what follows it, blank or comments) removed. */
  text: string;
  /** The first word outside comments, upper-cased ("MATCH", "EXPLAIN", ...), or "" if none. */
  firstKeyword: string;
  /** Statements in the text: separators outside strings, comments and quoted names, plus one. */
  statements: number;
}

/** Scans `query`; never throws (unterminated strings or comments just run to the end). */
export function scanCypher(query: string): CypherShape {
  let firstKeyword = "";
  const separators: number[] = [];
  let lastCode = -1; // index of the last character that is code (not blank, not comment)
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
    } else if (c === ";") {
      separators.push(i);
      i++;
    } else if (/\s/u.test(c)) {
      i++;
    } else {
      if (firstKeyword === "" && /[A-Za-z_]/.test(c)) {
        const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(query.slice(i))?.[0] ?? c;
        firstKeyword = word.toUpperCase();
        i += word.length;
        lastCode = i - 1;
        continue;
      }
      if (firstKeyword === "") firstKeyword = c;
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
  };
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
