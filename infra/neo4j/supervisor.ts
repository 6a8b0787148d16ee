// Keeps the app's local Neo4j running: when its JVM dies (a kill, a crash) the supervisor says
// so, starts it again on the same port and data folder, and tells whoever listens (the server's
// Neo4j monitor) when it is down and when it is back, so that the API fails fast meanwhile and
// recovers by itself.
import { startLocalNeo4j, type LocalNeo4jOptions, type RunningNeo4j } from "./local-neo4j";

/** What a listener hears: the JVM died ("down") or a new one accepts connections ("up"). */
export interface Neo4jStateChange {
  state: "down" | "up";
  /** Restarts so far (0 before the first). */
  restarts: number;
}

export interface SupervisedNeo4j {
  uri: string;
  username: string;
  password: string;
  port: number;
  dataDir: string;
  /** The pid of the JVM running now (the last one while it restarts). */
  pid(): number;
  restarts(): number;
  onChange(listener: (change: Neo4jStateChange) => void): void;
  /** Stops the JVM for good (no restart). */
  stop(): Promise<void>;
}

export interface SupervisorOptions extends LocalNeo4jOptions {
  /** Called with one line per event (death, restart, failed restart). */
  log?: (message: string) => void;
}

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/** Starts the local Neo4j and restarts it whenever its JVM exits without stop() being called. */
export async function superviseLocalNeo4j(options: SupervisorOptions): Promise<SupervisedNeo4j> {
  const log = options.log ?? (() => {});
  let current: RunningNeo4j = await startLocalNeo4j(options);
  const port = current.port;
  let restarts = 0;
  let stopping = false;
  let retry: { timer: NodeJS.Timeout; wake: () => void } | undefined;
  const listeners: ((change: Neo4jStateChange) => void)[] = [];
  const emit = (state: Neo4jStateChange["state"]) => {
    for (const listener of listeners) listener({ state, restarts });
  };

  const restart = async (): Promise<void> => {
    let delay = FIRST_RETRY_MS;
    while (!stopping) {
      try {
        // Same port and folder: clients keep their address, the data is recovered from its log.
        const started = performance.now();
        current = await startLocalNeo4j({ ...options, port, onProgress: undefined });
        if (stopping) {
          await current.stop();
          return;
        }
        restarts++;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        log(`Neo4j is back after ${seconds} s (pid ${current.pid}, restart ${restarts})`);
        watch(current);
        emit("up");
        return;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        log(`Neo4j did not restart (${reason}); trying again in ${delay / 1000} s`);
        await new Promise<void>((resolve) => {
          retry = { timer: setTimeout(resolve, delay), wake: resolve };
        });
        retry = undefined;
        delay = Math.min(delay * 2, MAX_RETRY_MS);
      }
    }
  };

  const watch = (running: RunningNeo4j): void => {
    void running.exited.then(({ code, signal }) => {
      if (stopping || running !== current) return;
      const how = signal ? `was killed (${signal})` : `exited (code ${code})`;
      log(`Neo4j (pid ${running.pid}) ${how}; restarting it on port ${port}`);
      emit("down");
      void restart();
    });
  };
  watch(current);

  return {
    uri: current.uri,
    username: current.username,
    password: current.password,
    port,
    dataDir: current.dataDir,
    pid: () => current.pid,
    restarts: () => restarts,
    onChange: (listener) => void listeners.push(listener),
    stop: async () => {
      stopping = true;
      if (retry) {
        clearTimeout(retry.timer);
        retry.wake();
      }
      await current.stop();
    },
  };
}
