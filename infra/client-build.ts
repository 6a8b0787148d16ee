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

/**
 * Builds client/dist when stale. Vite is a devDependency: after `npm ci --omit=dev` an existing
 * build is served as it is, and a missing one is an error that says how to make it.
 */
export async function buildClientIfStale(say: (message: string) => void): Promise<void> {
  if (!clientBuildIsStale()) return;
  const vite = await import("vite").catch(() => null);
  if (!vite) {
    if (existsSync(BUILT)) {
      say("client/dist is older than client/ but Vite is not installed: serving it as it is");
      return;
    }
    throw new Error(
      "client/dist is missing and Vite (a devDependency) is not installed: run `npm ci && " +
        "npm run build` once, then `npm ci --omit=dev` if you want a production install",
    );
  }
  say("building the browser app (client/dist)...");
  await vite.build({ configFile: path.join(CLIENT, "vite.config.ts"), logLevel: "warn" });
}
