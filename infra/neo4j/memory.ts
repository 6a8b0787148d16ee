// How the local Neo4j's memory is shared out: the JVM heap, and the transaction memory limits
// set from it so that tracked query memory can never reach the heap.
//
// Neo4j tracks what its operators hold (collect, sort, distinct, transaction state) against
// `db.memory.transaction.max` (one transaction) and `dbms.memory.transaction.total.max` (all
// of them). Values built inside one expression, such as a string doubled by `reduce`, are not
// tracked: they can only be stopped by the heap itself. So the tracked limits take at most half
// of the heap, which leaves the rest for such values and for Neo4j's own work, and the JVM runs
// without -XX:+ExitOnOutOfMemoryError (Neo4j's default): a heap OutOfMemoryError then fails
// the one query that caused it (Neo.TransientError.General.OutOfMemoryError) instead of
// killing the database. If the JVM dies anyway, the supervisor (supervisor.ts) restarts it.

const UNITS: Record<string, number> = { k: 1 / 1024, m: 1, g: 1024 };

export interface Neo4jMemory {
  /** -Xmx value, e.g. "768m". */
  heap: string;
  /** `db.memory.transaction.max`: one transaction's tracked memory. */
  transactionMax: string;
  /** `dbms.memory.transaction.total.max`: all transactions' tracked memory together. */
  transactionTotalMax: string;
}

/** Parses a JVM-style size ("512m", "1G") into MiB; throws on anything else. */
export function toMiB(size: string | undefined): number {
  const match = /^(\d+)([kmg])$/i.exec(size?.trim() ?? "");
  if (!match) {
    throw new Error(`memory size '${size}' is not a number followed by k, m or g (e.g. "768m")`);
  }
  return Number(match[1]) * UNITS[match[2]!.toLowerCase()]!;
}

/** The transaction limits for a heap: a quarter of it per transaction, half of it in total. */
export function memoryForHeap(heap: string): Neo4jMemory {
  const heapMiB = toMiB(heap);
  if (heapMiB < 256) throw new Error(`a heap of ${heap} is too small for Neo4j (256m at least)`);
  return {
    heap,
    transactionMax: `${Math.floor(heapMiB / 4)}m`,
    transactionTotalMax: `${Math.floor(heapMiB / 2)}m`,
  };
}
