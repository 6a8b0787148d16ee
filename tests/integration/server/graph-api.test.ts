// The read endpoints on the seed graph: search, entities, neighbourhoods, paths, meetings and
// evidence, checked against the answers' schemas as well as for their content.
import Graph from "graphology";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  EntityDetails,
  KnowledgeGraphPayload,
  MeetingsResponse,
  PathsResponse,
  RelationEvidenceResponse,
  SearchResponse,
} from "../../../contract/api";
import { knowledgeGraphSchema } from "../../../server/schemas/graph-schemas";
import {
  entityDetailsSchema,
  errorBodySchema,
  meetingsResponseSchema,
  pathsResponseSchema,
  relationSummarySchema,
  searchResponseSchema,
} from "../../../server/schemas/response-schemas";

import { startSeededApi, type ErrorAnswer, type TestApi } from "./api-server";

const LEE = "person:lee-in-young";
const HARRIS = "person:harry-harris";
const FOREIGN = "organization:ministry-of-foreign-affairs";
const UNIFICATION = "organization:ministry-of-unification";

let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  ({ driver, api } = await startSeededApi());
});
afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

describe("GET /api/search", () => {
  it("finds Harry Harris by the prefix 'harri'", async () => {
    const { status, body } = await api.get<SearchResponse>("/search?q=harri");
    expect(status).toBe(200);
    searchResponseSchema.parse(body);
    expect(body.hits[0]).toMatchObject({ id: HARRIS, name: "Harry Harris", kind: "Person" });
    expect(body.hits[0]!.degree).toBeGreaterThan(0);
  });

  it("finds Lee In-young by 'Lee In' and not Lee Do-hoon first", async () => {
    const { body } = await api.get<SearchResponse>("/search?q=Lee%20In");
    expect(body.hits[0]?.id).toBe(LEE);
    expect(body.hits.map((h) => h.id)).not.toContain("person:lee-do-hoon");
  });

  it("forgives a typo ('Haris')", async () => {
    const { body } = await api.get<SearchResponse>("/search?q=Haris");
    expect(body.hits.map((h) => h.id)).toContain(HARRIS);
  });

  it("finds an entity by an alias ('DPK')", async () => {
    const { body } = await api.get<SearchResponse>("/search?q=DPK");
    expect(body.hits[0]?.id).toBe("organization:democratic-party-of-korea");
  });

  it("keeps only the kinds asked for", async () => {
    const { body } = await api.get<SearchResponse>("/search?q=harris&kinds=Organization");
    expect(body.hits).toEqual([]);
    const orgs = await api.get<SearchResponse>("/search?q=ministry&kinds=Organization&limit=2");
    expect(orgs.body.hits).toHaveLength(2);
    expect(orgs.body.hits.every((h) => h.kind === "Organization")).toBe(true);
  });

  it("treats Lucene syntax as plain text", async () => {
    const { status, body } = await api.get<SearchResponse>(
      `/search?q=${encodeURIComponent('harri* OR "x" AND ~/[')}`,
    );
    expect(status).toBe(200);
    expect(Array.isArray(body.hits)).toBe(true);
  });

  it("answers 400 naming the parameter when q is missing or a kind is unknown", async () => {
    const missing = await api.get<ErrorAnswer>("/search");
    expect(missing.status).toBe(400);
    errorBodySchema.parse(missing.body);
    expect(missing.body.error.code).toBe("BAD_REQUEST");
    expect(missing.body.error.message).toContain("'q'");
    const kind = await api.get<ErrorAnswer>("/search?q=lee&kinds=Planet");
    expect(kind.status).toBe(400);
    expect(kind.body.error.message).toContain("'kinds'");
    const limit = await api.get<ErrorAnswer>("/search?q=lee&limit=abc");
    expect(limit.status).toBe(400);
    expect(limit.body.error.message).toContain("'limit'");
  });
});

describe("GET /api/entities/:id", () => {
  it("gives Lee In-young's aliases, roles, articles and relations with evidence", async () => {
    const { status, body } = await api.get<EntityDetails>(`/entities/${LEE}`);
    expect(status).toBe(200);
    entityDetailsSchema.parse(body);
    expect(body).toMatchObject({ id: LEE, name: "Lee In-young", kind: "Person" });
    expect(body.aliases).toContain("Lee");
    expect(body.titles).toContain("Unification Minister");
    expect(body.articles.map((a) => a.publishedOn).sort()).toEqual(["2020-08-18", "2020-09-30"]);
    const meeting = body.relations.find((r) => r.type === "MET_WITH");
    expect(meeting).toMatchObject({ date: "2020-08-18" });
    expect([meeting?.source.id, meeting?.target.id].sort()).toEqual([HARRIS, LEE]);
    expect(meeting?.evidence).toHaveLength(2);
    expect(body.relations.find((r) => r.type === "HEADS")?.target.id).toBe(UNIFICATION);
  });

  it("answers 404 for an unknown entity", async () => {
    const { status, body } = await api.get<ErrorAnswer>("/entities/person:nobody-at-all");
    expect(status).toBe(404);
    expect(body.error.code).toBe("NOT_FOUND");
  });
});

