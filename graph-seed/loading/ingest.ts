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
import { writeArticle, type ArticleRecord } from "./article-writer";
import { toKnowledgeRecords, type KnowledgeRecords } from "./knowledge-records";
import { writeKnowledge } from "./knowledge-writer";

interface PreparedArticle extends ArticleRecord {
  knowledge: KnowledgeRecords;
}

export interface IngestOptions {
  driver: Driver;
  database?: string;
  /** Files and folders; folders are searched (not recursively) for article files. */
  inputs: readonly string[];
  maxBytes?: number;
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
  for (const [index, file] of files.entries()) {
    try {
      const articleFile = await readArticleFile(
        file,
        options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
      );
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
  const session = options.driver.session({ database: options.database });
  try {
    for (const [index, record] of records.entries()) {
      const isNew = await session.executeWrite(async (tx) => {
        const created = await writeArticle(tx, record);
        await writeKnowledge(tx, record.file.id, record.knowledge);
        return created;
      });
      if (isNew) created++;
      progress("write", index + 1, records.length);
    }
  } finally {
    await session.close();
  }
  return { articles: records.length, created, unchanged: records.length - created };
}
