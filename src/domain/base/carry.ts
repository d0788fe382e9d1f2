import type { Cell } from "../cells";
import type { TableData } from "../validate";

/**
 * A tab the add-on rewrites in a new row order (the proposals) may hold columns a curator added («Комментарий»).
 * Their cells are carried with the row they were typed beside, so the tab is rewritten as whole rows, like a
 * sort in Sheets. Each old row with something in a curator's column is placed, in this order:
 *
 * 1. beside the new row of the same mentee and mentor (a mentee alone: mentor empty);
 * 2. else beside the mentee's first new row that has no carried cells yet (the mentee got another mentor);
 * 3. else at the bottom, in a row of its own: `orphan` says what our columns hold there (the ids and names as
 *    they were, and why the row is there). Nothing a person typed is dropped.
 *
 * Pure: the app layer reads the tab and writes the grid back.
 */

/** The rewritten tab from its first data row: whole rows, every column of the read, ours and the curator's. */
export interface CarriedGrid {
  /** Rows of `width` cells, then blank rows down to the last row that held anything before. */
  readonly rows: Cell[][];
  readonly width: number;
  /** 0-based columns of the read that are not the add-on's. */
  readonly curatorColumns: readonly number[];
  /** Old rows whose proposal went: kept at the bottom. */
  readonly orphans: number;
}

const text = (v: Cell | undefined): string => (v === undefined ? "" : String(v).trim());

/**
 * The new rows (cells by our column key) laid out over the read's columns, with the curator's cells carried.
 * `orphan` gets an old row's cells by our key and returns what our columns hold in its row at the bottom.
 */
export function carryCuratorCells(
  read: TableData,
  rows: readonly Readonly<Record<string, Cell>>[],
  orphan: (ours: Readonly<Record<string, Cell>>) => Readonly<Record<string, Cell>>,
): CarriedGrid {
  const ours = new Map<string, number>();
  for (const [key, index] of Object.entries(read.columns)) if (index !== undefined) ours.set(key, index);
  const taken = new Set(ours.values());
  let width = read.headers.length;
  for (const r of read.rows) width = Math.max(width, r.length);
  for (const i of taken) width = Math.max(width, i + 1);
  const curatorColumns: number[] = [];
  for (let i = 0; i < width; i++) if (!taken.has(i)) curatorColumns.push(i);

  const layout = (cells: Readonly<Record<string, Cell>>, carried: readonly Cell[] | undefined): Cell[] => {
    const row = new Array<Cell>(width).fill("");
    for (const [key, index] of ours) row[index] = cells[key] ?? "";
    if (carried) for (const [j, c] of curatorColumns.entries()) row[c] = carried[j] ?? "";
    return row;
  };
  const at = (cells: Readonly<Record<string, Cell>>, key: string) => text(cells[key]);
  const pairKey = (mentorId: string, menteeId: string) => `${menteeId}\u0000${mentorId}`;

  // The old rows holding something in a curator's column.
  const noted: { cells: Record<string, Cell>; carried: Cell[] }[] = [];
  for (const r of read.rows) {
    const carried = curatorColumns.map((c) => r[c] ?? "");
    if (!carried.some((v) => text(v) !== "")) continue;
    const cells: Record<string, Cell> = {};
    for (const [key, index] of ours) cells[key] = r[index] ?? "";
    noted.push({ cells, carried });
  }

  const placed: (Cell[] | undefined)[] = new Array(rows.length).fill(undefined);
  const byPair = new Map<string, number[]>();
  const byMentee = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k = pairKey(at(r, "mentorId"), at(r, "menteeId"));
    byPair.set(k, [...(byPair.get(k) ?? []), i]);
    const m = at(r, "menteeId");
    if (m) byMentee.set(m, [...(byMentee.get(m) ?? []), i]);
  });
  const left: typeof noted = [];
  for (const n of noted) {
    const mentee = at(n.cells, "menteeId");
    const free = mentee ? (byPair.get(pairKey(at(n.cells, "mentorId"), mentee)) ?? []) : [];
    const i = free.find((j) => placed[j] === undefined);
    if (i === undefined) left.push(n);
    else placed[i] = n.carried;
  }
  const orphans: typeof noted = [];
  for (const n of left) {
    const mentee = at(n.cells, "menteeId");
    const i = mentee ? (byMentee.get(mentee) ?? []).find((j) => placed[j] === undefined) : undefined;
    if (i === undefined) orphans.push(n);
    else placed[i] = n.carried;
  }

  const out = rows.map((r, i) => layout(r, placed[i]));
  for (const o of orphans) out.push(layout(orphan(o.cells), o.carried));
  let before = read.rows.length;
  while (before > 0 && !read.rows[before - 1]!.some((v) => v !== "")) before--;
  while (out.length < before) out.push(new Array<Cell>(width).fill(""));
  return { rows: out, width, curatorColumns, orphans: orphans.length };
}
