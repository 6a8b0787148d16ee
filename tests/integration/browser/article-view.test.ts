// Sources (issue 14, item 8): an entity's relations list meetings first, newest first; an
// evidence sentence opens its article in full, the sentence marked within its paragraph, under
// the outlet, date, byline and address the page stated. An invented article
// (tests/fixtures/sourced-article) in the run's Neo4j beside the seeds; what the view must show
// is read from Neo4j directly.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useSeededExplorer } from "../../support/explorer-session";
import { openExplorer, screenshot, settle } from "../../support/browser";
import { neo4jTarget, testDriver } from "../../support/neo4j";

const REIHER = "person:tomas-reiher";

const explorer = useSeededExplorer(["tests/fixtures/sourced-article"]);
/** The meeting's evidence as stored: its id, sentence and article. */
let stored: {
  evidence: string;
  sentence: string;
  article: { title: string; outlet: string; byline: string; url: string; published: string };
};

beforeAll(async () => {
  const driver = testDriver();
  try {
    const result = await driver.executeQuery(
      `MATCH (:Person {id: $id})-[r:MET_WITH]-()
       MATCH (v:Evidence {relationId: r.id})-[:FROM]->(a:Article)
       RETURN v.id AS evidence, v.sentence AS sentence,
              a {.title, .outlet, .byline, .url, published: toString(a.publishedOn)} AS article`,
      { id: REIHER },
      { database: neo4jTarget().database },
    );
    const record = result.records[0]!;
    stored = {
      evidence: record.get("evidence"),
      sentence: record.get("sentence"),
      article: record.get("article"),
    };
  } finally {
    await driver.close();
  }
});

async function openReiher(width: number): Promise<Page> {
  const context = await explorer.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await openExplorer(page, `${explorer.url}#ids=${REIHER}`);
  const box = page.getByRole("combobox", { name: "Search entities" });
  await box.fill("Tomas Reiher");
  await page
    .getByRole("option", { name: /Tomas Reiher/ })
    .first()
    .click();
  await settle(page);
  return page;
}

describe("sources and the article view", () => {
  it("lists meetings first, then the other relations", async () => {
    const page = await openReiher(1280);
    const types = await page
      .locator(`[data-entity="${REIHER}"] .relation-head .rel-type`)
      .allTextContents();
    expect(types.length).toBeGreaterThanOrEqual(2);
    expect(types[0]).toMatch(/met/i);
    expect(types.slice(1).some((t) => /head/i.test(t))).toBe(true);
    await page.context().close();
  });

  for (const width of [1024, 1280, 1920])
    it(`opens an evidence sentence's article, the sentence marked in its paragraph (${width} px)`, async () => {
      const page = await openReiher(width);
      const link = page.locator(`.source-link[data-evidence="${stored.evidence}"]`).first();
      await expect(link.textContent()).resolves.toBe(stored.article.title);
      await link.click();
      await settle(page);

      const dialog = page.getByRole("dialog", { name: stored.article.title });
      await dialog.waitFor();
      const focus = dialog.locator(".evidence-mark.focus");
      await expect(focus.count()).resolves.toBe(1);
      await expect(focus.textContent()).resolves.toBe(stored.sentence);
      await expect(focus.getAttribute("data-evidence")).resolves.toContain(stored.evidence);
      // In context: the paragraph holds the sentences around it, as the article has them.
      const paragraph = (await focus.locator("xpath=..").textContent()) ?? "";
      expect(paragraph).toContain(`The harbour has silted up for years. ${stored.sentence}`);
      expect(paragraph).toContain("The talks lasted two hours.");
      expect(paragraph).not.toContain("deeper berths");
      // The whole article is there, the other paragraphs too, and no page clutter.
      const body = (await dialog.locator(".article-body").textContent()) ?? "";
      expect(body).toContain("Both sides will meet again in April");
      expect(body).not.toContain("Share this article");
      await expect(dialog.locator(".article-body p").count()).resolves.toBe(3);

      const source = (await dialog.locator(".article-source").textContent()) ?? "";
      expect(stored.article.outlet).toBe("Coastal Ledger");
      expect(stored.article.byline).toBe("Mira Olsen");
      expect(source).toContain(`Outlet ${stored.article.outlet}`);
      expect(source).toContain(`By ${stored.article.byline}`);
      expect(source).toContain(`Published ${stored.article.published}`);
      const url = dialog.getByRole("link", { name: stored.article.url });
      await expect(url.getAttribute("href")).resolves.toBe(stored.article.url);
      await expect(focus.isVisible()).resolves.toBe(true);
      await screenshot(page, `article-view-${width}`);

      await page.keyboard.press("Escape");
      await expect(dialog.isVisible()).resolves.toBe(false);
      await page.context().close();
    });
});
