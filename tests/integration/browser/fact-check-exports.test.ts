// Exports of the view that can be fact-checked (issue 14, item 9), in Debian's chromium against
// the real server: the JSON and relations.csv carry every relation's evidence sentences and
// their sources exactly as the server's export has them (the invented article's URL included);
// GEXF and GraphML carry the server export's attributes for the same entities; the SVG has the
// arrowheads and edge labels the canvas draws; PNG and SVG carry a legend unless it is unticked;
// and an export whose evidence cannot all be fetched downloads nothing and says so.
import { strFromU8, unzipSync } from "fflate";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf/node";
import { parse as parseGraphml } from "graphology-graphml/node";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { EvidenceItem, GraphSnapshot } from "../../../contract/api";
import { RELATIONS_CSV_COLUMNS, sourceLine } from "../../../client/src/io/fact-check-files";
import { ARTIFACTS_DIR, exportVia, openExplorer, screenshot, settle } from "../../support/browser";
import { useSeededExplorer } from "../../support/explorer-session";
import { runTool } from "../../support/run-tool";

const REIHER = "person:tomas-reiher";
const LEE = "person:lee-in-young";
const HARBOUR_URL = "https://coastal-ledger.example.org/2024/03/harbour-talks";

const explorer = useSeededExplorer(["tests/fixtures/sourced-article"]);
/** The server's JSON export of the whole graph: every relation with all its evidence. */
let server: GraphSnapshot;

/** The server's whole-graph export in a format, as text. */
async function serverExport(format: string): Promise<string> {
  const response = await fetch(new URL(`api/export?format=${format}`, explorer.url));
  if (response.status !== 200) throw new Error(`export ${format}: ${response.status}`);
  return response.text();
}

beforeAll(async () => {
  server = JSON.parse(await serverExport("json")) as GraphSnapshot;
});

/** Finds an entity with the search box and selects it. */
async function choose(page: Page, name: string): Promise<void> {
  await page.getByRole("combobox", { name: "Search entities" }).fill(name);
  await page
    .getByRole("option", { name: new RegExp(name) })
    .first()
    .click();
  await settle(page);
}

/**
 * The view of Reiher (the invented article's meeting, whose page states its URL) and Lee
 * In-young, each expanded: meetings and directed relations, from two articles' sources.
 */
async function openView(): Promise<Page> {
  const page = await explorer.freshPage();
  await openExplorer(page, `${explorer.url}#ids=${REIHER},${LEE}`);
  for (const name of ["Tomas Reiher", "Lee In-young"]) {
    await choose(page, name);
    await page.locator('[data-action="expand-selected"]').click();
    await settle(page);
  }
  return page;
}

const byId = (items: readonly EvidenceItem[]) =>
  [...items].sort((a, b) => a.id.localeCompare(b.id));

const serverEdge = (key: string) => server.edges.find((e) => e.key === key)!;

describe("the view's JSON and CSV exports", () => {
  it("give every relation in view all its evidence sentences and sources, as the server's export", async () => {
    const page = await openView();
    const view = await page.evaluate(() => window.__explorer!.inspect());
    const json = JSON.parse((await exportVia(page, "json")).data.toString("utf8")) as GraphSnapshot;
    expect(json.edges.map((e) => e.key).sort()).toEqual([...view.visibleEdges].sort());
    for (const edge of json.edges) {
      const evidence = edge.attributes.evidence ?? [];
      expect({ edge: edge.key, sentences: evidence.length }).toEqual({
        edge: edge.key,
        sentences: edge.attributes.evidenceCount,
      });
      expect(byId(evidence)).toEqual(byId(serverEdge(edge.key).attributes.evidence!));
    }
    const urls = json.edges.flatMap((e) => e.attributes.evidence!.map((v) => v.article.url));
    expect(urls).toContain(HARBOUR_URL);
    await expect(page.locator(".toast").textContent()).resolves.toMatch(
      /Exported \d+ relations with their \d+ evidence sentences/,
    );
  });

  it("writes relations.csv, one row per relation with numbered sentences and sources, that Python's csv reads whole", async () => {
    const page = await openView();
    const view = await page.evaluate(() => window.__explorer!.inspect());
    const zip = unzipSync(new Uint8Array((await exportVia(page, "csv")).data));
    expect(Object.keys(zip).sort()).toEqual(["edges.csv", "nodes.csv", "relations.csv"]);
    const bytes = zip["relations.csv"]!;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(bytes)).toMatch(/\r\n$/);
    const file = path.join(tmpdir(), `relations-${process.pid}.csv`);
    writeFileSync(file, bytes);
    const script =
      "import csv, json, sys\n" +
      "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n" +
      "    print(json.dumps(list(csv.DictReader(f))))";
    const rows = JSON.parse(runTool("python3", ["-c", script, file], "python csv")) as Record<
      string,
      string
    >[];
    expect(Object.keys(rows[0]!)).toEqual([...RELATIONS_CSV_COLUMNS]);
    expect(rows.map((r) => r.id).sort()).toEqual([...view.visibleEdges].sort());
    for (const row of rows) {
      const truth = serverEdge(row.id!);
      // Line n of `sentences` and of `sources` are the server's n-th sentence and its article.
      const evidence = truth.attributes.evidence!;
      const numbered = (text: (v: EvidenceItem) => string) =>
        evidence.length === 0 ? "" : evidence.map((v, i) => `[${i + 1}] ${text(v)}`).join("\n");
      expect(row).toMatchObject({
        source: truth.source,
        target: truth.target,
        relation: truth.attributes.type,
        evidenceCount: String(truth.attributes.evidenceCount),
        sentences: numbered((v) => v.sentence.replace(/\s+/g, " ")),
        sources: numbered(sourceLine),
      });
    }
    const harbour = rows.find((r) => r.sources!.includes(HARBOUR_URL));
    expect(harbour?.sources).toMatch(/Coastal Ledger, 2024-03-0\d\./);
  });

  it("downloads nothing when some evidence cannot be fetched, and says so", async () => {
    const page = await openView();
    // The server goes away for evidence only, as when it stops mid-export.
    await page.route("**/api/relations/**", (route) => route.abort("connectionrefused"));
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.getByText("Export", { exact: true }).click();
    await page.locator('[data-export="json"]').click();
    await settle(page);
    await expect(page.locator(".toast").textContent()).resolves.toMatch(/Nothing was exported/);
    expect(downloads).toBe(0);
  });
});

