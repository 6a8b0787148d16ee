// Asks Neo4j whether it answers, and how fast.
import type { Neo4jContext } from "./neo4j-context";

export interface Neo4jProbe {
  version: string;
  latencyMs: number;
}

/** Neo4j accepted no answer in time: busy or hung, which is not the same as unreachable. */
export class ProbeTimeout extends Error {
  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = "ProbeTimeout";
  }
}

/**
 * Resolves with the server's version and the round trip's time; rejects with the driver's error
 * when Neo4j cannot be reached, or with ProbeTimeout when it does not answer within `timeoutMs`.
 */
export async function probeNeo4j(context: Neo4jContext, timeoutMs = 3000): Promise<Neo4jProbe> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout(timeoutMs)), timeoutMs);
  });
  try {
    const info = await Promise.race([context.driver.getServerInfo(), timeout]);
    return {
      version: info.agent ?? "unknown",
      latencyMs: Math.round(performance.now() - started),
    };
  } finally {
    clearTimeout(timer);
  }
}
