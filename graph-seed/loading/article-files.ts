// Finds article files among the paths given to `ingest` and reads each one safely: a file that
// is empty, binary, not UTF-8 or too large is refused with the reason, before anything is written.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

/** Extensions taken from a folder; a file named explicitly is read whatever its extension. */
const ARTICLE_EXTENSIONS = new Set([".txt", ".text", ".md"]);
export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface ArticleFile {
  /** Path as found (absolute). */
  path: string;
  fileName: string;
  /** Stable id: SHA-256 of the file's bytes (hex, first 32 characters). */
  id: string;
  /** The text as published, decoded from UTF-8 (a byte-order mark removed). */
  raw: string;
}

/** Why one input was refused: `file` names it, `reason` says what is wrong and what to do. */
export class IngestInputError extends Error {
  constructor(
    readonly code:
      "NOT_FOUND" | "NO_ARTICLES" | "EMPTY" | "BINARY" | "NOT_UTF8" | "TOO_LARGE" | "NO_TEXT",
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "IngestInputError";
  }
}

/** Expands files and folders into the article files to read, in a stable order. */
export async function findArticleFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(input);
    const info = await stat(absolute).catch(() => null);
    if (!info) throw new IngestInputError("NOT_FOUND", input, "no such file or folder");
    if (info.isDirectory()) {
      const entries = await readdir(absolute, { withFileTypes: true });
      const articles = entries
        .filter((e) => e.isFile() && !e.name.startsWith("."))
        .filter((e) => ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase()))
        .map((e) => path.join(absolute, e.name))
        .sort();
      if (articles.length === 0) {
        throw new IngestInputError(
          "NO_ARTICLES",
          input,
          `folder holds no articles (files ending in ${[...ARTICLE_EXTENSIONS].join(", ")})`,
        );
      }
      files.push(...articles);
    } else {
      files.push(absolute);
    }
  }
  return [...new Set(files)];
}

/** Reads and checks one article file; throws IngestInputError when it cannot be an article. */
export async function readArticleFile(
  file: string,
  maxBytes: number = DEFAULT_MAX_ARTICLE_BYTES,
): Promise<ArticleFile> {
  const fileName = path.basename(file);
  const info = await stat(file);
  if (info.size > maxBytes) {
    throw new IngestInputError(
      "TOO_LARGE",
      fileName,
      `is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit for one article ` +
        "(set INGEST_MAX_BYTES to raise it)",
    );
  }
  const bytes = await readFile(file);
  if (bytes.length === 0) throw new IngestInputError("EMPTY", fileName, "is empty");
  if (looksBinary(bytes)) {
    throw new IngestInputError("BINARY", fileName, "is a binary file, not article text");
  }
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new IngestInputError(
      "NOT_UTF8",
      fileName,
      "is not UTF-8 text (convert it first, e.g. `iconv -f latin1 -t utf-8`)",
    );
  }
  if (raw.trim() === "") throw new IngestInputError("EMPTY", fileName, "holds only blank space");
  const id = createHash("sha256").update(bytes).digest("hex").slice(0, 32);
  return { path: file, fileName, id, raw };
}

/** NUL bytes, or many control characters, mean the file is not text. */
function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return control > sample.length * 0.05;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
