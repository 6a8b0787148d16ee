// Which Neo4j a part talks to: the server, the loader, the commands and the tests all take this
// one shape, whoever decided it (settings, the local launcher, the tests' own database).
export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  /** Omitted: the server's default database. */
  database?: string;
}
