// The bulk half of `npm run bench:ingest -- --bulk`: the generated corpus through the bulk load
// (extraction in workers, CSV, Neo4j's importer, schema) into a scratch local Neo4j, with the
// wall time and CPU of each part.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { ArticleFile } from "../graph-seed/loading/article-files";
import { bulkLoad } from "../infra/neo4j/bulk-load";
import { CACHE_DIR, startLocalNeo4j } from "../infra/neo4j/local-neo4j";
import { atMarks } from "./progress-marks";
import { childrenCpuSeconds, loadAverage as load } from "./process-stats";

export async function benchBulk(
  source: Iterable<ArticleFile>,
  options: { articles: number; batchSize?: number; workers?: number },
): Promise<void> {
  await mkdir(path.join(CACHE_DIR, "bench-runs"), { recursive: true });
  const dataDir = await mkdtemp(path.join(CACHE_DIR, "bench-runs", "bulk-"));
  let done = false;
  try {
    const started = performance.now();
    const printProgress = atMarks(
      options.articles,
      Math.max(1_000, Math.round(options.articles / 10)),
      0,
      (done) => {
        const seconds = (performance.now() - started) / 1000;
        console.log(
          `  ${String(done).padStart(8)} articles extracted and written as CSV in ` +
            `${seconds.toFixed(1)} s (${(done / seconds).toFixed(0)} articles/s, load ${load()})`,
        );
      },
    );
    const cpuStart = process.cpuUsage();
    const childrenStart = childrenCpuSeconds();
    const result = await bulkLoad(source, {
      dataDir,
      heap: "1g",
      batchSize: options.batchSize,
      workers: options.workers,
      expected: options.articles,
      onProgress: (message) => console.log(`  ${message} (load ${load()})`),
      onBatch: ({ done }) => printProgress(done),
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const jvmCpu = childrenCpuSeconds() - childrenStart;
    const stored = result.summary.stored;

    const local = await startLocalNeo4j({ dataDir, heap: "1g" });
    const driver = neo4j.driver(local.uri, neo4j.auth.basic(local.username, local.password));
    const count = async (cypher: string) =>
      Number((await driver.executeQuery(cypher)).records[0]?.get(0) ?? 0);
    let relationships: number;
    let entities: number;
    try {
      entities = await count("MATCH (e:Entity) RETURN count(e)");
      relationships = await count("MATCH ()-[r]->() RETURN count(r)");
    } finally {
      await driver.close();
      await local.stop();
    }
    const { csv, import: imported, finish } = result.seconds;
    console.log(`\n${stored} articles bulk-loaded in ${seconds.toFixed(1)} s`);
    console.log(`  articles       ${(stored / seconds).toFixed(0)} /s end to end`);
    console.log(
      `  steps          extraction + CSV ${csv.toFixed(1)} s, importer ${imported.toFixed(1)} s, ` +
        `Neo4j start + empty lists + schema ${finish.toFixed(1)} s`,
    );
    console.log(`  entities       ${entities} distinct, ${(entities / seconds).toFixed(0)} /s`);
    console.log(`  relationships  ${relationships}, ${(relationships / seconds).toFixed(0)} /s`);
    console.log(
      `  Node CPU       ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (main thread and workers)`,
    );
    console.log(
      `  JVM CPU        ${jvmCpu.toFixed(1)} s (the importer, and Neo4j adding the schema)`,
    );
    console.log(`  Node peak RSS  ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    for (const line of result.importer) console.log(`  importer: ${line}`);
    console.log(`  load average   ${load()} after the run`);
    done = true;
  } finally {
    // A failed run's folder is kept for its logs (logs/import.log, launcher.log).
    if (done) await rm(dataDir, { recursive: true, force: true });
    else console.error(`bench:ingest --bulk: kept ${dataDir} for its logs`);
  }
}
