// npm run bench:api [-- --scale 0.1 --seconds 10 --connections 10 --seed 42]
// Builds a synthetic graph (scale 1 = 100,000 entities, 1,000,000 relationships) in a scratch
// local Neo4j (or the empty one NEO4J_URI names), serves the API in this process, and prints
// p50/p99 latency and requests/s for the opening view, neighbourhood depth 1 and 2, search and
// paths, beside the same service call made directly through the driver. It prints figures; it
// asserts nothing.
import "dotenv/config";
import { cpus, loadavg } from "node:os";
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

/** The mean of each figure over runs (percentiles averaged: an approximation, said so). */
function mean(runs: Figures[]): Figures {
  const avg = (pick: (f: Figures) => number) =>
    runs.reduce((sum, f) => sum + pick(f), 0) / runs.length;
  return {
    p50: avg((f) => f.p50),
    p99: avg((f) => f.p99),
    perSecond: avg((f) => f.perSecond),
    requests: runs.reduce((sum, f) => sum + f.requests, 0),
    errors: runs.reduce((sum, f) => sum + f.errors, 0),
  };
}

function printRow(name: string, api: Figures, direct: Figures): void {
  const f = (n: number) => n.toFixed(1).padStart(7);
  console.log(
    `${name.padEnd(26)} API p50 ${f(api.p50)} ms  p99 ${f(api.p99)} ms  ${f(api.perSecond)} req/s` +
      ` | direct p50 ${f(direct.p50)} ms  p99 ${f(direct.p99)} ms  ${f(direct.perSecond)} /s` +
      ` | API/direct p50 x${(api.p50 / Math.max(direct.p50, 0.001)).toFixed(2)}` +
      (api.errors + direct.errors > 0
        ? `  (errors: API ${api.errors}, direct ${direct.errors})`
        : ""),
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

  const scenarios: [string, () => string, () => Promise<unknown>][] = [
    [
      "overview (opening view)",
      () => "/api/graph/overview",
      () => overview(context, { seeds: 40, limit: 600 }),
    ],
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
      `\nload average before: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(", ")} on ${cpus().length} cores\n`,
  );
  for (const [name, paths, direct] of scenarios) {
    // A short warm-up, so both sides see warm caches and compiled plans; then API and direct
    // take turns (two halves each), so a change in the machine's load hits both alike.
    await runDirect(direct, connections, Math.min(3, seconds));
    const list = Array.from({ length: 5_000 }, paths);
    const halves: [Figures[], Figures[]] = [[], []];
    for (let round = 0; round < 2; round++) {
      halves[0].push(await runHttp(server.url.replace(/\/$/, ""), list, connections, seconds / 2));
      halves[1].push(await runDirect(direct, connections, seconds / 2));
    }
    printRow(name, mean(halves[0]), mean(halves[1]));
  }
  console.log(
    `\nload average after the runs: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")}`,
  );
  await server.stop();
} finally {
  await driver.close();
  await neo.stop();
}
