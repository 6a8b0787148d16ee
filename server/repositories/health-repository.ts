// Asks Neo4j whether it answers, and how fast.
import type { Driver } from "neo4j-driver";

export interface Neo4jProbe {
  address: string;
  version: string;
  latencyMs: number;
}

/** Resolves with server details, or rejects when Neo4j does not answer within `timeoutMs`. */
export async function probeNeo4j(driver: Driver, timeoutMs = 3000): Promise<Neo4jProbe> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const info = await Promise.race([driver.getServerInfo(), timeout]);
    return {
      address: info.address ?? "unknown",
      version: info.agent ?? "unknown",
      latencyMs: Math.round(performance.now() - started),
    };
  } finally {
    clearTimeout(timer);
  }
}
