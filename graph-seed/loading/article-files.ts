// Finds article files among the paths given to `ingest` and reads each one safely: only regular
// files, with a read bounded by the size limit; a file that is empty, binary, not UTF-8, too
// large, a pipe or a device, or a link out of its folder is refused with the reason.
import { createHash } from "node:crypto";
import { constants, type Stats } from "node:fs";
import { lstat, open, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { SETTING_DEFAULTS } from "../../settings/settings";

/** Extensions taken from a folder; a file named explicitly is read whatever its extension. */
const ARTICLE_EXTENSIONS = new Set([".txt", ".text", ".md", ".html", ".htm"]);
export const DEFAULT_MAX_ARTICLE_BYTES = SETTING_DEFAULTS.INGEST_MAX_BYTES;

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
      | "NOT_FOUND"
      | "NO_ARTICLES"
      | "NOT_REGULAR"
      | "OUTSIDE_FOLDER"
      | "EMPTY"
      | "BINARY"
      | "NOT_UTF8"
      | "TOO_LARGE"
      | "NO_TEXT",
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "IngestInputError";
  }
}

/** The article files found among the inputs, and the inputs refused on the way. */
export interface FoundArticleFiles {
  files: string[];
  problems: IngestInputError[];
}

/** What a path that is not a regular file or folder is, for the refusal message. */
function describeSpecial(info: Stats): string {
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}

function notRegular(file: string, info: Stats): IngestInputError {
  return new IngestInputError(
    "NOT_REGULAR",
    file,
    `is ${describeSpecial(info)}, not a regular file; only article files are read`,
  );
}

/** The article files of one folder; symlinks are followed only when they stay inside it. */
async function folderArticles(input: string, folder: string): Promise<FoundArticleFiles> {
  const inside = await realpath(folder);
  const files: string[] = [];
  const problems: IngestInputError[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  const candidates = entries
    .filter((e) => !e.name.startsWith(".") && !e.isDirectory())
    .filter((e) => ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase()))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of candidates) {
    const file = path.join(folder, entry.name);
    const shown = path.join(input, entry.name);
    if (entry.isSymbolicLink()) {
      const target = await realpath(file).catch(() => null);
      if (target === null) {
        problems.push(new IngestInputError("NOT_FOUND", shown, "is a link to nothing"));
        continue;
      }
      if (!target.startsWith(inside + path.sep)) {
        problems.push(
          new IngestInputError(
            "OUTSIDE_FOLDER",
            shown,
            `links outside ${input} (to ${target}); name the target itself to ingest it`,
          ),
        );
        continue;
      }
      const info = await stat(target);
      if (!info.isFile()) problems.push(notRegular(shown, info));
      else files.push(target);
    } else if (entry.isFile()) files.push(file);
    else problems.push(notRegular(shown, await lstat(file)));
  }
  if (files.length === 0 && problems.length === 0) {
    problems.push(
      new IngestInputError(
        "NO_ARTICLES",
        input,
        `folder holds no articles (files ending in ${[...ARTICLE_EXTENSIONS].join(", ")})`,
      ),
    );
  }
  return { files, problems };
}

/**
 * Expands files and folders into the article files to read, in a stable order. Only regular
 * files are taken (a FIFO or a device is refused, never opened); inputs that cannot be used are
 * returned as problems beside the files that can.
 */
export async function findArticleFiles(inputs: readonly string[]): Promise<FoundArticleFiles> {
  const files: string[] = [];
  const problems: IngestInputError[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(input);
    const info = await stat(absolute).catch(() => null);
    if (!info) problems.push(new IngestInputError("NOT_FOUND", input, "no such file or folder"));
    else if (info.isDirectory()) {
      const found = await folderArticles(input, absolute);
      files.push(...found.files);
      problems.push(...found.problems);
    } else if (!info.isFile()) problems.push(notRegular(input, info));
    else files.push(absolute);
  }
  return { files: [...new Set(files)], problems };
}

/**
 * Reads at most `maxBytes + 1` bytes of a regular file, whatever its size said: returns null when
 * there is more. Opened without blocking, and checked again once open, so a file swapped for a
 * pipe or a device after the folder was listed is refused rather than waited on.
 */
async function boundedRead(
  file: string,
  fileName: string,
  maxBytes: number,
): Promise<Buffer | null> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw notRegular(fileName, info);
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) return buffer.subarray(0, length);
      length += bytesRead;
    }
    return null;
  } finally {
    await handle.close();
  }
}

function tooLarge(fileName: string, size: string, maxBytes: number): IngestInputError {
  return new IngestInputError(
    "TOO_LARGE",
    fileName,
    `is ${size}, over the ${formatBytes(maxBytes)} limit for one article ` +
      "(set INGEST_MAX_BYTES to raise it)",
  );
}

/** Reads and checks one article file; throws IngestInputError when it cannot be an article. */
export async function readArticleFile(
  file: string,
  maxBytes: number = DEFAULT_MAX_ARTICLE_BYTES,
): Promise<ArticleFile> {
  const fileName = path.basename(file);
  const info = await stat(file);
  if (!info.isFile()) throw notRegular(fileName, info);
  if (info.size > maxBytes) throw tooLarge(fileName, formatBytes(info.size), maxBytes);
  const bytes = await boundedRead(file, fileName, maxBytes);
  if (bytes === null) throw tooLarge(fileName, "larger than it said", maxBytes);
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
