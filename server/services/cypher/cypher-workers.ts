// User Cypher runs in worker threads, never on the event loop that serves the API: decoding a
// huge record, converting rows and encoding JSON happen there, under a heap limit of their own.
// A worker that overruns its heap dies alone (the query's answer is then "too large"); a query
// past its deadline or abandoned by its client is answered at once, and its worker ended if
// it does not come back within a grace, whatever the driver is doing. Idle workers are kept for the next query, since starting
// one (loading the TypeScript and the driver) takes one or two seconds; a worker announces
// itself with one message when it is ready.
import { Worker } from "node:worker_threads";
import type { QueryPosition } from "../../../contract/api";
import type { ErrorCode } from "../../../contract/errors";
import { ApiError } from "../../errors";
import type { QueryFailure } from "../../repositories/cypher-repository";
import type { Neo4jTarget } from "../../repositories/neo4j-context";
import type { CypherJob } from "./cypher-answer";

export type WorkerError =
  | { type: "api"; code: ErrorCode; message: string; position?: QueryPosition }
  | { type: "query"; kind: QueryFailure["kind"]; message: string; position?: QueryPosition }
  | { type: "unavailable"; message: string }
  | { type: "internal"; message: string; stack?: string };

export type WorkerReply = { ok: true; body: Uint8Array } | { ok: false; error: WorkerError };

/** A job's failure as the worker described it (or its death, as `internal`/`api`). */
export class WorkerFailure extends Error {
  constructor(readonly failure: WorkerError) {
    super(failure.message);
    this.name = "WorkerFailure";
  }
}

const ENTRY = new URL("./cypher-worker-entry.mjs", import.meta.url);
/** Idle workers kept beyond this are ended. */
const MAX_IDLE = 4;
/** How long a worker whose request gave up may take to come back before it is ended. */
const ABANDON_GRACE_MS = 2_000;

export class CypherWorkers {
  /** Loaded workers waiting for a job. */
  private readonly idle: Worker[] = [];
  /** Workers still loading. */
  private readonly starting = new Set<Worker>();
  private readonly all = new Set<Worker>();
  /** Queries waiting for a worker, served first come first served. */
  private readonly waiting: { take: (worker: Worker) => void; fail: (error: unknown) => void }[] =
    [];
  private closed = false;

  constructor(
    private readonly target: Neo4jTarget,
    /** Heap (old generation) each worker may use, in MB. */
    readonly heapMb = 256,
  ) {}

  /**
   * Runs `job` in a worker and resolves with the answer's JSON bytes. Aborting `signal`
   * rejects at once with the signal's reason (the worker is ended if it does not come back
   * within a grace). Rejects with a WorkerFailure when the job failed or the worker died.
   */
  async run(job: CypherJob, signal: AbortSignal): Promise<Uint8Array> {
    const worker = await this.acquire(signal);
    return new Promise<Uint8Array>((resolve, reject) => {
      let abandoned = false;
      let grace: NodeJS.Timeout | undefined;
      const settle = () => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        signal.removeEventListener("abort", onAbort);
        clearTimeout(grace);
      };
      const onMessage = (reply: WorkerReply) => {
        settle();
        // After a stack overflow Neo4j leaves the worker's connection failed (it answers every
        // later query IGNORED): that worker's driver is not to be used again.
        if (!reply.ok && reply.error.type === "query" && reply.error.kind === "too-deep") {
          this.end(worker);
        } else this.release(worker);
        if (abandoned) return;
        if (reply.ok) resolve(reply.body);
        else reject(new WorkerFailure(reply.error));
      };
      const onError = (error: Error & { code?: string }) => {
        settle();
        if (!abandoned) reject(new WorkerFailure(this.deathOf(error)));
      };
      const onExit = (code: number) => {
        settle();
        if (!abandoned) {
          reject(new WorkerFailure({ type: "internal", message: `worker exited (${code})` }));
        }
      };
      // The request is answered at once. The worker usually comes back soon (its transaction
      // is terminated meanwhile) and serves the next query; one still busy after the grace
      // (decoding a huge record, waiting on a query Neo4j cannot stop) is ended.
      const onAbort = () => {
        abandoned = true;
        reject(signal.reason);
        grace = setTimeout(() => {
          settle();
          this.end(worker);
        }, ABANDON_GRACE_MS);
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      signal.addEventListener("abort", onAbort, { once: true });
      worker.postMessage(job);
    });
  }

