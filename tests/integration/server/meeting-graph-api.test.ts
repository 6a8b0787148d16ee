// GET /api/graph/meetings: the meetings of a date window over the whole database, paged in date
// order (undated last), with their people and the counts, on the real Neo4j holding the seed
// articles and the invented ones of tests/fixtures/dated-meetings.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraphPayload, MeetingGraphAttributes } from "../../../contract/api";
import { knowledgeGraphSchema } from "../../../server/schemas/graph-schemas";
import { graphSnapshot, neo4jTarget } from "../../support/neo4j";
import { startSeededApi, type ErrorAnswer, type TestApi } from "./api-server";

type MeetingPage = KnowledgeGraphPayload & { attributes: MeetingGraphAttributes };

let driver: Driver;
let api: TestApi;
/** Every meeting in the database, as Neo4j has it: [id, date or null], in date order. */
let meetings: [string, string | null][];

beforeAll(async () => {
  ({ driver, api } = await startSeededApi({}, ["tests/fixtures/dated-meetings"]));
  const { records } = await driver.executeQuery(
    `MATCH ()-[r:MET_WITH]->() RETURN r.id AS id, toString(r.date) AS date
     ORDER BY r.date IS NULL, r.date, r.id`,
    {},
    { database: neo4jTarget().database },
  );
  meetings = records.map((r) => [r.get("id") as string, r.get("date") as string | null]);
});

afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

const page = (query: string) => api.get<MeetingPage>(`/graph/meetings${query}`);

describe("GET /api/graph/meetings", () => {
  it("gives every meeting of a year with its people, undated ones counted and last", async () => {
    const { status, body } = await page("?from=2023-01-01&to=2023-12-31");
    expect(status).toBe(200);
    expect(knowledgeGraphSchema.safeParse(body).success).toBe(true);
    const expected = meetings.filter(([, d]) => d === null || d.startsWith("2023"));
    expect(body.edges.map((e) => e.key)).toEqual(expected.map(([id]) => id));
    expect(body.edges.at(-1)?.attributes.date).toBeUndefined();
    const people = new Set(body.edges.flatMap((e) => [e.source, e.target]));
    expect(new Set(body.nodes.map((n) => n.key))).toEqual(people);
    expect(body.nodes.every((n) => n.attributes.kind === "Person")).toBe(true);
    expect(body.attributes).toMatchObject({
      total: expected.length,
      undated: meetings.filter(([, d]) => d === null).length,
      allMeetings: meetings.length,
      firstDate: meetings[0]![1],
      lastDate: meetings.filter(([, d]) => d !== null).at(-1)![1],
    });
  });

  it("leaves undated meetings out with undated=exclude", async () => {
    const { body } = await page("?from=2023-01-01&to=2023-12-31&undated=exclude");
    const expected = meetings.filter(([, d]) => d?.startsWith("2023"));
    expect(body.edges.map((e) => e.key)).toEqual(expected.map(([id]) => id));
    expect(body.attributes.total).toBe(expected.length);
    expect(body.attributes.undated).toBe(0);
  });

  it("pages through the whole database in date order", async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < meetings.length; offset += 2) {
      const { body } = await page(`?offset=${offset}&limit=2`);
      expect(body.attributes.total).toBe(meetings.length);
      seen.push(...body.edges.map((e) => e.key));
    }
    expect(seen).toEqual(meetings.map(([id]) => id));
  });

  it("refuses a reversed window or an unknown undated choice with a 400, changing nothing", async () => {
    const before = await graphSnapshot(driver);
    for (const query of ["?from=2023-12-31&to=2023-01-01", "?undated=maybe", "?limit=0"]) {
      const answer = await api.get<ErrorAnswer>(`/graph/meetings${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.code).toBe("BAD_REQUEST");
    }
    expect(await graphSnapshot(driver)).toEqual(before);
  });
});
