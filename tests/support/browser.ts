// Browser tests' helpers: Debian's chromium driven by playwright-core (installed with apt-get by
// infra/chromium.ts when absent; never downloaded by playwright), a page that waits for the
// explorer's ready signal, and screenshots kept under tests/artifacts/ as evidence.
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../../infra/chromium";

const here = path.dirname(fileURLToPath(import.meta.url));
export const ARTIFACTS_DIR = path.resolve(here, "../artifacts");

export async function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export async function newExplorerContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
}

/** Opens the explorer at `url` and waits for its ready signal and for every request to settle. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.__explorer?.ready === true, undefined, {
    timeout: 30_000,
  });
  await settle(page);
  if (errors.length > 0) throw new Error(`the page threw: ${errors.join("; ")}`);
}

/** Waits until the explorer has no request in flight and has drawn the result. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.__explorer?.whenIdle());
  // One animation frame, so sigma has drawn what the state now says.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Chooses an entry of the Export menu and returns the downloaded file's name and bytes. */
export async function exportVia(
  page: Page,
  entry: string,
): Promise<{ name: string; data: Buffer }> {
  await page.getByText("Export", { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`[data-export="${entry}"]`).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), data: await readFile(file) };
}
