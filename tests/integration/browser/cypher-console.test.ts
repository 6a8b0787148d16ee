// The Cypher console in Debian's chromium against the real server and Neo4j (the seed graph and
// our accented-name articles): nodes and paths read the way Cypher writes them, the table saves
// as a CSV that Python's csv module reads back whole, a syntax error is marked where Neo4j found
// it, and a write is refused in plain words.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { useSeededExplorer } from "../../support/explorer-session";
import { screenshot, settle } from "../../support/browser";
import { runTool } from "../../support/run-tool";

const explorer = useSeededExplorer(["tests/fixtures/unicode-articles"]);
let page: Page;

/** Replaces the editor's text with `query` (typed as text: no auto-closed brackets) and runs it. */
async function runQuery(query: string): Promise<void> {
  await page.getByRole("tab", { name: "Cypher" }).click();
  const editor = page.locator(".cypher-editor .cm-content");
  await editor.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(query);
  await page.locator('[data-action="run-cypher"]').click();
  await settle(page);
}

const resultTable = () => page.getByRole("table", { name: "Query result" });

async function tableCells(): Promise<string[][]> {
  return resultTable().evaluate((table) =>
    [...table.querySelectorAll("tr")].map((tr) =>
      [...tr.querySelectorAll("th, td")].map((cell) => cell.textContent ?? ""),
    ),
  );
}

beforeEach(async () => {
  page = await explorer.freshPage({ open: true });
});

describe("the Cypher console's table", () => {
  it("shows nodes with their label and name, and paths hop by hop in their direction", async () => {
    await runQuery(
      'MATCH p = (a:Person)-[:MET_WITH]-(b:Person) WHERE a.name STARTS WITH "José"\n' +
        "RETURN a, p, startNode(relationships(p)[0]) = a AS forward, b.name AS other",
    );
    const [head, ...rows] = await tableCells();
    expect(head).toEqual(["a", "p", "forward", "other"]);
    expect(rows.length).toBeGreaterThan(0);
    for (const [a, p, forward, other] of rows) {
      expect(a).toBe('(:Person {name: "José Müller"})');
      const arrow = forward === "true" ? "-[MET_WITH]->" : "<-[MET_WITH]-";
      expect(p).toBe(`José Müller ${arrow} ${other}`);
    }
    await screenshot(page, "cypher-paths");
  });

  it("exports the table as CSV that Python's csv module reads whole, accents included", async () => {
    await runQuery(
      'MATCH (a:Person)-[r:MET_WITH]-(b:Person) WHERE a.name STARTS WITH "José"\n' +
        'RETURN a.name AS who, r, b, "said \\"no\\", twice\\nthen left" AS note',
    );
    const cells = await tableCells();
    expect(cells.length).toBeGreaterThan(1);
    const [saved] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-action="export-cypher-csv"]').click(),
    ]);
    expect(saved.suggestedFilename()).toBe("query-result.csv");
    const file = await saved.path();
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const script =
      "import csv, json, sys\n" +
      "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n" +
      "    print(json.dumps(list(csv.reader(f))))";
    const parsed = JSON.parse(runTool("python3", ["-c", script, file], "python csv")) as string[][];
    expect(parsed).toEqual(cells);
    expect(parsed[1]?.[0]).toBe("José Müller");
    expect(parsed[1]?.[3]).toBe('said "no", twice\nthen left');
  });
});

describe("the Cypher console's errors", () => {
  it("marks a syntax error where Neo4j found it and clears the mark on the next edit", async () => {
    // Leading blanks: the mark must still land on Neo4j's offset in the text that was sent.
    await runQuery("  MATCH (n RETURN n");
    const state = await page.evaluate(() => window.__explorer!.inspect());
    expect(state.cypher.kind).toBe("error");
    const mark = page.locator(".cypher-editor .cm-error-mark");
    await expect(mark.textContent()).resolves.toBe("RETURN");
    await expect(mark.getAttribute("title")).resolves.toMatch(/line 1, column 10/);
    await expect(page.locator(".cypher-status.error-box").textContent()).resolves.toMatch(
      /Invalid input 'RETURN'/,
    );
    await screenshot(page, "cypher-syntax-error");
    await page.locator(".cypher-editor .cm-content").press("End");
    await page.keyboard.type(")");
    await expect(mark.count()).resolves.toBe(0);
  });

  it("refuses a write in plain words", async () => {
    await runQuery('CREATE (n:Person {name: "Someone"}) RETURN n');
    const message = await page.locator(".cypher-status.error-box").textContent();
    expect(message).toBe("This query would change data; the console is read-only");
    await runQuery("CREATE INDEX person_name_x IF NOT EXISTS FOR (p:Person) ON (p.name)");
    await expect(page.locator(".cypher-status.error-box").textContent()).resolves.toBe(
      "This query would change the database's schema; the console is read-only",
    );
  });
});
