"""Slices every evidence sentence out of its article with Python, as a script user would:
body[start:end] with the offsets stored in Neo4j, read with the official Neo4j driver.

Input on stdin: {"uri", "username", "password", "database"}. Output: {"rows": n,
"afterAstral": rows whose sentence comes after a character outside the BMP (an emoji),
"nonAscii": rows whose sentence holds non-ASCII text, "failures": [...]}.
"""

import json
import sys

from neo4j import GraphDatabase

QUERY = """
MATCH (v:Evidence)-[:FROM]->(a:Article)
RETURN v.id AS id, v.start AS start, v.end AS end, v.sentence AS sentence, a.body AS body
"""


def main():
    target = json.load(sys.stdin)
    auth = (target["username"], target["password"])
    with GraphDatabase.driver(target["uri"], auth=auth) as driver:
        records, _, _ = driver.execute_query(QUERY, database_=target.get("database"))
    failures, after_astral, non_ascii = [], 0, 0
    for r in records:
        start, end, body = r["start"], r["end"], r["body"]
        if type(start) is not int or type(end) is not int:
            failures.append(f"{r['id']}: offsets {start!r}..{end!r} are not integers")
            continue
        if body[start:end] != r["sentence"]:
            failures.append(f"{r['id']}: body[{start}:{end}] is {body[start:end]!r}")
        after_astral += any(ord(c) > 0xFFFF for c in body[:start])
        non_ascii += any(ord(c) > 0x7F for c in r["sentence"])
    print(json.dumps({"rows": len(records), "afterAstral": after_astral, "nonAscii": non_ascii, "failures": failures}))


if __name__ == "__main__":
    main()
