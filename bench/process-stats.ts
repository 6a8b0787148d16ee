// What a benchmark reads about a process from /proc (CPU seconds used, peak resident memory) and
// about the machine (its load average).
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";

/** The machine's load averages over 1, 5 and 15 minutes, as the benches print them: "1.2, 0.8, 0.5". */
export function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(", ");
}

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

/** CPU seconds of this process's children that have ended (the importer's and Neo4j's JVMs). */
export function childrenCpuSeconds(): number {
  // Fields 16 and 17 of /proc/self/stat (cutime, cstime), after the command name.
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}
