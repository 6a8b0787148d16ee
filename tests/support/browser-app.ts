// The explorer as browser tests see it: the seed graph ingested into the run's Neo4j and the
// real server serving the freshly built client (client/dist, built by `npm run build`).
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "../../graph-seed/loading/ingest";
import { loadSettings } from "../../settings/settings";
import { createLogger } from "../../server/logger";
import { start, type Neo4jTarget, type RunningServer } from "../../server/server";
import { clearGraph, neo4jTarget, testDriver } from "./neo4j";

const here = path.dirname(fileURLToPath(import.meta.url));
export const CLIENT_DIST = path.resolve(here, "../../client/dist");

function builtClient(): string {
  if (!existsSync(path.join(CLIENT_DIST, "index.html"))) {
    throw new Error(
      "browser tests: client/dist is missing; run `npm run build` first (npm test does)",
    );
  }
  return CLIENT_DIST;
}

/**
 * Clears the graph, ingests the seed articles (and any further `inputs`) and starts the server on
 * a free port.
 */
export async function startSeededExplorer(inputs: string[] = []): Promise<RunningServer> {
  const driver = testDriver();
  try {
    await clearGraph(driver);
    await ingest({
      driver,
      database: neo4jTarget().database,
      inputs: ["graph-seed/articles", ...inputs],
    });
  } finally {
    await driver.close();
  }
  return startExplorer(neo4jTarget());
}

/** The server against any Neo4j target (a wrong one shows the explorer's error state). */
export function startExplorer(target: Neo4jTarget): Promise<RunningServer> {
  return start({
    settings: loadSettings({ PORT: "0", HOST: "127.0.0.1" }).server,
    logger: createLogger("silent"),
    neo4j: target,
    clientDir: builtClient(),
  });
}
