// What every command does first: `--help` answered before anything else, and the settings read,
// a bad one stopping the command with its message (exit 2) rather than a stack trace.
import { loadSettings, SettingsError, type Settings } from "../settings/settings";

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

/** loadSettings(), or exit 2 with `command: <which setting is wrong and why>`. */
export function settingsOrExit(command: string): Settings {
  try {
    return loadSettings();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(`${command}: ${error.message}`);
    process.exit(2);
  }
}
