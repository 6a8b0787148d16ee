// `npm run --silent extract -- <article-file>`: extracts one article and prints
// { entities, relations } as one JSON object on stdout (the contract of ../shared/eval).

import { readFileSync } from "node:fs";
import { extract, parseArticle } from "../extraction/index";

function main(argv: readonly string[]): number {
  const file = argv[0];
  if (file === undefined || argv.length > 1) {
    console.error("extract: usage: npm run --silent extract -- <article-file>");
    return 2;
  }
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    console.error(`extract: cannot read ${file}: ${reason}`);
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

process.exitCode = main(process.argv.slice(2));
