// CSV: nodes.csv and edges.csv (RFC 4180), together in one zip written as a stream.
import { Zip, ZipDeflate } from "fflate";
import type { ExportSource } from "./export-source";

/**
 * A CSV field, quoted when it needs to be. Lists are joined with `|`. Text that a spreadsheet
 * would run as a formula (names come from untrusted articles) gets a leading apostrophe.
 */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return "";
  const joined = Array.isArray(value) ? value.join("|") : String(value);
  const formula = typeof value !== "number" && /^[=+\-@\t\r]/.test(joined);
  const text = formula ? `'${joined}` : joined;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (values: unknown[]) => `${values.map(csvField).join(",")}\r\n`;

export async function* nodesCsv(source: ExportSource): AsyncGenerator<string> {
  yield row(["id", "label", "kind", "degree", "aliases", "titles"]);
  for await (const page of source.nodes()) {
    yield page.map((e) => row([e.id, e.name, e.kind, e.degree, e.aliases, e.titles])).join("");
  }
}

export async function* edgesCsv(source: ExportSource): AsyncGenerator<string> {
  yield row(["id", "source", "target", "type", "date", "topic", "confidence", "evidenceCount"]);
  for await (const page of source.edges()) {
    yield page
      .map((r) =>
        row([r.id, r.source, r.target, r.type, r.date, r.topic, r.confidence, r.evidenceCount]),
      )
      .join("");
  }
}

/** A zip of nodes.csv and edges.csv; each chunk is handed on as soon as it is compressed. */
export async function* writeCsvZip(source: ExportSource): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  const encoder = new TextEncoder();
  for (const [name, lines] of [
    ["nodes.csv", nodesCsv(source)],
    ["edges.csv", edgesCsv(source)],
  ] as const) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    for await (const text of lines) {
      file.push(encoder.encode(text));
      if (failure) throw failure;
      yield* ready.splice(0);
    }
    file.push(new Uint8Array(0), true);
    yield* ready.splice(0);
  }
  zip.end();
  if (failure) throw failure;
  yield* ready.splice(0);
}
