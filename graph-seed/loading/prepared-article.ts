// One article read, parsed and extracted, ready to be stored; and the messages that carry
// articles to the extraction workers and the outcomes back (plain data: structured-cloned).
import { extract, parseArticle } from "../extraction";
import { IngestInputError, type ArticleFile } from "./article-files";
import type { ArticleRecord } from "./article-writer";
import { toKnowledgeRecords, type KnowledgeRecords } from "./knowledge-records";

/** An article read, parsed and extracted, ready to be stored. */
export interface PreparedArticle extends ArticleRecord {
  knowledge: KnowledgeRecords;
}

/** Parses and extracts one article file; throws IngestInputError when it holds no article. */
export function prepareArticle(file: ArticleFile): PreparedArticle {
  const parsed = parseArticle(file.raw);
  if (parsed.body.trim() === "") {
    throw new IngestInputError("NO_TEXT", file.fileName, "holds no article text");
  }
  return { file, parsed, knowledge: toKnowledgeRecords(file.id, extract(parsed), parsed.body) };
}

/** What preparing one file gave: the article, or why it is not one (an error can't be cloned). */
export type PreparedOutcome =
  | { ok: true; article: PreparedArticle }
  | { ok: false; code: IngestInputError["code"]; file: string; reason: string };

export function prepareOutcome(file: ArticleFile): PreparedOutcome {
  try {
    return { ok: true, article: prepareArticle(file) };
  } catch (error) {
    if (!(error instanceof IngestInputError)) throw error;
    return { ok: false, code: error.code, file: error.file, reason: error.reason };
  }
}

/** The outcome as the ingestion reports it: the article, or the IngestInputError. */
export function fromOutcome(outcome: PreparedOutcome): PreparedArticle | IngestInputError {
  return outcome.ok
    ? outcome.article
    : new IngestInputError(outcome.code, outcome.file, outcome.reason);
}

export interface ExtractionJob {
  id: number;
  files: ArticleFile[];
}

export interface ExtractionReply {
  id: number;
  outcomes: PreparedOutcome[];
}
