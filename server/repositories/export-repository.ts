// Reads the whole graph page by page, in entity id order (the uniqueness index gives that
// order), so an export of any size holds one page in memory at a time.
import {
  entityProjection,
  relationProjection,
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from "./graph-records";
import { readTransaction, relTypePattern, toInt, type Neo4jContext } from "./neo4j-context";

export const EXPORT_PAGE_SIZE = 2_000;

async function entityIdPage(context: Neo4jContext, after: string, size: number): Promise<string[]> {
  const result = await readTransaction(context, (tx) =>
    tx.run(
      `MATCH (e:Entity) WHERE e.id > $after
       RETURN e.id AS id ORDER BY e.id LIMIT $size`,
      { after, size: toInt(size) },
    ),
  );
  return result.records.map((r) => r.get("id") as string);
}

/** Pages of every entity id, in order. */
async function* entityIdPages(context: Neo4jContext, size: number): AsyncGenerator<string[]> {
  let after = "";
  for (;;) {
    const ids = await entityIdPage(context, after, size);
    if (ids.length === 0) return;
    yield ids;
    after = ids[ids.length - 1]!;
  }
}

/** Every entity, a page at a time. */
export async function* allEntities(
  context: Neo4jContext,
  size = EXPORT_PAGE_SIZE,
): AsyncGenerator<EntityRecord[]> {
  for await (const ids of entityIdPages(context, size)) {
    const result = await readTransaction(context, (tx) =>
      tx.run(`UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${entityProjection("e")} AS e`, {
        ids,
      }),
    );
    yield result.records.map((r) => toEntityRecord(r.get("e")));
  }
}

/** Every relation, a page of start entities at a time (each relation once, from its start). */
export async function* allRelations(
  context: Neo4jContext,
  size = EXPORT_PAGE_SIZE,
): AsyncGenerator<RelationRecord[]> {
  for await (const ids of entityIdPages(context, size)) {
    const result = await readTransaction(context, (tx) =>
      tx.run(
        `UNWIND $ids AS id
         MATCH (s:Entity {id: id})-[r:${relTypePattern()}]->(:Entity)
         RETURN ${relationProjection("r")} AS r`,
        { ids },
      ),
    );
    yield result.records.map((r) => toRelationRecord(r.get("r")));
  }
}
