// Readable graphs (issue 14, item 2): after Fit, every label sigma draws stays on the canvas and
// no two overlap, at 1024, 1280 and 1920 px; the "labels: few / more / all" choice draws fewer or
// more of them; a layout run stops by itself. The seed articles plus the invented meetings of
// tests/fixtures/dated-meetings; the boxes are those sigma's label drawer reports for its frame.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSeededExplorer } from "../../support/explorer-session";
import { openExplorer, screenshot, settle } from "../../support/browser";

const explorer = useSeededExplorer([
  "tests/fixtures/dated-meetings",
  "tests/fixtures/hub-meetings",
]);

const labels = (page: Page) => page.evaluate(() => window.__explorer!.labels());

async function fit(page: Page): Promise<void> {
  await page.locator('[data-action="fit"]').click();
  await settle(page);
}

function overlapping(
  boxes: { node: string; x: number; y: number; width: number; height: number }[],
) {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (
        a.x < b.x + b.width &&
        b.x < a.x + a.width &&
        a.y < b.y + b.height &&
        b.y < a.y + a.height
      )
        pairs.push(`${a.node} / ${b.node}`);
    }
  return pairs;
}

describe("labels", () => {
  for (const width of [1024, 1280, 1920]) {
    it(`stay on the canvas and apart after Fit at ${width} px`, async () => {
      const context = await explorer.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await openExplorer(page, explorer.url);
      await fit(page);
      const { boxes, canvas } = await labels(page);
      expect(boxes.length).toBeGreaterThan(3);
      for (const box of boxes) {
        expect(box.x, box.node).toBeGreaterThanOrEqual(0);
        expect(box.y, box.node).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, box.node).toBeLessThanOrEqual(canvas.width + 0.5);
        expect(box.y + box.height, box.node).toBeLessThanOrEqual(canvas.height + 0.5);
      }
      expect(overlapping(boxes)).toEqual([]);
      await screenshot(page, `labels-fit-${width}`);
      await context.close();
    });
  }

  it("keeps a selected hub's label and its neighbours' labels apart at 1024 px", async () => {
    const hub = "person:margarethe-vollrath";
    const context = await explorer.browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await openExplorer(page, explorer.url);
    await fit(page);
    const canvas = await page.locator("#graph").boundingBox();
    const at = await page.evaluate((id) => window.__explorer!.nodeOnScreen(id), hub);
    expect(at, "the hub is in the opening view").toBeTruthy();
    await page.mouse.click(canvas!.x + at!.x, canvas!.y + at!.y);
    await page.waitForFunction((id) => {
      const selection = window.__explorer!.inspect().selection;
      return selection?.type === "node" && selection.id === id;
    }, hub);
    await page.mouse.move(canvas!.x + 2, canvas!.y + 2);
    await settle(page);
    await screenshot(page, "labels-hub-selected-1024");
    const { boxes } = await labels(page);
    expect(boxes.map((b) => b.node)).toContain(hub);
    // Of the hub's 12 neighbours most keep a label; none overlaps another.
    expect(boxes.length).toBeGreaterThan(6);
    expect(overlapping(boxes)).toEqual([]);
    await context.close();
  });

  it("draws fewer labels for 'few' and every label for 'all'", async () => {
    const context = await explorer.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openExplorer(page, explorer.url);
    const counts: Record<string, number> = {};
    for (const density of ["few", "more", "all"]) {
      await page.getByRole("radio", { name: density }).check();
      await fit(page);
      counts[density] = (await labels(page)).boxes.length;
      if (density === "all") await screenshot(page, "labels-all-1280");
    }
    const shown = (await page.evaluate(() => window.__explorer!.inspect())).visibleNodes.length;
    expect(counts.few).toBeLessThan(counts.more!);
    expect(counts.more).toBeLessThanOrEqual(counts.all!);
    expect(counts.all).toBe(shown);
    await context.close();
  });
});

describe("the layout", () => {
  it("stops by itself once the picture is at rest or its time budget is spent", async () => {
    const context = await explorer.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openExplorer(page, explorer.url);
    await page.locator('[data-action="layout"]').click();
    await page.waitForFunction(() => window.__explorer!.inspect().layoutRunning);
    // The default budget is 10 s; the bound leaves room for a loaded machine.
    await page.waitForFunction(() => !window.__explorer!.inspect().layoutRunning, undefined, {
      timeout: 20_000,
    });
    await expect(page.locator('[data-action="layout"]').textContent()).resolves.toBe("Layout");
    await context.close();
  });
});
