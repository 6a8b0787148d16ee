// The benches' progress lines: one line at each mark the count passes, and one at the end, however
// the batches fall between the marks.
import { describe, expect, it } from "vitest";
import { atMarks } from "../../../bench/progress-marks";

function printed(total: number, every: number, first: number, counts: number[]): number[] {
  const lines: number[] = [];
  const progress = atMarks(total, every, first, (done) => lines.push(done));
  for (const done of counts) progress(done);
  return lines;
}

describe("atMarks", () => {
  it("prints the first count to reach each mark, the next mark counted from it", () => {
    // Batches of 300 against marks 1,000 apart: 1,200 reaches the first, then 2,200 is due.
    expect(
      printed(5_000, 1_000, 1_000, [300, 600, 900, 1_200, 1_500, 2_100, 2_400, 3_000]),
    ).toEqual([1_200, 2_400]);
  });

  it("prints the last count even between marks, and the first batch when the first mark is 0", () => {
    expect(printed(2_500, 1_000, 0, [500, 1_000, 1_500, 2_000, 2_500])).toEqual([
      500, 1_500, 2_500,
    ]);
  });

  it("prints nothing before the first mark of a run that has not ended", () => {
    expect(printed(10_000, 2_000, 2_000, [100, 1_999])).toEqual([]);
  });
});
