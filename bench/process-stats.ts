// What a benchmark reads about a process from /proc: CPU seconds used and peak resident memory.
import { readFileSync } from "node:fs";

/** Peak resident memory of a process (VmHWM), or null when it cannot be read. */
export function peakRss(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** CPU seconds a process has used (user + system), or null when it cannot be read. */
export function cpuSeconds(pid: number): number | null {
  try {
    // Fields 14 and 15 of /proc/PID/stat, after the command name in parentheses.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
