// The ingestion: read and check every input first, then write the articles in batches, one
// transaction each. An input that cannot be an article is reported and the others are stored;
// in strict mode any bad input stops the run before anything is written.
import neo4j, { type Driver } from "neo4j-driver";
import { applyGraphSchema, backfillDegrees } from "../../contract/graph-schema";
import { extract, parseArticle } from "../extraction";
import {
  DEFAULT_MAX_ARTICLE_BYTES,
  IngestInputError,
  type ArticleFile,
  findArticleFiles,
  readArticleFile,
} from "./article-files";
import { writeArticles, type ArticleRecord } from "./article-writer";
import { mergeKnowledge, toKnowledgeRecords, type KnowledgeRecords } from "./knowledge-records";
import { writeKnowledge } from "./knowledge-writer";
import type { Neo4jTarget } from "../../contract/neo4j-target";

/** An article read, parsed and extracted, ready to be stored. */
export interface PreparedArticle extends ArticleRecord {
  knowledge: KnowledgeRecords;
}

const DEFAULT_BATCH_SIZE = 200;

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export interface IngestOptions {
  driver: Driver;
  database?: string;
  /** Files and folders; folders are searched (not recursively) for article files. */
  inputs: readonly string[];
  maxBytes?: number;
  /** Refuse the whole run, writing nothing, when any input is bad (default: store the rest). */
  strict?: boolean;
  /** Articles per write transaction (default 200). */
  batchSize?: number;
  /** Called as work advances: `phase` "check" while reading, "write" while storing. */
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

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const progress = options.onProgress ?? (() => {});
  const { files, problems } = await findArticleFiles(options.inputs);
  const records: PreparedArticle[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const [index, file] of files.entries()) {
    try {
      const articleFile = await readArticleFile(
        file,
        options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
      );
      if (seen.has(articleFile.id)) {
        duplicates++; // the same text under another name: stored once
        progress("check", index + 1, files.length);
        continue;
      }
      seen.add(articleFile.id);
      records.push(prepareArticle(articleFile));
    } catch (error) {
      if (!(error instanceof IngestInputError)) throw error;
      problems.push(error);
    }
    progress("check", index + 1, files.length);
  }
  if (problems.length > 0 && (options.strict || records.length + duplicates === 0))
    throw new IngestRefusedError(problems);

  const created = await storeArticles(options, records, (done, total) =>
    progress("write", done, total),
  );
  return {
    articles: records.length + duplicates,
    created,
    unchanged: records.length + duplicates - created,
    refused: problems,
  };
}

/** Parses and extracts one article file; throws IngestInputError when it holds no article. */
export function prepareArticle(file: ArticleFile): PreparedArticle {
  const parsed = parseArticle(file.raw);
  if (parsed.body.trim() === "") {
    throw new IngestInputError("NO_TEXT", file.fileName, "holds no article text");
  }
  return { file, parsed, knowledge: toKnowledgeRecords(file.id, extract(parsed), parsed.body) };
}

/**
 * Stores prepared articles with their knowledge, the schema first. Each batch of articles is one
 * transaction: its articles and their knowledge land together or not at all.
 * Resolves with how many articles were new.
 */
export async function storeArticles(
  target: { driver: Driver; database?: string; batchSize?: number },
  records: readonly PreparedArticle[],
  onBatch: (done: number, total: number) => void = () => {},
): Promise<number> {
  const { driver, database } = target;
  await applyGraphSchema((statement) => driver.executeQuery(statement, {}, { database }));
  // Entities stored before degrees were kept get theirs once (a no-op afterwards).
  await backfillDegrees(async (statement) => {
    const { records } = await driver.executeQuery(statement, {}, { database });
    return Number(records[0]?.get("set") ?? 0);
  });
  let created = 0;
  let written = 0;
  const session = driver.session({ database });
  try {
    for (const batch of batches(records, target.batchSize ?? DEFAULT_BATCH_SIZE)) {
      created += await session.executeWrite(async (tx) => {
        const count = await writeArticles(tx, batch);
        await writeKnowledge(tx, mergeKnowledge(batch.map((r) => r.knowledge)));
        return count;
      });
      written += batch.length;
      onBatch(written, records.length);
    }
  } finally {
    await session.close();
  }
  return created;
}
