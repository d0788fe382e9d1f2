/**
 * The spreadsheet data model behind the SpreadsheetApp facades: sparse cells, sheets, named ranges,
 * protections and developer metadata, and how inserting/deleting rows and columns moves all of them.
 * Nothing here is accounted: only facades (spreadsheet.ts, sheetObjects.ts) are visible to scripts.
 */
import { type Area, areaA1, cellA1, columnLetter, quoteSheetName } from "./a1";
import { EnumValue, gasError } from "./core";
import type { CellValue } from "./values";

export const MAX_CELLS = 10_000_000;
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export interface Formats {
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  fontStyle?: string;
  fontSize?: number;
  fontFamily?: string;
  numberFormat?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapStrategy?: string;
}

export type FormatKey = keyof Formats;

export const FORMAT_DEFAULTS: Required<Formats> = {
  background: "#ffffff",
  fontWeight: "normal",
  fontColor: "#000000",
  fontStyle: "normal",
  fontSize: 10,
  fontFamily: "Arial",
  numberFormat: "0.###############",
  horizontalAlignment: "general",
  verticalAlignment: "bottom",
  wrapStrategy: "OVERFLOW",
};

/** A range a validation rule points at (requireValueInRange); fixed, it does not follow inserts. */
export class RangeRef {
  constructor(
    readonly sheet: SheetModel,
    readonly area: Area,
  ) {}
}

export interface ValidationRule {
  readonly criteria: string;
  readonly args: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

/** A range a chart reads: on the chart's own sheet; its area follows row/column inserts and deletes. */
export interface ChartRange {
  sheet: SheetModel;
  area: Area;
}

/**
 * What an embedded chart is (charts.ts): the builder's state, an EmbeddedChart's frozen copy, and what a sheet
 * holds. Type, strategies and option values as given (option values deep-copied, enums kept as EnumValue).
 */
export interface ChartSpec {
  /** A Charts.ChartType name; null until set. */
  type: string | null;
  ranges: ChartRange[];
  /** Option name → value, in the order first set. */
  options: Map<string, unknown>;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  /** -1 until set (Sheets guesses the headers). */
  numHeaders: number;
  transpose: boolean;
  hiddenDimensionStrategy: string;
  mergeStrategy: string;
}

/** A chart on a sheet. */
export interface ChartModel {
  readonly id: number;
  spec: ChartSpec;
}

export interface Cell {
  value?: CellValue;
  formula?: string;
  note?: string;
  formats?: Formats;
  validation?: ValidationRule;
}

export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== undefined || cell.formula !== undefined);
}

function isEmptyCell(cell: Cell): boolean {
  return (
    cell.value === undefined &&
    cell.formula === undefined &&
    cell.note === undefined &&
    cell.validation === undefined &&
    (cell.formats === undefined || Object.keys(cell.formats).length === 0)
  );
}

/**
 * Removes `del` entries at `index` and inserts `ins` holes there, keeping the array sparse (an index past
 * the end needs no work).
 */
export function spliceSparse<T>(array: T[], index: number, del: number, ins: number): void {
  if (index >= array.length) return;
  const tail = array.splice(index);
  const kept = tail.slice(del);
  array.length = index + ins;
  kept.forEach((item, i) => {
    array[index + ins + i] = item;
  });
}

/** A sparse array re-laid by `to` (1-based position → 1-based position); holes stay holes. */
export function permuteSparse<T>(array: T[], to: (position: number) => number): T[] {
  const out: T[] = [];
  array.forEach((item, i) => {
    out[to(i + 1) - 1] = item;
  });
  return out;
}

/** New [start, end] of a 1-based span after inserting `n` before position `at`. */
export function shiftForInsert(
  start: number,
  end: number | null,
  at: number,
  n: number,
): [number, number | null] {
  return [start >= at ? start + n : start, end === null ? null : end >= at ? end + n : end];
}

