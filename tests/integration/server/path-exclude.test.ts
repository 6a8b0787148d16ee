// GET /api/graph/paths?exclude=: shortest paths that avoid chosen entities (a hub the user does
// not trust as a link), on the real Neo4j holding the seed articles; the exclusion must keep the
// search a bounded breadth-first one, which the query plan shows.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PathsResponse } from "../../../contract/api";
import { RELATION_TYPES } from "../../../contract/model";
import { shortestPathsStatement } from "../../../server/repositories/path-repository";
import { neo4jTarget } from "../../support/neo4j";
import { startSeededApi, type ErrorAnswer, type TestApi } from "./api-server";

const HARRIS = "person:harry-harris";
const KNOWLEDGE = RELATION_TYPES.join("|");

let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  ({ driver, api } = await startSeededApi());
});

afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

/** Operator names of a plan, all levels. */
function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [
    plan.operatorType,
    ...plan.children.flatMap((c) => operators(c as { operatorType: string; children: [] })),
  ];
}

describe("GET /api/graph/paths with exclude", () => {
  it("finds no path through an excluded entity, and the paths it had without it", async () => {
    const far = await driver.executeQuery(
      // Over the model's relations only (not articles and evidence, which the path search does
      // not walk), to an entity that is not a neighbour; ordered, so the choice is stable.
      `MATCH p = (start:Person {id: $id})-[:${KNOWLEDGE}*2..3]-(end:Entity)
       WHERE end <> start AND NOT (start)-[:${KNOWLEDGE}]-(end)
       RETURN end.id AS end, nodes(p)[1].id AS via ORDER BY end, via LIMIT 1`,
      { id: HARRIS },
      { database: neo4jTarget().database },
    );
    const end = far.records[0]?.get("end") as string;
    const base = `/graph/paths?from=${HARRIS}&to=${encodeURIComponent(end)}&maxHops=4`;
    const before = await api.get<PathsResponse>(base);
    expect(before.status).toBe(200);
    expect(before.body.paths.length).toBeGreaterThan(0);
    const via = before.body.paths[0]!.nodes[1]!;

    const after = await api.get<PathsResponse>(`${base}&exclude=${encodeURIComponent(via)}`);
    expect(after.status).toBe(200);
    for (const path of after.body.paths) expect(path.nodes).not.toContain(via);
    expect(after.body.graph.nodes.map((n) => n.key)).not.toContain(via);
    // Every path that avoided it before is still found.
    const avoiding = before.body.paths.filter((p) => !p.nodes.includes(via));
    for (const path of avoiding) expect(after.body.paths).toContainEqual(path);
  });

  it("refuses to exclude an end of the path", async () => {
    const answer = await api.get<ErrorAnswer>(
      `/graph/paths?from=${HARRIS}&to=person:lee-in-young&exclude=${HARRIS}`,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/exclude/);
  });

  it("answers an empty exclude list with a 400, not a 500 (found by schemathesis)", async () => {
    const answer = await api.get<ErrorAnswer>(`/graph/paths?from=${HARRIS}&to=${HARRIS}&exclude=`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/exclude/);
  });

  it("keeps the search breadth-first: no exhaustive fallback in the plan", async () => {
    const { text } = shortestPathsStatement({
      from: HARRIS,
      to: "x",
      maxHops: 4,
      exclude: ["y"],
      limit: 10,
    });
    const result = await driver.executeQuery(
      `EXPLAIN ${text}`,
      { from: HARRIS, to: "x", exclude: ["y"], limit: 10 },
      { database: neo4jTarget().database },
    );
    const ops = operators(result.summary.plan as never);
    expect(ops.some((o) => o.startsWith("ShortestPath"))).toBe(true);
    expect(ops.some((o) => /VarLengthExpand|AntiConditionalApply/.test(o))).toBe(false);
  });
});
