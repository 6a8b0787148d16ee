// The set-up every browser test file shares: the explorer served on the seed graph (plus the
// file's own fixtures), one Chromium for the file, a fresh context per test when asked, and all
// of it closed after the file's last test. Hooks run in registration order, so a file's own
// beforeAll placed after useSeededExplorer() sees the server up.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { RunningServer } from "../../server/server";
import { startSeededExplorer } from "./browser-app";
import { launchBrowser, newExplorerContext, openExplorer } from "./browser";

export interface ExplorerSession {
  /** The explorer's address (set once the file's set-up has run). */
  readonly url: string;
  readonly browser: Browser;
  /**
   * Closes the page this session gave last and returns a new one in a new context (1280x720
   * unless `context` says otherwise), opened on the explorer when `open` is true.
   */
  freshPage(options?: { open?: boolean; context?: BrowserContextOptions }): Promise<Page>;
}

/** Registers the file's set-up and tear-down; `inputs` are ingested beside the seed articles. */
export function useSeededExplorer(inputs: string[] = []): ExplorerSession {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startSeededExplorer(inputs);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`explorer session: no ${what} before beforeAll ran`);
    return value;
  };
  return {
    get url() {
      return ready(server, "server").url;
    },
    get browser() {
      return ready(browser, "browser");
    },
    async freshPage(options = {}) {
      await context?.close();
      const chromium = ready(browser, "browser");
      context = options.context
        ? await chromium.newContext(options.context)
        : await newExplorerContext(chromium);
      const page = await context.newPage();
      if (options.open) await openExplorer(page, ready(server, "server").url);
      return page;
    },
  };
}
