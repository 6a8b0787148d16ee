// The ingestion: article files found among the inputs stream through the pipeline (extraction
// in worker threads, writes in batches of one transaction each). An input that cannot be an
// article is reported and the others are stored; in strict mode every input is read and checked
// first, and any bad one stops the run before anything is written.
import neo4j, { type Driver } from "neo4j-driver";
import { parseArticle } from "../extraction";
import {
  DEFAULT_MAX_ARTICLE_BYTES,
  IngestInputError,
  type ArticleFile,
  findArticleFiles,
  readArticleFile,
} from "./article-files";
import { prepareStore, storeArticleStream, type PipelineOptions } from "./article-pipeline";
import { writeBatch } from "./batch-writer";
import type { PreparedArticle } from "./prepared-article";
import type { Neo4jTarget } from "../../contract/neo4j-target";

export { prepareArticle, type PreparedArticle } from "./prepared-article";

export interface IngestOptions {
  driver: Driver;
  database?: string;
  /** Files and folders; folders are searched (not recursively) for article files. */
  inputs: readonly string[];
  maxBytes?: number;
  /** Refuse the whole run, writing nothing, when any input is bad (default: store the rest). */
  strict?: boolean;
  /** Articles per write transaction (default: the pipeline's). */
  batchSize?: number;
  /** Extraction worker threads (default: none for a few files, else one per core). */
  workers?: number;
  /** Called as work advances: `phase` "check" while reading (strict), "write" while storing. */
  onProgress?: (phase: "check" | "write", done: number, total: number) => void;
}

export interface IngestSummary {
  articles: number;
  created: number;
  unchanged: number;
  /** Inputs that were not stored, each with its file and reason. */
  refused: readonly IngestInputError[];
}

/** Thrown when some inputs are not articles: lists every one of them; nothing was written. */
export class IngestRefusedError extends Error {
  readonly code = "INGEST_REFUSED";
  constructor(readonly problems: readonly IngestInputError[]) {
    super(
      `ingest: ${problems.length} input(s) refused; nothing was written:\n` +
        problems.map((p) => `  - ${p.message}`).join("\n"),
    );
    this.name = "IngestRefusedError";
  }
}

/** Where to ingest when no driver is at hand: `ingestInto` opens one and closes it after. */
export type { Neo4jTarget };

export async function ingestInto(
  target: Neo4jTarget,
  options: Omit<IngestOptions, "driver" | "database">,
): Promise<IngestSummary> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
  try {
    return await ingest({ ...options, driver, database: target.database });
  } finally {
    await driver.close();
  }
}

/** Reads the files in order, yielding each article or the reason it is not one. */
export async function* readFiles(
  files: readonly string[],
  maxBytes: number,
): AsyncGenerator<ArticleFile | IngestInputError> {
  for (const file of files) {
    try {
      yield await readArticleFile(file, maxBytes);
    } catch (error) {
      if (!(error instanceof IngestInputError)) throw error;
      yield error;
    }
  }
}

/** Strict mode's first pass: every input read and parsed; the problems found, nothing written. */
async function checkAll(
  files: readonly string[],
  maxBytes: number,
  progress: (done: number) => void,
): Promise<IngestInputError[]> {
  const problems: IngestInputError[] = [];
  let done = 0;
  for await (const item of readFiles(files, maxBytes)) {
    if (item instanceof IngestInputError) problems.push(item);
    else if (parseArticle(item.raw).body.trim() === "")
      problems.push(new IngestInputError("NO_TEXT", item.fileName, "holds no article text"));
    progress(++done);
  }
  return problems;
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const progress = options.onProgress ?? (() => {});
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const { files, problems } = await findArticleFiles(options.inputs);
  if (options.strict) {
    problems.push(...(await checkAll(files, maxBytes, (d) => progress("check", d, files.length))));
    if (problems.length > 0) throw new IngestRefusedError(problems);
  }
  const summary = await storeArticleStream(readFiles(files, maxBytes), {
    driver: options.driver,
    database: options.database,
    batchSize: options.batchSize,
    workers: options.workers,
    expected: files.length,
    onBatch: ({ done }) => progress("write", done, files.length),
  });
  problems.push(...summary.problems);
  const articles = summary.stored + summary.duplicates;
  if (articles === 0 && problems.length > 0) throw new IngestRefusedError(problems);
  return {
    articles,
    created: summary.created,
    unchanged: articles - summary.created,
    refused: problems,
  };
}

/**
 * Stores articles prepared beforehand (a benchmark's), the schema first, in batches of one
 * transaction each. Resolves with how many articles were new.
 */
export async function storeArticles(
  target: Pick<PipelineOptions, "driver" | "database" | "batchSize">,
  records: readonly PreparedArticle[],
): Promise<number> {
  await prepareStore(target.driver, target.database);
  const size = target.batchSize ?? 200;
  let created = 0;
  for (let i = 0; i < records.length; i += size) {
    created += await writeBatch(target.driver, target.database, records.slice(i, i + size));
  }
  return created;
}
