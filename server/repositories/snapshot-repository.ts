// Merges a snapshot (a JSON export) into Neo4j in one write transaction, in UNWIND batches:
// entities, then relations, then their evidence and its articles. Labels and relationship
// types come from the model's lists; every value is a parameter.
import type { ManagedTransaction } from "neo4j-driver";
import { listUnion, mergeEntitiesStatement } from "../../contract/graph-schema";
import { ENTITY_KINDS, RELATION_TYPES } from "../../contract/model";
import type { GraphSnapshotInput } from "../schemas/graph-schemas";
import type { Neo4jContext } from "./neo4j-context";
import { toDriverParams } from "./neo4j-values";

const BATCH = 1_000;

export interface MergeCounts {
  nodes: number;
  edges: number;
  evidence: number;
}

export async function mergeSnapshot(
  context: Neo4jContext,
  snapshot: GraphSnapshotInput,
): Promise<MergeCounts> {
  const session = context.driver.session({ database: context.database });
  try {
    return await session.executeWrite(async (tx) => {
      await mergeEntities(tx, snapshot);
      await mergeRelations(tx, snapshot);
      const evidence = await mergeEvidence(tx, snapshot);
      return { nodes: snapshot.nodes.length, edges: snapshot.edges.length, evidence };
    });
  } finally {
    await session.close();
  }
}

async function runBatches(tx: ManagedTransaction, query: string, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.run(query, toDriverParams({ rows: rows.slice(i, i + BATCH) }));
  }
}

async function mergeEntities(tx: ManagedTransaction, snapshot: GraphSnapshotInput): Promise<void> {
  for (const kind of ENTITY_KINDS) {
    const rows = snapshot.nodes
      .filter((n) => n.attributes.kind === kind)
      .map((n) => ({
        id: n.key,
        name: n.attributes.label,
        kind,
        aliases: n.attributes.aliases,
        titles: n.attributes.titles,
      }));
    await runBatches(tx, mergeEntitiesStatement(kind), rows);
  }
}

async function mergeRelations(tx: ManagedTransaction, snapshot: GraphSnapshotInput): Promise<void> {
  for (const type of RELATION_TYPES) {
    const rows = snapshot.edges
      .filter((e) => e.attributes.type === type)
      .map((e) => ({
        id: e.key,
        source: e.source,
        target: e.target,
        date: e.attributes.date ?? null,
        topics: e.attributes.topics ?? (e.attributes.topic ? [e.attributes.topic] : []),
        confidence: e.attributes.confidence,
        evidenceCount: e.attributes.evidenceCount,
      }));
    await runBatches(
      tx,
      `UNWIND $rows AS row
       MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
       MERGE (s)-[r:${type} {id: row.id}]->(t)
       SET r.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
           r.topics = ${listUnion("r.topics", "row.topics")},
           r.confidence = row.confidence,
           r.evidenceCount = row.evidenceCount
       SET r.topic = r.topics[0]`,
      rows,
    );
  }
}

async function mergeEvidence(
  tx: ManagedTransaction,
  snapshot: GraphSnapshotInput,
): Promise<number> {
  const rows = snapshot.edges.flatMap((e) =>
    (e.attributes.evidence ?? []).map((v) => ({
      id: v.id,
      relationId: e.key,
      type: e.attributes.type,
      sentence: v.sentence,
      start: v.start,
      end: v.end,
      rule: v.rule,
      confidence: v.confidence,
      date: e.attributes.date ?? null,
      topic: e.attributes.topic ?? null,
      article: v.article,
    })),
  );
  await runBatches(
    tx,
    `UNWIND $rows AS row
     MERGE (a:Article {id: row.article.id})
     ON CREATE SET a.title = row.article.title, a.outlet = row.article.outlet,
         a.byline = row.article.byline, a.sourceFile = row.article.sourceFile,
         a.publishedOn = CASE WHEN row.article.publishedOn IS NULL THEN null
                              ELSE date(row.article.publishedOn) END
     MERGE (v:Evidence {id: row.id})
     SET v.relationId = row.relationId, v.type = row.type, v.sentence = row.sentence,
         v.start = toInteger(row.start), v.end = toInteger(row.end), v.rule = row.rule, v.confidence = row.confidence,
         v.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
         v.topic = row.topic
     MERGE (v)-[:FROM]->(a)`,
    rows,
  );
  return rows.length;
}