describe("GET /api/graph/neighborhood", () => {
  it("returns Lee In-young's neighbours in graphology's format, ready for graph.import", async () => {
    const { status, body } = await api.get<KnowledgeGraphPayload>(`/graph/neighborhood?ids=${LEE}`);
    expect(status).toBe(200);
    knowledgeGraphSchema.parse(body);
    const graph = new Graph({ multi: true, type: "mixed" });
    graph.import(body);
    expect(graph.order).toBe(3);
    expect(graph.hasNode(HARRIS) && graph.hasNode(UNIFICATION)).toBe(true);
    const meeting = graph.edges(LEE, HARRIS)[0] ?? graph.edges(HARRIS, LEE)[0];
    expect(meeting).toMatch(/^met_with:/);
    expect(graph.getEdgeAttributes(meeting!)).toMatchObject({
      type: "MET_WITH",
      date: "2020-08-18",
      evidenceCount: 2,
    });
    expect(graph.isUndirected(meeting!)).toBe(true);
    expect(graph.getNodeAttributes(LEE)).toMatchObject({
      label: "Lee In-young",
      kind: "Person",
      degree: 2,
    });
    // Harris has one more relation (REPRESENTS United States) than this subgraph shows.
    expect(graph.getNodeAttribute(HARRIS, "hiddenNeighbors")).toBe(1);
  });

  it("reaches two hops at depth=2", async () => {
    const one = await api.get<KnowledgeGraphPayload>(`/graph/neighborhood?ids=${LEE}&depth=1`);
    const two = await api.get<KnowledgeGraphPayload>(`/graph/neighborhood?ids=${LEE}&depth=2`);
    const keys = two.body.nodes.map((n) => n.key);
    expect(keys).toContain("country:united-states");
    expect(keys).toContain(FOREIGN);
    expect(two.body.nodes.length).toBeGreaterThan(one.body.nodes.length);
  });

  it("returns only MET_WITH edges when rel=MET_WITH", async () => {
    const { body } = await api.get<KnowledgeGraphPayload>(
      `/graph/neighborhood?ids=${LEE}&depth=3&rel=MET_WITH`,
    );
    expect(body.edges.length).toBe(1);
    expect(body.edges.every((e) => e.attributes.type === "MET_WITH")).toBe(true);
  });

  it("drops meetings outside the date window", async () => {
    const { body } = await api.get<KnowledgeGraphPayload>(
      `/graph/neighborhood?ids=${LEE}&from=2020-08-19&to=2020-12-31`,
    );
    expect(body.edges.map((e) => e.attributes.type)).not.toContain("MET_WITH");
    expect(body.nodes.map((n) => n.key)).not.toContain(HARRIS);
  });

  it("stops at the limit and says what it left out", async () => {
    const { body } = await api.get<KnowledgeGraphPayload>(
      `/graph/neighborhood?ids=${UNIFICATION}&depth=2&limit=2`,
    );
    expect(body.nodes).toHaveLength(2);
    expect(body.attributes).toMatchObject({ truncated: true });
    const hidden = body.nodes.reduce((sum, n) => sum + (n.attributes.hiddenNeighbors ?? 0), 0);
    expect(hidden).toBeGreaterThan(0);
    expect(body.attributes.hiddenRelations).toBe(hidden);
  });

  it("answers 400 naming the parameter for a bad depth, type or date", async () => {
    for (const [query, name] of [
      [`ids=${LEE}&depth=4`, "depth"],
      [`ids=${LEE}&rel=LIKES`, "rel"],
      [`ids=${LEE}&from=2020-02-30`, "from"],
      [`ids=${LEE}&from=2021-01-01&to=2020-01-01`, "from"],
      [`depth=1`, "ids"],
    ] as const) {
      const { status, body } = await api.get<ErrorAnswer>(`/graph/neighborhood?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.message, query).toContain(`'${name}'`);
    }
  });

  it("answers 404 when none of the ids exists", async () => {
    const { status } = await api.get("/graph/neighborhood?ids=person:nobody");
    expect(status).toBe(404);
  });
});

describe("GET /api/graph/paths", () => {
  it("finds Harris -> Lee -> Ministry of Unification -> Ministry of Foreign Affairs with evidence", async () => {
    const { status, body } = await api.get<PathsResponse>(
      `/graph/paths?from=${HARRIS}&to=${FOREIGN}`,
    );
    expect(status).toBe(200);
    pathsResponseSchema.parse(body);
    expect(body.paths).toHaveLength(1);
    expect(body.paths[0]!.nodes).toEqual([HARRIS, LEE, UNIFICATION, FOREIGN]);
    expect(body.graph.edges).toHaveLength(3);
    for (const edge of body.paths[0]!.edges) {
      expect(body.evidence[edge]?.length ?? 0).toBeGreaterThan(0);
    }
    new Graph({ multi: true, type: "mixed" }).import(body.graph);
  });

  it("finds nothing within too few hops, and respects rel", async () => {
    const short = await api.get<PathsResponse>(
      `/graph/paths?from=${HARRIS}&to=${FOREIGN}&maxHops=2`,
    );
    expect(short.body.paths).toEqual([]);
    const metOnly = await api.get<PathsResponse>(
      `/graph/paths?from=${HARRIS}&to=${FOREIGN}&rel=MET_WITH`,
    );
    expect(metOnly.body.paths).toEqual([]);
  });

  it("answers 400 for from = to or maxHops out of range, 404 for an unknown end", async () => {
    expect((await api.get(`/graph/paths?from=${LEE}&to=${LEE}`)).status).toBe(400);
    const hops = await api.get<ErrorAnswer>(`/graph/paths?from=${LEE}&to=${HARRIS}&maxHops=7`);
    expect(hops.status).toBe(400);
    expect(hops.body.error.message).toContain("'maxHops'");
    expect((await api.get(`/graph/paths?from=${LEE}&to=person:nobody`)).status).toBe(404);
  });
});

describe("GET /api/meetings", () => {
  it("lists Lee In-young meeting Harry Harris on 2020-08-18 with the evidence of both articles", async () => {
    const { status, body } = await api.get<MeetingsResponse>(`/meetings?entity=${LEE}`);
    expect(status).toBe(200);
    meetingsResponseSchema.parse(body);
    expect(body.meetings).toHaveLength(1);
    const [meeting] = body.meetings;
    expect(meeting).toMatchObject({
      date: "2020-08-18",
      people: [{ id: LEE }, { id: HARRIS, name: "Harry Harris" }],
    });
    expect(meeting!.evidence.map((e) => e.article.publishedOn).sort()).toEqual([
      "2020-08-18",
      "2020-09-30",
    ]);
    expect(meeting!.evidence[0]!.sentence).toContain("Harris");
  });

  it("lists every meeting in date order, and filters by date", async () => {
    const all = await api.get<MeetingsResponse>("/meetings");
    const dates = all.body.meetings.map((m) => m.date);
    expect(dates.length).toBeGreaterThanOrEqual(2);
    expect([...dates].sort()).toEqual(dates);
    const later = await api.get<MeetingsResponse>("/meetings?from=2020-09-01");
    expect(later.body.meetings.every((m) => (m.date ?? "") >= "2020-09-01")).toBe(true);
    expect(later.body.meetings.length).toBeLessThan(all.body.meetings.length);
  });

  it("answers 404 for an unknown entity and 400 for a bad date", async () => {
    expect((await api.get("/meetings?entity=person:nobody")).status).toBe(404);
    const bad = await api.get<ErrorAnswer>("/meetings?to=yesterday");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("'to'");
  });
});

describe("GET /api/relations/:id/evidence", () => {
  it("gives the sentences, articles and offsets behind the meeting", async () => {
    const meetings = await api.get<MeetingsResponse>(`/meetings?entity=${LEE}`);
    const id = meetings.body.meetings[0]!.relationId;
    const { status, body } = await api.get<RelationEvidenceResponse>(`/relations/${id}/evidence`);
    expect(status).toBe(200);
    relationSummarySchema.parse(body);
    expect(body).toMatchObject({ id, type: "MET_WITH", date: "2020-08-18" });
    expect(body.evidence).toHaveLength(2);
    for (const item of body.evidence) {
      const article = await driver.executeQuery(
        "MATCH (a:Article {id: $id}) RETURN a.body AS body",
        {
          id: item.article.id,
        },
      );
      const text = article.records[0]!.get("body") as string;
      expect(text.slice(item.start, item.end)).toBe(item.sentence);
    }
  });

  it("answers 404 for an unknown relation, also one with a made-up type", async () => {
    expect((await api.get("/relations/met_with:000000000000000000000000/evidence")).status).toBe(
      404,
    );
    expect((await api.get("/relations/likes:123/evidence")).status).toBe(404);
  });
});
