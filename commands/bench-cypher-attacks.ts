// npm run bench:cypher-attacks [-- --timeout-ms 3000 --cap 60 --only sum --app-dir ../other]
// Sends each request of issue 10 that once froze or flooded POST /api/cypher to a fresh API
// process (the seed articles in a scratch local Neo4j, or the one NEO4J_URI names) and prints,
// per request: the answer's status and time, the longest wait of /api/health and /api/search
// probes sent meanwhile from other connections (how long the rest of the API was unavailable),
// the API process's peak memory (VmHWM), and whether Neo4j still runs the query afterwards.
// `--app-dir` runs another checkout's server (e.g. the code before a change) with this bench.
import "dotenv/config";
import { spawn, type ChildProcess } from "node:child_process";
import { copyFile, readFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Driver } from "neo4j-driver";
import { ingest } from "../graph-seed/loading/ingest";
import type { Neo4jTarget } from "../server/server";
import { benchDriver, neo4jForBench } from "../bench/bench-neo4j";
import { answerHelp, NEO4J_HELP, settingsOrExit } from "../infra/command-help";

answerHelp(`usage: npm run bench:cypher-attacks [-- --timeout-ms 3000 --cap 60 --only NAME --app-dir DIR]

Sends each Cypher request that once froze or flooded POST /api/cypher to a fresh API process and
prints its status and time, how long health and search waited meanwhile, the API's peak memory
and whether Neo4j still runs the query afterwards. --app-dir runs another checkout's server.
${NEO4J_HELP} (A local one is a scratch one holding the seed articles.)`);
import { CYPHER_ATTACKS, type CypherAttack } from "../bench/cypher-attacks";

const here = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    "timeout-ms": { type: "string", default: "3000" },
    cap: { type: "string", default: "60" },
    only: { type: "string" },
    "app-dir": { type: "string", default: path.resolve(here, "..") },
  },
});
const capMs = Number(args.cap) * 1000;
const appDir = path.resolve(args["app-dir"]);
const log = (message: string) => console.error(`[bench] ${message}`);

interface Row {
  name: string;
  status: string;
  answerMs: number;
  worstHealthMs: number;
  worstSearchMs: number;
  slowProbes: number;
  peakRssMb: number;
  neo4jAfter: string;
}

/** Starts `appDir`'s API in a child process and resolves with it and its URL once it listens. */
async function startApiProcess(target: Neo4jTarget): Promise<{ child: ChildProcess; url: string }> {
  const entry = path.join(appDir, "bench/bench-server.ts");
  // An older checkout may lack the entry point: it only imports the server's own modules.
  await copyFile(path.join(here, "../bench/bench-server.ts"), entry).catch(() => undefined);
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    cwd: appDir,
    env: {
      ...process.env,
      NEO4J_URI: target.uri,
      NEO4J_USERNAME: target.username,
      NEO4J_PASSWORD: target.password,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      CYPHER_TIMEOUT_MS: args["timeout-ms"],
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on("line", (line) => {
      if (line.startsWith("READY ")) resolve(line.slice(6));
    });
    child.once("exit", (code) => reject(new Error(`the API exited (${code}) before listening`)));
  });
  return { child, url };
}

async function peakRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** Probes `target` until `done`; returns the worst wait and how many took over 500 ms. */
async function probe(
  url: string,
  target: string,
  done: () => boolean,
): Promise<{ worst: number; slow: number }> {
  let worst = 0;
  let slow = 0;
  while (!done()) {
    const started = performance.now();
    await fetch(`${url}api/${target}`, { signal: AbortSignal.timeout(capMs) })
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
    const waited = performance.now() - started;
    worst = Math.max(worst, waited);
    if (waited > 500) slow++;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { worst, slow };
}

/** Transactions still running in Neo4j other than this check itself. */
async function runningQueries(driver: Driver): Promise<number> {
  const result = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD currentQuery, transactionId
     WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS n`,
  );
  return Number(result.records[0]?.get("n"));
}

async function attack(target: Neo4jTarget, driver: Driver, a: CypherAttack): Promise<Row> {
  const { child, url } = await startApiProcess(target);
  try {
    let answered = false;
    const probes = Promise.all([
      probe(url, "health", () => answered),
      probe(url, "search?q=Lee", () => answered),
    ]);
    const started = performance.now();
    let status: string;
    try {
      const response = await fetch(`${url}api/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: a.body,
        signal: AbortSignal.timeout(capMs),
      });
      const body = Buffer.from(await response.arrayBuffer());
      const code = /"code":"([A-Z_]+)"/.exec(body.subarray(0, 200).toString())?.[1];
      status = `${response.status} ${code ?? ""} ${(body.length / 1e6).toFixed(1)} MB`;
    } catch (error) {
      status = `no answer (${error instanceof Error ? error.name : "error"})`;
    }
    const answerMs = performance.now() - started;
    answered = true;
    const [health, search] = await probes;
    const peak = await peakRssMb(child.pid!);
    // How long Neo4j goes on with the query after the answer (up to the cap).
    const answeredAt = performance.now();
    let still = await runningQueries(driver).catch(() => NaN);
    while (still > 0 && performance.now() - answeredAt < capMs) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      still = await runningQueries(driver).catch(() => NaN);
    }
    const after = ((performance.now() - answeredAt) / 1000).toFixed(0);
    const neo4jAfter = still > 0 ? `still running ${after} s later` : `idle ${after} s later`;
    return {
      name: a.name,
      status,
      answerMs,
      worstHealthMs: health.worst,
      worstSearchMs: search.worst,
      slowProbes: health.slow + search.slow,
      peakRssMb: peak,
      neo4jAfter,
    };
  } finally {
    child.kill("SIGKILL");
    // Leftovers would skew the next request's figures: stop whatever is still running.
    await driver
      .executeQuery(
        `SHOW TRANSACTIONS YIELD transactionId, currentQuery
         WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
         RETURN collect(transactionId) AS ids`,
      )
      .then((r) => r.records[0]?.get("ids") as string[])
      .then((ids) =>
        ids.length > 0 ? driver.executeQuery("TERMINATE TRANSACTIONS $ids", { ids }) : undefined,
      )
      .catch(() => undefined);
  }
}

// The test suite's memory settings, so the figures match what the suite sees.
const neo = await neo4jForBench({
  settings: settingsOrExit("bench:cypher-attacks").neo4j,
  name: "attacks-",
  heap: "512m",
  pageCache: "128m",
  log,
});
const driver = benchDriver(neo.target);
try {
  await ingest({ driver, inputs: [path.resolve(here, "../graph-seed/articles")] });
  log(`API from ${appDir}, CYPHER_TIMEOUT_MS=${args["timeout-ms"]}, client cap ${args.cap} s`);
  const rows: Row[] = [];
  for (const a of CYPHER_ATTACKS.filter((x) => !args.only || x.name.includes(args.only))) {
    log(a.name);
    const row = await attack(neo.target, driver, a);
    log(JSON.stringify(row));
    rows.push(row);
  }
  console.log(
    "| request | answer | time to answer | worst health / search wait (probes > 500 ms) | API peak RSS | Neo4j afterwards |",
  );
  console.log("|---|---|---|---|---|---|");
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.status} | ${(r.answerMs / 1000).toFixed(1)} s | ` +
        `${r.worstHealthMs.toFixed(0)} / ${r.worstSearchMs.toFixed(0)} ms (${r.slowProbes}) | ` +
        `${r.peakRssMb.toFixed(0)} MB | ${r.neo4jAfter} |`,
    );
  }
} finally {
  await driver.close();
  await neo.stop();
}
