// Runs one scenario twice: through HTTP with autocannon, and as the same service call made
// directly through the driver, with the same concurrency, and summarises both.
import { fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import type { HttpLoad } from "./http-load-child";

export interface Figures {
  p50: number;
  p99: number;
  perSecond: number;
  requests: number;
  errors: number;
}

/**
 * autocannon against `paths` (taken in turn, round and round), in a child process
 * (http-load-child.ts), so that neither the load generator's event loop nor its CPU is the
 * server's.
 */
export async function runHttp(
  base: string,
  paths: readonly string[],
  connections: number,
  seconds: number,
): Promise<Figures> {
  // The child inherits this process's loader flags (tsx), so it runs the TypeScript module.
  const child = fork(fileURLToPath(new URL("./http-load-child.ts", import.meta.url)));
  const exited = once(child, "exit");
  const answered = once(child, "message");
  child.send({ base, paths: [...paths], connections, seconds } satisfies HttpLoad);
  const first = await Promise.race([answered, exited.then(() => null)]);
  await exited;
  if (!first) throw new Error("the HTTP load generator ended without figures");
  return first[0] as Figures;
}

/** `connections` workers calling `work` back to back for `seconds`. */
export async function runDirect(
  work: () => Promise<unknown>,
  connections: number,
  seconds: number,
): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      try {
        await work();
      } catch {
        errors++;
      }
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    p50: at(0.5),
    p99: at(0.99),
    perSecond: latencies.length / elapsed,
    requests: latencies.length,
    errors,
  };
}
