// The ingestion's pipeline: article files stream in, are parsed and extracted in chunks by the
// extraction pool (worker threads) while the main thread writes the batches already prepared,
// one transaction each. A bounded number of chunks is in flight, so memory stays flat whatever
// the corpus size.
import type { Driver } from "neo4j-driver";
import { applyGraphSchema, backfillDegrees } from "../../contract/graph-schema";
import type { ArticleFile, IngestInputError } from "./article-files";
import { createExtractionPool, defaultWorkerCount } from "./extraction-pool";
import { fromOutcome, type PreparedArticle } from "./prepared-article";
import { writeBatch } from "./batch-writer";

/** How articles are prepared and handed on in batches, whatever then stores them. */
export interface PreparationOptions {
  /** Articles per batch: per write transaction (default 200, chosen by `npm run bench:ingest`). */
  batchSize?: number;
  /** Extraction worker threads; 0 extracts inline (default: by corpus size and cores). */
  workers?: number;
  /** How many articles the source will give, when known (sizes the pool, reports progress). */
  expected?: number;
  /** Called after each batch is committed. */
  onBatch?: (progress: BatchProgress) => void;
}

export interface PipelineOptions extends PreparationOptions {
  driver: Driver;
  database?: string;
}

/** Stores one batch of prepared articles; resolves with how many of them were new. */
export type BatchSink = (batch: readonly PreparedArticle[]) => Promise<number>;

export interface BatchProgress {
  /** Articles handled so far (stored, duplicates and refused). */
  done: number;
  stored: number;
  entities: number;
  relations: number;
}

export interface PipelineSummary {
  /** Distinct articles written (new or already there). */
  stored: number;
  /** Of those, how many were new. */
  created: number;
  /** The same text again under another name: stored once. */
  duplicates: number;
  problems: IngestInputError[];
}

export const DEFAULT_BATCH_SIZE = 200;
/** Articles per message to a worker: large enough that messaging costs little. */
const CHUNK_SIZE = 25;

async function* chunksOf<T>(source: AsyncIterable<T> | Iterable<T>, size: number) {
  let chunk: T[] = [];
  for await (const item of source) {
    chunk.push(item);
    if (chunk.length < size) continue;
    yield chunk;
    chunk = [];
  }
  if (chunk.length > 0) yield chunk;
}

/** Applies the schema and gives degrees to entities stored without one, before any write. */
export async function prepareStore(driver: Driver, database?: string): Promise<void> {
  await applyGraphSchema((statement) => driver.executeQuery(statement, {}, { database }));
  await backfillDegrees(async (statement) => {
    const { records } = await driver.executeQuery(statement, {}, { database });
    return Number(records[0]?.get("set") ?? 0);
  });
}

type ArticleSource =
  AsyncIterable<ArticleFile | IngestInputError> | Iterable<ArticleFile | IngestInputError>;

/**
 * Stores every article the source yields (an IngestInputError from the source is a refused
 * input, reported in the summary). Each batch is one transaction: its articles and their
 * knowledge land together or not at all.
 */
export async function storeArticleStream(
  source: ArticleSource,
  options: PipelineOptions,
): Promise<PipelineSummary> {
  await prepareStore(options.driver, options.database);
  return prepareArticleStream(source, options, (batch) =>
    writeBatch(options.driver, options.database, batch),
  );
}

/**
 * Prepares every article the source yields and hands them to `write` in batches of
 * `batchSize`, in the source's order, each text once (the bulk load writes CSV files instead of
 * transactions, and must see the same batches to merge entities the same way).
 */
export async function prepareArticleStream(
  source: ArticleSource,
  options: PreparationOptions,
  write: BatchSink,
): Promise<PipelineSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const workers = options.workers ?? defaultWorkerCount(options.expected ?? Infinity);
  const pool = createExtractionPool(workers);
  // Enough chunks queued that the workers stay busy while a batch is written.
  const maxInFlight = Math.max(2, Math.ceil((2 * batchSize) / CHUNK_SIZE));
  const summary: PipelineSummary = { stored: 0, created: 0, duplicates: 0, problems: [] };
  const progress: BatchProgress = { done: 0, stored: 0, entities: 0, relations: 0 };
  const seen = new Set<string>();
  const chunks = chunksOf(source, CHUNK_SIZE);
  let exhausted = false;
  const queue: Promise<(PreparedArticle | IngestInputError)[]>[] = [];
  // Tops up the queue of chunks being prepared: new texts go to the pool; refused inputs and
  // texts already seen in this run are counted here.
  const fill = async () => {
    while (queue.length < maxInFlight && !exhausted) {
      const next = await chunks.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const files: ArticleFile[] = [];
      for (const item of next.value) {
        if (!(item instanceof Error) && !seen.has(item.id)) {
          seen.add(item.id);
          files.push(item);
          continue;
        }
        if (item instanceof Error) summary.problems.push(item);
        else summary.duplicates++;
        progress.done++;
      }
      if (files.length > 0) queue.push(pool.prepare(files).then((o) => o.map(fromOutcome)));
    }
  };

  let batch: PreparedArticle[] = [];
  // Writes the first `batchSize` articles prepared (all of them at the end), so every
  // transaction but the last holds exactly a batch, whatever the chunk size.
  const flush = async () => {
    if (batch.length === 0) return;
    const written = batch.slice(0, batchSize);
    batch = batch.slice(batchSize);
    summary.created += await write(written);
    summary.stored += written.length;
    progress.done += written.length;
    progress.stored += written.length;
    for (const article of written) {
      progress.entities += article.knowledge.entities.length;
      progress.relations += article.knowledge.relations.length;
    }
    options.onBatch?.({ ...progress });
  };
  try {
    for (;;) {
      await fill();
      const next = queue.shift();
      if (!next) break;
      for (const item of await next) {
        if (item instanceof Error) {
          summary.problems.push(item);
          progress.done++;
        } else batch.push(item);
      }
      while (batch.length >= batchSize) await flush();
    }
    while (batch.length > 0) await flush();
  } finally {
    await pool.close();
  }
  return summary;
}
