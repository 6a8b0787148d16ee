// `npm run ingest -- --bulk`: a first load of a large corpus into the project's local Neo4j
// through Neo4j's own importer instead of transactions. The articles go through the ingestion's
// pipeline into CSV files (graph-seed/loading/bulk-csv.ts), the importer builds the store while
// Neo4j is stopped, then Neo4j starts on it and the empty lists, constraints and indexes are
// added (bulk-finish.ts). Refused unless the database is the local one, stopped and empty.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { ArticleFile, IngestInputError } from "../../graph-seed/loading/article-files";
import type { PreparationOptions } from "../../graph-seed/loading/article-pipeline";
import { writeBulkCsv, type BulkCsvResult } from "../../graph-seed/loading/bulk-csv";
import { finishBulkLoad } from "../../graph-seed/loading/bulk-finish";
import type { Neo4jSettings } from "../../settings/settings";
import { CACHE_DIR, findRunningLocalNeo4j, startLocalNeo4j } from "./local-neo4j";
import { runNeo4jImporter } from "./neo4j-importer";

/** Why a bulk load was refused before anything was written; the message says what to do. */
export class BulkRefusedError extends Error {
  readonly code = "BULK_REFUSED";
  constructor(message: string) {
    super(message);
    this.name = "BulkRefusedError";
  }
}

export interface BulkLoadOptions extends PreparationOptions {
  /** The local Neo4j's data folder (connection.ts LOCAL_DATA_DIR for `npm run ingest`). */
  dataDir: string;
  /** JVM heap of the Neo4j started on the imported store. */
  heap?: string;
  /** Called once the CSV files are written: refused inputs may stop the load (strict mode). */
  beforeImport?: (csv: BulkCsvResult) => void;
  onProgress?: (message: string) => void;
}

export interface BulkLoadResult extends BulkCsvResult {
  /** Wall seconds of each step. */
  seconds: { csv: number; import: number; finish: number };
  /** The importer's summary lines (its counts, time and peak memory). */
  importer: string[];
}

/** Where the default database's store lives under a local Neo4j's folder. */
const storeDir = (dataDir: string) => path.join(dataDir, "data", "databases", "neo4j");

/**
 * Refuses, changing nothing, unless the target is the project's local Neo4j, not running, with
 * an empty (or no) default database. Checking emptiness starts it briefly.
 */
export async function checkBulkTarget(settings: Neo4jSettings, dataDir: string): Promise<void> {
  if (settings.uri) {
    throw new BulkRefusedError(
      `ingest --bulk: NEO4J_URI names ${settings.uri}, but --bulk writes the store files of the ` +
        "project's local Neo4j and cannot load a server it does not own; unset NEO4J_URI to " +
        "bulk-load the local Neo4j, or ingest into that server without --bulk",
    );
  }
  if (settings.database !== undefined && settings.database !== "neo4j") {
    throw new BulkRefusedError(
      `ingest --bulk: NEO4J_DATABASE is '${settings.database}'; --bulk loads the default database ` +
        "'neo4j' only (unset NEO4J_DATABASE)",
    );
  }
  if (await findRunningLocalNeo4j(dataDir)) {
    throw new BulkRefusedError(
      "ingest --bulk: the local Neo4j is running (npm start?) and the importer needs it stopped; " +
        "stop it, then run the bulk load again",
    );
  }
  if (!existsSync(storeDir(dataDir))) return;
  const local = await startLocalNeo4j({ dataDir });
  const driver = neo4j.driver(local.uri, neo4j.auth.basic(local.username, local.password));
  try {
    const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) AS nodes");
    const nodes = Number(records[0]?.get("nodes") ?? 0);
    if (nodes > 0) {
      throw new BulkRefusedError(
        `ingest --bulk: the local database holds ${nodes} nodes and --bulk loads an empty one ` +
          `only; ingest without --bulk to add to it, or remove ${dataDir} to start afresh`,
      );
    }
  } finally {
    await driver.close();
    await local.stop();
  }
}

/**
 * Bulk-loads the articles of `source` into the stopped, empty local Neo4j at `dataDir` (see
 * checkBulkTarget). The Neo4j started at the end to finish the store is stopped again.
 */
export async function bulkLoad(
  source: AsyncIterable<ArticleFile | IngestInputError> | Iterable<ArticleFile | IngestInputError>,
  options: BulkLoadOptions,
): Promise<BulkLoadResult> {
  const progress = options.onProgress ?? (() => {});
  await mkdir(CACHE_DIR, { recursive: true });
  await mkdir(options.dataDir, { recursive: true });
  const workDir = await mkdtemp(path.join(CACHE_DIR, "bulk-"));
  try {
    let started = performance.now();
    const csv = await writeBulkCsv(workDir, source, options);
    const csvSeconds = (performance.now() - started) / 1000;
    options.beforeImport?.(csv);
    progress(
      `${csv.summary.stored} articles, ${csv.entities} entities, ${csv.relations} relations ` +
        `written as CSV in ${csvSeconds.toFixed(1)} s; importing...`,
    );
    started = performance.now();
    const importer = await runNeo4jImporter({
      dataDir: options.dataDir,
      files: csv.files,
      // Beside the data, like the launcher's log: kept when the CSV files are removed.
      logDir: path.join(options.dataDir, "logs"),
      onProgress: progress,
    });
    const importSeconds = (performance.now() - started) / 1000;
    progress("imported; starting Neo4j to add the schema...");
    started = performance.now();
    const local = await startLocalNeo4j({ dataDir: options.dataDir, heap: options.heap });
    const driver = neo4j.driver(local.uri, neo4j.auth.basic(local.username, local.password));
    try {
      await finishBulkLoad(driver);
    } finally {
      await driver.close();
      await local.stop();
    }
    const finishSeconds = (performance.now() - started) / 1000;
    return {
      ...csv,
      importer,
      seconds: { csv: csvSeconds, import: importSeconds, finish: finishSeconds },
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
