// `--help` for every command: prints the command's text and exits before it does anything else.

/** Prints `text` and exits 0 when the arguments ask for help (`--help` or `-h`). */
export function answerHelp(text: string, argv: readonly string[] = process.argv.slice(2)): void {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(text.trim());
    process.exit(0);
  }
}

/** The Neo4j lines every command that uses a database shares. */
export const NEO4J_HELP = `Neo4j: the one NEO4J_URI names (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; from the
environment or .env), else the project's local Neo4j under .neo4j/, started when needed.`;
