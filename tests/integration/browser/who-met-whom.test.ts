// Who met whom over the whole database (issue 14, item 1): the preset and the date window ask the
// server for the meetings in range, so a one-year view lists every meeting of that year in the
// database, including ones never loaded; counts say "N of M"; undated meetings are marked and
// can be left out. The seed articles plus invented ones (tests/fixtures/dated-meetings: two 2023
// meetings, one in 2022, one undated) in the run's Neo4j; the truth comes from Neo4j directly.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useSeededExplorer } from "../../support/explorer-session";
import { openExplorer, screenshot, settle } from "../../support/browser";
import { neo4jTarget, testDriver } from "../../support/neo4j";

const HARRIS = "person:harry-harris";

const explorer = useSeededExplorer(["tests/fixtures/dated-meetings"]);
/** Every meeting in the database: relation id -> date (null when undated). */
let meetings: Map<string, string | null>;

beforeAll(async () => {
  const driver = testDriver();
  try {
    const result = await driver.executeQuery(
      "MATCH ()-[r:MET_WITH]->() RETURN r.id AS id, toString(r.date) AS date",
      {},
      { database: neo4jTarget().database },
    );
    meetings = new Map(result.records.map((r) => [r.get("id") as string, r.get("date")]));
  } finally {
    await driver.close();
  }
});

const inspect = (page: Page) => page.evaluate(() => window.__explorer!.inspect());
const timelineEdges = (page: Page) =>
  page
    .getByRole("list", { name: "Timeline of meetings" })
    .locator("button[data-edge]")
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-edge")!));

async function openAt(width: number, hash: string): Promise<Page> {
  const context = await explorer.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await openExplorer(page, `${explorer.url}#${hash}`);
  return page;
}

describe("who met whom over the whole database", () => {
  it("lists every 2023 meeting in the database, including ones not loaded, undated ones marked", async () => {
    const in2023 = [...meetings].filter(([, d]) => d?.startsWith("2023")).map(([id]) => id);
    const undated = [...meetings].filter(([, d]) => d === null).map(([id]) => id);
    expect(in2023.length).toBeGreaterThanOrEqual(2);
    expect(undated.length).toBeGreaterThanOrEqual(1);

    // Open on Harris alone with a 2023 window: none of the 2023 meetings is loaded yet.
    const page = await openAt(1280, `ids=${HARRIS}&from=2023-01-01&to=2023-12-31`);
    const before = await inspect(page);
    for (const id of in2023) expect(before.edges).not.toContain(id);

    await page.getByRole("button", { name: "Who met whom" }).click();
    await settle(page);
    const after = await inspect(page);
    for (const id of in2023) expect(after.visibleEdges).toContain(id);
    for (const [id, date] of meetings)
      if (date !== null && !date.startsWith("2023")) expect(after.visibleEdges).not.toContain(id);

    const listed = await timelineEdges(page);
    expect([...listed].sort()).toEqual([...in2023, ...undated].sort());
    const heading = `Meetings (${listed.length} of ${listed.length})`;
    await expect(page.locator("#timeline-heading").textContent()).resolves.toBe(heading);
    await expect(page.locator(".timeline-counts").textContent()).resolves.toContain(
      `${meetings.size} in the database`,
    );
    await expect(page.locator("#stats").textContent()).resolves.toContain(
      `${listed.length} of ${listed.length} meetings in range`,
    );
    for (const id of undated) {
      const item = page.locator(`.timeline-item[data-edge="${id}"]`);
      await expect(item.getAttribute("class")).resolves.toContain("undated");
      await expect(item.locator(".timeline-date").textContent()).resolves.toBe("undated");
    }
    await screenshot(page, "who-met-whom-2023-1280");

    // Leaving undated meetings out takes them out of the timeline and the graph.
    await page.getByRole("checkbox", { name: "Include undated meetings" }).uncheck();
    await settle(page);
    expect([...(await timelineEdges(page))].sort()).toEqual([...in2023].sort());
    const dated = await inspect(page);
    for (const id of undated) expect(dated.visibleEdges).not.toContain(id);
    expect(dated.filters.excludeUndated).toBe(true);
    await page.context().close();
  });

  it("adds a meeting that is not in view when it is chosen in the timeline", async () => {
    const [id, date] = [...meetings].find(([, d]) => d?.startsWith("2022"))!;
    const page = await openAt(1024, `ids=${HARRIS}`);
    const item = page.locator(`.timeline-item[data-edge="${id}"]`);
    await expect(item.getAttribute("data-in-graph")).resolves.toBe("false");
    await expect(item.textContent()).resolves.toContain(date);
    await item.click();
    await settle(page);
    const state = await inspect(page);
    expect(state.visibleEdges).toContain(id);
    expect(state.selection).toEqual({ type: "edge", id });
    expect(state.details).toBe("relation");
    await screenshot(page, "who-met-whom-added-1024");
    await page.context().close();
  });

  it("shows the whole database's meetings at 1920 px with the counts", async () => {
    const page = await openAt(1920, "");
    await page.getByRole("button", { name: "Who met whom" }).click();
    await settle(page);
    expect([...(await timelineEdges(page))].sort()).toEqual([...meetings.keys()].sort());
    const state = await inspect(page);
    for (const id of meetings.keys()) expect(state.visibleEdges).toContain(id);
    await screenshot(page, "who-met-whom-all-1920");
    await page.context().close();
  });
});
