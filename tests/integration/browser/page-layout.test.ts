// The page's frame in Debian's chromium at 1024, 1280 and 1920 px on the seed graph: the graph
// canvas's share of the window, side panels that collapse and resize (kept after a reload), and
// the Cypher table's visible columns beside the graph and in the bottom drawer.
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSeededExplorer } from "../../support/explorer-session";
import { openExplorer, screenshot, settle } from "../../support/browser";

const WIDTHS = [1024, 1280, 1920] as const;
/** Least share of the window's width the graph gets with both panels open, by window width. */
const GRAPH_SHARE: Record<(typeof WIDTHS)[number], number> = { 1024: 0.5, 1280: 0.53, 1920: 0.64 };
const QUERY =
  "MATCH (a:Person)-[r:MET_WITH]-(b:Person)\n" +
  "RETURN a.name AS person, type(r) AS relation, b.name AS other, r.dates AS dates, a.kind AS kind\n" +
  "LIMIT 20";

const session = useSeededExplorer();

async function openAt(width: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await openExplorer(page, session.url);
  return { context, page };
}

/** The sigma canvas's drawn size (what the user sees of the graph). */
const canvasWidth = (page: Page) => page.evaluate(() => window.__explorer!.labels().canvas.width);
const canvasHeight = (page: Page) => page.evaluate(() => window.__explorer!.labels().canvas.height);

/** Columns of the Cypher table whose header is fully inside the table's visible box. */
function visibleColumns(page: Page): Promise<number> {
  return page.locator(".cypher-table").evaluate((box) => {
    const frame = box.getBoundingClientRect();
    return [...box.querySelectorAll("th")].filter((th) => {
      const r = th.getBoundingClientRect();
      return r.left >= frame.left - 1 && r.right <= frame.right + 1;
    }).length;
  });
}

async function runQuery(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Cypher" }).click();
  await page.locator(".cypher-editor .cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(QUERY);
  await page.locator('[data-action="run-cypher"]').click();
  await settle(page);
  expect((await page.evaluate(() => window.__explorer!.inspect())).cypher.kind).toBe("done");
}

describe("the page at 1024, 1280 and 1920 px", () => {
  for (const width of WIDTHS) {
    it(`gives the graph its share at ${width} px, more with the panels collapsed`, async () => {
      const { context, page } = await openAt(width);
      try {
        const open = await canvasWidth(page);
        expect(open / width).toBeGreaterThanOrEqual(GRAPH_SHARE[width]);
        await screenshot(page, `layout-${width}`);
        await page.getByRole("button", { name: "Collapse the left panel" }).click();
        await page.getByRole("button", { name: "Collapse the right panel" }).click();
        await expect.poll(() => canvasWidth(page)).toBeGreaterThanOrEqual(width - 2 * 36 - 2);
        // The choice outlives a reload; expanding gives the panels back.
        await page.reload();
        await page.waitForFunction(() => window.__explorer?.ready === true);
        await expect.poll(() => canvasWidth(page)).toBeGreaterThanOrEqual(width - 2 * 36 - 2);
        await page.getByRole("button", { name: "Expand the left panel" }).click();
        await page.getByRole("button", { name: "Expand the right panel" }).click();
        await expect.poll(() => canvasWidth(page)).toBe(open);
      } finally {
        await context.close();
      }
    });

    it(`shows the Cypher table's columns beside the graph and all of them in the drawer at ${width} px`, async () => {
      const { context, page } = await openAt(width);
      try {
        await runQuery(page);
        const beside = await visibleColumns(page);
        expect(beside).toBeGreaterThanOrEqual(width >= 1920 ? 3 : 2);
        await page.locator('[data-action="console-drawer"]').click();
        await expect.poll(() => visibleColumns(page)).toBe(5);
        // The graph keeps the width beside the left panel and most of the height.
        await expect.poll(() => canvasWidth(page)).toBeGreaterThan(width * 0.6);
        await expect.poll(() => canvasHeight(page)).toBeGreaterThan(300);
        await screenshot(page, `layout-drawer-${width}`);
        // Details brings the right column back; Cypher reopens the drawer.
        await page.getByRole("tab", { name: "Details" }).click();
        await expect.poll(() => page.locator(".app.console-drawer").count()).toBe(0);
        await page.getByRole("tab", { name: "Cypher" }).click();
        await expect.poll(() => page.locator(".app.console-drawer").count()).toBe(1);
      } finally {
        await context.close();
      }
    });
  }

  it("resizes the right panel with the keyboard and by dragging its edge", async () => {
    const { context, page } = await openAt(1280);
    try {
      const separator = page.getByRole("separator", { name: "Resize the right panel" });
      const panelWidth = () =>
        page.locator("#right").evaluate((e) => e.getBoundingClientRect().width);
      const before = await panelWidth();
      await separator.focus();
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("ArrowLeft");
      await expect.poll(panelWidth).toBe(before + 32);
      const box = (await separator.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 200);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 - 100, box.y + 200, { steps: 5 });
      await page.mouse.up();
      await expect.poll(panelWidth).toBe(before + 132);
      await expect(separator.getAttribute("aria-valuenow")).resolves.toBe(String(before + 132));
    } finally {
      await context.close();
    }
  });

  it("resizes the console drawer by keyboard and drag, keeps it after a reload, and refits the graph as it opens and closes", async () => {
    const { context, page } = await openAt(1280);
    try {
      const camera = () => page.evaluate(() => window.__explorer!.inspect().camera!.ratio);
      const zoomIn = async () => {
        const graph = (await page.locator("#graph").boundingBox())!;
        await page.mouse.move(graph.x + graph.width / 3, graph.y + graph.height / 3);
        await page.mouse.wheel(0, -600);
        await expect.poll(camera).toBeLessThan(0.8);
      };
      await zoomIn();
      await runQuery(page);
      await page.locator('[data-action="console-drawer"]').click();
      // Fit frames the whole graph again in the shorter area (sigma's reset camera).
      await expect.poll(camera).toBeCloseTo(1, 2);

      const separator = page.getByRole("separator", { name: "Resize the console drawer" });
      const drawerHeight = () =>
        page.locator("#right").evaluate((e) => Math.round(e.getBoundingClientRect().height));
      const before = await drawerHeight();
      await separator.focus();
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("ArrowUp");
      await expect.poll(drawerHeight).toBe(before + 32);
      const box = (await separator.boundingBox())!;
      await page.mouse.move(box.x + 300, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + 300, box.y + box.height / 2 + 60, { steps: 5 });
      await page.mouse.up();
      await expect.poll(drawerHeight).toBe(before - 28);
      await expect(separator.getAttribute("aria-valuenow")).resolves.toBe(String(before - 28));

      await page.reload();
      await openExplorer(page, page.url());
      await page.getByRole("tab", { name: "Cypher" }).click();
      await expect.poll(drawerHeight).toBe(before - 28);

      // Closing it (Details brings the right column back) frames the graph again too.
      await zoomIn();
      await page.getByRole("tab", { name: "Details" }).click();
      await expect.poll(camera).toBeCloseTo(1, 2);
    } finally {
      await context.close();
    }
  });
});
