// Progress on stderr for long commands: one line redrawn in a terminal, a line per 10 % in logs.
export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastStep = "";
  return (phase: string, done: number, total: number): void => {
    if (total < 5) return; // a handful of files needs no progress bar
    const percent = Math.floor((done / total) * 100);
    const line = `${label}: ${phase} ${done}/${total} (${percent}%)`;
    if (stream.isTTY) {
      stream.write(`\r${line}${done === total ? "\n" : ""}`);
    } else if (`${phase}${Math.floor(percent / 10)}` !== lastStep) {
      lastStep = `${phase}${Math.floor(percent / 10)}`;
      stream.write(`${line}\n`);
    }
  };
}
