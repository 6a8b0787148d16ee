// Checks that every statement the ingestion writes with finds its nodes through an index:
// EXPLAIN on each (with a sample batch's parameters) must show no label or full scan, which
// would make each write slower as the graph grows. Used by `npm run bench:ingest` and a test.
import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { batchStatements } from "../graph-seed/loading/batch-writer";
import { prepareArticle } from "../graph-seed/loading/prepared-article";
import { newsCorpus } from "./news-corpus";

/** Plan operators that read nodes or relationships without an index. */
const SCANS = /AllNodesScan|LabelScan|RelationshipTypeScan|AllRelationshipsScan/;

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType, ...plan.children.flatMap(operators)];
}

/**
 * The write statements whose plan scans (each as "first line of the statement: operators"),
 * empty when every one uses an index. Needs the schema applied.
 */
export async function unindexedWrites(driver: Driver, database?: string): Promise<string[]> {
  const pages = newsCorpus(7);
  const sample = Array.from({ length: 20 }, (_, i) => {
    const raw = pages.next();
    const id = createHash("sha256").update(raw).digest("hex").slice(0, 32);
    return prepareArticle({ path: `plan/${i}.txt`, fileName: `${i}.txt`, id, raw });
  });
  const problems: string[] = [];
  for (const statement of batchStatements(sample)) {
    const { summary } = await driver.executeQuery(
      `EXPLAIN ${statement.text}`,
      statement.parameters,
      { database },
    );
    const found = summary.plan ? operators(summary.plan as PlanNode) : [];
    const scans = found.filter((op) => SCANS.test(op));
    if (scans.length > 0) {
      problems.push(`${statement.text.split("\n")[0]?.trim()} ...: ${scans.join(", ")}`);
    }
  }
  return problems;
}
