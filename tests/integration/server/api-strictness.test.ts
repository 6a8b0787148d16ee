// An API scripts can trust (issue 11, item 4): a query parameter the endpoint does not take is a
// 400 naming it (a typo must not widen the answer), a method a path does not take is a 405 with
// `Allow`, and the OpenAPI document says what the server requires. Real server, real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeetingsResponse } from "../../../contract/api";
import { graphSnapshot } from "../../support/neo4j";
import { startSeededApi, type ErrorAnswer, type SeededApi, type TestApi } from "./api-server";

let seeded: SeededApi;
let api: TestApi;

beforeAll(async () => {
  seeded = await startSeededApi();
  api = seeded.api;
});
afterAll(async () => {
  await api?.stop();
  await seeded?.driver.close();
});

describe("query parameters an endpoint does not take", () => {
  it("answers 400 naming a misspelt parameter instead of returning everything", async () => {
    const all = await api.get<MeetingsResponse>("/meetings");
    expect(all.status).toBe(200);
    expect(all.body.meetings.length).toBeGreaterThan(0);
    const typo = await api.get<ErrorAnswer>("/meetings?entitiy=person:lee-in-young");
    expect(typo.status).toBe(400);
    expect(typo.body.error.code).toBe("BAD_REQUEST");
    expect(typo.body.error.message).toMatch(/unknown query parameter 'entitiy'.*entity/);
  });

  it("names every unknown parameter, on every kind of endpoint, and still answers after", async () => {
    for (const path of [
      "/search?q=lee&kind=Person&lmit=3",
      "/entities/person:lee-in-young?depth=2",
      "/graph/neighborhood?ids=person:lee-in-young&dept=2",
      "/relations/x/evidence?page=2",
      "/export?format=json&id=person:lee-in-young",
      "/health?verbose=1",
    ]) {
      const answer = await api.get<ErrorAnswer>(path);
      expect(answer.status, path).toBe(400);
      expect(answer.body.error.message, path).toMatch(/unknown query parameters? '/);
    }
    const both = await api.get<ErrorAnswer>("/search?q=lee&kind=Person&lmit=3");
    expect(both.body.error.message).toMatch(/'kind', 'lmit'/);
    expect((await api.get("/search?q=lee&kinds=Person&limit=3")).status).toBe(200);
    expect(await graphSnapshot(seeded.driver)).toEqual(seeded.before);
  });
});

describe("methods a path does not take", () => {
  it.each([
    ["DELETE", "/search?q=lee", "GET, HEAD"],
    ["POST", "/health", "GET, HEAD"],
    ["GET", "/cypher", "POST"],
    ["PUT", "/entities/person:lee-in-young", "GET, HEAD"],
    ["GET", "/snapshots/import", "POST"],
  ])("answers %s %s with 405 and Allow: %s", async (method, path, allow) => {
    const response = await fetch(`${api.url}${path}`, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe(allow);
    const body = (await response.json()) as ErrorAnswer;
    expect(body.error.code).toBe("METHOD_NOT_ALLOWED");
    expect(body.error.message).toContain(allow);
  });

  it("still answers 404 for a path that is no endpoint, and HEAD where GET is", async () => {
    expect((await fetch(`${api.url}/nothing-here`, { method: "DELETE" })).status).toBe(404);
    expect((await fetch(`${api.url}/search?q=lee`, { method: "HEAD" })).status).toBe(200);
  });
});

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  schema: { type?: string; pattern?: string; format?: string };
}
type Document = { paths: Record<string, Record<string, { parameters: Parameter[] }>> };

describe("the OpenAPI document says what the server requires", () => {
  let doc: Document;
  const parameter = (path: string, name: string): Parameter => {
    const found = doc.paths[path]?.get?.parameters.find((p) => p.name === name);
    if (!found) throw new Error(`${path} has no parameter ${name}`);
    return found;
  };
  beforeAll(async () => {
    doc = (await api.get<Document>("/openapi.json")).body;
  });

  it("marks ids required where the server requires it, optional where it is not", async () => {
    expect(parameter("/api/graph/neighborhood", "ids").required).toBe(true);
    expect(parameter("/api/graph/paths", "from").required).toBe(true);
    expect(parameter("/api/export", "ids").required).toBe(false);
    expect(parameter("/api/graph/neighborhood", "depth").required).toBe(false);
    const refused = await api.get<ErrorAnswer>("/graph/neighborhood");
    expect(refused.status).toBe(400);
  });

  it("gives dates their format and lists a pattern that refuses an empty list", async () => {
    expect(parameter("/api/meetings", "from").schema.format).toBe("date");
    for (const [path, name, empty, good] of [
      ["/api/graph/neighborhood", "ids", ",,,", "person:lee-in-young"],
      ["/api/graph/neighborhood", "rel", " , ", "MET_WITH,HEADS"],
      ["/api/search", "kinds", ",", "Person"],
    ] as const) {
      const pattern = new RegExp(parameter(path, name).schema.pattern!, "u");
      expect(pattern.test(empty), `${name}=${empty}`).toBe(false);
      expect(pattern.test(good), `${name}=${good}`).toBe(true);
      const query =
        name === "kinds"
          ? `q=lee&kinds=${empty}`
          : name === "ids"
            ? `ids=${empty}`
            : `ids=a&${name}=${empty}`;
      const refused = await api.get(`${path.replace("/api", "")}?${query}`);
      expect(refused.status, `${path}?${query}`).toBe(400);
    }
  });
});
