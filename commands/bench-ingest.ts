// npm run bench:ingest [-- --articles 10000 --batch 500 --workers 2 --seed 42]
// Ingests a generated corpus of news-like articles (news-corpus.ts: a large pool of people,
// organisations and countries with Zipf-like reuse) through the ingestion's own pipeline into a
// scratch local Neo4j (or the empty one NEO4J_URI names), and prints articles/s, entities/s,
// relationships/s, the time per 10k articles as the graph grows, peak RSS of Node and Neo4j, and
// whether every write statement's MERGE uses an index (EXPLAIN; the bench fails when one does
// not). It prints figures; it asserts nothing else.
import "dotenv/config";
import { createHash } from "node:crypto";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import type { Driver } from "neo4j-driver";
import type { ArticleFile } from "../graph-seed/loading/article-files";
import { storeArticleStream, type BatchProgress } from "../graph-seed/loading/article-pipeline";
import { newsCorpus } from "../bench/news-corpus";
import { unindexedWrites } from "../bench/write-plans";
import { benchDriver, neo4jForBench } from "../bench/bench-neo4j";
import { benchBulk } from "../bench/bulk-bench";
import { atMarks } from "../bench/progress-marks";
import { cpuSeconds, loadAverage as load, peakRss } from "../bench/process-stats";
import { answerHelp, NEO4J_HELP, settingsOrExit } from "../infra/command-help";

answerHelp(`usage: npm run bench:ingest [-- --articles 10000 --batch 200 --workers 2 --seed 42 --bulk]

Ingests a generated, news-like corpus through the ingest pipeline and prints articles/s,
entities/s, relationships/s, the time per 10k articles as the graph grows, CPU and peak RSS of
Node and Neo4j; exits 1 when a write statement does not use an index. With --bulk, the same
corpus goes through the bulk load (CSV and Neo4j's importer; npm run ingest -- --bulk) into a
scratch local Neo4j instead, with the time and CPU of each step.
${NEO4J_HELP} (A local one is a scratch one; one named by NEO4J_URI must be empty.)`);

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    batch: { type: "string" },
    workers: { type: "string" },
    seed: { type: "string", default: "42" },
    bulk: { type: "boolean", default: false },
  },
});
const articles = Number(args.articles);
if (!(articles > 0)) throw new Error("bench:ingest: --articles must be a positive number");
const batchSize = args.batch === undefined ? undefined : Number(args.batch);
const workers = args.workers === undefined ? undefined : Number(args.workers);
// Segments of 10k articles at 50k and more; else fifths of the run, each scaled to 10k.
const segment = articles >= 50_000 ? 10_000 : Math.max(1, Math.ceil(articles / 5));
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function* corpus(seed: number, count: number): Generator<ArticleFile> {
  const pages = newsCorpus(seed);
  for (let i = 0; i < count; i++) {
    const raw = pages.next();
    const id = createHash("sha256").update(raw).digest("hex").slice(0, 32);
    yield { path: `bench/${i}.txt`, fileName: `${i}.txt`, id, raw };
  }
}

async function count(driver: Driver, cypher: string): Promise<number> {
  return Number((await driver.executeQuery(cypher)).records[0]?.get(0) ?? 0);
}

if (args.bulk) {
  console.log(
    `bulk ingest bench: ${articles} generated articles (seed ${args.seed}), ` +
      `workers ${workers ?? "default"}; load average ${load()} on ${cpus().length} cores`,
  );
  await benchBulk(corpus(Number(args.seed), articles), { articles, batchSize, workers });
  process.exit(0);
}

const settings = settingsOrExit("bench:ingest");
if (settings.neo4j.uri) console.log(`(ingesting into ${settings.neo4j.uri}; it must be empty)`);
const neo = await neo4jForBench({
  settings: settings.neo4j,
  name: "ingest-",
  heap: "1g",
  pageCache: "512m",
});
const driver = benchDriver(neo.target);
try {
  if ((await count(driver, "MATCH (n) RETURN count(n)")) > 0) {
    throw new Error("bench:ingest needs an empty database; NEO4J_URI names one that is not");
  }
  console.log(
    `ingest bench: ${articles} generated articles (seed ${args.seed}), ` +
      `batch ${batchSize ?? "default"}, workers ${workers ?? "default"}; ` +
      `load average ${load()} on ${cpus().length} cores`,
  );
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const neo4jCpuStart = neo.pid ? cpuSeconds(neo.pid) : null;
  let last = { time: started, done: 0 };
  let neo4jPeak = 0;
  const printProgress = atMarks(articles, segment, segment, (done) => {
    const now = performance.now();
    const per10k = ((now - last.time) / 1000) * (10_000 / (done - last.done));
    console.log(
      `  ${String(done).padStart(8)} articles  ${per10k.toFixed(1).padStart(6)} s per 10k` +
        `  (${((done - last.done) / ((now - last.time) / 1000)).toFixed(0)} articles/s,` +
        ` load ${load()})`,
    );
    last = { time: now, done };
  });
  const onBatch = (progress: BatchProgress) => {
    neo4jPeak = Math.max(neo4jPeak, (neo.pid && peakRss(neo.pid)) || 0);
    printProgress(progress.done);
  };
  const summary = await storeArticleStream(corpus(Number(args.seed), articles), {
    driver,
    batchSize,
    workers,
    expected: articles,
    onBatch,
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const entities = await count(driver, "MATCH (e:Entity) RETURN count(e)");
  const relationships = await count(driver, "MATCH ()-[r]->() RETURN count(r)");
  const facts = await count(driver, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)");
  console.log(`\n${summary.stored} articles stored in ${seconds.toFixed(1)} s`);
  console.log(`  articles       ${(summary.stored / seconds).toFixed(0)} /s`);
  console.log(`  entities       ${entities} distinct, ${(entities / seconds).toFixed(0)} /s`);
  console.log(
    `  relationships  ${relationships} (${facts} between entities; mentions, evidence links), ` +
      `${(relationships / seconds).toFixed(0)} /s`,
  );
  console.log(
    `  Node CPU       ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (main thread and workers)`,
  );
  const neo4jCpu = neo.pid && neo4jCpuStart !== null ? cpuSeconds(neo.pid) : null;
  if (neo4jCpu !== null && neo4jCpuStart !== null) {
    // CPU time stays meaningful on a shared machine, where wall time mostly measures the others.
    console.log(
      `  Neo4j CPU      ${(neo4jCpu - neo4jCpuStart).toFixed(1)} s ` +
        `(${(summary.stored / (neo4jCpu - neo4jCpuStart)).toFixed(0)} articles per Neo4j CPU-second)`,
    );
  }
  console.log(
    `  peak RSS       Node ${mb(process.resourceUsage().maxRSS * 1024)}, ` +
      `Neo4j ${neo.pid ? mb(Math.max(neo4jPeak, peakRss(neo.pid) ?? 0)) : "n/a (not ours)"}`,
  );
  console.log(`  load average   ${load()} after the run`);
  const unindexed = await unindexedWrites(driver);
  if (unindexed.length > 0) {
    console.error(`\nwrites that do not use an index:\n${unindexed.join("\n")}`);
    process.exitCode = 1;
  } else console.log("  plans          every write statement finds its nodes by index (EXPLAIN)");
} finally {
  await driver.close();
  await neo.stop();
}
