// `npm run ingest -- [--strict] [files or folders]`: stores articles (default: graph-seed/articles)
// in the Neo4j named by NEO4J_URI, or in the project's local Neo4j.
import "dotenv/config";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { connectNeo4j } from "../infra/neo4j/connection";
import { progressReporter } from "../infra/progress";
import { SETTING_DEFAULTS } from "../settings/settings";
import { settingsOrExit } from "../infra/command-help";
import { IngestRefusedError, ingestInto } from "../graph-seed/loading/ingest";

const here = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_INPUT = path.resolve(here, "../graph-seed/articles");

const HELP = `usage: npm run ingest -- [--strict] [files or folders...]

Stores news articles (plain UTF-8 text, one article per file) in Neo4j with the entities and
relations extracted from them. Default input: graph-seed/articles. A folder is read for its
.txt, .text and .md files (not recursively); a link in it is followed when it stays inside it.

Only regular files are read, at most INGEST_MAX_BYTES bytes each (default ${SETTING_DEFAULTS.INGEST_MAX_BYTES},
2 MiB), whatever their size claims. A file that is empty, binary, not UTF-8, too large, a pipe,
a device or a link out of its folder is refused: it is reported on stderr with its reason and
the other articles are stored, in batches of 200 articles, one transaction each, so no article
is ever half-written; articles are extracted in worker threads (one per core) meanwhile.

  --strict   all or nothing: if any input is refused, nothing is written
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
  const unknown = args.find((arg) => arg.startsWith("-") && arg !== "--strict");
  if (unknown !== undefined) {
    console.error(`ingest: unknown option ${unknown}; see npm run ingest -- --help`);
    return 2;
  }
  const strict = args.includes("--strict");
  const inputs = args.filter((arg) => arg !== "--strict");
  const settings = settingsOrExit("ingest");
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
