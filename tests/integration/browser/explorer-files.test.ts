// Taking the view away and bringing it back, in Debian's chromium against the real server: every
// export format downloaded and parsed (and opened in Gephi, networkx, igraph and graphology), a
// snapshot saved, the page reloaded, the snapshot loaded and the same view back; and the error
// state when Neo4j cannot be reached.
import { unzipSync, strFromU8 } from "fflate";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf/node";
import { parse as parseGraphml } from "graphology-graphml/node";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { GraphSnapshot } from "../../../contract/api";
import { useSeededExplorer } from "../../support/explorer-session";
import { installGephiReader } from "../../support/gephi/gephi-toolkit";
import { openInTools } from "../../support/graph-tools/open-in-tools";
import { pythonTools } from "../../support/graph-tools/python-tools";
import { comparable, expectedGraph } from "../../support/graph-tools/read-graph";
import { exportVia as exportFrom, openExplorer, screenshot, settle } from "../../support/browser";

const explorer = useSeededExplorer();
let page: Page;

const inspect = () => page.evaluate(() => window.__explorer!.inspect());

const exportVia = (entry: string) => exportFrom(page, entry);

beforeEach(async () => {
  page = await explorer.freshPage();
});

describe("exports of the current view", () => {
  it("writes graphology JSON, GEXF, GraphML and CSV of what is in view", async () => {
    await openExplorer(page, explorer.url);
    await page.getByRole("button", { name: "Who met whom" }).click();
    await settle(page);
    const view = await inspect();

    const json = await exportVia("json");
    expect(json.name).toMatch(/\.json$/);
    const fromJson = new Graph({ multi: true, type: "mixed" });
    fromJson.import(JSON.parse(json.data.toString("utf8")));
    expect(fromJson.nodes().sort()).toEqual([...view.visibleNodes].sort());
    expect(fromJson.edges().sort()).toEqual([...view.visibleEdges].sort());

    const gexf = await exportVia("gexf");
    const fromGexf = parseGexf(Graph, gexf.data.toString("utf8"), {
      allowUndeclaredAttributes: true,
    });
    expect(fromGexf.order).toBe(view.visibleNodes.length);
    expect(fromGexf.size).toBe(view.visibleEdges.length);

    const graphml = await exportVia("graphml");
    const fromGraphml = parseGraphml(Graph, graphml.data.toString("utf8"));
    expect(fromGraphml.nodes().sort()).toEqual([...view.visibleNodes].sort());
    expect(fromGraphml.size).toBe(view.visibleEdges.length);
    expect(fromGraphml.getNodeAttribute("person:harry-harris", "label")).toBe("Harry Harris");

    const csv = await exportVia("csv");
    const files = unzipSync(new Uint8Array(csv.data));
    const nodes = strFromU8(files["nodes.csv"]!).trim().split(/\r\n/);
    const edges = strFromU8(files["edges.csv"]!).trim().split(/\r\n/);
    expect([...files["nodes.csv"]!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(nodes[0]).toBe("Id,Label,kind,degree,aliases,titles,x,y,size,color");
    expect(nodes.length - 1).toBe(view.visibleNodes.length);
    expect(edges.length - 1).toBe(view.visibleEdges.length);
    expect(edges.slice(1).every((line) => line.split(",")[6] === "MET_WITH")).toBe(true);
  });

  it("writes files that Gephi, networkx, igraph and graphology open whole", async () => {
    await openExplorer(page, explorer.url);
    const truth = JSON.parse((await exportVia("json")).data.toString("utf8")) as GraphSnapshot;
    expect(new Set(truth.edges.map((e) => Boolean(e.undirected)))).toEqual(new Set([true, false]));
    const text = async (entry: string) => (await exportVia(entry)).data.toString("utf8");
    const { readings, schemaErrors } = await openInTools(
      {
        gexf: await text("gexf"),
        gexfDirected: await text("gexf-directed"),
        graphml: await text("graphml"),
        graphmlDirected: await text("graphml-directed"),
        csv: new Uint8Array((await exportVia("csv")).data),
      },
      { gephi: installGephiReader(), python: pythonTools() },
    );
    const expected = comparable(expectedGraph(truth), "truth");
    for (const { name, mode, graph } of readings) {
      expect({ name, issues: graph.issues }).toEqual({ name, issues: [] });
      expect({ name, ...comparable(graph, mode) }).toEqual({ name, ...expected });
    }
    expect(Object.values(schemaErrors).flat()).toEqual([]);
  }, 600_000);

  it("writes a high-resolution PNG and an SVG of the view", async () => {
    await openExplorer(page, explorer.url);
    const view = await inspect();
    const canvas = (await page.locator("#graph").boundingBox())!;

    const png = await exportVia("png");
    expect(png.data.subarray(1, 4).toString("latin1")).toBe("PNG");
    const width = png.data.readUInt32BE(16);
    const height = png.data.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(Math.floor(canvas.width * 2));
    expect(height).toBeGreaterThanOrEqual(Math.floor(canvas.height * 2));

    const svg = await exportVia("svg");
    // Parsed by the browser's own XML parser: a parse error would show as <parsererror>.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        root: doc.documentElement.nodeName,
        errors: doc.getElementsByTagName("parsererror").length,
        circles: doc.querySelectorAll("circle[data-node]").length,
        paths: doc.querySelectorAll("path[data-edge]").length,
      };
    }, svg.data.toString("utf8"));
    expect(parsed).toEqual({
      root: "svg",
      errors: 0,
      circles: view.visibleNodes.length,
      paths: view.visibleEdges.length,
    });
  });
});

