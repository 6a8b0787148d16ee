// `npm run --silent extract -- <article-file>`: extracts one article and prints
// { entities, relations } as one JSON object on stdout (the contract of ../shared/eval).

import { extract, parseArticle } from "../graph-seed/extraction/index";
import { IngestInputError, readArticleFile } from "../graph-seed/loading/article-files";
import { SETTING_DEFAULTS } from "../settings/settings";
import { settingsOrExit } from "../infra/command-help";

const HELP = `usage: npm run --silent extract -- <article-file>

Prints the entities and relations of one article (plain UTF-8 text) as one JSON object:
{ "entities": [...], "relations": [...] }. Nothing is stored.

The file is read like ingest reads it: a regular file of at most INGEST_MAX_BYTES bytes
(default ${SETTING_DEFAULTS.INGEST_MAX_BYTES}); an empty, binary, non-UTF-8 or too large file, a pipe or a device is
refused with its reason. Page clutter (menus, bylines, captions, footers) is removed first;
a page with no article text left is refused. Exit status: 0 done, 1 refused, 2 usage error.`;

async function main(argv: readonly string[]): Promise<number> {
  const args = argv.filter((arg) => arg !== "--");
  if (args.includes("--help") || args.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  const file = args[0];
  if (file === undefined || args.length > 1 || file.startsWith("-")) {
    console.error("extract: usage: npm run --silent extract -- <article-file> (see --help)");
    return 2;
  }
  const maxBytes = settingsOrExit("extract").ingest.maxArticleBytes;
  let raw: string;
  try {
    raw = (await readArticleFile(file, maxBytes)).raw;
  } catch (err) {
    const reason =
      err instanceof IngestInputError ? err.reason : err instanceof Error ? err.message : err;
    console.error(`extract: cannot read ${file}: ${String(reason)}`);
    return 1;
  }
  const article = parseArticle(raw);
  if (article.body.trim() === "") {
    console.error(
      `extract: ${file} has no article text after removing page clutter; nothing to extract`,
    );
    return 1;
  }
  const { entities, relations } = extract(article);
  process.stdout.write(`${JSON.stringify({ entities, relations })}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`extract: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
