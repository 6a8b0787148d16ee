// Snapshot import's reads and writes. Reads: what the graph holds under the ids a snapshot names,
// for validation. Writes: the snapshot merged in UNWIND batches, each batch its own transaction
// (entities, then relations, then evidence and its articles), every statement a MERGE on an id
// with list unions, so that sending the same snapshot again finishes an import cut short.
// Labels and relationship types come from the model's lists; every value is a parameter.
import {
  REFRESH_DEGREES_STATEMENT,
  listUnion,
  mergeEntitiesStatement,
} from "../../contract/graph-schema";
import { ENTITY_KINDS, RELATION_TYPES, type RelationType } from "../../contract/model";
import type { GraphSnapshotInput } from "../schemas/graph-schemas";
import type { StoredState } from "../services/snapshot-validation";
import { readTransaction, type Neo4jContext } from "./neo4j-context";
import { toDriverParams } from "./neo4j-values";

/** Rows per write transaction: small enough for a small Neo4j's transaction memory. */
const WRITE_BATCH = 2_000;
/** Ids per lookup query. */
const READ_BATCH = 10_000;

export interface MergeCounts {
  nodes: number;
  edges: number;
  evidence: number;
}

/** Reports how far a merge got: `done` of `total` batches. */
export type MergeProgress = (done: number, total: number) => void;

/** What the graph holds under the snapshot's entity, relation and evidence ids. */
export async function readStoredState(
  context: Neo4jContext,
  ids: { entityIds: string[]; relationIds: string[]; evidenceIds: string[] },
): Promise<StoredState> {
  const stored: StoredState = { entityKinds: new Map(), relations: new Map(), evidence: new Map() };
  await readTransaction(context, async (tx) => {
    for (const batch of chunks(ids.entityIds, READ_BATCH)) {
      const result = await tx.run(
        "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN id, e.kind AS kind",
        { ids: batch },
      );
      for (const r of result.records) stored.entityKinds.set(r.get("id"), r.get("kind"));
    }
    for (const type of RELATION_TYPES) {
      for (const batch of chunks(ids.relationIds, READ_BATCH)) {
        const result = await tx.run(
          `UNWIND $ids AS id MATCH (s)-[r:${type} {id: id}]->(t)
           RETURN id, s.id AS source, t.id AS target`,
          { ids: batch },
        );
        for (const r of result.records) {
          stored.relations.set(r.get("id"), {
            type: type as RelationType,
            source: r.get("source"),
            target: r.get("target"),
          });
        }
      }
    }
    for (const batch of chunks(ids.evidenceIds, READ_BATCH)) {
      const result = await tx.run(
        `UNWIND $ids AS id MATCH (v:Evidence {id: id})
         RETURN id, v.relationId AS relationId, [(v)-[:FROM]->(a) | a.id] AS articleIds`,
        { ids: batch },
      );
      for (const r of result.records) {
        stored.evidence.set(r.get("id"), {
          relationId: r.get("relationId"),
          articleIds: r.get("articleIds"),
        });
      }
    }
  });
  return stored;
}

/** Merges a validated snapshot, batch by batch; see the module comment for what a failure leaves. */
export async function mergeSnapshot(
  context: Neo4jContext,
  snapshot: GraphSnapshotInput,
  progress: MergeProgress = () => {},
): Promise<MergeCounts> {
  const steps: { query: string; rows: unknown[] }[] = [
    ...ENTITY_KINDS.map((kind) => ({
      query: mergeEntitiesStatement(kind),
      rows: entityRows(snapshot, kind),
    })),
    ...RELATION_TYPES.map((type) => ({
      query: mergeRelationsStatement(type),
      rows: relationRows(snapshot, type),
    })),
    // The stored degree of every entity the snapshot names, once its relations are in.
    { query: REFRESH_DEGREES_STATEMENT, rows: degreeRows(snapshot) },
    { query: MERGE_EVIDENCE, rows: evidenceRows(snapshot) },
  ];
  const batches = steps.flatMap(({ query, rows }) =>
    chunks(rows, WRITE_BATCH).map((batch) => ({ query, batch })),
  );
  const session = context.driver.session({
    database: context.database,
    bookmarkManager: context.bookmarks,
  });
  try {
    for (const [done, { query, batch }] of batches.entries()) {
      await session.executeWrite((tx) => tx.run(query, toDriverParams({ rows: batch })));
      progress(done + 1, batches.length);
    }
  } finally {
    await session.close();
  }
  const evidence = steps.at(-1)?.rows.length ?? 0;
  return { nodes: snapshot.nodes.length, edges: snapshot.edges.length, evidence };
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function entityRows(snapshot: GraphSnapshotInput, kind: (typeof ENTITY_KINDS)[number]) {
  return snapshot.nodes
    .filter((n) => n.attributes.kind === kind)
    .map((n) => ({
      id: n.key,
      name: n.attributes.label,
      kind,
      aliases: n.attributes.aliases,
      titles: n.attributes.titles,
    }));
}

function relationRows(snapshot: GraphSnapshotInput, type: RelationType) {
  return snapshot.edges
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
}

function mergeRelationsStatement(type: RelationType): string {
  return `UNWIND $rows AS row
    MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
    MERGE (s)-[r:${type} {id: row.id}]->(t)
    SET r.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
        r.topics = ${listUnion("r.topics", "row.topics")},
        r.confidence = row.confidence,
        r.evidenceCount = row.evidenceCount
    SET r.topic = r.topics[0]`;
}

function evidenceRows(snapshot: GraphSnapshotInput) {
  return snapshot.edges.flatMap((e) =>
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
}

const MERGE_EVIDENCE = `UNWIND $rows AS row
  MERGE (a:Article {id: row.article.id})
  ON CREATE SET a.title = row.article.title, a.outlet = row.article.outlet,
      a.byline = row.article.byline, a.sourceFile = row.article.sourceFile,
      a.url = row.article.url,
      a.publishedOn = CASE WHEN row.article.publishedOn IS NULL THEN null
                           ELSE date(row.article.publishedOn) END
  MERGE (v:Evidence {id: row.id})
  SET v.relationId = row.relationId, v.articleId = row.article.id, v.type = row.type,
      v.sentence = row.sentence, v.start = toInteger(row.start), v.end = toInteger(row.end),
      v.rule = row.rule, v.confidence = row.confidence,
      v.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
      v.topic = row.topic
  MERGE (v)-[:FROM]->(a)`;

function degreeRows(snapshot: GraphSnapshotInput): string[] {
  const ids = new Set(snapshot.nodes.map((n) => n.key));
  for (const e of snapshot.edges) ids.add(e.source).add(e.target);
  return [...ids];
}