  /**
   * Starts a worker ahead of the first query, so that it does not wait for one to load;
   * resolves when it is ready (or could not start: the next query will say why).
   */
  async warm(): Promise<void> {
    if (this.closed || this.idle.length > 0) return;
    const worker = this.starting.values().next().value ?? this.spawn();
    await new Promise((resolve) => {
      worker.once("message", resolve);
      worker.once("exit", resolve);
    });
  }

  /** Ends every worker; later runs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.fail(this.shuttingDown());
    await Promise.all([...this.all].map((w) => w.terminate()));
  }

  /**
   * A loaded worker: an idle one, else the first to be ready or to come back from a job (one
   * more is started for each query waiting beyond those starting already).
   */
  private acquire(signal: AbortSignal): Promise<Worker> {
    signal.throwIfAborted();
    if (this.closed) return Promise.reject(this.shuttingDown());
    const idle = this.idle.pop();
    if (idle) return Promise.resolve(idle);
    return new Promise<Worker>((resolve, reject) => {
      const waiter = {
        take: (worker: Worker) => {
          signal.removeEventListener("abort", onAbort);
          resolve(worker);
        },
        fail: (error: unknown) => {
          signal.removeEventListener("abort", onAbort);
          reject(error);
        },
      };
      const onAbort = () => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.waiting.push(waiter);
      if (this.starting.size < this.waiting.length) this.spawn();
    });
  }

  private spawn(): Worker {
    const worker = new Worker(ENTRY, {
      workerData: this.target,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: 32 },
    });
    // Idle workers must not keep the process alive; a running query has its request for that.
    worker.unref();
    // Without a listener, a worker's error would be thrown in the main thread.
    worker.on("error", () => undefined);
    // Its first message says it has loaded.
    worker.once("message", () => {
      this.starting.delete(worker);
      this.release(worker);
    });
    worker.once("exit", (code) => {
      const wasStarting = this.starting.delete(worker);
      this.all.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      if (wasStarting && this.waiting.length > this.starting.size) {
        this.waiting
          .shift()!
          .fail(
            new WorkerFailure({ type: "internal", message: `a worker could not start (${code})` }),
          );
      }
      // One warm spare, so that the query after a stopped one does not wait for a start.
      if (!this.closed && this.idle.length + this.starting.size === 0) this.spawn();
    });
    this.starting.add(worker);
    this.all.add(worker);
    return worker;
  }

  /** A loaded worker is free: to the first waiting query, else idle (up to MAX_IDLE). */
  private release(worker: Worker): void {
    if (!this.all.has(worker)) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter.take(worker);
    else if (this.idle.length < MAX_IDLE && !this.closed) this.idle.push(worker);
    else this.end(worker);
  }

  private shuttingDown(): WorkerFailure {
    return new WorkerFailure({ type: "unavailable", message: "the server is shutting down" });
  }

  private end(worker: Worker): void {
    void worker.terminate();
  }

  private deathOf(error: Error & { code?: string }): WorkerError {
    if (error.code === "ERR_WORKER_OUT_OF_MEMORY") {
      return {
        type: "api",
        code: "RESULT_TOO_LARGE",
        message:
          `the answer needs more than the ${this.heapMb} MB of memory a query may use in the ` +
          "server; return fewer or smaller values (e.g. size(list) instead of the list)",
      };
    }
    return { type: "internal", message: error.message, stack: error.stack };
  }
}

/** The ApiError for a job's failure that is not a QueryFailure (those need the query's limits). */
export function workerApiError(failure: WorkerError): ApiError | null {
  switch (failure.type) {
    case "api":
      return new ApiError(failure.code, failure.message, failure.position);
    case "unavailable":
      return new ApiError("NEO4J_UNAVAILABLE", "the graph database is unreachable; retry shortly");
    case "internal":
      return null;
    case "query":
      return null;
  }
}
