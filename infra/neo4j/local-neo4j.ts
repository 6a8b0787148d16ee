// The project's own Neo4j: fetches Neo4j Community through Maven into the git-ignored .neo4j/
// cache, builds the small launcher (LocalNeo4j.java) and runs it on a free loopback port.
// The JVM stops when our stdin pipe closes, so a crashed or killed parent leaves no orphan.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { memoryForHeap } from "./memory";

const here = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = path.resolve(here, "../..");
export const CACHE_DIR = path.join(PROJECT_ROOT, ".neo4j");
const POM = path.join(here, "pom.xml");
const LAUNCHER_SOURCE = path.join(here, "LocalNeo4j.java");
const READY_PREFIX = "NEO4J_READY ";
const MIN_JAVA = 17;

/** Why the local Neo4j could not be installed or started; `code` is stable, wording is not. */
export class LocalNeo4jError extends Error {
  constructor(
    readonly code: "JAVA_MISSING" | "MAVEN_MISSING" | "INSTALL_FAILED" | "START_FAILED",
    message: string,
  ) {
    super(message);
    this.name = "LocalNeo4jError";
  }
}

export interface LocalNeo4jOptions {
  /** Folder of the database; survives restarts. */
  dataDir: string;
  /** Bolt port; a free one is picked when absent. */
  port?: number;
  /** JVM heap, e.g. "512m"; the transaction memory limits follow from it (memory.ts). */
  heap?: string;
  /** Neo4j page cache, e.g. "256m". */
  pageCache?: string;
  /** Called with one line per step, for progress output. */
  onProgress?: (message: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  username: string;
  password: string;
  port: number;
  dataDir: string;
  pid: number;
  /** Settles when the JVM has exited, for whatever reason (stop(), a crash, a kill). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Stops the JVM and waits for it to exit (killing it after a grace period). */
  stop(): Promise<void>;
}

const NO_TOOL_HINT =
  "or point the project at a running Neo4j instead (set NEO4J_URI, NEO4J_USERNAME and " +
  "NEO4J_PASSWORD, e.g. to the one started by `docker compose up neo4j`)";

function checkTools(): void {
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (java.error || java.status !== 0) {
    throw new LocalNeo4jError(
      "JAVA_MISSING",
      `Java ${MIN_JAVA}+ is needed to run the local Neo4j but \`java\` was not found: install a JDK ` +
        `(e.g. \`apt install openjdk-17-jdk\`) ${NO_TOOL_HINT}.`,
    );
  }
  const version = /version "(\d+)/.exec(java.stderr)?.[1];
  if (version !== undefined && Number(version) < MIN_JAVA) {
    throw new LocalNeo4jError(
      "JAVA_MISSING",
      `Neo4j 5.26 needs Java ${MIN_JAVA}+ but \`java\` is version ${version}: install a newer JDK ${NO_TOOL_HINT}.`,
    );
  }
  const mvn = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalNeo4jError(
      "MAVEN_MISSING",
      "Maven is needed to fetch Neo4j but `mvn` was not found: install it " +
        `(e.g. \`apt install maven\`) ${NO_TOOL_HINT}.`,
    );
  }
}

function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, "utf8"));
  if (!match?.[1]) throw new Error(`${POM} does not name a neo4j.version`);
  return match[1];
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error || result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-15);
    throw new LocalNeo4jError(
      "INSTALL_FAILED",
      `${what} failed (${command} ${args.join(" ")}):\n${output.join("\n")}`,
    );
  }
}

/**
 * Makes sure Neo4j's jars and the compiled launcher are in the cache; returns the classpath.
 * Downloads happen once per Neo4j version; the launcher is rebuilt when its source changes.
 */
export function installLocalNeo4j(onProgress: (message: string) => void = () => {}): string {
  checkTools();
  const version = neo4jVersion();
  const libDir = path.join(CACHE_DIR, `neo4j-${version}`, "lib");
  if (!existsSync(path.join(libDir, ".complete"))) {
    onProgress(`Fetching Neo4j Community ${version} with Maven (once; about 130 MB)...`);
    const staging = `${libDir}.partial`;
    rmSync(staging, { recursive: true, force: true });
    run(
      "mvn",
      ["-B", "-q", "-f", POM, "dependency:copy-dependencies", `-DoutputDirectory=${staging}`],
      "Fetching Neo4j with Maven",
    );
    // Only a complete download becomes visible, so an interrupted one is simply retried.
    rmSync(libDir, { recursive: true, force: true });
    renameSync(staging, libDir);
    writeFileSync(path.join(libDir, ".complete"), `${version}\n`);
  }
  const source = readFileSync(LAUNCHER_SOURCE);
  const digest = createHash("sha256").update(source).digest("hex").slice(0, 12);
  const classesDir = path.join(CACHE_DIR, `neo4j-${version}`, `launcher-${digest}`);
  if (!existsSync(path.join(classesDir, "LocalNeo4j.class"))) {
    onProgress("Building the Neo4j launcher...");
    const staging = `${classesDir}.partial`;
    rmSync(staging, { recursive: true, force: true });
    run(
      "javac",
      ["-nowarn", "-cp", path.join(libDir, "*"), "-d", staging, LAUNCHER_SOURCE],
      "Building the launcher",
    );
    renameSync(staging, classesDir);
  }
  return `${path.join(libDir, "*")}${path.delimiter}${classesDir}`;
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not pick a free port"));
      });
    });
  });
}

