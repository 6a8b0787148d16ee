// Applies the graph schema (constraints and indexes) idempotently.
import type { Driver } from "neo4j-driver";
import { applyGraphSchema } from "../../contract/graph-schema";

export async function applySchema(driver: Driver, database?: string): Promise<void> {
  await applyGraphSchema((statement) => driver.executeQuery(statement, {}, { database }));
}
