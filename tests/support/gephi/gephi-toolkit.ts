// The Gephi Toolkit fetched through Maven into the git-ignored .neo4j/ cache (like the local
// Neo4j), GephiReader.java compiled beside it, and a runner: each set of files is opened in a
// workspace of its own, as a Gephi user would open them.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CACHE_DIR } from "../../../infra/neo4j/local-neo4j";
import { runTool } from "../run-tool";

const here = path.dirname(fileURLToPath(import.meta.url));
const POM = path.join(here, "pom.xml");
const READER = path.join(here, "GephiReader.java");

/** What GephiReader prints for one set of files. */
export interface GephiGraph {
  issues: string[];
  nodeColumns: Record<string, string>;
  edgeColumns: Record<string, string>;
  nodes: { id: string; label: string | null; attributes: Record<string, unknown> }[];
  edges: {
    id: string;
    source: string;
    target: string;
    directed: boolean;
    kind: string | null;
    label: string | null;
    dates: [string, string][];
    attributes: Record<string, unknown>;
  }[];
}

/** The classpath of the toolkit and the compiled reader, fetching and building them when needed. */
export function installGephiReader(): string {
  const version = /<gephi\.version>([^<]+)</.exec(readFileSync(POM, "utf8"))?.[1];
  if (!version) throw new Error(`${POM} does not name a gephi.version`);
  const home = path.join(CACHE_DIR, `gephi-toolkit-${version}`);
  const libDir = path.join(home, "lib");
  if (!existsSync(path.join(libDir, ".complete"))) {
    const staging = `${libDir}.partial`;
    rmSync(staging, { recursive: true, force: true });
    runTool(
      "mvn",
      ["-B", "-q", "-f", POM, "dependency:copy-dependencies", `-DoutputDirectory=${staging}`],
      "Fetching the Gephi Toolkit with Maven",
    );
    rmSync(libDir, { recursive: true, force: true });
    renameSync(staging, libDir);
    writeFileSync(path.join(libDir, ".complete"), `${version}\n`);
  }
  const digest = createHash("sha256").update(readFileSync(READER)).digest("hex").slice(0, 12);
  const classes = path.join(home, `reader-${digest}`);
  if (!existsSync(path.join(classes, "GephiReader.class"))) {
    const staging = `${classes}.partial`;
    rmSync(staging, { recursive: true, force: true });
    runTool(
      "javac",
      ["-nowarn", "-cp", path.join(libDir, "*"), "-d", staging, READER],
      "Building GephiReader",
    );
    renameSync(staging, classes);
  }
  return `${path.join(libDir, "*")}${path.delimiter}${classes}`;
}

/** Opens each set of files (e.g. [graph.gexf] or [nodes.csv, edges.csv]) in Gephi. */
export function readWithGephi(classpath: string, sets: string[][]): GephiGraph[] {
  const output = runTool(
    "java",
    ["-Djava.awt.headless=true", "-cp", classpath, "GephiReader", ...sets.map((s) => s.join(","))],
    "Reading the files with the Gephi Toolkit",
  );
  return JSON.parse(output) as GephiGraph[];
}
