// The bulk load's last step, once Neo4j serves the imported store: the lists the importer cannot
// write empty (an empty CSV field is no property) are set to [] as the transactional ingest
// stores them, then the constraints and indexes are created, after the data as the importer
// advises, and waited for.
import type { Driver } from "neo4j-driver";
import { applyGraphSchema } from "../../contract/graph-schema";
import { RELATION_TYPES } from "../../contract/model";

/** Rows per transaction of the list repairs: a bounded transaction whatever the corpus. */
const ROWS_PER_TRANSACTION = 10_000;

const EMPTY_LIST_REPAIRS: readonly string[] = [
  ...["aliases", "titles"].map(
    (list) => `MATCH (e:Entity) WHERE e.${list} IS NULL
     CALL (e) { SET e.${list} = [] } IN TRANSACTIONS OF ${ROWS_PER_TRANSACTION} ROWS`,
  ),
  ...RELATION_TYPES.map(
    (type) => `MATCH ()-[r:${type}]->() WHERE r.topics IS NULL
     CALL (r) { SET r.topics = [] } IN TRANSACTIONS OF ${ROWS_PER_TRANSACTION} ROWS`,
  ),
];

/** Completes an imported store: empty lists, then the schema, online before it resolves. */
export async function finishBulkLoad(driver: Driver, database?: string): Promise<void> {
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeWrite.
  const session = driver.session({ database });
  try {
    for (const statement of EMPTY_LIST_REPAIRS) await session.run(statement);
    await applyGraphSchema((statement) => session.run(statement));
    await session.run("CALL db.awaitIndexes(3600)");
  } finally {
    await session.close();
  }
}
