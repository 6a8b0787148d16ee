// Requests in flight, counted in the state's `busy`, so the UI shows "loading…" and tests (and
// the benchmark) can wait until everything has settled and been drawn.
import type { ExplorerState } from "./explorer-state";

export class TaskTracker {
  #idleWaiters: (() => void)[] = [];

  constructor(private readonly state: ExplorerState) {}

  /** Runs an async task while counting it as busy; the task starts inside, so none escapes. */
  async track<T>(task: () => Promise<T>): Promise<T> {
    const { state } = this;
    state.setBusy(state.busy + 1);
    try {
      return await task();
    } finally {
      state.setBusy(state.busy - 1);
      if (state.busy === 0) {
        const waiters = this.#idleWaiters;
        this.#idleWaiters = [];
        // Let subscribers draw the final state before anyone waiting is told.
        queueMicrotask(() => queueMicrotask(() => waiters.forEach((w) => w())));
      }
    }
  }

  /** Resolves once no request is in flight and the state has been drawn. */
  whenIdle(): Promise<void> {
    if (this.state.busy === 0)
      return new Promise((resolve) => queueMicrotask(() => queueMicrotask(resolve)));
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }
}
