// `npm run neo4j`: runs the project's local Neo4j on its own (the one `npm start` uses) and
// prints how to connect, e.g. for cypher-shell or another tool; Ctrl-C stops it.
import { LOCAL_DATA_DIR } from "../infra/neo4j/connection";
import { findRunningLocalNeo4j, startLocalNeo4j } from "../infra/neo4j/local-neo4j";
import { answerHelp } from "../infra/command-help";

answerHelp(`usage: npm run neo4j

Runs the project's local Neo4j (the one npm start and npm run ingest use, data in .neo4j/data)
on its own and prints NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD for other tools; when it
already runs, prints them and exits. Ctrl-C stops a Neo4j this command started. The first run
fetches Neo4j Community through Maven (Java 17+ and Maven needed).`);

async function main(): Promise<void> {
  const say = (message: string) => console.error(`neo4j: ${message}`);
  const running = await findRunningLocalNeo4j(LOCAL_DATA_DIR);
  if (running) {
    say(`already running (pid ${running.pid})`);
    console.log(
      `NEO4J_URI=${running.uri}\nNEO4J_USERNAME=neo4j\nNEO4J_PASSWORD=${running.password}`,
    );
    return;
  }
  const neo4j = await startLocalNeo4j({ dataDir: LOCAL_DATA_DIR, onProgress: say });
  console.log(`NEO4J_URI=${neo4j.uri}\nNEO4J_USERNAME=neo4j\nNEO4J_PASSWORD=${neo4j.password}`);
  say("running; Ctrl-C stops it");
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`neo4j: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
