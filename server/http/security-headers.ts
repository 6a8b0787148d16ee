// The security headers of every answer (helmet), with a Content-Security-Policy the explorer
// passes: everything from the app's own origin, nothing inline but styles, no framing.
import type { RequestHandler } from "express";
import helmet from "helmet";

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // CodeMirror injects <style> elements and sigma sets style attributes on its layers.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // The favicon is a data: URL; PNG and SVG exports are previewed from blob: URLs.
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", "blob:"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // No upgrade-insecure-requests: the app serves plain HTTP (on loopback by default) and
        // upgrading its own requests to https would break it.
      },
    },
    // Plain HTTP: Strict-Transport-Security belongs to a TLS proxy in front, if any.
    strictTransportSecurity: false,
    referrerPolicy: { policy: "no-referrer" },
    xFrameOptions: { action: "deny" },
  });
}
