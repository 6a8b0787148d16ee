// The explorer in Debian's chromium against the real server, the real Neo4j and the seed graph:
// search, details with evidence, expand and undo, hover, the who-met-whom preset, the date range,
// paths and the Cypher console. Assertions are on the state the page exposes; screenshots are
// kept in tests/artifacts/ as evidence.
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { ENTITY_KINDS } from "../../../contract/model";
import { useSeededExplorer } from "../../support/explorer-session";
import { openExplorer, screenshot, settle } from "../../support/browser";

const HARRIS = "person:harry-harris";
const LEE = "person:lee-in-young";

const explorer = useSeededExplorer();
let page: Page;

const inspect = (p: Page = page) => p.evaluate(() => window.__explorer!.inspect());

async function searchAndChoose(text: string, name: string): Promise<void> {
  const box = page.getByRole("combobox", { name: "Search entities" });
  await box.fill(text);
  const option = page.getByRole("option", { name: new RegExp(name) });
  await option.first().waitFor();
  await option.first().click();
  await settle(page);
}

beforeEach(async () => {
  page = await explorer.freshPage();
});

describe("the explorer on the seed graph", () => {
  it("opens on the seed graph laid out, with the legend and the timeline", async () => {
    await openExplorer(page, explorer.url);
    const state = await inspect();
    expect(state.status).toBe("ready");
    expect(state.nodes).toEqual(expect.arrayContaining([HARRIS, LEE]));
    expect(state.visibleEdges.length).toBeGreaterThan(3);
    for (const [x, y] of Object.values(state.positions)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
    await expect(
      page.getByRole("list", { name: "Timeline of meetings" }).textContent(),
    ).resolves.toContain("2020-08-18");
    // The legend lists every kind of the model, Group included, each with its own colour.
    const kinds = page.locator("input[data-kind]");
    await expect(
      kinds.evaluateAll((boxes) => boxes.map((b) => b.getAttribute("data-kind"))),
    ).resolves.toEqual([...ENTITY_KINDS]);
    const group = page.locator("label.legend-item", { has: page.locator('[data-kind="Group"]') });
    await expect(group.locator(".legend-label").textContent()).resolves.toBe("Group");
    await expect(
      group.locator(".swatch-dot").evaluate((dot) => getComputedStyle(dot).backgroundColor),
    ).resolves.toBe("rgb(140, 109, 70)");
    await screenshot(page, "01-opening-view");
  });

  it("finds Harris by search, focuses him and shows the evidence of his meeting with Lee In-young", async () => {
    await openExplorer(page, explorer.url);
    await searchAndChoose("Harris", "Harry Harris");
    const state = await inspect();
    expect(state.selection).toEqual({ type: "node", id: HARRIS });
    expect(state.details).toBe("entity");
    const details = page.locator("#panel-details");
    await expect(details.locator("h2").textContent()).resolves.toBe("Harry Harris");
    const meeting = details
      .locator("section.relation", { hasText: "Lee In-young" })
      .filter({ hasText: "met with" });
    const sentence = await meeting.locator(".evidence-sentence").first().textContent();
    expect(sentence).toContain("Lee In-young met with US Ambassador Harry Harris");
    await expect(
      meeting.locator("mark", { hasText: "Harry Harris" }).count(),
    ).resolves.toBeGreaterThan(0);
    await screenshot(page, "02-harris-details");
  });

  it("shows a relation's evidence when its edge is chosen in the timeline", async () => {
    await openExplorer(page, explorer.url);
    await page
      .getByRole("list", { name: "Timeline of meetings" })
      .getByRole("button", { name: /2020-08-18/ })
      .click();
    await settle(page);
    const state = await inspect();
    expect(state.selection?.type).toBe("edge");
    expect(state.details).toBe("relation");
    await expect(
      page.locator("#panel-details .evidence-sentence").first().textContent(),
    ).resolves.toContain("Harry Harris");
    await screenshot(page, "03-meeting-evidence");
  });

  it("expands a node on double-click, merges its neighbours without moving the others, and undoes", async () => {
    await openExplorer(page, `${explorer.url}#ids=${HARRIS}`);
    const before = await inspect();
    expect(before.nodes).toEqual([HARRIS]);
    const canvas = await page.locator("#graph").boundingBox();
    const at = await page.evaluate((id) => window.__explorer!.nodeOnScreen(id), HARRIS);
    expect(canvas && at).toBeTruthy();
    await page.mouse.dblclick(canvas!.x + at!.x, canvas!.y + at!.y);
    await settle(page);
    const after = await inspect();
    expect(after.nodes).toEqual(expect.arrayContaining([HARRIS, LEE]));
    expect(after.positions[HARRIS]).toEqual(before.positions[HARRIS]);
    expect(after.history.at(-1)).toMatch(/expand Harry Harris/);
    await screenshot(page, "04-expanded");

    // Expanding Lee as well keeps everything already placed where it was.
    await searchAndChoose("Lee In", "Lee In-young");
    await page.locator('#toolbar [data-action="expand-selected"]').click();
    await settle(page);
    const grown = await inspect();
    for (const node of after.nodes) expect(grown.positions[node]).toEqual(after.positions[node]);

    await page.locator('#toolbar [data-action="undo"]').click();
    await settle(page);
    expect((await inspect()).nodes.sort()).toEqual([...after.nodes].sort());
  });

  it("dims all but a hovered node's neighbourhood", async () => {
    await openExplorer(page, explorer.url);
    const canvas = await page.locator("#graph").boundingBox();
    const at = await page.evaluate((id) => window.__explorer!.nodeOnScreen(id), HARRIS);
    await page.mouse.move(canvas!.x + at!.x, canvas!.y + at!.y);
    await page.waitForFunction((id) => window.__explorer!.inspect().hovered === id, HARRIS);
    await screenshot(page, "05-hover");
    await page.mouse.move(canvas!.x + 2, canvas!.y + 2);
    await page.waitForFunction(() => window.__explorer!.inspect().hovered === null);
  });

  it("hides a node without deleting anything, and shows it again", async () => {
    await openExplorer(page, explorer.url);
    await searchAndChoose("Harris", "Harry Harris");
    await page.keyboard.press("Escape");
    await searchAndChoose("Harris", "Harry Harris");
    await page.locator("#panel-details").getByRole("button", { name: "Hide" }).click();
    await settle(page);
    let state = await inspect();
    expect(state.nodes).toContain(HARRIS);
    expect(state.visibleNodes).not.toContain(HARRIS);
    await page.getByRole("button", { name: /Show hidden/ }).click();
    await settle(page);
    state = await inspect();
    expect(state.visibleNodes).toContain(HARRIS);
  });

  it("applies the who-met-whom preset: people and MET_WITH only", async () => {
    await openExplorer(page, explorer.url);
    await page.getByRole("button", { name: "Who met whom" }).click();
    await settle(page);
    const state = await inspect();
    expect(state.filters.relationTypes).toEqual(["MET_WITH"]);
    expect(state.filters.kinds).toEqual(["Person"]);
    expect(state.visibleNodes.length).toBeGreaterThan(0);
    expect(state.visibleNodes.every((n) => n.startsWith("person:"))).toBe(true);
    expect(new Set(state.visibleEdges.map((e) => e.split(":")[0]))).toEqual(new Set(["met_with"]));
    await screenshot(page, "06-who-met-whom");
  });

  it("drops the 2020-08-18 meeting when the date range moves past it", async () => {
    await openExplorer(page, explorer.url);
    const all = await inspect();
    const timeline = page.getByRole("list", { name: "Timeline of meetings" });
    const harrisMeeting = await timeline
      .getByRole("button", { name: /2020-08-18/ })
      .getAttribute("data-edge");
    expect(harrisMeeting).toBeTruthy();
    expect(all.visibleEdges).toContain(harrisMeeting);

    // Drag the earliest-date handle with the keyboard, a day at a time, past 2020-08-18.
    const from = page.getByRole("slider", { name: "Earliest date" });
    await from.focus();
    for (let i = 0; i < 40; i++) {
      const state = await inspect();
      if (state.filters.from && state.filters.from > "2020-08-18") break;
      await page.keyboard.press("ArrowRight");
    }
    await settle(page);
    const state = await inspect();
    expect(state.filters.from! > "2020-08-18").toBe(true);
    expect(state.visibleEdges).not.toContain(harrisMeeting);
    expect(state.nodes).toContain(HARRIS);
    await screenshot(page, "07-date-range");
  });

  it("shows the shortest paths between two entities with each hop's evidence", async () => {
    await openExplorer(page, explorer.url);
    await page.getByRole("tab", { name: "Paths" }).click();
    const pick = async (name: string, text: string, option: string): Promise<void> => {
      await page.getByRole("combobox", { name }).fill(text);
      await page
        .getByRole("option", { name: new RegExp(option) })
        .first()
        .click();
    };
    await pick("Path from", "Harris", "Harry Harris");
    await pick("Path to", "Ministry of Unification", "Ministry of Unification");
    await page.locator('[data-action="find-paths"]').click();
    await settle(page);
    const state = await inspect();
    expect(state.paths.kind).toBe("found");
    expect(state.paths.count).toBeGreaterThan(0);
    await expect(
      page.locator("#panel-paths .hop .evidence-sentence").count(),
    ).resolves.toBeGreaterThan(0);
    await screenshot(page, "08-paths");
  });
});

describe("the Cypher console", () => {
  it("runs a query and shows its rows as a table and its graph in the canvas", async () => {
    await openExplorer(page, explorer.url);
    await page.getByRole("tab", { name: "Cypher" }).click();
    const editor = page.locator(".cypher-editor .cm-content");
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await editor.pressSequentially(
      "MATCH (a:Person)-[r:MET_WITH]-(b:Person) WHERE a.id = $id RETURN a.name AS who, r, b",
      { delay: 0 },
    );
    await page.keyboard.press("Escape");
    await page
      .getByRole("textbox", { name: "Query parameters (JSON)" })
      .fill(JSON.stringify({ id: HARRIS }));
    await page.locator('[data-action="run-cypher"]').click();
    await settle(page);
    const state = await inspect();
    expect(state.cypher.kind).toBe("done");
    expect(state.cypher.columns).toEqual(["who", "r", "b"]);
    expect(state.cypher.rows).toBeGreaterThan(0);
    expect(state.nodes).toEqual(expect.arrayContaining([HARRIS, LEE]));
    const table = page.getByRole("table", { name: "Query result" });
    await expect(table.locator("tbody tr").count()).resolves.toBe(state.cypher.rows);
    await expect(table.textContent()).resolves.toContain("Harry Harris");
    await screenshot(page, "09-cypher");

    // A syntax error comes back with Neo4j's own message.
    await editor.click();
    await page.keyboard.press("Control+A");
    await editor.pressSequentially("MATCH (n RETURN n", { delay: 0 });
    await page.locator('[data-action="run-cypher"]').click();
    await settle(page);
    const failed = await inspect();
    expect(failed.cypher.kind).toBe("error");
    await expect(page.locator(".cypher-status.error-box").textContent()).resolves.toMatch(
      /Invalid input|expected/i,
    );
  });
});
