// Runs one scenario twice: through HTTP with autocannon, and as the same service call made
// directly through the driver, with the same concurrency, and summarises both.
import autocannon from "autocannon";

export interface Figures {
  p50: number;
  p99: number;
  perSecond: number;
  requests: number;
  errors: number;
}

/**
 * autocannon against `paths` (taken in turn, round and round), in a worker thread of its own so
 * that the load generator does not share the server's event loop.
 */
export async function runHttp(
  base: string,
  paths: readonly string[],
  connections: number,
  seconds: number,
): Promise<Figures> {
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    workers: 1,
    requests: paths.map((path) => ({ method: "GET", path })),
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    perSecond: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
  };
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
