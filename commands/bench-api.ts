// npm run bench:api [-- --scale 0.1 --seconds 10 --connections 10 --seed 42]
// Builds a synthetic graph (scale 1 = 100,000 entities, 1,000,000 relationships) in a scratch
// local Neo4j (or the empty one NEO4J_URI names), serves the API in this process, and prints
// p50/p99 latency and requests/s for the opening view, neighbourhood depth 1 and 2, search and
// paths, beside the same service call made directly through the driver. It prints figures; it
// asserts nothing.
import "dotenv/config";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import type { Driver } from "neo4j-driver";
import { createLogger } from "../server/logger";
import type { Neo4jContext } from "../server/repositories/neo4j-context";
import { start } from "../server/server";
import { neighborhood, shortestPaths } from "../server/services/graph-service";
import { overview } from "../server/services/overview-service";
import { search } from "../server/services/search-service";
import { benchDriver, neo4jForBench } from "../bench/bench-neo4j";
import { loadSettings } from "../settings/settings";
import { answerHelp, NEO4J_HELP, settingsOrExit } from "../infra/command-help";

answerHelp(`usage: npm run bench:api [-- --scale 0.1 --seconds 10 --connections 10 --seed 42]

Builds a synthetic graph (scale 1: 100,000 entities, 1,000,000 relationships), serves the API
in this process and prints p50/p99 latency and requests/s of the opening view, neighbourhoods,
search and paths, beside the same service calls made directly. Figures only.
${NEO4J_HELP} (A local one is a scratch one; one named by NEO4J_URI must be empty.)`);
import { runDirect, runHttp, type Figures } from "../bench/load-runner";
import { cpuSeconds, loadAverage } from "../bench/process-stats";
import { loadSyntheticGraph, seededRandom } from "../bench/synthetic-graph";

const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    seed: { type: "string", default: "42" },
  },
});
const scaleFactor = Number(args.scale);
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const scale = {
  entities: Math.round(100_000 * scaleFactor),
  relations: Math.round(1_000_000 * scaleFactor),
  seed: Number(args.seed),
};
const log = (message: string) => console.log(`[bench] ${message}`);

async function requireEmpty(driver: Driver): Promise<void> {
  const result = await driver.executeQuery("MATCH (n) RETURN count(n) AS n");
  if (Number(result.records[0]?.get("n")) > 0) {
    throw new Error(
      "bench:api loads a synthetic graph and needs an empty database; NEO4J_URI names one that is not",
    );
  }
}

/** One turn's figures and the CPU it cost this process (the API, or the direct calls) and Neo4j. */
interface Turn extends Figures {
  nodeSeconds: number;
  neo4jSeconds: number | null;
}

async function measured(neo4jPid: number | null, run: () => Promise<Figures>): Promise<Turn> {
  const node = process.cpuUsage();
  const neo4j = neo4jPid ? cpuSeconds(neo4jPid) : null;
  const figures = await run();
  const used = process.cpuUsage(node);
  const neo4jAfter = neo4jPid ? cpuSeconds(neo4jPid) : null;
  return {
    ...figures,
    nodeSeconds: (used.user + used.system) / 1e6,
    neo4jSeconds: neo4j !== null && neo4jAfter !== null ? neo4jAfter - neo4j : null,
  };
}

/** The mean of each figure over turns (percentiles averaged: an approximation, said so). */
function mean(runs: Turn[]): Turn {
  const avg = (pick: (f: Turn) => number) =>
    runs.reduce((sum, f) => sum + pick(f), 0) / runs.length;
  const sum = (pick: (f: Turn) => number) => runs.reduce((total, f) => total + pick(f), 0);
  return {
    p50: avg((f) => f.p50),
    p99: avg((f) => f.p99),
    perSecond: avg((f) => f.perSecond),
    requests: sum((f) => f.requests),
    errors: sum((f) => f.errors),
    nodeSeconds: sum((f) => f.nodeSeconds),
    neo4jSeconds: runs.some((f) => f.neo4jSeconds === null) ? null : sum((f) => f.neo4jSeconds!),
  };
}

function printRow(name: string, api: Turn, direct: Turn): void {
  const f = (n: number) => n.toFixed(1).padStart(7);
  const ratio = (a: number, b: number) => `x${(a / Math.max(b, 0.001)).toFixed(2)}`;
  const perRequest = (turn: Turn) => {
    const ms = (seconds: number) =>
      `${((seconds * 1000) / Math.max(turn.requests, 1)).toFixed(1)} ms`;
    return turn.neo4jSeconds === null
      ? ms(turn.nodeSeconds)
      : `${ms(turn.nodeSeconds)} + Neo4j ${ms(turn.neo4jSeconds)}`;
  };
  console.log(
    `${name.padEnd(26)} API p50 ${f(api.p50)} ms  p99 ${f(api.p99)} ms  ${f(api.perSecond)} req/s` +
      ` | direct p50 ${f(direct.p50)} ms  p99 ${f(direct.p99)} ms  ${f(direct.perSecond)} /s` +
      ` | API/direct p50 ${ratio(api.p50, direct.p50)}, req/s ${ratio(direct.perSecond, api.perSecond)}` +
      (api.errors + direct.errors > 0
        ? `  (errors: API ${api.errors}, direct ${direct.errors})`
        : ""),
  );
  console.log(
    `${"".padEnd(26)} CPU per request: API process ${perRequest(api)} | direct ${perRequest(direct)}`,
  );
}

