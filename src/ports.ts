import type { Cell } from "./domain/cells";
import type { Locale } from "./domain/i18n";
import type { PairsView } from "./domain/pairsView";
import type { CheckReport } from "./domain/report";
import type { ColumnSpec, TableKey, TableSpec } from "./domain/tables";
import type { TableData } from "./domain/validate";

/**
 * What the use cases need from the outside world. The Apps Script adapters in src/gas implement these; tests use
 * in-memory ones. Every method is one batch: a use case calls a constant number of them whatever the row count.
 */

/** A tab of the base as found in the spreadsheet. Columns are 1-based sheet columns, keyed by our column keys. */
export interface FoundTable {
  readonly key: TableKey;
  readonly sheetName: string;
  readonly columns: Readonly<Partial<Record<string, number>>>;
  readonly lastColumn: number;
}

export interface TableRead extends TableData {
  /** Notes and backgrounds of the same range as `rows`, when asked for. */
  readonly notes?: readonly (readonly string[])[];
  readonly backgrounds?: readonly (readonly string[])[];
}

export interface ColumnWrite {
  /** 1-based sheet column. */
  readonly column: number;
  readonly firstRow: number;
  readonly values: readonly Cell[];
}

export interface MarkWrite {
  readonly column: number;
  readonly firstRow: number;
  readonly notes: readonly string[];
  readonly backgrounds: readonly string[];
}

export interface SheetsPort {
  /** The tabs of the base, found by their keys; tabs and columns that lost their keys are recognised by name. */
  findTables(): Partial<Record<TableKey, FoundTable>>;
  /** Creates a tab with its header row, notes, widths and keys. */
  createTable(spec: TableSpec, locale: Locale): FoundTable;
  /** Adds columns after the last used column, with headers, notes and keys; never moves existing columns. */
  addColumns(table: FoundTable, specs: readonly ColumnSpec[], locale: Locale): FoundTable;
  /** Dropdowns, checkboxes, text formats, frozen and protected header: safe to apply again. */
  formatTable(table: FoundTable, spec: TableSpec, locale: Locale): void;
  /**
   * Reads the whole tab from row 1 and column 1. With `marks`, notes, backgrounds and formulas too; `minLastRow` reads at
   * least that far, for marks left on rows whose content has since been cleared.
   */
  readTable(table: FoundTable, opts?: { marks?: boolean; minLastRow?: number }): TableRead;
  /** Writes values into the add-on's own columns (each list into one column, from firstRow down). */
  writeColumns(table: FoundTable, writes: readonly ColumnWrite[]): void;
  /** Appends whole rows after the last row with content. */
  appendRows(table: FoundTable, rows: readonly (readonly Cell[])[]): void;
  writeMarks(table: FoundTable, marks: readonly MarkWrite[]): void;
  /** The spreadsheet's time zone offset now, in minutes (Moscow: 180). */
  offsetMinutes(): number;
  /** Selects a cell for the curator. */
  select(table: FoundTable, row: number, column: number): void;
}

export interface PropertiesPort {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface LockPort {
  /** Runs `fn` holding the document lock; returns `{ busy: true }` when another action holds it too long. */
  withDocumentLock<T>(fn: () => T): { busy: false; value: T } | { busy: true };
}

export interface ClockPort {
  now(): Date;
  /** The date as the curator reads it, e.g. 25.11.2026 14:05. */
  format(date: Date, pattern: string): string;
}

export interface UiPort {
  alert(title: string, message: string): void;
  toast(message: string): void;
  showCheckReport(report: CheckReport): void;
  /** Opens the «Пары» sidebar with the proposal. */
  showPairs(view: PairsView): void;
}

export interface Ports {
  readonly sheets: SheetsPort;
  readonly properties: PropertiesPort;
  readonly lock: LockPort;
  readonly clock: ClockPort;
  readonly ui: UiPort;
  readonly locale: Locale;
}
