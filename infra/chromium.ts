// Debian's chromium for browser tests and the client benchmark: installed with apt-get when
// /usr/bin/chromium is absent (never downloaded any other way), launched headless through
// playwright-core with the flags this sandboxed, offline machine needs.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Headless, and no background connections (this machine's network refuses them). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Debian's chromium (installing it first when missing). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}

/** Installs Debian's chromium when it is missing; returns the executable's path. */
export function ensureChromium(log: (message: string) => void = console.log): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `browser tests: ${CHROMIUM_PATH} is missing and this is not root; run "apt-get install -y chromium" as root`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = (): void => {
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
      env,
      stdio: "inherit",
    });
  };
  log("browser tests: installing Debian's chromium with apt-get");
  try {
    install();
  } catch {
    // A fresh machine has no package lists yet.
    execFileSync("apt-get", ["update"], { env, stdio: "inherit" });
    install();
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`browser tests: apt-get finished but ${CHROMIUM_PATH} is still missing`);
  }
  return CHROMIUM_PATH;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(ensureChromium());
}