const neo = await neo4jForBench({
  settings: settingsOrExit("bench:api").neo4j,
  name: "api-",
  heap: "2g",
  pageCache: "1g",
  log,
});
const driver = benchDriver(neo.target);
try {
  await requireEmpty(driver);
  log(
    `scale ${scaleFactor}: ${scale.entities} entities, ${scale.relations} relationships, seed ${scale.seed}`,
  );
  const entities = await loadSyntheticGraph(driver, scale, log);
  const server = await start({
    // The API with its default limits on a free loopback port, whatever the environment says.
    settings: loadSettings({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent" }).server,
    logger: createLogger("silent"),
    neo4j: neo.target,
  });
  const context: Neo4jContext = { driver: server.driver };
  const random = seededRandom(scale.seed + 99);
  const anyEntity = () => entities[Math.floor(random() * entities.length)]!.id;
  // Paths are asked between well-connected entities (the first of each kind), so most exist.
  const hubs = entities.slice(0, Math.max(10, Math.floor(entities.length * 0.02)));
  const anyHub = () => hubs[Math.floor(random() * hubs.length)]!.id;
  const anyPrefix = () => entities[Math.floor(random() * entities.length)]!.name.slice(0, 4);
  const pair = () => {
    const from = anyHub();
    let to = anyHub();
    if (to === from)
      to = hubs[(hubs.indexOf(hubs.find((h) => h.id === from)!) + 1) % hubs.length]!.id;
    return { from, to };
  };

  const base = server.url.replace(/\/$/, "");
  const openingView = () => overview(context, { seeds: 40, limit: 600 });
  const scenarios: [string, () => string, () => Promise<unknown>][] = [
    ["overview (opening view)", () => "/api/graph/overview", openingView],
    [
      "neighborhood depth 1",
      () => `/api/graph/neighborhood?ids=${encodeURIComponent(anyEntity())}&depth=1`,
      () => neighborhood(context, { ids: [anyEntity()], depth: 1, limit: 300 }),
    ],
    [
      "neighborhood depth 2 ≤1000",
      () => `/api/graph/neighborhood?ids=${encodeURIComponent(anyEntity())}&depth=2&limit=1000`,
      () => neighborhood(context, { ids: [anyEntity()], depth: 2, limit: 1000 }),
    ],
    [
      "search (4-letter prefix)",
      () => `/api/search?q=${encodeURIComponent(anyPrefix())}`,
      () => search(context, { q: anyPrefix(), offset: 0, limit: 20 }),
    ],
    [
      "paths (≤4 hops)",
      () => {
        const { from, to } = pair();
        return `/api/graph/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
      },
      () => shortestPaths(context, { ...pair(), maxHops: 4, limit: 10 }),
    ],
  ];

  console.log(
    `\n${connections} connections, ${seconds} s per scenario and side, in two turns each;` +
      " direct = the same service call through the driver; p50/p99 are the mean of the turns." +
      `\nload average before: ${loadAverage()} on ${cpus().length} cores\n`,
  );
  for (const [name, paths, direct] of scenarios) {
    // A short warm-up, so both sides see warm caches and compiled plans; then API and direct
    // take turns (two halves each), so a change in the machine's load hits both alike.
    await runDirect(direct, connections, Math.min(3, seconds));
    const list = Array.from({ length: 5_000 }, paths);
    const halves: [Turn[], Turn[]] = [[], []];
    for (let round = 0; round < 2; round++) {
      halves[0].push(await measured(neo.pid, () => runHttp(base, list, connections, seconds / 2)));
      halves[1].push(await measured(neo.pid, () => runDirect(direct, connections, seconds / 2)));
    }
    printRow(name, mean(halves[0]), mean(halves[1]));
  }
  // The opening view as one user meets it: one request at a time, not queued behind nine others.
  const alone: [Turn, Turn] = [
    await measured(neo.pid, () => runHttp(base, ["/api/graph/overview"], 1, seconds / 2)),
    await measured(neo.pid, () => runDirect(openingView, 1, seconds / 2)),
  ];
  printRow("overview, one at a time", ...alone);
  console.log(`\nload average after the runs: ${loadAverage()}`);
  await server.stop();
} finally {
  await driver.close();
  await neo.stop();
}
