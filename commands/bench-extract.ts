// `npm run bench:extract`: extracts a corpus of seed variants in a fresh process and prints, apart,
// the first pass (cold: every pattern compiled and every function optimised on the way) and the
// steady state (a later pass, warm), each in MB/s per CPU-second and latency per article, then
// peak memory; then loads the corpus into Neo4j and prints entities/s and relationships/s
// (skipped with BENCH_LOAD=0).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract, parseArticle } from "../graph-seed/extraction/index";
import { benchLoad } from "../bench/load-bench";
import { makeVariants } from "../bench/variant-corpus";
import { answerHelp, NEO4J_HELP, settingsOrExit } from "../infra/command-help";

/** Passes over the corpus; the last is the steady state (the JIT has settled by then). */
const PASSES = 4;
/** Issue 9's floor, in MB per CPU-second, judged on the steady state. */
const FLOOR_MB_PER_CPU_SECOND = 2;

answerHelp(`usage: npm run bench:extract

Extracts BENCH_ARTICLES (2000) variants of the seed articles ${PASSES} times in one new process and
prints the first pass (cold: patterns compiled, code not yet optimised) and the last (the steady
state) apart: articles/s and MB/s per CPU-second and per wall second, latency per article (p50,
p95); then peak memory, and whether the steady state meets the floor of ${FLOOR_MB_PER_CPU_SECOND} MB/s per
CPU-second. Then it loads the articles into Neo4j in batches of BENCH_BATCH (200) and prints
entities/s and relationships/s (BENCH_LOAD=0 skips it).
${NEO4J_HELP} (A local one is a scratch one.)`);

const settings = settingsOrExit("bench:extract");
const ARTICLES = settings.bench.articles;
const SEED_DIR = join(import.meta.dirname, "..", "graph-seed", "articles");

interface Pass {
  wallSeconds: number;
  cpuSeconds: number;
  /** Milliseconds per article, sorted. */
  times: number[];
  entities: number;
  relations: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function runPass(corpus: readonly string[], onArticle: () => void): Pass {
  const times: number[] = [];
  let entities = 0;
  let relations = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  for (const page of corpus) {
    const t0 = performance.now();
    const result = extract(parseArticle(page));
    times.push(performance.now() - t0);
    entities += result.entities.length;
    relations += result.relations.length;
    onArticle();
  }
  const cpu = process.cpuUsage(cpuStart);
  const wallSeconds = (performance.now() - started) / 1000;
  // CPU time is what this process spent; it stays meaningful when other processes share the machine.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { wallSeconds, cpuSeconds, times: times.sort((a, b) => a - b), entities, relations };
}

function printPass(label: string, pass: Pass, articles: number, mb: number): void {
  const { cpuSeconds, wallSeconds, times } = pass;
  console.log(`  ${label}`);
  console.log(
    `    per CPU-s    ${(articles / cpuSeconds).toFixed(0)} articles/s, ${(mb / cpuSeconds).toFixed(2)} MB/s`,
  );
  console.log(
    `    per wall-s   ${(articles / wallSeconds).toFixed(0)} articles/s, ${(mb / wallSeconds).toFixed(2)} MB/s (wall/CPU ${(wallSeconds / cpuSeconds).toFixed(2)})`,
  );
  console.log(
    `    per article  p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`,
  );
}

async function main(): Promise<void> {
  const seeds = readdirSync(SEED_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(SEED_DIR, f), "utf8"));
  if (seeds.length === 0) throw new Error(`bench: no seed articles in ${SEED_DIR}`);
  const corpus = makeVariants(seeds, ARTICLES);
  const mb = corpus.reduce((sum, page) => sum + Buffer.byteLength(page, "utf8"), 0) / 1e6;

  let peakRss = process.memoryUsage().rss;
  let count = 0;
  const sampleRss = () => {
    if (++count % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  const passes: Pass[] = [];
  for (let i = 0; i < PASSES; i++) passes.push(runPass(corpus, sampleRss));
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const cold = passes[0]!;
  const steady = passes[PASSES - 1]!;
  const steadyRate = mb / steady.cpuSeconds;

  console.log(
    `extract bench: ${corpus.length} articles, ${mb.toFixed(2)} MB, one core, ${PASSES} passes in one process`,
  );
  printPass("cold (pass 1: a new process, patterns compiled on the way)", cold, corpus.length, mb);
  printPass(`steady (pass ${PASSES}, warm)`, steady, corpus.length, mb);
  const between = passes.slice(1, -1).map((p) => (mb / p.cpuSeconds).toFixed(2));
  console.log(`  passes 2-${PASSES - 1}   ${between.join(", ")} MB per CPU-second`);
  console.log(`  output       ${steady.entities} entities, ${steady.relations} relations per pass`);
  console.log(`  peak RSS     ${(peakRss / 2 ** 20).toFixed(0)} MB`);
  console.log(
    `  floor        ${FLOOR_MB_PER_CPU_SECOND} MB/s per CPU-second, judged on the steady state: ` +
      `${steadyRate >= FLOOR_MB_PER_CPU_SECOND ? "met" : "not met"} (${steadyRate.toFixed(2)})`,
  );

  if (settings.bench.load) await benchLoad(corpus, settings.neo4j, settings.bench.batch);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
