// Builds the browser app into client/dist when the build is missing or older than its sources,
// so that `npm start` on a fresh clone serves the explorer, not an empty folder.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const CLIENT = path.resolve(here, "../client");
const BUILT = path.join(CLIENT, "dist", "index.html");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when client/dist is missing or older than a file under client/. */
export function clientBuildIsStale(): boolean {
  return !existsSync(BUILT) || statSync(BUILT).mtimeMs < newestSource(CLIENT);
}

export async function buildClientIfStale(say: (message: string) => void): Promise<void> {
  if (!clientBuildIsStale()) return;
  say("building the browser app (client/dist)...");
  const { build } = await import("vite");
  await build({ configFile: path.join(CLIENT, "vite.config.ts"), logLevel: "warn" });
}
