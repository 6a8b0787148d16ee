// `npm run ingest -- [files or folders]`: stores articles (default: graph-seed/articles) in the
// Neo4j named by NEO4J_URI, or in the project's local Neo4j.
import "dotenv/config";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { connectNeo4j } from "../../scripts/neo4j/connection";
import { progressReporter } from "../../scripts/progress";
import { IngestRefusedError, ingestInto } from "../loading/ingest";

const here = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_INPUT = path.resolve(here, "../articles");

async function main(): Promise<number> {
  const inputs = process.argv.slice(2).filter((arg) => arg !== "--");
  const maxBytes = process.env.INGEST_MAX_BYTES ? Number(process.env.INGEST_MAX_BYTES) : undefined;
  if (maxBytes !== undefined && !(maxBytes > 0)) {
    console.error("ingest: INGEST_MAX_BYTES must be a positive number of bytes");
    return 2;
  }
  const connection = await connectNeo4j(process.env, (m) => console.error(`ingest: ${m}`));
  try {
    const summary = await ingestInto(connection, {
      inputs: inputs.length > 0 ? inputs : [DEFAULT_INPUT],
      maxBytes,
      onProgress: progressReporter("ingest"),
    });
    console.log(
      `ingest: ${summary.articles} article(s): ${summary.created} new, ${summary.unchanged} already stored`,
    );
    return 0;
  } catch (error) {
    if (error instanceof IngestRefusedError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await connection.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