/** New span after deleting positions at..at+n-1; null when the whole span was deleted. */
export function shiftForDelete(
  start: number,
  end: number | null,
  at: number,
  n: number,
): [number, number | null] | null {
  const last = at + n - 1;
  const before = Math.max(0, Math.min(last, start - 1) - at + 1);
  const newStart = start - before;
  if (end === null) return [Math.max(1, newStart), null];
  const upTo = Math.max(0, Math.min(last, end) - at + 1);
  const newEnd = end - upTo;
  return newEnd < newStart ? null : [newStart, newEnd];
}

// ---------------------------------------------------------------------------------------------- sheet

export class SheetModel {
  rows: Array<Array<Cell | undefined> | undefined> = [];
  columnWidths: Array<number | undefined> = [];
  hiddenColumns: Array<boolean | undefined> = [];
  hiddenRows: Array<boolean | undefined> = [];
  hidden = false;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  deleted = false;
  /** Embedded charts, in insertion order (getCharts()). */
  charts: ChartModel[] = [];

  constructor(
    readonly book: SpreadsheetModel,
    readonly id: number,
    public name: string,
    public maxRows: number,
    public maxColumns: number,
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  ensureCell(row: number, column: number): Cell {
    let cells = this.rows[row - 1];
    if (!cells) {
      cells = [];
      this.rows[row - 1] = cells;
    }
    let cell = cells[column - 1];
    if (!cell) {
      cell = {};
      cells[column - 1] = cell;
    }
    return cell;
  }

  /** Drops the cell if nothing is left in it (keeps snapshots and last-row scans clean). */
  prune(row: number, column: number): void {
    const cells = this.rows[row - 1];
    const cell = cells?.[column - 1];
    if (cells && cell && isEmptyCell(cell)) delete cells[column - 1];
  }

  forEachCell(fn: (row: number, column: number, cell: Cell) => void): void {
    this.rows.forEach((cells, r) => {
      cells?.forEach((cell, c) => {
        if (cell) fn(r + 1, c + 1, cell);
      });
    });
  }

  lastRow(): number {
    for (let r = Math.min(this.rows.length, this.maxRows); r >= 1; r--) {
      if (this.rows[r - 1]?.some((cell) => hasContent(cell))) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    this.forEachCell((_r, c, cell) => {
      if (c > last && c <= this.maxColumns && hasContent(cell)) last = c;
    });
    return last;
  }

  columnWidth(column: number): number {
    return this.columnWidths[column - 1] ?? DEFAULT_COLUMN_WIDTH;
  }

  index(): number {
    return this.book.sheets.indexOf(this) + 1;
  }
}

// ---------------------------------------------------------------------------------------------- book

export interface NamedRangeModel {
  name: string;
  sheet: SheetModel;
  area: Area;
}

export interface ProtectionModel {
  readonly id: number;
  readonly type: "RANGE" | "SHEET";
  readonly sheet: SheetModel;
  /** null for a SHEET protection (the whole sheet). */
  area: Area | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: Area[];
  rangeName: string | null;
  removed: boolean;
}

export type MetadataLocation =
  | { type: "SPREADSHEET" }
  | { type: "SHEET"; sheet: SheetModel }
  | { type: "ROW" | "COLUMN"; sheet: SheetModel; start: number; end: number };

export interface MetadataModel {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: "DOCUMENT" | "PROJECT";
  location: MetadataLocation;
  removed: boolean;
}

type Dimension = "ROWS" | "COLUMNS";

export class SpreadsheetModel {
  readonly sheets: SheetModel[] = [];
  namedRanges: NamedRangeModel[] = [];
  protections: ProtectionModel[] = [];
  metadata: MetadataModel[] = [];
  activeSheet: SheetModel;
  /**
   * The selection: the active range (the last selected) and, when several ranges are selected (a RangeList's
   * activate(), a curator's Ctrl-click), all of them in order.
   */
  activeArea: { sheet: SheetModel; area: Area; list?: readonly Area[] } | null = null;
  locale = "ru_RU";
  private nextMetadataId = 1;
  private nextProtectionId = 1;

  constructor(
    readonly books: Workbooks,
    readonly id: string,
    public name: string,
    public timeZone: string,
    rows = DEFAULT_ROWS,
    columns = DEFAULT_COLUMNS,
  ) {
    this.activeSheet = this.addSheet(`${books.sheetPrefix}1`, 0, rows, columns, 0);
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  totalCells(): number {
    return this.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
  }

  checkCellLimit(extra: number): void {
    if (this.totalCells() + extra > MAX_CELLS) {
      throw gasError(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
      );
    }
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  checkSheetName(name: string, except?: SheetModel): void {
    if (name.trim() === "") throw gasError("Invalid argument: sheetName");
    const clash = this.sheets.find((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
    if (clash) throw gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  nextSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      const name = `${this.books.sheetPrefix}${n}`;
      if (!this.sheetByName(name)) return name;
    }
  }

  addSheet(
    name: string,
    index: number,
    rows = DEFAULT_ROWS,
    columns = DEFAULT_COLUMNS,
    id?: number,
  ): SheetModel {
    this.checkSheetName(name);
    this.checkCellLimit(rows * columns);
    const sheet = new SheetModel(this, id ?? this.books.newSheetId(), name, rows, columns);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) return;
    if (this.sheets.length === 1) throw gasError("You can't remove all the sheets in a document.");
    this.sheets.splice(i, 1);
    sheet.deleted = true;
    this.namedRanges = this.namedRanges.filter((n) => n.sheet !== sheet);
    for (const p of this.protections) if (p.sheet === sheet) p.removed = true;
    this.protections = this.protections.filter((p) => !p.removed);
    for (const m of this.metadata) if ("sheet" in m.location && m.location.sheet === sheet) m.removed = true;
    this.metadata = this.metadata.filter((m) => !m.removed);
    if (this.activeSheet === sheet)
      this.activeSheet = this.sheets.find((s) => !s.hidden) ?? this.sheets[0] ?? sheet;
    if (this.activeArea?.sheet === sheet) this.activeArea = null;
  }

  newMetadataId(): number {
    return this.nextMetadataId++;
  }

  newProtectionId(): number {
    return this.nextProtectionId++;
  }

  // ------------------------------------------------------------------------------------ rows and columns

  insertRows(sheet: SheetModel, at: number, n: number): void {
    this.checkInsert(sheet, "ROWS", at, n);
    this.checkCellLimit(n * sheet.maxColumns);
    spliceSparse(sheet.rows, at - 1, 0, n);
    spliceSparse(sheet.hiddenRows, at - 1, 0, n);
    sheet.maxRows += n;
    if (at <= sheet.frozenRows) sheet.frozenRows += n;
    this.shiftAll(sheet, "ROWS", (s, e) => shiftForInsert(s, e, at, n));
  }

  insertColumns(sheet: SheetModel, at: number, n: number): void {
    this.checkInsert(sheet, "COLUMNS", at, n);
    this.checkCellLimit(n * sheet.maxRows);
    for (const cells of sheet.rows) if (cells) spliceSparse(cells, at - 1, 0, n);
    spliceSparse(sheet.columnWidths, at - 1, 0, n);
    spliceSparse(sheet.hiddenColumns, at - 1, 0, n);
    sheet.maxColumns += n;
    if (at <= sheet.frozenColumns) sheet.frozenColumns += n;
    this.shiftAll(sheet, "COLUMNS", (s, e) => shiftForInsert(s, e, at, n));
  }

  deleteRows(sheet: SheetModel, at: number, n: number): void {
    this.checkDelete(sheet, "ROWS", at, n);
    spliceSparse(sheet.rows, at - 1, n, 0);
    spliceSparse(sheet.hiddenRows, at - 1, n, 0);
    sheet.maxRows -= n;
    sheet.frozenRows -= Math.max(0, Math.min(sheet.frozenRows, at + n - 1) - at + 1);
    this.shiftAll(sheet, "ROWS", (s, e) => shiftForDelete(s, e, at, n));
  }

  deleteColumns(sheet: SheetModel, at: number, n: number): void {
    this.checkDelete(sheet, "COLUMNS", at, n);
    for (const cells of sheet.rows) if (cells) spliceSparse(cells, at - 1, n, 0);
    spliceSparse(sheet.columnWidths, at - 1, n, 0);
    spliceSparse(sheet.hiddenColumns, at - 1, n, 0);
    sheet.maxColumns -= n;
    sheet.frozenColumns -= Math.max(0, Math.min(sheet.frozenColumns, at + n - 1) - at + 1);
    this.shiftAll(sheet, "COLUMNS", (s, e) => shiftForDelete(s, e, at, n));
  }

  /**
   * Sheet.moveRows/moveColumns: positions first..last go before position `destination`, counted before the
   * move (Google: https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveColumns(Range,Integer)).
   * Everything anchored wholly inside the moved span travels with it; the rest shifts as if the span were
   * deleted and inserted again at its new place (a span the moved block lands inside grows, one it leaves
   * shrinks). Nothing is removed and the grid keeps its size.
   */
  moveRows(sheet: SheetModel, first: number, last: number, destination: number): void {
    const map = this.checkMove(sheet, "ROWS", first, last, destination);
    if (!map) return;
    sheet.rows = permuteSparse(sheet.rows, map.point);
    sheet.hiddenRows = permuteSparse(sheet.hiddenRows, map.point);
    this.shiftAll(sheet, "ROWS", map.span, map.point);
  }

  moveColumns(sheet: SheetModel, first: number, last: number, destination: number): void {
    const map = this.checkMove(sheet, "COLUMNS", first, last, destination);
    if (!map) return;
    sheet.rows = sheet.rows.map((cells) => (cells ? permuteSparse(cells, map.point) : cells));
    sheet.columnWidths = permuteSparse(sheet.columnWidths, map.point);
    sheet.hiddenColumns = permuteSparse(sheet.hiddenColumns, map.point);
    this.shiftAll(sheet, "COLUMNS", map.span, map.point);
  }

  /** Grows the grid at its end (appendRow past the last row, wide rows). */
  growTo(sheet: SheetModel, rows: number, columns: number): void {
    const extraRows = Math.max(0, rows - sheet.maxRows);
    const extraColumns = Math.max(0, columns - sheet.maxColumns);
    if (extraRows === 0 && extraColumns === 0) return;
    this.checkCellLimit(rows * columns - sheet.maxRows * sheet.maxColumns);
    sheet.maxRows += extraRows;
    sheet.maxColumns += extraColumns;
  }

  private checkInsert(sheet: SheetModel, dim: Dimension, at: number, n: number): void {
    const max = dim === "ROWS" ? sheet.maxRows : sheet.maxColumns;
    const what = dim === "ROWS" ? "rows" : "columns";
    if (!Number.isInteger(n) || n < 1) throw gasError(`The number of ${what} to insert must be at least 1.`);
    if (!Number.isInteger(at) || at < 1 || at > max + 1) throw gasError(`Those ${what} are out of bounds.`);
  }

  private checkDelete(sheet: SheetModel, dim: Dimension, at: number, n: number): void {
    const max = dim === "ROWS" ? sheet.maxRows : sheet.maxColumns;
    const frozen = dim === "ROWS" ? sheet.frozenRows : sheet.frozenColumns;
    const what = dim === "ROWS" ? "rows" : "columns";
    if (!Number.isInteger(n) || n < 1 || !Number.isInteger(at) || at < 1 || at + n - 1 > max) {
      throw gasError(`Those ${what} are out of bounds.`);
    }
    const deletedFrozen = Math.max(0, Math.min(frozen, at + n - 1) - at + 1);
    if (max - frozen - (n - deletedFrozen) < 1) {
      throw gasError(`Sorry, it is not possible to delete all non-frozen ${what}.`);
    }
  }

  /**
   * The mapping of a move, or null when nothing moves (the destination is the span's own start or the
   * position right after it). Errors: Google documents none; the emulator refuses a destination outside
   * 1..max+1 with the insert's message and one strictly inside the moved span with its own wording.
   */
  private checkMove(
    sheet: SheetModel,
    dim: Dimension,
    first: number,
    last: number,
    destination: number,
  ): { point: (i: number) => number; span: (s: number, e: number | null) => [number, number | null] } | null {
    const max = dim === "ROWS" ? sheet.maxRows : sheet.maxColumns;
    const what = dim === "ROWS" ? "rows" : "columns";
    if (!Number.isInteger(destination) || destination < 1 || destination > max + 1) {
      throw gasError(`Those ${what} are out of bounds.`);
    }
    if (destination > first && destination <= last) {
      throw gasError(`The destination of the move is inside the ${what} being moved.`);
    }
    if (destination === first || destination === last + 1) return null;
    const n = last - first + 1;
    // where the block starts after the move, in the grid without it, then with it
    const at = destination < first ? destination : destination - n;
    const outside = (i: number): number => {
      const without = i < first ? i : i - n;
      return without >= at ? without + n : without;
    };
    const point = (i: number): number => (i >= first && i <= last ? i - first + at : outside(i));
    const span = (s: number, e: number | null): [number, number | null] => {
      if (e !== null && s >= first && e <= last) return [point(s), point(e)];
      const kept = shiftForDelete(s, e, first, n) ?? [s, e];
      return shiftForInsert(kept[0], kept[1], at, n);
    };
    return { point, span };
  }

  /** Moves every row/column-anchored object of `sheet`; those whose span vanished are removed. */
  private shiftAll(
    sheet: SheetModel,
    dim: Dimension,
    shift: (start: number, end: number | null) => [number, number | null] | null,
    /** Where a single position (a chart's anchor) goes; by default it moves like an open-ended span. */
    point?: (i: number) => number,
  ): void {
    const moveArea = (area: Area): boolean => {
      const span = dim === "ROWS" ? shift(area.r1, area.r2) : shift(area.c1, area.c2);
      if (!span) return false;
      if (dim === "ROWS") [area.r1, area.r2] = span;
      else [area.c1, area.c2] = span;
      return true;
    };
    this.namedRanges = this.namedRanges.filter((n) => n.sheet !== sheet || moveArea(n.area));
    for (const p of this.protections) {
      if (p.sheet !== sheet) continue;
      if (p.area && !moveArea(p.area)) p.removed = true;
      p.unprotected = p.unprotected.filter(moveArea);
    }
    this.protections = this.protections.filter((p) => !p.removed);
    const type = dim === "ROWS" ? "ROW" : "COLUMN";
    for (const m of this.metadata) {
      const loc = m.location;
      if (loc.type !== type || loc.sheet !== sheet) continue;
      const span = shift(loc.start, loc.end);
      if (span && span[1] !== null) [loc.start, loc.end] = [span[0], span[1]];
      else m.removed = true;
    }
    this.metadata = this.metadata.filter((m) => !m.removed);
    for (const chart of sheet.charts) {
      const spec = chart.spec;
      spec.ranges = spec.ranges.filter((r) => moveArea(r.area));
      // the anchor cell moves like the first cell of an open-ended span; a deleted anchor row/column
      // gives way to the first one after the deletion (kept inside the grid)
      if (point) {
        if (dim === "ROWS") spec.anchorRow = point(spec.anchorRow);
        else spec.anchorColumn = point(spec.anchorColumn);
      } else if (dim === "ROWS") {
        const moved = shift(spec.anchorRow, null)?.[0] ?? spec.anchorRow;
        spec.anchorRow = Math.max(1, Math.min(moved, sheet.maxRows));
      } else {
        const moved = shift(spec.anchorColumn, null)?.[0] ?? spec.anchorColumn;
        spec.anchorColumn = Math.max(1, Math.min(moved, sheet.maxColumns));
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------- registry

export class Workbooks {
  readonly all = new Map<string, SpreadsheetModel>();
  /** The spreadsheet the script is bound to. */
  readonly bound: SpreadsheetModel;
  /** SpreadsheetApp.getActive(): the bound one unless a script called setActiveSpreadsheet. */
  active: SpreadsheetModel;
  private readonly usedSheetIds = new Set<number>([0]);

  constructor(
    private readonly random: () => number,
    readonly timeZone: string,
    readonly sheetPrefix: string,
    activeName: string,
  ) {
    this.bound = this.create(activeName);
    this.active = this.bound;
  }

  create(name: string, rows?: number, columns?: number): SpreadsheetModel {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let id = "1";
    while (id.length < 44) id += alphabet.charAt(Math.floor(this.random() * alphabet.length));
    const book = new SpreadsheetModel(this, id, name, this.timeZone, rows, columns);
    this.all.set(id, book);
    return book;
  }

  /** Chart ids: integers unique across every spreadsheet (and apart from sheet ids), like Google's. */
  newChartId(): number {
    return this.newSheetId();
  }

  newSheetId(): number {
    for (;;) {
      const id = 1 + Math.floor(this.random() * 2_000_000_000);
      if (!this.usedSheetIds.has(id)) {
        this.usedSheetIds.add(id);
        return id;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------- snapshot

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface CellSnapshot {
  value?: JsonValue;
  formula?: string;
  note?: string;
  formats?: Formats;
  validation?: { criteria: string; args: JsonValue[]; allowInvalid: boolean; helpText: string | null };
}

export interface ChartSnapshot {
  chartId: number;
  /** A Charts.ChartType name. */
  type: string | null;
  /** "'Лист1'!A1:B5". */
  ranges: string[];
  options: Record<string, JsonValue>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transposeRowsAndColumns: boolean;
  hiddenDimensionStrategy: string;
  mergeStrategy: string;
}

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  index: number;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  tabColor: string | null;
  columnWidths: Record<string, number>;
  hiddenColumns: string[];
  hiddenRows: number[];
  cells: Record<string, CellSnapshot>;
  charts: ChartSnapshot[];
}

export interface SpreadsheetSnapshot {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  sheets: SheetSnapshot[];
  namedRanges: Array<{ name: string; range: string }>;
  protections: Array<{
    type: "RANGE" | "SHEET";
    sheet: string;
    range: string | null;
    description: string;
    warningOnly: boolean;
    editors: string[];
    unprotectedRanges: string[];
  }>;
  developerMetadata: Array<{
    id: number;
    key: string;
    value: string | null;
    visibility: string;
    location: { type: string; sheet?: string; span?: string };
  }>;
}

export function rangeRefA1(sheet: SheetModel, area: Area): string {
  return `${quoteSheetName(sheet.name)}!${areaA1(area)}`;
}

/** JSON form of a value: Dates become {"$date": ISO}, ranges "'Sheet'!A1:B2". */
export function jsonOf(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (value instanceof RangeRef) return rangeRefA1(value.sheet, value.area);
  if (Object.prototype.toString.call(value) === "[object Date]") {
    return { $date: new Date((value as Date).getTime()).toISOString() };
  }
  if (Array.isArray(value)) return value.map(jsonOf);
  if (typeof value === "object") {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value)) out[k] = jsonOf(v);
    return out;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** JSON form of a chart option: enums by name, otherwise as jsonOf. */
function optionJson(value: unknown): JsonValue {
  if (value instanceof EnumValue) return value.name();
  if (Array.isArray(value)) return value.map(optionJson);
  if (value !== null && typeof value === "object" && !(value instanceof RangeRef) && !isDateValue(value)) {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value)) out[k] = optionJson(v);
    return out;
  }
  return jsonOf(value);
}

function isDateValue(value: unknown): boolean {
  return Object.prototype.toString.call(value) === "[object Date]";
}

export function chartSnapshot(chart: ChartModel): ChartSnapshot {
  const spec = chart.spec;
  const options: Record<string, JsonValue> = {};
  for (const [name, value] of spec.options) options[name] = optionJson(value);
  return {
    chartId: chart.id,
    type: spec.type,
    ranges: spec.ranges.map((r) => rangeRefA1(r.sheet, r.area)),
    options,
    position: {
      anchorRow: spec.anchorRow,
      anchorColumn: spec.anchorColumn,
      offsetX: spec.offsetX,
      offsetY: spec.offsetY,
    },
    numHeaders: spec.numHeaders,
    transposeRowsAndColumns: spec.transpose,
    hiddenDimensionStrategy: spec.hiddenDimensionStrategy,
    mergeStrategy: spec.mergeStrategy,
  };
}

function spanText(loc: { type: "ROW" | "COLUMN"; start: number; end: number }): string {
  return loc.type === "ROW"
    ? `${loc.start}:${loc.end}`
    : `${columnLetter(loc.start)}:${columnLetter(loc.end)}`;
}

export function snapshotOf(book: SpreadsheetModel): SpreadsheetSnapshot {
  // one rule object is usually shared by many cells: convert it once per snapshot
  const rules = new Map<ValidationRule, NonNullable<CellSnapshot["validation"]>>();
  const ruleOf = (rule: ValidationRule): NonNullable<CellSnapshot["validation"]> => {
    let snap = rules.get(rule);
    if (!snap) {
      snap = {
        criteria: rule.criteria,
        args: rule.args.map(jsonOf),
        allowInvalid: rule.allowInvalid,
        helpText: rule.helpText,
      };
      rules.set(rule, snap);
    }
    return snap;
  };
  const sheets = book.sheets.map((sheet): SheetSnapshot => {
    const cells: Record<string, CellSnapshot> = {};
    sheet.forEachCell((r, c, cell) => {
      const snap: CellSnapshot = {};
      if (cell.value !== undefined) snap.value = jsonOf(cell.value);
      if (cell.formula !== undefined) snap.formula = cell.formula;
      if (cell.note !== undefined) snap.note = cell.note;
      if (cell.formats && Object.keys(cell.formats).length > 0) snap.formats = { ...cell.formats };
      if (cell.validation) snap.validation = ruleOf(cell.validation);
      if (Object.keys(snap).length > 0) cells[cellA1(r, c)] = snap;
    });
    const columnWidths: Record<string, number> = {};
    sheet.columnWidths.forEach((w, i) => {
      // A column set to the default width is one left at it: Sheets tells them apart nowhere (getColumnWidth).
      if (w !== undefined && w !== DEFAULT_COLUMN_WIDTH && i < sheet.maxColumns)
        columnWidths[columnLetter(i + 1)] = w;
    });
    const hiddenColumns: string[] = [];
    sheet.hiddenColumns.forEach((h, i) => {
      if (h && i < sheet.maxColumns) hiddenColumns.push(columnLetter(i + 1));
    });
    const hiddenRows: number[] = [];
    sheet.hiddenRows.forEach((h, i) => {
      if (h && i < sheet.maxRows) hiddenRows.push(i + 1);
    });
    return {
      name: sheet.name,
      sheetId: sheet.id,
      index: sheet.index(),
      hidden: sheet.hidden,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      maxRows: sheet.maxRows,
      maxColumns: sheet.maxColumns,
      tabColor: sheet.tabColor,
      columnWidths,
      hiddenColumns,
      hiddenRows,
      cells,
      charts: sheet.charts.map(chartSnapshot),
    };
  });
  return {
    id: book.id,
    name: book.name,
    locale: book.locale,
    timeZone: book.timeZone,
    sheets,
    namedRanges: book.namedRanges
      .map((n) => ({ name: n.name, range: rangeRefA1(n.sheet, n.area) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    protections: book.protections.map((p) => ({
      type: p.type,
      sheet: p.sheet.name,
      range: p.area ? areaA1(p.area) : null,
      description: p.description,
      warningOnly: p.warningOnly,
      editors: [...p.editors].sort(),
      unprotectedRanges: p.unprotected.map(areaA1),
    })),
    developerMetadata: book.metadata.map((m) => {
      const loc = m.location;
      const location =
        loc.type === "SPREADSHEET"
          ? { type: loc.type }
          : loc.type === "SHEET"
            ? { type: loc.type, sheet: loc.sheet.name }
            : { type: loc.type, sheet: loc.sheet.name, span: spanText(loc) };
      return { id: m.id, key: m.key, value: m.value, visibility: m.visibility, location };
    }),
  };
}
