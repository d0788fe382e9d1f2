import { type Cell, isBlank } from "./cells";
import type { TableSpec } from "./tables";
import { dataRows, type TableData } from "./validate";

/**
 * Stable row ids: НС-0001 for mentors, НЯ-0001 for mentees, and so on. Numbers only grow: the counter is kept
 * outside the sheet, and never falls below the highest number already in the tab, so an id freed by a deleted
 * row is never given to someone else.
 */
export function formatId(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(4, "0")}`;
}

export function highestIdNumber(prefix: string, values: readonly Cell[]): number {
  const re = new RegExp(`^${prefix}-(\\d+)$`);
  let max = 0;
  for (const v of values) {
    const m = typeof v === "string" ? re.exec(v.trim()) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

export interface IdPlan {
  /** Index into data.rows → new id. */
  readonly assignments: ReadonlyMap<number, string>;
  /** The counter after this plan. */
  readonly last: number;
}

/** Gives an id to every row that has content and no id. Rows with an id keep it, whatever it is. */
export function planIds(table: TableSpec, data: TableData, counter: number): IdPlan {
  const assignments = new Map<number, string>();
  const idIndex = data.columns.id;
  if (!table.idPrefix || idIndex === undefined) return { assignments, last: counter };
  const existing = data.rows.map((r) => r[idIndex] ?? "");
  let last = Math.max(counter, highestIdNumber(table.idPrefix, existing));
  for (const { row } of dataRows(table, data)) {
    const i = row - data.firstRow;
    if (isBlank(existing[i])) {
      last += 1;
      assignments.set(i, formatId(table.idPrefix, last));
    }
  }
  return { assignments, last };
}
