// Escaping for XML text and attribute values (GEXF, GraphML). Characters XML 1.0 forbids are
// dropped rather than written, so the file always parses.

// eslint-disable-next-line no-control-regex -- naming the control characters XML allows is the point
const FORBIDDEN = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(value: unknown): string {
  return String(value)
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