describe("the view's GEXF and GraphML", () => {
  it("carry the same attributes as the server's export of the same entities and relations", async () => {
    const page = await openView();
    const viz = new Set(["x", "y", "size", "color"]);
    const data = (attributes: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(attributes).filter(([k]) => !viz.has(k)));
    for (const [entry, read] of [
      ["gexf", (text: string) => parseGexf(Graph, text, { allowUndeclaredAttributes: true })],
      ["graphml", (text: string) => parseGraphml(Graph, text)],
    ] as const) {
      const mine = read((await exportVia(page, entry)).data.toString("utf8"));
      const theirs = read(await serverExport(entry));
      expect(mine.order).toBeGreaterThan(3);
      mine.forEachNode((node, attributes) => {
        expect({ entry, node, ...data(attributes) }).toEqual({
          entry,
          node,
          ...data(theirs.getNodeAttributes(node)),
        });
        expect(attributes).toMatchObject({ size: expect.any(Number), color: /^#/ });
      });
      mine.forEachEdge((edge, attributes, source, target) => {
        expect({ entry, edge, source, target, ...attributes }).toEqual({
          entry,
          edge,
          source: theirs.source(edge),
          target: theirs.target(edge),
          ...theirs.getEdgeAttributes(edge),
        });
      });
    }
  });
});

describe("pictures of the view", () => {
  it("draws in the SVG the arrowheads, edge labels and legend the canvas shows", async () => {
    const page = await openView();
    const view = await page.evaluate(() => window.__explorer!.inspect());
    const svg = (await exportVia(page, "svg")).data.toString("utf8");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const texts = (selector: string) =>
        [...doc.querySelectorAll(selector)].map((t) => t.textContent ?? "");
      return {
        errors: doc.getElementsByTagName("parsererror").length,
        arrows: [...doc.querySelectorAll("[data-arrow]")].map((a) => a.getAttribute("data-arrow")),
        edgeLabels: texts(".edge-labels text"),
        legend: texts(".legend text"),
        labels: texts(".labels text"),
      };
    }, svg);
    expect(parsed.errors).toBe(0);
    // One arrowhead per directed relation in view (ids start with the type), none for meetings.
    const directed = view.visibleEdges.filter((e) => !/^(met_with|disagrees_on):/.test(e));
    expect(parsed.arrows.sort()).toEqual(directed.sort());
    expect(directed.length).toBeGreaterThan(0);
    // The selected entity's relations are labelled, on the canvas and in the SVG alike.
    expect(parsed.edgeLabels).toEqual(
      expect.arrayContaining([expect.stringMatching(/^met with/), "heads"]),
    );
    expect(parsed.labels).toContain("Lee In-young");
    expect(parsed.legend).toEqual(
      expect.arrayContaining(["Entities", "Person", "Organization", "Relations", "met with"]),
    );
  });

  it("adds the legend to the PNG, and leaves it out when unticked", async () => {
    const page = await openView();
    const withLegend = (await exportVia(page, "png")).data;
    await page.getByText("Export", { exact: true }).click();
    await page.locator('[data-export="legend"]').uncheck();
    await page.keyboard.press("Escape");
    const without = (await exportVia(page, "png")).data;
    // Non-white pixels of the bottom-left corner, where the legend's box is drawn; counted in a
    // blank page, outside the explorer's content security policy.
    const blank = await page.context().newPage();
    const ink = (png: Buffer) =>
      blank.evaluate(async (base64) => {
        const bitmap = await createImageBitmap(
          await (await fetch(`data:image/png;base64,${base64}`)).blob(),
        );
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(bitmap, 0, 0);
        const h = Math.floor(bitmap.height * 0.3);
        const w = Math.floor(bitmap.width * 0.2);
        const { data } = ctx.getImageData(0, bitmap.height - h, w, h);
        let count = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200) count++;
        return count;
      }, png.toString("base64"));
    expect(await ink(withLegend)).toBeGreaterThan((await ink(without)) + 500);
    writeFileSync(path.join(ARTIFACTS_DIR, "export-legend.png"), withLegend);
    await screenshot(page, "fact-check-view");
  });
});
