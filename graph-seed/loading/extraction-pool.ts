// Extraction beside the writer: worker threads that parse and extract chunks of articles while
// the main thread writes earlier batches to Neo4j, so that both cores work. With no workers
// (a handful of files, where starting threads costs more than it saves) chunks are prepared
// inline, one at a time.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleFile } from "./article-files";
import {
  prepareOutcome,
  type ExtractionJob,
  type ExtractionReply,
  type PreparedOutcome,
} from "./prepared-article";

const ENTRY = new URL("./extraction-worker-entry.mjs", import.meta.url);

/** Workers for a run of `articles`: none for a few, else one per core (at least one). */
export function defaultWorkerCount(articles: number): number {
  return articles < 200 ? 0 : Math.max(1, availableParallelism());
}

export interface ExtractionPool {
  /** Prepares the files, resolving with their outcomes in the same order. */
  prepare(files: ArticleFile[]): Promise<PreparedOutcome[]>;
  close(): Promise<void>;
}

export function createExtractionPool(workers: number): ExtractionPool {
  return workers > 0 ? new WorkerPool(workers) : inlinePool;
}

const inlinePool: ExtractionPool = {
  prepare: (files) => Promise.resolve(files.map(prepareOutcome)),
  close: () => Promise.resolve(),
};

interface Pending {
  resolve: (outcomes: PreparedOutcome[]) => void;
  reject: (error: unknown) => void;
  worker: Worker;
}

class WorkerPool implements ExtractionPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private readonly load = new Map<Worker, number>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(count: number) {
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(ENTRY);
      this.load.set(worker, 0);
      worker.on("message", (reply: ExtractionReply | "ready") => {
        if (reply === "ready") return;
        const job = this.pending.get(reply.id);
        if (!job) return;
        this.pending.delete(reply.id);
        this.load.set(worker, (this.load.get(worker) ?? 1) - 1);
        job.resolve(reply.outcomes);
      });
      // A worker that fails (a bug in extraction) fails the run: its jobs reject with the cause.
      worker.on("error", (error) => this.fail(worker, error));
      worker.on("exit", (code) => {
        if (code !== 0) this.fail(worker, new Error(`extraction worker exited (${code})`));
      });
      return worker;
    });
  }

  prepare(files: ArticleFile[]): Promise<PreparedOutcome[]> {
    if (this.failure) return Promise.reject(this.failure);
    // The least busy worker takes the chunk.
    const worker = this.workers.reduce((a, b) =>
      (this.load.get(a) ?? 0) <= (this.load.get(b) ?? 0) ? a : b,
    );
    const id = this.nextId++;
    this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      const job: ExtractionJob = { id, files };
      worker.postMessage(job);
    });
  }

  private fail(worker: Worker, error: Error): void {
    this.failure ??= error;
    for (const [id, job] of this.pending) {
      if (job.worker !== worker) continue;
      this.pending.delete(id);
      job.reject(error);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
