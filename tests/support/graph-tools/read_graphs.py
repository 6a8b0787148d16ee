"""Reads newsgraph's export files with the tools users open them in (networkx, python-igraph,
Python's csv module, the GEXF 1.3 XML Schema) and prints what each tool got, in one common shape,
as JSON: {"nodes": [...], "edges": [...], "integers": bool, "issues": [...]} per job.

Jobs come as JSON on stdin: [{"tool": "networkx-gexf" | "networkx-graphml" | "igraph-graphml" |
"csv" | "xsd", "files": [...], "schema": path (xsd only)}]. Nothing here knows the expected
answer; the calling test compares.
"""

import csv
import json
import sys


def gexf_list(text):
    """Parses GEXF 1.3's list form, [a, "b, c"], as the GEXF writer quotes it."""
    inner = text.strip()[1:-1]
    items, item, quoted, escaped, started = [], "", False, False, False
    for char in inner:
        if escaped:
            item, escaped = item + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            item = item if quoted else ""  # drops the space before an opening quote
            quoted, started = not quoted, True
        elif char == "," and not quoted:
            items.append(item if started else item.strip())
            item, started = "", False
        else:
            item += char
    if inner.strip():
        items.append(item if started else item.strip())
    return items


def node(node_id, label, data, lists):
    return {
        "id": node_id,
        "label": label,
        "kind": data.get("kind"),
        "degree": data.get("degree"),
        "aliases": lists(data.get("aliases")),
        "titles": lists(data.get("titles")),
    }


def edge(edge_id, source, target, directed, data, date):
    undirected = data.get("undirected")
    return {
        "id": edge_id,
        "source": source,
        "target": target,
        "directed": directed,
        "undirected": undirected if isinstance(undirected, bool) else None,
        "relation": data.get("relation"),
        "date": date or None,
        "evidenceCount": data.get("evidenceCount"),
    }


def integers(nodes, edges):
    """True when every integer attribute came back as a Python int (not a float or a string)."""
    values = [n["degree"] for n in nodes] + [e["evidenceCount"] for e in edges]
    return all(type(v) is int for v in values)


def read_networkx_gexf(path):
    import networkx as nx

    graph = nx.read_gexf(path)
    gexf_lists = lambda v: gexf_list(v) if v else []
    nodes = [node(n, d.get("label"), d, gexf_lists) for n, d in graph.nodes(data=True)]
    edges = [
        # A date is the edge's start under timeformat="date"; the `date` attribute says the same.
        edge(d["id"], s, t, graph.is_directed(), d, d.get("start"))
        for s, t, d in graph.edges(data=True)
    ]
    issues = [
        f"{d['id']}: start {d.get('start')} but date {d.get('date')}"
        for _, _, d in graph.edges(data=True)
        if d.get("start") != d.get("date")
    ]
    return nodes, edges, issues


def read_networkx_graphml(path):
    import networkx as nx

    graph = nx.read_graphml(path, force_multigraph=True)
    json_lists = lambda v: json.loads(v) if v else []
    nodes = [node(n, d.get("label"), d, json_lists) for n, d in graph.nodes(data=True)]
    edges = [
        edge(d["relationId"], s, t, graph.is_directed(), d, d.get("date"))
        for s, t, key, d in graph.edges(keys=True, data=True)
    ]
    issues = [
        f"edge key {key} is not its relation id {d['relationId']}"
        for _, _, key, d in graph.edges(keys=True, data=True)
        if key != d["relationId"]
    ]
    return nodes, edges, issues


def read_igraph_graphml(path):
    import igraph

    graph = igraph.Graph.Read_GraphML(path)
    json_lists = lambda v: json.loads(v) if v else []
    nodes = [node(v["id"], v["label"], v.attributes(), json_lists) for v in graph.vs]
    edges = [
        edge(
            e["relationId"],
            graph.vs[e.source]["id"],
            graph.vs[e.target]["id"],
            graph.is_directed(),
            e.attributes(),
            e["date"],
        )
        for e in graph.es
    ]
    return nodes, edges, []


def read_csv(nodes_path, edges_path):
    def rows(path):
        with open(path, encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f))

    def number(text):
        return int(text) if text.lstrip("-").isdigit() else text

    pipe_lists = lambda v: v.split("|") if v else []
    nodes = [
        node(r["Id"], r["Label"], {**r, "degree": number(r["degree"])}, pipe_lists)
        for r in rows(nodes_path)
    ]
    edges = []
    for r in rows(edges_path):
        data = {**r, "evidenceCount": number(r["evidenceCount"])}
        if "undirected" in r:
            data["undirected"] = r["undirected"] == "true"
        edges.append(edge(r["Id"], r["Source"], r["Target"], r["Type"] == "Directed", data, r["date"]))
    return nodes, edges, []


def validate(path, schema_path):
    import xmlschema

    schema = xmlschema.XMLSchema(schema_path)
    return [str(error).splitlines()[0] for error in schema.iter_errors(path)][:5]


def run(job):
    tool, files = job["tool"], job["files"]
    if tool == "xsd":
        return {"issues": validate(files[0], job["schema"])}
    readers = {
        "networkx-gexf": read_networkx_gexf,
        "networkx-graphml": read_networkx_graphml,
        "igraph-graphml": read_igraph_graphml,
        "csv": read_csv,
    }
    try:
        nodes, edges, issues = readers[tool](*files)
    except Exception as error:  # the tool refusing the file is an answer, not a crash
        return {"nodes": [], "edges": [], "integers": False, "issues": [f"{type(error).__name__}: {error}"]}
    return {"nodes": nodes, "edges": edges, "integers": integers(nodes, edges), "issues": issues}


if __name__ == "__main__":
    print(json.dumps([run(job) for job in json.load(sys.stdin)], ensure_ascii=False))
