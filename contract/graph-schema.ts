// The Neo4j schema of the graph model: constraints and indexes, applied idempotently (IF NOT
// EXISTS) by whoever connects first: the ingestion before it writes, the server at start-up;
// and the rules by which entities are merged and their degree kept, shared by the ingestion and
// snapshot import.
// Documented with the model in docs/graph-model.md.
import { RELATION_TYPES, type EntityKind } from "./model";

/** Name of the full-text index over entity names and aliases (used by search). */
export const ENTITY_NAME_INDEX = "entity_names";

export const SCHEMA_STATEMENTS: readonly string[] = [
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
  "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE",
  `CREATE FULLTEXT INDEX ${ENTITY_NAME_INDEX} IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]`,
  "CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedOn)",
  "CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.sourceFile)",
  "CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)",
  // The opening view ranks entities by degree: read in index order, not counted per page load.
  "CREATE INDEX entity_degree IF NOT EXISTS FOR (e:Entity) ON (e.degree)",
  "CREATE INDEX evidence_relation IF NOT EXISTS FOR (v:Evidence) ON (v.relationId)",
  // A relation is found by its id (evidence, snapshot import): one index per relation type.
  ...RELATION_TYPES.map(
    (type) => `CREATE INDEX ${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
  ),
];

/** Runs every schema statement in order through `run` (a driver call supplied by the caller). */
export async function applyGraphSchema(
  run: (statement: string) => Promise<unknown>,
): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await run(statement);
}

/**
 * Cypher that appends the items of `list` that `target` lacks: a union that keeps the order of
 * what is already there, so that merging the same data twice changes nothing.
 */
export function listUnion(target: string, list: string): string {
  return `reduce(acc = coalesce(${target}, []), x IN ${list} | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;
}

/**
 * Cypher merging `$rows` (entities of one kind: id, name, kind, aliases, titles) into the graph.
 * The ingestion and the snapshot import both use it, so an entity merges the same way whichever
 * way it arrives. `kind` must come from ENTITY_KINDS (it becomes a label).
 */
export function mergeEntitiesStatement(kind: EntityKind): string {
  return `UNWIND $rows AS row
    MERGE (e:Entity {id: row.id})
    ON CREATE SET e.name = row.name, e.kind = row.kind
    SET e:${kind},
        e.aliases = ${listUnion("e.aliases", "row.aliases")},
        e.titles = ${listUnion("e.titles", "row.titles")}
    SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' ' + a)`;
}

/** The degree of entity `e`: its relations of every model type, either direction. */
const DEGREE = `COUNT { (e)-[:${RELATION_TYPES.join("|")}]-() }`;

/**
 * Cypher setting `degree` on the entities whose ids are in `$rows`. Whoever adds relations runs
 * it for their ends in the same transaction, so the stored degree is never stale.
 */
export const REFRESH_DEGREES_STATEMENT = `UNWIND $rows AS id
  MATCH (e:Entity {id: id})
  SET e.degree = ${DEGREE}`;

const BACKFILL_BATCH = 10_000;

/**
 * Sets `degree` on entities that have none (a database loaded before degrees were stored, or
 * a bulk load), a batch per call of `run`, which returns how many it set. Resolves with the
 * total.
 */
export async function backfillDegrees(
  run: (statement: string) => Promise<number>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const set = await run(
      `MATCH (e:Entity) WHERE e.degree IS NULL
       WITH e LIMIT ${BACKFILL_BATCH}
       SET e.degree = ${DEGREE}
       RETURN count(e) AS set`,
    );
    total += set;
    if (set < BACKFILL_BATCH) return total;
  }
}
