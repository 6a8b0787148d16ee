// Every evidence sentence of the relations in view, for exports a reader can fact-check. The
// view holds only counts (and details hold the first ten), so the sentences are fetched relation
// by relation, in pages of the server's cap, a few relations at a time, with progress. A relation
// whose sentences cannot all be had fails the export: a file never leaves some out silently.
import type { EvidenceItem } from "../../../contract/api";
import { api, EVIDENCE_PAGE_CAP } from "../api/api-client";
import type { EvidenceByRelation } from "../io/fact-check-files";

/** Relations fetched at once: enough to hide latency, few enough to leave the server to others. */
const PARALLEL = 3;

/** A relation and how many sentences the view says it has (0: nothing to fetch). */
export interface RelationToCollect {
  id: string;
  evidenceCount: number;
}

/** All of one relation's evidence, page by page, until the server's own count is reached. */
async function relationEvidence(id: string): Promise<EvidenceItem[]> {
  const items: EvidenceItem[] = [];
  for (;;) {
    const page = await api.evidencePage(id, items.length, EVIDENCE_PAGE_CAP);
    items.push(...page.evidence);
    if (items.length >= page.evidenceCount) return items;
    if (page.evidence.length === 0) {
      throw new Error(
        `the server gave ${items.length} of the ${page.evidenceCount} sentences of relation ${id}`,
      );
    }
  }
}

/**
 * Fetches the evidence of every relation; `progress(done, total)` after each relation. Rejects
 * with the first failure (the caller exports nothing then).
 */
export async function collectEvidence(
  relations: readonly RelationToCollect[],
  progress: (done: number, total: number) => void,
): Promise<EvidenceByRelation> {
  const collected = new Map<string, readonly EvidenceItem[]>();
  const queue = relations.filter((r) => r.evidenceCount > 0);
  for (const r of relations) if (r.evidenceCount === 0) collected.set(r.id, []);
  let next = 0;
  let done = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    // After a failure the other workers stop too: the export is off, their answers unneeded.
    while (!failed && next < queue.length) {
      const { id } = queue[next++]!;
      try {
        collected.set(id, await relationEvidence(id));
      } catch (error) {
        failed = true;
        throw error;
      }
      progress(++done, queue.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
  return collected;
}
