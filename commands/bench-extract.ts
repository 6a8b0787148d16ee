// `npm run bench:extract`: extracts a corpus of seed variants and prints throughput
// (articles/s, MB/s), latency per article (p50/p95) and peak memory; then loads the corpus
// into Neo4j and prints entities/s and relationships/s (skipped with BENCH_LOAD=0).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract, parseArticle } from "../graph-seed/extraction/index";
import { benchLoad } from "../bench/load-bench";
import { makeVariants } from "../bench/variant-corpus";
import { answerHelp, NEO4J_HELP, settingsOrExit } from "../infra/command-help";

answerHelp(`usage: npm run bench:extract

Extracts BENCH_ARTICLES (2000) variants of the seed articles and prints articles/s, MB/s (per
wall and CPU second), latency per article and peak memory; then loads them into Neo4j in
batches of BENCH_BATCH (200) and prints entities/s and relationships/s (BENCH_LOAD=0 skips it).
${NEO4J_HELP} (A local one is a scratch one.)`);

const settings = settingsOrExit("bench:extract");
const ARTICLES = settings.bench.articles;
const SEED_DIR = join(import.meta.dirname, "..", "graph-seed", "articles");

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const seeds = readdirSync(SEED_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(SEED_DIR, f), "utf8"));
  if (seeds.length === 0) throw new Error(`bench: no seed articles in ${SEED_DIR}`);
  const corpus = makeVariants(seeds, ARTICLES);
  const bytes = corpus.reduce((sum, page) => sum + Buffer.byteLength(page, "utf8"), 0);

  for (const page of corpus.slice(0, 50)) extract(parseArticle(page)); // warm-up

  let peakRss = process.memoryUsage().rss;
  let entities = 0;
  let relations = 0;
  const times: number[] = [];
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  for (const page of corpus) {
    const t0 = performance.now();
    const result = extract(parseArticle(page));
    times.push(performance.now() - t0);
    entities += result.entities.length;
    relations += result.relations.length;
    if (times.length % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  // CPU time is what this process spent; it stays meaningful when other processes share the machine.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  times.sort((a, b) => a - b);

  const mb = bytes / 1e6;
  console.log(`extract bench: ${corpus.length} articles, ${mb.toFixed(2)} MB, one core`);
  console.log(
    `  throughput   ${(corpus.length / seconds).toFixed(0)} articles/s, ${(mb / seconds).toFixed(2)} MB/s`,
  );
  console.log(
    `  per CPU-s    ${(corpus.length / cpuSeconds).toFixed(0)} articles/s, ${(mb / cpuSeconds).toFixed(2)} MB/s (wall/CPU ${(seconds / cpuSeconds).toFixed(2)})`,
  );
  console.log(
    `  per article  p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`,
  );
  console.log(`  output       ${entities} entities, ${relations} relations`);
  console.log(`  peak RSS     ${(peakRss / 2 ** 20).toFixed(0)} MB`);

  if (settings.bench.load) await benchLoad(corpus, settings.neo4j, settings.bench.batch);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
