// Neo4j's own bulk importer (`neo4j-admin database import full`), run from the jars the local
// Neo4j already fetched (org.neo4j:neo4j-import-tool comes with org.neo4j:neo4j), so it works
// offline. It builds the store files of a stopped database from CSV files, without transactions.
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { BulkCsvFiles } from "../../graph-seed/loading/bulk-csv";
import { installLocalNeo4j } from "./local-neo4j";

export interface ImportOptions {
  /** The local Neo4j's folder (its NEO4J_HOME: data/databases/<database> is written). */
  dataDir: string;
  files: BulkCsvFiles;
  /** Where the importer's output and report go. */
  logDir: string;
  onProgress?: (message: string) => void;
}

/** The summary lines of the importer's output ("IMPORT DONE in ...", counts, peak memory). */
function summaryLines(output: string): string[] {
  const start = output.lastIndexOf("IMPORT DONE");
  if (start < 0) return [];
  return output
    .slice(start)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/**
 * Imports the CSV files into the database `neo4j` of the stopped local Neo4j at `dataDir`,
 * replacing its store (the caller has checked it is empty). Rejects with the importer's last
 * lines when it fails: any bad row stops it (bad tolerance 0).
 */
export async function runNeo4jImporter(options: ImportOptions): Promise<string[]> {
  const classpath = installLocalNeo4j(options.onProgress);
  await mkdir(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, "import.log");
  const { nodes, relationships } = options.files;
  const args = [
    "-Xmx1g",
    "-XX:+UseG1GC",
    "-Dfile.encoding=UTF-8",
    "-cp",
    classpath,
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
    "--verbose",
    ...nodes.map((file) => `--nodes=${file}`),
    ...relationships.map((file) => `--relationships=${file}`),
    // Bodies and sentences hold line breaks. Not the newer per-file form (format v2): its
    // chunker lost the quoting at a 4 MiB buffer boundary of a 2,000-article corpus ("found CR
    // outside a text cell") where the older reader has no such limit.
    "--multiline-fields=true",
    "--array-delimiter=U+001F",
    "--bad-tolerance=0",
    "--skip-bad-relationships=false",
    "--skip-duplicate-nodes=false",
    "--overwrite-destination=true",
    // Off-heap caches: a bounded share of a machine the importer does not have to itself.
    "--max-off-heap-memory=1g",
    `--report-file=${path.join(options.logDir, "import.report")}`,
    "neo4j",
  ];
  const log = createWriteStream(logFile);
  const child = spawn("java", args, {
    stdio: ["ignore", "pipe", "pipe"],
    // The importer reads neo4j.conf from NEO4J_CONF: the one LocalNeo4j writes beside the data.
    env: { ...process.env, NEO4J_HOME: options.dataDir, NEO4J_CONF: options.dataDir },
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  await new Promise<void>((resolve) => log.end(resolve));
  const output = await readFile(logFile, "utf8");
  if (code !== 0) {
    const tail = output.trim().split("\n").slice(-25).join("\n");
    throw new Error(`the Neo4j importer failed (exit ${code}); see ${logFile}:\n${tail}`);
  }
  return summaryLines(output);
}
