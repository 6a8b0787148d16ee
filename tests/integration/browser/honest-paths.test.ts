// Honest paths (issue 14, item 3): a found path is framed by the camera, each hop reads in its
// relation's own direction ("Lee In-young heads Ministry of Unification" even when the path
// walks it the other way), and an entity in the middle can be gone around. The seed articles in
// the run's Neo4j; the direction of each relation is read from Neo4j directly.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSeededExplorer } from "../../support/explorer-session";
import { openExplorer, screenshot, settle } from "../../support/browser";
import { neo4jTarget, testDriver } from "../../support/neo4j";

const HARRIS = "person:harry-harris";
const VERBS: Record<string, string> = {
  MET_WITH: "met",
  HEADS: "heads",
  MEMBER_OF: "is a member of",
  DISAGREES_ON: "disagrees with",
  REPRESENTS: "represents",
  PART_OF: "is part of",
};

const session = useSeededExplorer();

/** Each relation as stored: type and the names at its start and end. */
async function storedRelations(ids: string[]) {
  const driver = testDriver();
  try {
    const { records } = await driver.executeQuery(
      `UNWIND $ids AS id MATCH (s)-[r {id: id}]->(t)
       RETURN id, type(r) AS type, s.name AS source, t.name AS target, [s.id, t.id] AS ends`,
      { ids },
      { database: neo4jTarget().database },
    );
    return new Map(
      records.map((r) => [
        r.get("id") as string,
        {
          type: r.get("type") as string,
          source: r.get("source") as string,
          target: r.get("target") as string,
          ends: r.get("ends") as string[],
        },
      ]),
    );
  } finally {
    await driver.close();
  }
}

/** Path nodes as drawn: every one inside the canvas. */
async function pathNodesOnScreen(page: Page, nodes: string[]) {
  return page.evaluate((ids) => {
    const handle = window.__explorer!;
    const { canvas } = handle.labels();
    return ids.map((id) => {
      const at = handle.nodeOnScreen(id);
      const inside =
        at !== null && at.x >= 0 && at.y >= 0 && at.x <= canvas.width && at.y <= canvas.height;
      return { id, at, inside };
    });
  }, nodes);
}

async function findPath(page: Page, from: [string, string], to: [string, string]) {
  await page.getByRole("tab", { name: "Paths" }).click();
  for (const [name, [text, option]] of [
    ["Path from", from],
    ["Path to", to],
  ] as const) {
    await page.getByRole("combobox", { name }).fill(text);
    await page
      .getByRole("option", { name: new RegExp(option) })
      .first()
      .click();
  }
  await page.locator('[data-action="find-paths"]').click();
  await settle(page);
}

describe("honest paths", () => {
  for (const width of [1024, 1280, 1920])
    it(`frames a found path and reads each hop in its relation's direction (${width} px)`, async () => {
      const context = await session.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      // The camera far off in a corner, zoomed in: nothing of the path is in sight.
      await openExplorer(page, `${session.url}#ids=${HARRIS}&cam=3,3,0.05,0`);
      const [harris] = await pathNodesOnScreen(page, [HARRIS]);
      expect(harris?.inside).toBe(false);

      await findPath(
        page,
        ["Ministry of Unification", "Ministry of Unification"],
        ["Harris", "Harry Harris"],
      );
      const edges = await page
        .locator("#panel-paths .hop-head")
        .evaluateAll((heads) => heads.map((h) => h.getAttribute("data-edge")!));
      expect(edges.length).toBeGreaterThanOrEqual(2);
      const stored = await storedRelations(edges);
      const pathNodes = [...new Set([...stored.values()].flatMap((r) => r.ends))];
      const onScreen = await pathNodesOnScreen(page, pathNodes);
      for (const node of onScreen) expect(node, node.id).toMatchObject({ inside: true });

      // Directions: a directed relation reads from its start to its end, whichever way the path
      // walks it; a meeting reads either way.
      const heads = await page.locator("#panel-paths .hop-head").allTextContents();
      let directed = 0;
      for (const [i, edge] of edges.entries()) {
        const r = stored.get(edge)!;
        const text = heads[i]!;
        if (r.type === "MET_WITH" || r.type === "DISAGREES_ON")
          expect([
            `${r.source} ${VERBS[r.type]} ${r.target}`,
            `${r.target} ${VERBS[r.type]} ${r.source}`,
          ]).toContain(text.replace(/ on .*$/, ""));
        else {
          directed++;
          expect(text).toBe(`${r.source} ${VERBS[r.type]} ${r.target}`);
        }
      }
      expect(directed).toBeGreaterThan(0);
      await screenshot(page, `paths-framed-${width}`);
      await context.close();
    });

  it("goes around an entity the user excludes", async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openExplorer(page, session.url);
    await findPath(
      page,
      ["Ministry of Unification", "Ministry of Unification"],
      ["Harris", "Harry Harris"],
    );
    const middle = await page.locator("#panel-paths [data-exclude]").first();
    const via = (await middle.getAttribute("data-exclude"))!;
    const name = (await middle.textContent())!;
    await middle.click();
    await settle(page);
    await expect(
      page.locator(`#panel-paths [data-excluded="${via}"]`).textContent(),
    ).resolves.toContain(name);
    const after = await page.locator("#panel-paths .path h4").allTextContents();
    for (const title of after) expect(title).not.toContain(name);
    await expect(
      page
        .locator("#panel-paths [data-exclude]")
        .evaluateAll((b) => b.map((x) => x.getAttribute("data-exclude"))),
    ).resolves.not.toContain(via);
    await screenshot(page, "paths-excluded-1280");
    await context.close();
  });
});
