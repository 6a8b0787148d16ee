// `npm run bench:client`: the built explorer in headless Debian chromium with a synthetic graph of
// 5,000 entities and 20,000 relations (seeded, skewed like real news graphs). Prints the time to
// first render and the cost of one refresh (reducers + draw); figures only, nothing asserted.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../infra/chromium";
import type { KnowledgeGraphPayload } from "../contract/api";
import { ENTITY_KINDS, RELATION_TYPES } from "../contract/model";
import { answerHelp, settingsOrExit } from "../infra/command-help";

answerHelp(`usage: npm run bench:client

Opens the built explorer (npm run build first) in headless Debian chromium with a seeded
synthetic graph of BENCH_NODES (5000) entities and BENCH_EDGES (20000) relations and prints the
time to first render and the cost of one refresh. Figures only; nothing is asserted.`);

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, "..");
const DIST = path.join(ROOT, "client", "dist");
const { nodes: NODES, edges: EDGES } = settingsOrExit("bench:client").bench;
const REFRESHES = 20;

/** Mulberry32: a small seeded generator, so every run measures the same graph. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticGraph(nodes: number, edges: number): KnowledgeGraphPayload {
  const rand = random(42);
  const payload: KnowledgeGraphPayload = {
    attributes: {},
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    nodes: [],
    edges: [],
  };
  const degree = new Array<number>(nodes).fill(0);
  const ends: number[] = [];
  for (let e = 0; e < edges; e++) {
    // Preferential attachment: half the ends are drawn among earlier ends (hubs), half uniformly.
    const pick = (): number =>
      ends.length > 0 && rand() < 0.5
        ? ends[Math.floor(rand() * ends.length)]!
        : Math.floor(rand() * nodes);
    const s = pick();
    let t = pick();
    if (t === s) t = (s + 1) % nodes;
    ends.push(s, t);
    degree[s]!++;
    degree[t]!++;
    const type = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)]!;
    const day = 1 + Math.floor(rand() * 28);
    payload.edges.push({
      key: `rel:${e}`,
      source: `n:${s}`,
      target: `n:${t}`,
      undirected: type === "MET_WITH" || type === "DISAGREES_ON",
      attributes: {
        type,
        confidence: 0.9,
        evidenceCount: 1 + Math.floor(rand() * 3),
        ...(type === "MET_WITH"
          ? { date: `2020-0${1 + Math.floor(rand() * 9)}-${String(day).padStart(2, "0")}` }
          : {}),
      },
    });
  }
  for (let n = 0; n < nodes; n++) {
    payload.nodes.push({
      key: `n:${n}`,
      attributes: {
        label: `Entity ${n}`,
        kind: ENTITY_KINDS[n % ENTITY_KINDS.length]!,
        degree: degree[n]!,
        aliases: [],
        titles: [],
      },
    });
  }
  return payload;
}

function serveDist(): Promise<{ url: string; close(): void }> {
  const types: Record<string, string> = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".css": "text/css",
    ".map": "application/json",
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.join(
      DIST,
      url.pathname === "/" ? "index.html" : path.normalize(url.pathname),
    );
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        close: () => server.close(),
      }),
    ),
  );
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `bench:client needs Debian's chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`,
    );
  console.log("bench:client: building the client");
  execFileSync(
    "npx",
    ["vite", "build", "--config", "client/vite.config.ts", "--logLevel", "warn"],
    { cwd: ROOT, stdio: "inherit" },
  );
  const graph = syntheticGraph(NODES, EDGES);
  const body = JSON.stringify(graph);
  const site = await serveDist();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // The API as the explorer's opening sequence meets it: top entities, then their neighbourhood.
    await page.route("**/api/**", (route) => {
      const url = route.request().url();
      if (url.includes("/api/cypher")) {
        return route.fulfill({
          contentType: "application/json",
          body: JSON.stringify({
            columns: ["id"],
            rows: [["n:0"]],
            truncated: false,
            graph: { attributes: {}, options: graph.options, nodes: [], edges: [] },
          }),
        });
      }
      if (url.includes("/api/graph/neighborhood"))
        return route.fulfill({ contentType: "application/json", body });
      return route.fulfill({
        status: 404,
        contentType: "application/json",
        body: '{"error":{"code":"NOT_FOUND","message":"bench"}}',
      });
    });
    await page.goto(site.url);
    await page.waitForFunction(() => window.__explorer?.ready === true, undefined, {
      timeout: 120_000,
    });
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const firstRender = await page.evaluate(() => performance.now());
    const shown = await page.evaluate(() => {
      const s = window.__explorer!.inspect();
      return { nodes: s.nodes.length, edges: s.edges.length, layout: s.layoutRunning };
    });
    // Measure refreshes with the layout worker stopped, so only the refresh is on the clock.
    if (shown.layout) await page.keyboard.press("l");
    await page.waitForFunction(() => !window.__explorer!.inspect().layoutRunning);
    // Let the stop's overlap removal and any pending frame finish before measuring.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    // sigma's refresh() is synchronous: reducers, index and draw calls all run on the main thread
    // inside the call, so its duration is the main-thread CPU time the page is blocked for.
    const walls = await page.evaluate(
      (n) => Array.from({ length: n }, () => window.__explorer!.measureRefresh()),
      REFRESHES,
    );
    walls.sort((a, b) => a - b);
    const median = walls[Math.floor(walls.length / 2)]!;
    console.log(
      `bench:client: synthetic graph ${shown.nodes} nodes, ${shown.edges} edges (payload ${(body.length / 1e6).toFixed(1)} MB), viewport 1280x720, chromium software GL`,
    );
    console.log(
      `  time to first render (navigation to graph drawn, ready signal): ${firstRender.toFixed(0)} ms`,
    );
    console.log(
      `  refresh (all reducers + draw, synchronous main-thread time), ${REFRESHES} runs: median ${median.toFixed(1)} ms, min ${walls[0]!.toFixed(1)} ms, max ${walls.at(-1)!.toFixed(1)} ms`,
    );
  } finally {
    await browser.close();
    site.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:client: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
