// The pure extraction pipeline's public API: parse a page, split sentences, extract knowledge.

export { parseArticle } from "./article-parser";
export { splitSentences } from "./sentence-splitter";
export { extract, MIN_CONFIDENCE } from "./extract";
