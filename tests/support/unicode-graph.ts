// The graph the export and offset tests read: the seed articles plus two of our own with emoji,
// Hangul and accented names (tests/fixtures/unicode-articles), where José Müller and Lee In-young
// meet on two dates and disagree: parallel edges of one pair, of one type and of two.
import type { Driver } from "neo4j-driver";
import { ingest } from "../../graph-seed/loading/ingest";
import { clearGraph, neo4jTarget } from "./neo4j";

export async function ingestUnicodeGraph(driver: Driver): Promise<void> {
  await clearGraph(driver);
  await ingest({
    driver,
    database: neo4jTarget().database,
    inputs: ["graph-seed/articles", "tests/fixtures/unicode-articles"],
  });
}
