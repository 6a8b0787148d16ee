import type { Route } from "../http/route";
import type { Neo4jContext } from "../repositories/neo4j-context";
export function exportRoutes(_neo4j: Neo4jContext): Route[] {
  return [];
}
