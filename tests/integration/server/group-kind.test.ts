// The Group kind end to end: an invented article about two delegations is ingested; the groups
// are stored with their label, found by search under their kind, and exported with it in every
// file format, with their heads and their meeting.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf/node";
import { parse as parseGraphml } from "graphology-graphml/node";
import { strFromU8, unzipSync } from "fflate";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphSnapshot, SearchResponse } from "../../../contract/api";
import { ingest } from "../../../graph-seed/loading/ingest";
import { clearGraph, neo4jTarget, testDriver } from "../../support/neo4j";
import { startApi, type TestApi } from "./api-server";

const ARTICLE = `Fisheries talks open in Vella

VELLA, June 2, 2025 -- The Norwegian delegation is led by Fisheries Minister Eirik Dahl. The Icelandic delegation is led by Senator Gudrun Olafs.

Talks between the Norwegian and Icelandic delegations took place on Monday.
`;
const NORWAY = "group:norwegian-delegation";
const ICELAND = "group:icelandic-delegation";

let driver: Driver;
let api: TestApi;
let scratch: string;

beforeAll(async () => {
  driver = testDriver();
  await clearGraph(driver);
  scratch = await mkdtemp(path.join(tmpdir(), "newsgraph-groups-"));
  await writeFile(path.join(scratch, "fisheries.txt"), ARTICLE);
  await ingest({ driver, database: neo4jTarget().database, inputs: [scratch] });
  api = await startApi();
});
afterAll(async () => {
  await api?.stop();
  await driver?.close();
  await rm(scratch, { recursive: true, force: true });
});

async function download(query: string): Promise<Uint8Array> {
  const response = await fetch(`${api.url}/export?${query}`);
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

describe("the Group kind", () => {
  it("stores each delegation as an Entity labelled Group, with its head and its meeting", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (g:Entity:Group)
       OPTIONAL MATCH (p:Person)-[:HEADS]->(g)
       OPTIONAL MATCH (g)-[:MET_WITH]-(other:Group)
       RETURN g.id AS id, g.kind AS kind, p.name AS head, other.id AS met ORDER BY id`,
    );
    expect(records.map((r) => [r.get("id"), r.get("kind"), r.get("head"), r.get("met")])).toEqual([
      [ICELAND, "Group", "Gudrun Olafs", NORWAY],
      [NORWAY, "Group", "Eirik Dahl", ICELAND],
    ]);
  });

  it("finds the groups by search under their kind, and only them", async () => {
    const { status, body } = await api.get<SearchResponse>("/search?q=delegation&kinds=Group");
    expect(status).toBe(200);
    expect(body.hits.map((h) => [h.id, h.kind]).sort()).toEqual([
      [ICELAND, "Group"],
      [NORWAY, "Group"],
    ]);
    const people = await api.get<SearchResponse>("/search?q=delegation&kinds=Person");
    expect(people.body.hits).toEqual([]);
  });

  it("exports the groups with their kind in JSON, GEXF, GraphML and CSV", async () => {
    const json = JSON.parse(strFromU8(await download("format=json"))) as GraphSnapshot;
    const kinds = new Map(json.nodes.map((n) => [n.key, n.attributes.kind]));
    expect([kinds.get(NORWAY), kinds.get(ICELAND)]).toEqual(["Group", "Group"]);
    const gexf = parseGexf(Graph, strFromU8(await download("format=gexf")), {
      addMissingNodes: false,
    });
    expect(gexf.getNodeAttribute(NORWAY, "kind")).toBe("Group");
    const graphml = parseGraphml(Graph, strFromU8(await download("format=graphml")));
    expect(graphml.getNodeAttribute(ICELAND, "kind")).toBe("Group");
    const nodes = strFromU8(unzipSync(await download("format=csv"))["nodes.csv"]!).split("\r\n");
    expect(nodes.find((l) => l.startsWith(`${NORWAY},`))).toMatch(
      /^[^,]+,Norwegian delegation,Group,/,
    );
  });
});
