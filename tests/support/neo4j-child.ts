// A parent process for the orphan test: starts a local Neo4j, prints its JVM's pid, then idles
// until it is killed.
import { startLocalNeo4j } from "../../infra/neo4j/local-neo4j";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: neo4j-child.ts <data dir>");
const neo4j = await startLocalNeo4j({ dataDir, heap: "256m", pageCache: "32m" });
console.log(JSON.stringify({ pid: neo4j.pid }));
setInterval(() => {}, 60_000);
