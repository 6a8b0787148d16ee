// Saves a file from the page: an object URL on a temporary link, released right after.
export function download(
  name: string,
  data: Blob | string | Uint8Array,
  type = "application/octet-stream",
): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a file the user picked. */
export function readFileText(file: File): Promise<string> {
  return file.text();
}
