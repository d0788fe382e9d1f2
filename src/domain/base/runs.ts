/**
 * Cells to write, by row index, as runs of neighbouring rows: each run is one write, and a row between two runs is
 * not written at all (writing back what was read there would turn a person's formula into its value).
 */
export function runsOf<T>(cells: ReadonlyMap<number, T>): { from: number; values: T[] }[] {
  const runs: { from: number; values: T[] }[] = [];
  for (const i of [...cells.keys()].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.from + last.values.length === i) last.values.push(cells.get(i)!);
    else runs.push({ from: i, values: [cells.get(i)!] });
  }
  return runs;
}
