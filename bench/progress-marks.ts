// The benches' progress lines: a long run prints one line each time its count passes a mark, so
// a 100k run says how far it is without a line per batch.

/**
 * A progress callback for a run of `total` articles: calls `print(done)` at the first count to
 * reach each mark (the first at `first`, then `every` past the count last printed) and at the end.
 */
export function atMarks(
  total: number,
  every: number,
  first: number,
  print: (done: number) => void,
): (done: number) => void {
  let nextMark = first;
  return (done) => {
    if (done < nextMark && done < total) return;
    nextMark = done + every;
    print(done);
  };
}
