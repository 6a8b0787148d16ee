// The explorer by keyboard and for assistive technology, in Debian's chromium on the seed graph:
// choosing a suggestion hands the keyboard to the graph, arrow keys walk the neighbours, Enter
// opens the details, Esc closes dialogs and menus, every tab stop is visible, and axe-core (from
// npm, injected into the page) finds no serious or critical violation in the opening view, with
// details open, with the Cypher console open and with a dialog open.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { useSeededExplorer } from "../../support/explorer-session";
import { screenshot, settle } from "../../support/browser";

const HARRIS = "person:harry-harris";
const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

const explorer = useSeededExplorer();
let page: Page;

const inspect = () => page.evaluate(() => window.__explorer!.inspect());

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now, rule id and elements. */
async function seriousViolations(): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function chooseBySearch(text: string, name: string): Promise<void> {
  const box = page.getByRole("combobox", { name: "Search entities" });
  await box.fill(text);
  await page
    .getByRole("option", { name: new RegExp(name) })
    .first()
    .waitFor();
  await box.press("Enter");
  await settle(page);
}

beforeEach(async () => {
  // The app's Content-Security-Policy forbids injected scripts; axe is the test's, not the app's.
  page = await explorer.freshPage({
    open: true,
    context: { viewport: { width: 1280, height: 720 }, bypassCSP: true },
  });
});

describe("the explorer by keyboard", () => {
  it("moves focus to the graph after Enter on a suggestion, so E expands instead of typing", async () => {
    await chooseBySearch("Harris", "Harry Harris");
    expect((await inspect()).selection).toEqual({ type: "node", id: HARRIS });
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("graph");
    const before = (await inspect()).nodes.length;
    await page.keyboard.press("e");
    await settle(page);
    const after = await inspect();
    expect(after.history.length).toBeGreaterThan(0);
    expect(after.nodes.length).toBeGreaterThanOrEqual(before);
    await expect(
      page.getByRole("combobox", { name: "Search entities" }).inputValue(),
    ).resolves.toBe("Harry Harris");
  });

  it("walks from the selection to its neighbours with arrow keys and opens details with Enter", async () => {
    await chooseBySearch("Harris", "Harry Harris");
    const visited = new Set<string>();
    for (const key of ["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown"]) {
      await page.locator("#graph").press(key);
      await settle(page);
      const selection = (await inspect()).selection;
      if (selection?.type === "node" && selection.id !== HARRIS) visited.add(selection.id);
    }
    expect(visited.size).toBeGreaterThan(0);
    await expect(page.locator("#graph-announcer").textContent()).resolves.toMatch(
      /neighbours? in view/,
    );
    await page.getByRole("tab", { name: "Cypher" }).click();
    await page.locator("#graph").press("Enter");
    expect((await inspect()).details).toBe("entity");
    await expect(
      page.getByRole("tab", { name: "Details" }).getAttribute("aria-selected"),
    ).resolves.toBe("true");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("panel-details");
  });

  it("closes the shortcuts dialog and the export menu with Esc", async () => {
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await page.locator("details.menu summary", { hasText: "Export" }).click();
    await expect(page.locator("details.menu[open]").count()).resolves.toBe(1);
    await page.keyboard.press("Escape");
    await expect(page.locator("details.menu[open]").count()).resolves.toBe(0);
  });

  it("has no invisible tab stop from the top bar through both panels", async () => {
    const invisible: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || e === document.body) return null;
        const box = e.getBoundingClientRect();
        const style = getComputedStyle(e);
        const visible =
          box.width >= 4 &&
          box.height >= 4 &&
          style.visibility !== "hidden" &&
          style.opacity !== "0";
        const name = `${e.tagName.toLowerCase()}#${e.id}.${e.className}[${e.getAttribute("aria-label") ?? e.textContent?.slice(0, 20) ?? ""}]`;
        return { name, visible, key: `${name}@${Math.round(box.x)},${Math.round(box.y)}` };
      });
      if (!stop || seen.has(stop.key)) break;
      seen.add(stop.key);
      if (!stop.visible) invisible.push(stop.name);
    }
    expect(seen.size).toBeGreaterThan(10);
    expect([...seen].some((k) => k.startsWith("div#graph"))).toBe(true);
    expect(invisible).toEqual([]);
  });
});

describe("axe-core on the explorer", () => {
  it("finds no serious or critical violation in the opening view", async () => {
    await expect(seriousViolations()).resolves.toEqual([]);
  });

  it("finds none with an entity's details open", async () => {
    await chooseBySearch("Harris", "Harry Harris");
    // The details load after the choice; on a busy machine they may still be loading here.
    await expect.poll(async () => (await inspect()).details, { timeout: 10_000 }).toBe("entity");
    await expect(seriousViolations()).resolves.toEqual([]);
  });

  it("finds none with the Cypher console open and a result shown", async () => {
    await page.getByRole("tab", { name: "Cypher" }).click();
    await page.locator('[data-action="run-cypher"]').click();
    await settle(page);
    expect((await inspect()).cypher.kind).toBe("done");
    await expect(seriousViolations()).resolves.toEqual([]);
    // And with an error shown.
    const editor = page.locator(".cypher-editor .cm-content");
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText("MATCH (n RETURN n");
    await page.locator('[data-action="run-cypher"]').click();
    await settle(page);
    await expect(seriousViolations()).resolves.toEqual([]);
  });

  it("finds none with the shortcuts dialog open", async () => {
    await page.keyboard.press("?");
    await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
    await expect(seriousViolations()).resolves.toEqual([]);
    await screenshot(page, "a11y-shortcuts-dialog");
  });
});
