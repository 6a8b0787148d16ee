// The requests of issue 10 that once froze, flooded or crashed POST /api/cypher, shared by the
// attack benchmark (before/after figures) and the integration suite that keeps them harmless.

export interface CypherAttack {
  name: string;
  /** The request body as JSON text (JSON.stringify itself overflows its stack on some). */
  body: string;
}

const attack = (name: string, query: string): CypherAttack => ({
  name,
  body: JSON.stringify({ query }),
});

/** `$p` as `{"a":{"a": ... 1}}`, `depth` maps deep, written out as text. */
export function deepParamsBody(depth: number): string {
  const p = '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
  return `{"query":"RETURN $p AS p","params":{"p":${p}}}`;
}

export const CYPHER_ATTACKS: readonly CypherAttack[] = [
  attack("one 20M-element list", "RETURN range(1, 20000000) AS r"),
  attack(
    "450 rows of 1 MB strings",
    "UNWIND range(1,450) AS i RETURN i, reduce(s='x', j IN range(1,20) | s+s)",
  ),
  attack(
    "10M string concatenations",
    "RETURN size(reduce(s='', x IN range(1,10000000) | s + 'x')) AS n",
  ),
  attack("collect of 5M", "UNWIND range(1,5000000) AS x RETURN collect(x)"),
  // 20,000 characters: the longest query the API accepts.
  attack("20k-character sum", "RETURN 1" + "+1".repeat(9_996)),
  attack("500 nested parentheses", `RETURN ${"(".repeat(500)}1${")".repeat(500)} AS n`),
  // Refused by the text check (a lookup chain nests in the parser like brackets).
  attack("a chain of 5,000 property lookups", `RETURN {}${".a".repeat(5_000)} AS n`),
  { name: "params 5,000 deep", body: deepParamsBody(5_000) },
];
