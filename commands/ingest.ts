// `npm run ingest -- [--strict] [files or folders]`: stores articles (default: graph-seed/articles)
// in the Neo4j named by NEO4J_URI, or in the project's local Neo4j.
import "dotenv/config";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { connectNeo4j } from "../infra/neo4j/connection";
import { progressReporter } from "../infra/progress";
import { SETTING_DEFAULTS } from "../settings/settings";
import { settingsOrExit } from "../infra/command-help";
import { IngestRefusedError, ingestInto, readFiles } from "../graph-seed/loading/ingest";
import { findArticleFiles } from "../graph-seed/loading/article-files";
import { BulkRefusedError, bulkLoad, checkBulkTarget } from "../infra/neo4j/bulk-load";
import { LOCAL_DATA_DIR } from "../infra/neo4j/connection";
import type { Settings } from "../settings/settings";

const here = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_INPUT = path.resolve(here, "../graph-seed/articles");

const HELP = `usage: npm run ingest -- [--strict] [--bulk] [files or folders...]

Stores news articles (UTF-8 text or saved web pages, one per file) in Neo4j with the entities and
relations extracted from them. Default input: graph-seed/articles. A folder is read for its
.txt, .text, .md, .html and .htm files (not recursively); a link in it is followed when it stays
inside it. A saved web page (HTML) is read as the text a reader sees: scripts, styles, menus and
forms left out.

Only regular files are read, at most INGEST_MAX_BYTES bytes each (default ${SETTING_DEFAULTS.INGEST_MAX_BYTES},
2 MiB), whatever their size claims. A file that is empty, binary, not UTF-8, too large, a pipe,
a device or a link out of its folder is refused: it is reported on stderr with its reason and
the other articles are stored, in batches of 200 articles, one transaction each, so no article
is ever half-written; articles are extracted in worker threads (one per core) meanwhile.

  --strict   all or nothing: if any input is refused, nothing is written
  --bulk     a first load into an empty database, through Neo4j's own importer
             (neo4j-admin database import) instead of transactions: several times faster
             for large corpora. Only the project's local Neo4j (NEO4J_URI unset), stopped
             (not under npm start) and empty; refused otherwise, changing nothing. The
             graph is the one the ordinary ingest stores from the same articles.
  --help     this text

Exit status: 0 when every input was stored (or was already there), 1 when any was refused,
2 on a usage error. Neo4j: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE, or the
local Neo4j that npm start runs.`;

async function main(argv: readonly string[]): Promise<number> {
  const args = argv.filter((arg) => arg !== "--");
  if (args.includes("--help") || args.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  const options = ["--strict", "--bulk"];
  const unknown = args.find((arg) => arg.startsWith("-") && !options.includes(arg));
  if (unknown !== undefined) {
    console.error(`ingest: unknown option ${unknown}; see npm run ingest -- --help`);
    return 2;
  }
  const strict = args.includes("--strict");
  const inputs = args.filter((arg) => !options.includes(arg));
  const settings = settingsOrExit("ingest");
  if (args.includes("--bulk")) {
    return bulk(settings, inputs.length > 0 ? inputs : [DEFAULT_INPUT], strict);
  }
  const maxBytes = settings.ingest.maxArticleBytes;
  const connection = await connectNeo4j(settings.neo4j, (m) => console.error(`ingest: ${m}`));
  try {
    const summary = await ingestInto(connection, {
      inputs: inputs.length > 0 ? inputs : [DEFAULT_INPUT],
      maxBytes,
      strict,
      onProgress: progressReporter("ingest"),
    });
    console.log(
      `ingest: ${summary.articles} article(s): ${summary.created} new, ${summary.unchanged} already stored`,
    );
    if (summary.refused.length === 0) return 0;
    console.error(
      `ingest: ${summary.refused.length} input(s) refused; the other articles were stored:\n` +
        summary.refused.map((p) => `  - ${p.message}`).join("\n"),
    );
    return 1;
  } catch (error) {
    if (error instanceof IngestRefusedError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await connection.stop();
  }
}

/** `--bulk`: the CSV files, the importer, the schema; refusals before anything is written. */
async function bulk(settings: Settings, inputs: string[], strict: boolean): Promise<number> {
  const say = (message: string) => console.error(`ingest: ${message}`);
  const report = progressReporter("ingest");
  try {
    await checkBulkTarget(settings.neo4j, LOCAL_DATA_DIR);
    const { files, problems } = await findArticleFiles(inputs);
    const result = await bulkLoad(readFiles(files, settings.ingest.maxArticleBytes), {
      dataDir: LOCAL_DATA_DIR,
      expected: files.length,
      onProgress: say,
      // Reading and extraction come first and take most of the time: say how far they are.
      onBatch: ({ done }) => report("extract", done, files.length),
      beforeImport: ({ summary }) => {
        problems.push(...summary.problems);
        if (problems.length > 0 && (strict || summary.stored === 0)) {
          throw new IngestRefusedError(problems);
        }
      },
    });
    const { summary } = result;
    console.log(
      `ingest: ${summary.stored} article(s) bulk-loaded: ${result.entities} entities, ` +
        `${result.relations} relations (CSV ${result.seconds.csv.toFixed(1)} s, import ` +
        `${result.seconds.import.toFixed(1)} s, schema ${result.seconds.finish.toFixed(1)} s)`,
    );
    if (problems.length === 0) return 0;
    console.error(
      `ingest: ${problems.length} input(s) refused; the other articles were stored:\n` +
        problems.map((p) => `  - ${p.message}`).join("\n"),
    );
    return 1;
  } catch (error) {
    if (error instanceof BulkRefusedError || error instanceof IngestRefusedError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