describe("snapshots and links", () => {
  it("restores the same view from a snapshot after a reload", async () => {
    await openExplorer(page, explorer.url);
    // Make the view particular: a filter, a hidden node, a selection, a moved camera.
    await page.locator('input[data-rel="MEMBER_OF"]').uncheck();
    await page.getByRole("combobox", { name: "Search entities" }).fill("Harris");
    await page
      .getByRole("option", { name: /Harry Harris/ })
      .first()
      .click();
    await settle(page);
    await page.locator("#panel-details").getByRole("button", { name: "Hide" }).click();
    await page.getByRole("combobox", { name: "Search entities" }).fill("Lee In");
    await page
      .getByRole("option", { name: /Lee In-young/ })
      .first()
      .click();
    await settle(page);
    // Let the camera's focus animation finish before the view is recorded.
    await page.waitForFunction(
      () => {
        const c = window.__explorer!.inspect().camera!;
        const w = window as unknown as { __lastCam?: string };
        const key = JSON.stringify(c);
        const same = w.__lastCam === key;
        w.__lastCam = key;
        return same;
      },
      undefined,
      { polling: 200 },
    );
    const saved = await inspect();
    const snapshot = await exportVia("snapshot-save");
    expect(JSON.parse(snapshot.data.toString("utf8")).format).toBe("newsgraph-snapshot");
    await screenshot(page, "10-before-snapshot");

    // The link alone reopens the same entities and filters.
    await page.waitForFunction(() => location.hash.includes("sel=node"));
    await page.reload();
    await openExplorer(page, page.url());
    const linked = await inspect();
    expect(linked.filters).toEqual(saved.filters);
    expect(linked.visibleNodes.sort()).toEqual([...saved.visibleNodes].sort());

    // The snapshot gives the exact view back.
    await page.goto(explorer.url);
    await openExplorer(page, explorer.url);
    await page
      .locator('[data-action="snapshot-file"]')
      .setInputFiles({ name: snapshot.name, mimeType: "application/json", buffer: snapshot.data });
    await page.waitForFunction(() => window.__explorer!.inspect().hidden.length > 0);
    await settle(page);
    const restored = await inspect();
    expect(restored.nodes.sort()).toEqual([...saved.nodes].sort());
    expect(restored.edges.sort()).toEqual([...saved.edges].sort());
    expect(restored.positions).toEqual(saved.positions);
    expect(restored.filters).toEqual(saved.filters);
    expect(restored.hidden).toEqual(saved.hidden);
    expect(restored.selection).toEqual(saved.selection);
    expect(restored.camera!.x).toBeCloseTo(saved.camera!.x, 4);
    expect(restored.camera!.y).toBeCloseTo(saved.camera!.y, 4);
    expect(restored.camera!.ratio).toBeCloseTo(saved.camera!.ratio, 4);
    await screenshot(page, "11-after-snapshot");
  });
});

describe("when the database cannot be reached", () => {
  it("shows an error message instead of a blank page", async () => {
    // The API answers as it does while Neo4j is down (503), without waiting for a real outage.
    await page.route("**/api/**", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({
          error: {
            code: "NEO4J_UNAVAILABLE",
            message: "the graph database is unreachable; retry shortly",
          },
        }),
      }),
    );
    await openExplorer(page, explorer.url);
    const state = await inspect();
    expect(state.status).toBe("error");
    // The graph's own message; the details panel says why it is empty too (a second alert).
    const alert = page.getByRole("alert").filter({ hasText: /cannot be loaded/ });
    await expect(alert.textContent()).resolves.toMatch(/cannot be loaded.*unreachable/);
    await screenshot(page, "12-database-down");

    // When it is back, "Retry now" loads the graph.
    await page.unroute("**/api/**");
    await page.getByRole("button", { name: "Retry now" }).click();
    await page.waitForFunction(() => window.__explorer!.inspect().status === "ready");
    await settle(page);
    expect((await inspect()).nodes.length).toBeGreaterThan(3);
  });
});
