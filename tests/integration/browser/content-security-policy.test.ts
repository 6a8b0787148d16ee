// The explorer under the server's Content-Security-Policy, in Debian's chromium: opening, search,
// the Cypher console (CodeMirror injects styles), sigma's WebGL canvas and the PNG and SVG exports
// all run without a single CSP violation.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useSeededExplorer } from "../../support/explorer-session";
import { openExplorer, settle } from "../../support/browser";

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

const explorer = useSeededExplorer();
let page: Page;
const consoleViolations: string[] = [];

beforeAll(async () => {
  page = await explorer.freshPage();
  // Recorded from the first script on, before the app runs.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations!.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
  });
});

describe("the Content-Security-Policy", () => {
  it("is sent with the page and lets the whole explorer run without a violation", async () => {
    const response = await page.goto(explorer.url);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
    await openExplorer(page, explorer.url);

    const box = page.getByRole("combobox", { name: "Search entities" });
    await box.fill("harris");
    await page
      .getByRole("option", { name: /Harris/ })
      .first()
      .click();
    await settle(page);

    await page.getByRole("tab", { name: "Cypher" }).click();
    const editor = page.locator(".cypher-editor .cm-content");
    await editor.click();
    await page.keyboard.press("Control+A");
    await editor.pressSequentially("MATCH (a:Person)-[r]-(b) RETURN a, r, b LIMIT 5", {
      delay: 0,
    });
    await page.keyboard.press("Escape");
    await page.locator('[data-action="run-cypher"]').click();
    await settle(page);
    const state = await page.evaluate(() => window.__explorer!.inspect());
    expect(state.cypher.kind).toBe("done");

    for (const entry of ["png", "svg"]) {
      await page.getByText("Export", { exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator(`[data-export="${entry}"]`).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${entry}$`));
    }

    const violations = await page.evaluate(() => window.__cspViolations ?? []);
    expect(violations).toEqual([]);
    expect(consoleViolations).toEqual([]);
  });
});
