// Whether Neo4j answers, known without waiting on it: health reads this state, and while it says
// "down" every other endpoint answers 503 at once instead of waiting for the driver's connection
// timeouts and retries. The state goes down when a request meets an unreachable Neo4j, when a
// probe fails, or when the app's supervised Neo4j dies; it comes back up with the first probe
// that succeeds (polled every second while down, and before refusing a request).
import type { Logger } from "../logger";
import { ProbeTimeout, probeNeo4j } from "../repositories/health-repository";
import type { Neo4jContext } from "../repositories/neo4j-context";

export type Neo4jDownReason = "unreachable" | "unresponsive" | "restarting";

export type Neo4jState =
  | { status: "up"; version: string; latencyMs: number }
  | { status: "down"; reason: Neo4jDownReason; since: Date };

/** News from an app-managed Neo4j (infra/neo4j/supervisor.ts): its JVM died, or is back. */
export interface ManagedNeo4j {
  onChange(listener: (change: { state: "down" | "up"; restarts: number }) => void): void;
}

/** How long a request or health waits for a probe before going by the last known state. */
const QUICK_WAIT_MS = 150;
/** How long a request waits for a probe while Neo4j is down, before its 503 (fast: < 1 s). */
const GATE_WAIT_MS = 800;
/** A down state confirmed this recently is trusted without probing again. */
const TRUST_DOWN_MS = 250;
const POLL_WHILE_DOWN_MS = 1_000;
/**
 * A probe that found Neo4j up is trusted this long by requests that run late: under load many
 * requests pass the gate's probe delay, and a probe for each would add a round trip per request.
 */
const TRUST_UP_MS = 500;
/** Probes that time out in a row before a Neo4j that accepts connections counts as down. */
const TIMEOUTS_BEFORE_DOWN = 3;

export class Neo4jMonitor {
  private state: Neo4jState = { status: "up", version: "unknown", latencyMs: 0 };
  private probing: Promise<void> | undefined;
  private confirmedAt = 0;
  private upConfirmedAt = 0;
  private timeouts = 0;
  private jvmGone = false;
  private restartCount: number | undefined;
  private poll: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly neo4j: Neo4jContext,
    private readonly logger?: Logger,
  ) {}

  /** The last known state. */
  current(): Neo4jState {
    return this.state;
  }

  /** Restarts of an app-managed Neo4j so far; undefined when the app does not manage it. */
  restarts(): number | undefined {
    return this.restartCount;
  }

  /** Follows an app-managed Neo4j: down the moment its JVM dies, probed again once it is back. */
  follow(managed: ManagedNeo4j): void {
    this.restartCount = 0;
    managed.onChange(({ state, restarts }) => {
      this.restartCount = restarts;
      this.jvmGone = state === "down";
      if (state === "down") this.markDown("restarting");
      else void this.check(Number.POSITIVE_INFINITY);
    });
  }

  /**
   * Probes Neo4j now (one probe shared by all callers) and returns the state, waiting at most
   * `waitMs`: a probe slower than that leaves the state as it was, since a busy Neo4j (a long
   * garbage collection) is not a Neo4j that is down. By default a Neo4j that is up gets
   * QUICK_WAIT_MS; one that is down gets the whole probe, since a Neo4j just back needs a new
   * connection (and a refused one fails at once).
   */
  async check(waitMs?: number): Promise<Neo4jState> {
    waitMs ??= this.state.status === "up" ? QUICK_WAIT_MS : Number.POSITIVE_INFINITY;
    this.probing ??= this.probe().finally(() => (this.probing = undefined));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.probing,
      new Promise<void>((resolve) => {
        if (Number.isFinite(waitMs)) timer = setTimeout(resolve, waitMs);
      }),
    ]);
    clearTimeout(timer);
    return this.state;
  }

  /** For the request gate: true when Neo4j is down and a quick look does not say otherwise. */
  async isDown(): Promise<boolean> {
    if (this.state.status === "up") return false;
    if (this.jvmGone || Date.now() - this.confirmedAt < TRUST_DOWN_MS) return true;
    return (await this.check(GATE_WAIT_MS)).status === "down";
  }

  /** How much longer the last probe that found Neo4j up is trusted (0: probe again). */
  upTrustedForMs(): number {
    if (this.state.status !== "up") return 0;
    return Math.max(0, this.upConfirmedAt + TRUST_UP_MS - Date.now());
  }

  /** A request met an unreachable Neo4j: down until a probe says otherwise. */
  reportUnavailable(): void {
    if (this.state.status === "up") this.markDown("unreachable");
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.poll);
  }

  private async probe(): Promise<void> {
    try {
      const { version, latencyMs } = await probeNeo4j(this.neo4j);
      this.timeouts = 0;
      this.markUp(version, latencyMs);
    } catch (error) {
      if (!(error instanceof ProbeTimeout)) {
        this.markDown(this.jvmGone ? "restarting" : "unreachable");
      } else if (++this.timeouts >= TIMEOUTS_BEFORE_DOWN) {
        this.markDown("unresponsive");
      } else {
        this.logger?.warn(`Neo4j is slow to answer: ${error.message}`);
      }
    }
  }

  private markUp(version: string, latencyMs: number): void {
    const previous = this.state;
    this.jvmGone = false;
    this.upConfirmedAt = Date.now();
    this.state = { status: "up", version, latencyMs };
    clearTimeout(this.poll);
    if (previous.status === "down") {
      const seconds = ((Date.now() - previous.since.getTime()) / 1000).toFixed(1);
      this.logger?.info(`Neo4j answers again after ${seconds} s down; serving normally`);
    }
  }

  private markDown(reason: Neo4jDownReason): void {
    this.confirmedAt = Date.now();
    if (this.state.status === "down") {
      if (this.state.reason !== reason) this.state = { ...this.state, reason };
      return;
    }
    this.state = { status: "down", reason, since: new Date() };
    this.logger?.warn(`Neo4j is down (${reason}); the API answers 503 until it is back`);
    this.schedulePoll();
  }

  private schedulePoll(): void {
    if (this.stopped) return;
    clearTimeout(this.poll);
    this.poll = setTimeout(() => {
      void this.check(Number.POSITIVE_INFINITY).then((state) => {
        if (state.status === "down") this.schedulePoll();
      });
    }, POLL_WHILE_DOWN_MS);
    this.poll.unref();
  }
}