/** The password of a local database, generated once and kept beside its data. */
function passwordFor(dataDir: string): string {
  const file = path.join(dataDir, "password");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts a local Neo4j and resolves once it accepts Bolt connections
 * (checked with the driver's `verifyConnectivity()`).
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<RunningNeo4j> {
  const progress = options.onProgress ?? (() => {});
  const classpath = installLocalNeo4j(progress);
  const dataDir = path.resolve(options.dataDir);
  const password = passwordFor(dataDir);
  const port = options.port ?? (await freePort());
  const logFile = path.join(dataDir, "launcher.log");
  const memory = memoryForHeap(options.heap ?? "768m");
  progress(
    `Starting Neo4j on 127.0.0.1:${port} (data in ${path.relative(PROJECT_ROOT, dataDir)})...`,
  );

  const child = spawn(
    "java",
    [
      `-Xmx${memory.heap}`,
      "-XX:+UseG1GC",
      // No -XX:+ExitOnOutOfMemoryError: a heap OutOfMemoryError fails the query that caused it
      // (memory.ts says why), and a JVM that dies anyway is restarted by the supervisor.
      "-Dfile.encoding=UTF-8",
      "-cp",
      classpath,
      "LocalNeo4j",
      "--home",
      dataDir,
      "--port",
      String(port),
      "--pagecache",
      options.pageCache ?? "256m",
      "--tx-max",
      memory.transactionMax,
      "--tx-total-max",
      memory.transactionTotalMax,
    ],
    { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, NEO4J_LOCAL_PASSWORD: password } },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const log = createWriteStream(logFile, { flags: "a" });
  child.stderr?.pipe(log);
  let stdout = "";
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      log.write(chunk);
      const line = stdout.split("\n").find((l) => l.startsWith(READY_PREFIX));
      if (line) resolve(line.slice(READY_PREFIX.length).trim());
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      reject(
        new LocalNeo4jError(
          "START_FAILED",
          `Neo4j exited (code ${code}) before it was ready; see ${logFile}` +
            ` (is another Neo4j using ${dataDir}?)`,
        ),
      ),
    );
  });

  const stop = async (): Promise<void> => {
    child.stdin?.end();
    if (!(await waitForExit(child, 30_000))) {
      child.kill("SIGKILL");
      await waitForExit(child, 5_000);
    }
    log.end();
  };

  try {
    const uri = await withTimeout(
      ready,
      180_000,
      `Neo4j did not start within 180 s; see ${logFile}`,
    );
    const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password));
    try {
      await driver.verifyConnectivity();
    } finally {
      await driver.close();
    }
    await writeFile(
      path.join(dataDir, "bolt.json"),
      JSON.stringify({ uri, pid: child.pid, port }, null, 2),
    );
    return {
      uri,
      username: "neo4j",
      password,
      port,
      dataDir,
      pid: child.pid ?? -1,
      exited,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A local Neo4j already running on `dataDir` (started by another command of ours), if any:
 * lets `npm run ingest` use the database that `npm start` is serving.
 */
export async function findRunningLocalNeo4j(
  dataDir: string,
): Promise<Omit<RunningNeo4j, "stop" | "exited"> | null> {
  const file = path.join(path.resolve(dataDir), "bolt.json");
  if (!existsSync(file)) return null;
  try {
    const { uri, pid, port } = JSON.parse(readFileSync(file, "utf8")) as {
      uri: string;
      pid: number;
      port: number;
    };
    process.kill(pid, 0); // throws when no such process
    const password = passwordFor(dataDir);
    const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password));
    try {
      await driver.verifyConnectivity();
    } finally {
      await driver.close();
    }
    return { uri, username: "neo4j", password, port, dataDir, pid };
  } catch {
    return null;
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LocalNeo4jError("START_FAILED", message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
