// The ingestion: read and check every input first, then write each article in its own
// transaction. A bad input stops the run before anything is written.
import type { Driver } from "neo4j-driver";
import { applyGraphSchema } from "../../contract/graph-schema";
import { extract, parseArticle } from "../extraction";
import {
  DEFAULT_MAX_ARTICLE_BYTES,
  IngestInputError,
  findArticleFiles,
  readArticleFile,
} from "./article-files";
import { writeArticles, type ArticleRecord } from "./article-writer";
import { mergeKnowledge, toKnowledgeRecords, type KnowledgeRecords } from "./knowledge-records";
import { writeKnowledge } from "./knowledge-writer";

interface PreparedArticle extends ArticleRecord {
  knowledge: KnowledgeRecords;
}

const DEFAULT_BATCH_SIZE = 50;

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export interface IngestOptions {
  driver: Driver;
  database?: string;
  /** Files and folders; folders are searched (not recursively) for article files. */
  inputs: readonly string[];
  maxBytes?: number;
  /** Articles per write transaction (default 50). */
  batchSize?: number;
  /** Called as work advances: `phase` "check" while reading, "write" while storing. */
  onProgress?: (phase: "check" | "write", done: number, total: number) => void;
}

export interface IngestSummary {
  articles: number;
  created: number;
  unchanged: number;
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

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const progress = options.onProgress ?? (() => {});
  let files: string[];
  try {
    files = await findArticleFiles(options.inputs);
  } catch (error) {
    if (error instanceof IngestInputError) throw new IngestRefusedError([error]);
    throw error;
  }

  const records: PreparedArticle[] = [];
  const problems: IngestInputError[] = [];
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
      const parsed = parseArticle(articleFile.raw);
      if (parsed.body.trim() === "") {
        throw new IngestInputError("NO_TEXT", articleFile.fileName, "holds no article text");
      }
      const knowledge = toKnowledgeRecords(articleFile.id, extract(parsed));
      records.push({ file: articleFile, parsed, knowledge });
    } catch (error) {
      if (!(error instanceof IngestInputError)) throw error;
      problems.push(error);
    }
    progress("check", index + 1, files.length);
  }
  if (problems.length > 0) throw new IngestRefusedError(problems);

  await applyGraphSchema((statement) =>
    options.driver.executeQuery(statement, {}, { database: options.database }),
  );
  let created = 0;
  let written = 0;
  const session = options.driver.session({ database: options.database });
  try {
    for (const batch of batches(records, options.batchSize ?? DEFAULT_BATCH_SIZE)) {
      // Each batch is one transaction: its articles and their knowledge land together or not at all.
      created += await session.executeWrite(async (tx) => {
        const count = await writeArticles(tx, batch);
        await writeKnowledge(tx, mergeKnowledge(batch.map((r) => r.knowledge)));
        return count;
      });
      written += batch.length;
      progress("write", written, records.length);
    }
  } finally {
    await session.close();
  }
  return {
    articles: records.length + duplicates,
    created,
    unchanged: records.length + duplicates - created,
  };
}
