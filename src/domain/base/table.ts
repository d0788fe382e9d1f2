import type { Cell } from "../cells";
import type { TableKey } from "../tables";

/** One tab as read from the sheet: every column, so user columns keep their places. */
export interface TableData {
  readonly key: TableKey;
  readonly sheetName: string;
  /** The header row as it stands, all columns. */
  readonly headers: readonly string[];
  /** Column key → 0-based index into each row, for the add-on's columns that were found. */
  readonly columns: Readonly<Partial<Record<string, number>>>;
  readonly rows: readonly (readonly Cell[])[];
  /** Sheet row number of rows[0]. */
  readonly firstRow: number;
  /** Formulas of the same cells ("" where a cell holds a value), when they were read. */
  readonly formulas?: readonly (readonly string[])[];
}

/** A header or a tab's name as compared: case, «ё» and runs of spaces do not count. */
export function normHeader(s: unknown): string {
  return String(s ?? "")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/\s+/g, " ")
    .trim();
}
