// The loading half of `npm run bench:extract`: stores extracted articles in Neo4j (NEO4J_URI, or
// a local Neo4j of its own in a scratch folder) through the ingest's own writer, and prints
// entities/s and relationships/s.
import { createHash } from "node:crypto";
import type { Neo4jSettings } from "../settings/settings";
import { benchDriver, neo4jForBench } from "./bench-neo4j";
import { prepareArticle, storeArticles, type PreparedArticle } from "../graph-seed/loading/ingest";

export async function benchLoad(
  pages: readonly string[],
  settings: Neo4jSettings,
  batchSize: number,
): Promise<void> {
  const prepared: PreparedArticle[] = pages.map((raw, i) =>
    prepareArticle({
      path: `bench/${i}.txt`,
      fileName: `${i}.txt`,
      id: createHash("sha256").update(raw).digest("hex").slice(0, 32),
      raw,
    }),
  );

  const neo = await neo4jForBench({ settings, name: "load-", heap: "1g", pageCache: "512m" });
  const target = neo.target;
  if (settings.uri) console.log(`  (loading into ${target.uri}; its existing data is kept)`);

  const driver = benchDriver(target);
  try {
    const count = async (cypher: string) =>
      Number((await driver.executeQuery(cypher)).records[0]?.get(0) ?? 0);
    const entitiesBefore = await count("MATCH (e:Entity) RETURN count(e)");
    const relsBefore = await count("MATCH ()-[r]->() RETURN count(r)");
    const started = performance.now();
    await storeArticles({ driver, batchSize }, prepared);
    const seconds = (performance.now() - started) / 1000;
    const entities = (await count("MATCH (e:Entity) RETURN count(e)")) - entitiesBefore;
    const relationships = (await count("MATCH ()-[r]->() RETURN count(r)")) - relsBefore;
    const facts = prepared.reduce((n, p) => n + p.knowledge.relations.length, 0);
    console.log(`load bench: ${prepared.length} articles into Neo4j in ${seconds.toFixed(2)} s`);
    console.log(
      `  entities     ${entities} new nodes, ${(entities / seconds).toFixed(0)} entities/s`,
    );
    console.log(
      `  relationships ${relationships} (facts, mentions, evidence links), ` +
        `${(relationships / seconds).toFixed(0)} relationships/s`,
    );
    console.log(`  facts        ${facts} relation statements, ${(facts / seconds).toFixed(0)}/s`);
  } finally {
    await driver.close();
    await neo.stop();
  }
}
