// Refuses requests whose `Host` header does not name this app. A page on evil.example can make
// its own name resolve to 127.0.0.1 (DNS rebinding) and then reach the API as if same-origin;
// its requests still say `Host: evil.example`, so they stop here, before any route runs.
import { networkInterfaces } from "node:os";
import type { RequestHandler } from "express";
import { ApiError } from "../errors";

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1"];
const WILDCARD_ADDRESSES = new Set(["0.0.0.0", "::"]);

/**
 * The host names (without port) the app answers to: the loopback names, the address it is bound
 * to (every local interface address when bound to a wildcard), and `extra` (ALLOWED_HOSTS).
 * `null` means any host (`*` in ALLOWED_HOSTS: a proxy in front checks it instead).
 */
export function allowedHostNames(
  boundHost: string | undefined,
  extra: readonly string[],
): Set<string> | null {
  if (extra.includes("*")) return null;
  const names = new Set([...LOOPBACK_NAMES, ...extra].map(normalizeHostName));
  if (boundHost !== undefined && WILDCARD_ADDRESSES.has(boundHost)) {
    for (const addresses of Object.values(networkInterfaces())) {
      for (const { address } of addresses ?? []) names.add(normalizeHostName(address));
    }
  } else if (boundHost !== undefined) {
    names.add(normalizeHostName(boundHost));
  }
  return names;
}

/** `Example.org.` -> `example.org`, `[::1]` -> `::1`. */
function normalizeHostName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "");
}

/** The host name of a `Host` header (`[::1]:8080` -> `::1`), or null when it is malformed. */
export function hostNameOf(header: string): string | null {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(header.trim());
  return match?.[1] ? normalizeHostName(match[1]) : null;
}

/** Middleware answering 421 HOST_NOT_ALLOWED (in the API's JSON shape) for any other host. */
export function hostCheck(allowed: Set<string> | null): RequestHandler {
  return (req, _res, next) => {
    if (allowed === null) return next();
    const header = req.headers.host ?? "";
    const name = hostNameOf(header);
    if (name !== null && allowed.has(name)) return next();
    next(
      new ApiError(
        "HOST_NOT_ALLOWED",
        `this server does not answer to the host '${header.slice(0, 100)}'; ` +
          "open it by its own address, or add the name to ALLOWED_HOSTS",
      ),
    );
  };
}
