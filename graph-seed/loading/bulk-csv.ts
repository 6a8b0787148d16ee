// The bulk load's first half: articles go through the ingestion's own pipeline (extraction in
// worker threads, the same batches) and come out as CSV files in the form Neo4j's importer
// (`neo4j-admin database import full`) reads, holding the graph the transactional ingest would
// store (bulk-graph.ts). Articles, mentions and evidence are written as batches arrive; entities
// and relations once every batch is merged. Labels and types come from the model's lists.
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import path from "node:path";
import type { ArticleFile, IngestInputError } from "./article-files";
import {
  prepareArticleStream,
  type PipelineSummary,
  type PreparationOptions,
} from "./article-pipeline";
import { BulkGraph } from "./bulk-graph";

/** Between the items of a list in a CSV field: a control character no name or topic holds. */
export const ARRAY_DELIMITER = "\u001f";

/** The files of one bulk load, as the importer's options take them. */
export interface BulkCsvFiles {
  nodes: string[];
  relationships: string[];
}

export interface BulkCsvResult {
  summary: PipelineSummary;
  files: BulkCsvFiles;
  entities: number;
  relations: number;
}

type Field = string | number | null | undefined | readonly string[] | readonly number[];

/** One CSV file, RFC 4180: strings quoted (so "" is an empty string), nothing for null. */
class CsvFile {
  private readonly stream: WriteStream;
  constructor(
    readonly file: string,
    header: readonly string[],
  ) {
    this.stream = createWriteStream(file, { encoding: "utf8" });
    this.stream.write(`${header.join(",")}\n`);
  }

  async row(fields: readonly Field[]): Promise<void> {
    if (!this.stream.write(`${fields.map(csvField).join(",")}\n`)) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, "finish");
  }
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

function csvField(value: Field): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return quoted(value);
  // An empty list has no CSV form the importer keeps: it is left out here and set after the
  // import (bulk-finish.ts), as the transactional ingest stores one.
  if (value.length === 0) return "";
  const items = value.map(String);
  const bad = items.find((item) => item.includes(ARRAY_DELIMITER));
  if (bad !== undefined) {
    throw new Error(`bulk: the value '${bad.slice(0, 60)}' holds the list delimiter U+001F`);
  }
  return quoted(items.join(ARRAY_DELIMITER));
}

/**
 * Prepares every article of `source` and writes the graph as CSV files into `dir` (which must
 * exist). Each text is kept once, as the ingestion keeps it; refused inputs are in the summary.
 */
export async function writeBulkCsv(
  dir: string,
  source: AsyncIterable<ArticleFile | IngestInputError> | Iterable<ArticleFile | IngestInputError>,
  options: PreparationOptions,
): Promise<BulkCsvResult> {
  const at = (name: string) => path.join(dir, name);
  const articles = new CsvFile(at("articles.csv"), [
    "id:ID(Article)",
    ":LABEL",
    "title",
    "outlet",
    "byline",
    "url",
    "publishedOn:date",
    "body",
    "sourceFile",
    "ingestedAt:datetime",
  ]);
  const evidence = new CsvFile(at("evidence.csv"), [
    "id:ID(Evidence)",
    ":LABEL",
    "relationId",
    "articleId",
    "type",
    "sentence",
    "start:long",
    "end:long",
    "rule",
    "confidence:double",
    "date:date",
    "topic",
  ]);
  const mentions = new CsvFile(at("mentions.csv"), [
    ":START_ID(Article)",
    ":END_ID(Entity)",
    ":TYPE",
    "count:long",
    "starts:long[]",
    "ends:long[]",
  ]);
  const evidenceFrom = new CsvFile(at("evidence-from.csv"), [
    ":START_ID(Evidence)",
    ":END_ID(Article)",
    ":TYPE",
  ]);
  const graph = new BulkGraph();
  const ingestedAt = new Date().toISOString();
  const open = [articles, evidence, mentions, evidenceFrom];
  try {
    const summary = await prepareArticleStream(source, options, async (batch) => {
      for (const { file, parsed } of batch) {
        await articles.row([
          file.id,
          "Article",
          parsed.title,
          parsed.outlet,
          parsed.byline,
          parsed.url,
          parsed.publishedOn,
          parsed.body,
          file.fileName,
          ingestedAt,
        ]);
      }
      const rows = graph.addBatch(batch);
      for (const m of rows.mentions) {
        await mentions.row([m.articleId, m.entityId, "MENTIONS", m.count, m.starts, m.ends]);
      }
      for (const v of rows.evidence) {
        await evidence.row([
          v.id,
          "Evidence",
          v.relationId,
          v.articleId,
          v.type,
          v.sentence,
          Math.trunc(v.start),
          Math.trunc(v.end),
          v.rule,
          v.confidence,
          v.date,
          v.topic,
        ]);
        await evidenceFrom.row([v.id, v.articleId, "FROM"]);
      }
      return batch.length;
    });

    const entities = new CsvFile(at("entities.csv"), [
      "id:ID(Entity)",
      ":LABEL",
      "name",
      "kind",
      "aliases:string[]",
      "titles:string[]",
      "aliasText",
      "degree:long",
    ]);
    open.push(entities);
    const degrees = graph.degrees();
    for (const e of graph.entities.values()) {
      await entities.row([
        e.id,
        ["Entity", ...e.labels],
        e.name,
        e.kind,
        e.aliases,
        e.titles,
        // As graph-schema.ts builds it: reduce(s = '', a IN aliases | s + ' ' + a).
        e.aliases.map((a) => ` ${a}`).join(""),
        degrees.get(e.id) ?? 0,
      ]);
    }
    const relations = new CsvFile(at("relations.csv"), [
      ":START_ID(Entity)",
      ":END_ID(Entity)",
      ":TYPE",
      "id",
      "date:date",
      "topics:string[]",
      "topic",
      "evidenceCount:long",
      "confidence:double",
    ]);
    open.push(relations);
    for (const r of graph.relations.values()) {
      await relations.row([
        r.from,
        r.to,
        r.type,
        r.id,
        r.date,
        r.topics,
        r.topics[0],
        r.evidence.size,
        Math.max(...r.evidence.values()),
      ]);
    }
    return {
      summary,
      files: {
        nodes: [articles.file, evidence.file, entities.file],
        relationships: [mentions.file, evidenceFrom.file, relations.file],
      },
      entities: graph.entities.size,
      relations: graph.relations.size,
    };
  } finally {
    await Promise.all(open.map((f) => f.close()));
  }
}
