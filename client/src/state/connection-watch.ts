// Watches whether the data can be reached: health is polled (and asked at once when a request
// meets an unreachable server or a 503), and while the server or Neo4j is down, the state says
// so (the banner shows), every other request fails at once, and nothing stays "Loading…".
// When health is good again, the state clears and `onRecovered` reloads what had failed.
import { api, ApiError, onServiceTrouble, setServiceUnavailable } from "../api/api-client";
import type { ConnectionState, ExplorerState } from "./explorer-state";

/** Health polls while all is well, and while something is down (recovery shows sooner). */
const POLL_UP_MS = 2_500;
const POLL_DOWN_MS = 1_000;

export class ConnectionWatch {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private checking: Promise<void> | null = null;
  private stopped = false;
  private readonly offTrouble: () => void;

  constructor(
    private readonly state: ExplorerState,
    private readonly onRecovered: () => void,
  ) {
    this.offTrouble = onServiceTrouble(() => void this.check());
  }

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.offTrouble();
  }

  /** Asks health now (one question at a time) and updates the state from the answer. */
  check(): Promise<void> {
    this.checking ??= this.ask().finally(() => {
      this.checking = null;
      this.schedule();
    });
    return this.checking;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    const wait = this.state.connection.kind === "up" ? POLL_UP_MS : POLL_DOWN_MS;
    this.timer = setTimeout(() => void this.check(), wait);
  }

  private async ask(): Promise<void> {
    let next: ConnectionState;
    try {
      const health = await api.health();
      next =
        health.neo4j.status === "up"
          ? { kind: "up" }
          : {
              kind: "down",
              cause: "neo4j",
              message:
                health.neo4j.reason === "restarting"
                  ? "The database (Neo4j) stopped and is being restarted."
                  : "The database (Neo4j) cannot be reached.",
              since: health.neo4j.since,
            };
    } catch (error) {
      const since =
        this.state.connection.kind === "down"
          ? this.state.connection.since
          : new Date().toISOString();
      next = {
        kind: "down",
        cause: "server",
        message:
          error instanceof ApiError && error.status !== 0
            ? `The newsgraph server answers with errors (${error.message}).`
            : "The newsgraph server cannot be reached.",
        since,
      };
    }
    const was = this.state.connection;
    if (next.kind === "down") {
      setServiceUnavailable(`${next.message} Waiting for it to come back.`);
      if (was.kind !== "down" || was.message !== next.message) this.state.setConnection(next);
      if (was.kind === "up") this.settlePending(next.message);
    } else if (was.kind === "down") {
      setServiceUnavailable(null);
      this.state.setConnection(next);
      this.onRecovered();
    }
  }

  /** Panels waiting for an answer say what happened instead of "Loading…". */
  private settlePending(message: string): void {
    const { state } = this;
    if (state.details.kind === "loading") state.setDetails({ kind: "error", message });
    if (state.paths.kind === "loading") state.setPaths({ kind: "error", message });
    if (state.meetings.kind === "loading") state.setMeetings({ kind: "error", message });
  }
}
