/**
 * Sheet, Spreadsheet and SpreadsheetApp.
 */

import type { Area } from "./a1";
import { cellA1 } from "./a1";
import {
  type EmuChartBuilder,
  type EmuEmbeddedChart,
  insertChart,
  newChartBuilder,
  removeChart,
  sheetCharts,
  updateChart,
} from "./charts";
import { Facade, gasError, instrument, signatureError } from "./core";
import {
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  ProtectionType,
  SheetType,
  WrapStrategy,
} from "./enums";
import {
  a1Area,
  addMetadata,
  type Bounds,
  checkAlive,
  clearCells,
  cloneCell,
  hide,
  isInt,
  newProtection,
  numberFormatAt,
  numericArea,
  protectionTypeArg,
  resolveBounds,
  writeInput,
} from "./grid";
import type { SheetModel, SpreadsheetModel } from "./model";
import { EmuRange, EmuRangeList, newRange } from "./range";
import { EmuUser } from "./session";
import {
  EmuDataValidationBuilder,
  EmuDeveloperMetadata,
  EmuDeveloperMetadataFinder,
  EmuNamedRange,
  EmuProtection,
  validNamedRangeName,
} from "./sheetObjects";
import { EmuUi } from "./ui";
import { type CellValue, normalizeColor, toCellInput } from "./values";
import type { World } from "./world";

export { EmuRange, EmuRangeList, newRange } from "./range";

export function newSpreadsheet(world: World, book: SpreadsheetModel): EmuSpreadsheet {
  return new EmuSpreadsheet(world, book);
}

export function newSheet(world: World, sheet: SheetModel): EmuSheet {
  return new EmuSheet(world, sheet);
}

// ---------------------------------------------------------------------------------------------- Sheet

export class EmuSheet extends Facade {
  declare readonly _sheet: SheetModel;

  constructor(world: World, sheet: SheetModel) {
    super(world);
    hide(this, { _sheet: sheet });
  }

  private _s(): SheetModel {
    checkAlive(this._sheet);
    return this._sheet;
  }
  private _book(): SpreadsheetModel {
    return this._sheet.book;
  }
  private _whole(): Area {
    const s = this._s();
    return { r1: 1, c1: 1, r2: s.maxRows, c2: s.maxColumns };
  }
  private _position(
    position: unknown,
    dim: "rows" | "columns",
    args: readonly unknown[],
    method: string,
  ): number {
    if (!isInt(position)) throw signatureError(`SpreadsheetApp.Sheet.${method}`, args);
    const max = dim === "rows" ? this._s().maxRows : this._s().maxColumns;
    if (position < 1 || position > max) throw gasError(`Those ${dim} are out of bounds.`);
    return position;
  }
  private _count(n: unknown, args: readonly unknown[], method: string): number {
    if (!isInt(n)) throw signatureError(`SpreadsheetApp.Sheet.${method}`, args);
    return n;
  }

  // identity

  getName(): string {
    return this._s().name;
  }
  setName(name: unknown): this {
    if (typeof name !== "string") throw signatureError("SpreadsheetApp.Sheet.setName", [name]);
    const s = this._s();
    this._book().checkSheetName(name, s);
    s.name = name;
    return this;
  }
  getSheetId(): number {
    return this._s().id;
  }
  getSheetName(): string {
    return this._s().name;
  }
  getIndex(): number {
    return this._s().index();
  }
  getParent(): EmuSpreadsheet {
    return newSpreadsheet(this.world, this._book());
  }
  getType(): unknown {
    return SheetType.GRID;
  }
  activate(): this {
    const s = this._s();
    this._book().activeSheet = s;
    s.hidden = false;
    return this;
  }
  copyTo(spreadsheet: unknown): EmuSheet {
    if (!(spreadsheet instanceof EmuSpreadsheet))
      throw signatureError("SpreadsheetApp.Sheet.copyTo", [spreadsheet]);
    const s = this._s();
    const target = spreadsheet._book;
    const base = `${target.locale.startsWith("ru") ? "Копия" : "Copy of"} ${s.name}`;
    let name = base;
    for (let n = 2; target.sheetByName(name); n++) name = `${base} ${n}`;
    const copy = target.addSheet(name, target.sheets.length, s.maxRows, s.maxColumns);
    s.forEachCell((r, c, cell) => {
      const row = copy.rows[r - 1] ?? [];
      copy.rows[r - 1] = row;
      row[c - 1] = cloneCell(cell);
    });
    copy.columnWidths = [...s.columnWidths];
    copy.hiddenColumns = [...s.hiddenColumns];
    copy.hiddenRows = [...s.hiddenRows];
    copy.frozenRows = s.frozenRows;
    copy.frozenColumns = s.frozenColumns;
    copy.tabColor = s.tabColor;
    return newSheet(this.world, copy);
  }

  // ranges

  getRange(...args: unknown[]): EmuRange {
    const [first] = args;
    if (typeof first === "string" && args.length === 1) {
      const { sheet, area } = a1Area(this._book(), this._s(), first);
      return newRange(this.world, sheet, area);
    }
    return newRange(this.world, this._s(), numericArea(this._s(), args, "SpreadsheetApp.Sheet.getRange"));
  }
  getRangeList(a1Notations: unknown): EmuRangeList {
    if (!Array.isArray(a1Notations) || a1Notations.some((a) => typeof a !== "string")) {
      throw signatureError("SpreadsheetApp.Sheet.getRangeList", [a1Notations]);
    }
    const ranges = (a1Notations as string[]).map((a1) => {
      const { sheet, area } = a1Area(this._book(), this._s(), a1);
      return newRange(this.world, sheet, area);
    });
    return new EmuRangeList(this.world, ranges);
  }
  getDataRange(): EmuRange {
    const s = this._s();
    return newRange(this.world, s, {
      r1: 1,
      c1: 1,
      r2: Math.max(1, s.lastRow()),
      c2: Math.max(1, s.lastColumn()),
    });
  }
  getSheetValues(
    startRow: unknown,
    startColumn: unknown,
    numRows: unknown,
    numColumns: unknown,
  ): CellValue[][] {
    const args = [startRow, startColumn, numRows, numColumns];
    const area = numericArea(this._s(), args, "SpreadsheetApp.Sheet.getSheetValues");
    return newRange(this.world, this._s(), area).getValues();
  }
  getLastRow(): number {
    return this._s().lastRow();
  }
  getLastColumn(): number {
    return this._s().lastColumn();
  }
  getMaxRows(): number {
    return this._s().maxRows;
  }
  getMaxColumns(): number {
    return this._s().maxColumns;
  }
  getActiveRange(): EmuRange | null {
    const active = this._book().activeArea;
    if (active && active.sheet === this._s()) return newRange(this.world, active.sheet, active.area);
    return newRange(this.world, this._s(), { r1: 1, c1: 1, r2: 1, c2: 1 });
  }
  /**
   * Every selected range of this sheet, in the order selected (one range: the active range alone); A1 when
   * nothing was selected, as the active range
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getActiveRangeList()).
   */
  getActiveRangeList(): EmuRangeList | null {
    const active = this._book().activeArea;
    if (active && active.sheet === this._s()) {
      const areas = active.list ?? [active.area];
      return new EmuRangeList(
        this.world,
        areas.map((a) => newRange(this.world, active.sheet, a)),
      );
    }
    return new EmuRangeList(this.world, [newRange(this.world, this._s(), { r1: 1, c1: 1, r2: 1, c2: 1 })]);
  }
  /** Selects the list's ranges, which must be on this sheet; the last is the active range. */
  setActiveRangeList(rangeList: unknown): EmuRangeList {
    if (!(rangeList instanceof EmuRangeList) || rangeList._ranges.some((r) => r._sheet !== this._s())) {
      throw signatureError("SpreadsheetApp.Sheet.setActiveRangeList", [rangeList]);
    }
    return rangeList.activate();
  }
  getActiveCell(): EmuRange {
    const active = this.getActiveRange();
    return active ? active.getCell(1, 1) : newRange(this.world, this._s(), { r1: 1, c1: 1, r2: 1, c2: 1 });
  }
  getCurrentCell(): EmuRange | null {
    return this.getActiveCell();
  }
  setActiveRange(range: unknown): EmuRange {
    if (!(range instanceof EmuRange) || range._sheet !== this._s()) {
      throw signatureError("SpreadsheetApp.Sheet.setActiveRange", [range]);
    }
    return range.activate();
  }
  setActiveSelection(selection: unknown): EmuRange {
    const range = typeof selection === "string" ? this.getRange(selection) : selection;
    return this.setActiveRange(range);
  }

  // rows and columns

  insertRowBefore(beforePosition: unknown): this {
    const at = this._position(beforePosition, "rows", [beforePosition], "insertRowBefore");
    this._book().insertRows(this._s(), at, 1);
    return this;
  }
  insertRowAfter(afterPosition: unknown): this {
    const at = this._position(afterPosition, "rows", [afterPosition], "insertRowAfter");
    this._book().insertRows(this._s(), at + 1, 1);
    return this;
  }
  insertRowsBefore(beforePosition: unknown, howMany: unknown): this {
    const args = [beforePosition, howMany];
    const at = this._position(beforePosition, "rows", args, "insertRowsBefore");
    this._book().insertRows(this._s(), at, this._count(howMany, args, "insertRowsBefore"));
    return this;
  }
  insertRowsAfter(afterPosition: unknown, howMany: unknown): this {
    const args = [afterPosition, howMany];
    const at = this._position(afterPosition, "rows", args, "insertRowsAfter");
    this._book().insertRows(this._s(), at + 1, this._count(howMany, args, "insertRowsAfter"));
    return this;
  }
  insertRows(rowIndex: unknown, numRows: unknown = 1): void {
    const args = [rowIndex, numRows];
    const at = this._position(rowIndex, "rows", args, "insertRows");
    this._book().insertRows(this._s(), at, this._count(numRows, args, "insertRows"));
  }
  insertColumnBefore(beforePosition: unknown): this {
    const at = this._position(beforePosition, "columns", [beforePosition], "insertColumnBefore");
    this._book().insertColumns(this._s(), at, 1);
    return this;
  }
  insertColumnAfter(afterPosition: unknown): this {
    const at = this._position(afterPosition, "columns", [afterPosition], "insertColumnAfter");
    this._book().insertColumns(this._s(), at + 1, 1);
    return this;
  }
  insertColumnsBefore(beforePosition: unknown, howMany: unknown): this {
    const args = [beforePosition, howMany];
    const at = this._position(beforePosition, "columns", args, "insertColumnsBefore");
    this._book().insertColumns(this._s(), at, this._count(howMany, args, "insertColumnsBefore"));
    return this;
  }
  insertColumnsAfter(afterPosition: unknown, howMany: unknown): this {
    const args = [afterPosition, howMany];
    const at = this._position(afterPosition, "columns", args, "insertColumnsAfter");
    this._book().insertColumns(this._s(), at + 1, this._count(howMany, args, "insertColumnsAfter"));
    return this;
  }
  insertColumns(columnIndex: unknown, numColumns: unknown = 1): void {
    const args = [columnIndex, numColumns];
    const at = this._position(columnIndex, "columns", args, "insertColumns");
    this._book().insertColumns(this._s(), at, this._count(numColumns, args, "insertColumns"));
  }
  deleteRow(rowPosition: unknown): this {
    const at = this._count(rowPosition, [rowPosition], "deleteRow");
    this._book().deleteRows(this._s(), at, 1);
    return this;
  }
  deleteRows(rowPosition: unknown, howMany: unknown): void {
    const args = [rowPosition, howMany];
    this._book().deleteRows(
      this._s(),
      this._count(rowPosition, args, "deleteRows"),
      this._count(howMany, args, "deleteRows"),
    );
  }
  deleteColumn(columnPosition: unknown): this {
    const at = this._count(columnPosition, [columnPosition], "deleteColumn");
    this._book().deleteColumns(this._s(), at, 1);
    return this;
  }
  deleteColumns(columnPosition: unknown, howMany: unknown): void {
    const args = [columnPosition, howMany];
    this._book().deleteColumns(
      this._s(),
      this._count(columnPosition, args, "deleteColumns"),
      this._count(howMany, args, "deleteColumns"),
    );
  }
  moveRows(rowSpec: unknown, destinationIndex: unknown): void {
    const args = [rowSpec, destinationIndex];
    const b = this._spec(rowSpec, args, "moveRows");
    this._book().moveRows(this._s(), b.r1, b.r2, this._count(destinationIndex, args, "moveRows"));
  }
  moveColumns(columnSpec: unknown, destinationIndex: unknown): void {
    const args = [columnSpec, destinationIndex];
    const b = this._spec(columnSpec, args, "moveColumns");
    this._book().moveColumns(this._s(), b.c1, b.c2, this._count(destinationIndex, args, "moveColumns"));
  }
  /** The rows/columns a move's spec spans: any range of this sheet selects every row/column it touches. */
  private _spec(spec: unknown, args: readonly unknown[], method: string): Bounds {
    if (!(spec instanceof EmuRange) || spec._sheet !== this._s()) {
      throw signatureError(`SpreadsheetApp.Sheet.${method}`, args);
    }
    return spec._bounds();
  }
  appendRow(rowContents: unknown): this {
    if (!Array.isArray(rowContents)) throw signatureError("SpreadsheetApp.Sheet.appendRow", [rowContents]);
    const s = this._s();
    const row = s.lastRow() + 1;
    const tz = this._book().timeZone;
    const inputs = rowContents.map((v: unknown, j) =>
      toCellInput(v, numberFormatAt(s, row, j + 1), tz, cellA1(row, j + 1)),
    );
    this._book().growTo(s, row, Math.max(s.maxColumns, inputs.length));
    inputs.forEach((input, j) => {
      writeInput(s, row, j + 1, input);
    });
    return this;
  }

  // layout

  setFrozenRows(rows: unknown): void {
    if (!isInt(rows) || rows < 0) throw signatureError("SpreadsheetApp.Sheet.setFrozenRows", [rows]);
    if (rows >= this._s().maxRows) throw gasError("You can't freeze all visible rows on the sheet.");
    this._s().frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._s().frozenRows;
  }
  setFrozenColumns(columns: unknown): void {
    if (!isInt(columns) || columns < 0)
      throw signatureError("SpreadsheetApp.Sheet.setFrozenColumns", [columns]);
    if (columns >= this._s().maxColumns) throw gasError("You can't freeze all visible columns on the sheet.");
    this._s().frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this._s().frozenColumns;
  }
  hideSheet(): this {
    const s = this._s();
    const othersVisible = this._book().sheets.some((other) => other !== s && !other.hidden);
    if (!othersVisible) throw gasError("You can't hide all the sheets in a document.");
    s.hidden = true;
    if (this._book().activeSheet === s) {
      this._book().activeSheet = this._book().sheets.find((other) => !other.hidden) ?? s;
    }
    return this;
  }
  showSheet(): this {
    this._s().hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._s().hidden;
  }
  setColumnWidth(columnPosition: unknown, width: unknown): this {
    const args = [columnPosition, width];
    const column = this._position(columnPosition, "columns", args, "setColumnWidth");
    if (!isInt(width) || width < 0) throw signatureError("SpreadsheetApp.Sheet.setColumnWidth", args);
    this._s().columnWidths[column - 1] = width;
    return this;
  }
  setColumnWidths(startColumn: unknown, numColumns: unknown, width: unknown): this {
    const args = [startColumn, numColumns, width];
    const start = this._position(startColumn, "columns", args, "setColumnWidths");
    const n = this._count(numColumns, args, "setColumnWidths");
    this._position(start + n - 1, "columns", args, "setColumnWidths");
    if (!isInt(width) || width < 0) throw signatureError("SpreadsheetApp.Sheet.setColumnWidths", args);
    for (let c = start; c < start + n; c++) this._s().columnWidths[c - 1] = width;
    return this;
  }
  getColumnWidth(columnPosition: unknown): number {
    const column = this._position(columnPosition, "columns", [columnPosition], "getColumnWidth");
    return this._s().columnWidth(column);
  }
  hideColumns(columnIndex: unknown, numColumns: unknown = 1): void {
    this._setHidden("columns", columnIndex, numColumns, true, "hideColumns");
  }
  showColumns(columnIndex: unknown, numColumns: unknown = 1): void {
    this._setHidden("columns", columnIndex, numColumns, false, "showColumns");
  }
  hideColumn(column: unknown): void {
    const b = this._ownRange(column, "hideColumn")._bounds();
    this._setHidden("columns", b.c1, b.c2 - b.c1 + 1, true, "hideColumn");
  }
  unhideColumn(column: unknown): void {
    const b = this._ownRange(column, "unhideColumn")._bounds();
    this._setHidden("columns", b.c1, b.c2 - b.c1 + 1, false, "unhideColumn");
  }
  isColumnHiddenByUser(columnPosition: unknown): boolean {
    const column = this._position(columnPosition, "columns", [columnPosition], "isColumnHiddenByUser");
    return this._s().hiddenColumns[column - 1] === true;
  }
  hideRows(rowIndex: unknown, numRows: unknown = 1): void {
    this._setHidden("rows", rowIndex, numRows, true, "hideRows");
  }
  showRows(rowIndex: unknown, numRows: unknown = 1): void {
    this._setHidden("rows", rowIndex, numRows, false, "showRows");
  }
  hideRow(row: unknown): void {
    const b = this._ownRange(row, "hideRow")._bounds();
    this._setHidden("rows", b.r1, b.r2 - b.r1 + 1, true, "hideRow");
  }
  unhideRow(row: unknown): void {
    const b = this._ownRange(row, "unhideRow")._bounds();
    this._setHidden("rows", b.r1, b.r2 - b.r1 + 1, false, "unhideRow");
  }
  isRowHiddenByUser(rowPosition: unknown): boolean {
    const row = this._position(rowPosition, "rows", [rowPosition], "isRowHiddenByUser");
    return this._s().hiddenRows[row - 1] === true;
  }
  private _ownRange(range: unknown, method: string): EmuRange {
    if (!(range instanceof EmuRange) || range._sheet !== this._s()) {
      throw signatureError(`SpreadsheetApp.Sheet.${method}`, [range]);
    }
    return range;
  }
  private _setHidden(
    dim: "rows" | "columns",
    index: unknown,
    count: unknown,
    hidden: boolean,
    method: string,
  ): void {
    const args = [index, count];
    const start = this._position(index, dim, args, method);
    const n = this._count(count, args, method);
    this._position(start + n - 1, dim, args, method);
    const flags = dim === "rows" ? this._s().hiddenRows : this._s().hiddenColumns;
    for (let i = start; i < start + n; i++) {
      if (hidden) flags[i - 1] = true;
      else delete flags[i - 1];
    }
  }
  setTabColor(color: unknown): this {
    if (color !== null && typeof color !== "string")
      throw signatureError("SpreadsheetApp.Sheet.setTabColor", [color]);
    this._s().tabColor = color === null ? null : normalizeColor(color);
    return this;
  }
  getTabColor(): string | null {
    return this._s().tabColor;
  }

  // clearing

  clear(options?: unknown): this {
    const b = resolveBounds(this._s(), this._whole());
    if (options === undefined) {
      clearCells(this._s(), b, { contents: true, formats: true });
      return this;
    }
    if (typeof options !== "object" || options === null)
      throw signatureError("SpreadsheetApp.Sheet.clear", [options]);
    const o = options as Record<string, unknown>;
    const contents = o.contentsOnly === true;
    const formats = o.formatOnly === true;
    clearCells(this._s(), b, contents || formats ? { contents, formats } : { contents: true, formats: true });
    return this;
  }
  clearContents(): this {
    clearCells(this._s(), resolveBounds(this._s(), this._whole()), { contents: true });
    return this;
  }
  clearFormats(): this {
    clearCells(this._s(), resolveBounds(this._s(), this._whole()), { formats: true });
    return this;
  }
  clearNotes(): this {
    clearCells(this._s(), resolveBounds(this._s(), this._whole()), { notes: true });
    return this;
  }

  // protection, metadata, named ranges

  protect(): EmuProtection {
    const s = this._s();
    const existing = this._book().protections.find((p) => p.type === "SHEET" && p.sheet === s);
    return new EmuProtection(this.world, existing ?? newProtection(this.world, this._book(), s, null));
  }
  getProtections(type: unknown): EmuProtection[] {
    const kind = protectionTypeArg(type, "SpreadsheetApp.Sheet.getProtections");
    const s = this._s();
    return this._book()
      .protections.filter((p) => p.sheet === s && p.type === kind)
      .map((p) => new EmuProtection(this.world, p));
  }
  addDeveloperMetadata(...args: unknown[]): this {
    addMetadata(
      this._book(),
      { type: "SHEET", sheet: this._s() },
      args,
      "SpreadsheetApp.Sheet.addDeveloperMetadata",
    );
    return this;
  }
  getDeveloperMetadata(): EmuDeveloperMetadata[] {
    const s = this._s();
    return this._book()
      .metadata.filter((m) => m.location.type === "SHEET" && m.location.sheet === s)
      .map((m) => new EmuDeveloperMetadata(this.world, this._book(), m));
  }
  createDeveloperMetadataFinder(): EmuDeveloperMetadataFinder {
    return new EmuDeveloperMetadataFinder(this.world, { book: this._book(), sheet: this._s() });
  }
  getNamedRanges(): EmuNamedRange[] {
    const s = this._s();
    return this._book()
      .namedRanges.filter((n) => n.sheet === s)
      .map((n) => new EmuNamedRange(this.world, n));
  }

  // embedded charts (charts.ts)

  newChart(): EmuChartBuilder {
    return newChartBuilder(this.world, this._s());
  }
  insertChart(chart: unknown): void {
    insertChart(this._s(), chart);
  }
  updateChart(chart: unknown): void {
    updateChart(this._s(), chart);
  }
  removeChart(chart: unknown): void {
    removeChart(this._s(), chart);
  }
  getCharts(): EmuEmbeddedChart[] {
    return sheetCharts(this.world, this._s());
  }
}

instrument(EmuSheet, {
  service: "SpreadsheetApp",
  className: "Sheet",
  cost: (_self, method, args, world) => {
    if (method === "getSheetValues") {
      const [, , rows, columns] = args;
      return (isInt(rows) && isInt(columns) ? rows * columns : 0) * world.rt.costs.perCell;
    }
    if (method === "appendRow" && Array.isArray(args[0])) return args[0].length * world.rt.costs.perCell;
    return 0;
  },
});

// ---------------------------------------------------------------------------------------------- Spreadsheet

export class EmuSpreadsheet extends Facade {
  declare readonly _book: SpreadsheetModel;

  constructor(world: World, book: SpreadsheetModel) {
    super(world);
    hide(this, { _book: book });
  }

  private _sheetArg(sheet: unknown, method: string): SheetModel {
    if (!(sheet instanceof EmuSheet) || sheet._sheet.book !== this._book || sheet._sheet.deleted) {
      throw signatureError(`SpreadsheetApp.Spreadsheet.${method}`, [sheet]);
    }
    return sheet._sheet;
  }
  private _rangeArg(range: unknown, method: string): EmuRange {
    if (!(range instanceof EmuRange) || range._sheet.book !== this._book) {
      throw signatureError(`SpreadsheetApp.Spreadsheet.${method}`, [range]);
    }
    range._bounds();
    return range;
  }

  getId(): string {
    return this._book.id;
  }
  getName(): string {
    return this._book.name;
  }
  rename(newName: unknown): void {
    if (typeof newName !== "string" || newName === "")
      throw signatureError("SpreadsheetApp.Spreadsheet.rename", [newName]);
    this._book.name = newName;
  }
  getUrl(): string {
    return this._book.url;
  }
  getOwner(): EmuUser {
    return new EmuUser(this.world, this.world.user.email);
  }
  getEditors(): EmuUser[] {
    return [new EmuUser(this.world, this.world.user.email)];
  }
  getSpreadsheetLocale(): string {
    return this._book.locale;
  }
  setSpreadsheetLocale(locale: unknown): void {
    if (typeof locale !== "string")
      throw signatureError("SpreadsheetApp.Spreadsheet.setSpreadsheetLocale", [locale]);
    this._book.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    return this._book.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: unknown): void {
    if (typeof timeZone !== "string") {
      throw signatureError("SpreadsheetApp.Spreadsheet.setSpreadsheetTimeZone", [timeZone]);
    }
    this._book.timeZone = timeZone;
  }

  // the active sheet's id and name (Google's Spreadsheet has both, acting on the active sheet)

  getSheetId(): number {
    return this._book.activeSheet.id;
  }
  getSheetName(): string {
    return this._book.activeSheet.name;
  }

  // sheets

  getSheets(): EmuSheet[] {
    return this._book.sheets.map((s) => newSheet(this.world, s));
  }
  getNumSheets(): number {
    return this._book.sheets.length;
  }
  getSheetByName(name: unknown): EmuSheet | null {
    if (typeof name !== "string") throw signatureError("SpreadsheetApp.Spreadsheet.getSheetByName", [name]);
    const sheet = this._book.sheetByName(name);
    return sheet ? newSheet(this.world, sheet) : null;
  }
  getSheetById(id: unknown): EmuSheet | null {
    if (typeof id !== "number") throw signatureError("SpreadsheetApp.Spreadsheet.getSheetById", [id]);
    const sheet = this._book.sheets.find((s) => s.id === id);
    return sheet ? newSheet(this.world, sheet) : null;
  }
  insertSheet(...args: unknown[]): EmuSheet {
    const method = "SpreadsheetApp.Spreadsheet.insertSheet";
    let name: string | undefined;
    let index: number | undefined;
    let options: unknown;
    const rest = [...args];
    if (typeof rest[0] === "string") name = rest.shift() as string;
    if (typeof rest[0] === "number") {
      if (!isInt(rest[0]) || rest[0] < 0) throw signatureError(method, args);
      index = rest.shift() as number;
    }
    if (rest.length > 0 && typeof rest[0] === "object" && rest[0] !== null && !Array.isArray(rest[0])) {
      options = rest.shift();
    }
    if (rest.some((a) => a !== undefined)) throw signatureError(method, args);
    const template = (options as { template?: unknown } | undefined)?.template;
    if (template !== undefined && !(template instanceof EmuSheet)) throw signatureError(method, args);
    const book = this._book;
    const sheet = book.addSheet(name ?? book.nextSheetName(), index ?? book.sheets.length);
    if (template instanceof EmuSheet) {
      const source = template._sheet;
      sheet.maxRows = source.maxRows;
      sheet.maxColumns = source.maxColumns;
      source.forEachCell((r, c, cell) => {
        const row = sheet.rows[r - 1] ?? [];
        sheet.rows[r - 1] = row;
        row[c - 1] = cloneCell(cell);
      });
      sheet.columnWidths = [...source.columnWidths];
      sheet.frozenRows = source.frozenRows;
      sheet.frozenColumns = source.frozenColumns;
    }
    book.activeSheet = sheet;
    return newSheet(this.world, sheet);
  }
  deleteSheet(sheet: unknown): void {
    this._book.removeSheet(this._sheetArg(sheet, "deleteSheet"));
  }
  deleteActiveSheet(): EmuSheet {
    const active = this._book.activeSheet;
    this._book.removeSheet(active);
    return newSheet(this.world, this._book.activeSheet);
  }
  getActiveSheet(): EmuSheet {
    return newSheet(this.world, this._book.activeSheet);
  }
  setActiveSheet(sheet: unknown, _restoreSelection?: unknown): EmuSheet {
    const s = this._sheetArg(sheet, "setActiveSheet");
    this._book.activeSheet = s;
    s.hidden = false;
    return newSheet(this.world, s);
  }

  // ranges

  getRange(a1Notation: unknown): EmuRange {
    if (typeof a1Notation !== "string")
      throw signatureError("SpreadsheetApp.Spreadsheet.getRange", [a1Notation]);
    const { sheet, area } = a1Area(this._book, this._book.activeSheet, a1Notation);
    return newRange(this.world, sheet, area);
  }
  getRangeList(a1Notations: unknown): EmuRangeList {
    return newSheet(this.world, this._book.activeSheet).getRangeList(a1Notations);
  }
  getActiveRange(): EmuRange | null {
    return newSheet(this.world, this._book.activeSheet).getActiveRange();
  }
  getActiveRangeList(): EmuRangeList | null {
    return newSheet(this.world, this._book.activeSheet).getActiveRangeList();
  }
  setActiveRangeList(rangeList: unknown): EmuRangeList {
    if (!(rangeList instanceof EmuRangeList) || rangeList._ranges.length === 0)
      throw signatureError("SpreadsheetApp.Spreadsheet.setActiveRangeList", [rangeList]);
    return newSheet(this.world, rangeList._ranges[0]!._sheet).setActiveRangeList(rangeList);
  }
  setActiveRange(range: unknown): EmuRange {
    return this._rangeArg(range, "setActiveRange").activate();
  }
  getCurrentCell(): EmuRange | null {
    return newSheet(this.world, this._book.activeSheet).getActiveCell();
  }
  getActiveCell(): EmuRange {
    return newSheet(this.world, this._book.activeSheet).getActiveCell();
  }
  getDataRange(): EmuRange {
    return newSheet(this.world, this._book.activeSheet).getDataRange();
  }
  getLastRow(): number {
    return this._book.activeSheet.lastRow();
  }
  getLastColumn(): number {
    return this._book.activeSheet.lastColumn();
  }

  // named ranges

  getRangeByName(name: unknown): EmuRange | null {
    if (typeof name !== "string") throw signatureError("SpreadsheetApp.Spreadsheet.getRangeByName", [name]);
    const named = this._book.namedRanges.find((n) => n.name === name);
    return named ? newRange(this.world, named.sheet, named.area) : null;
  }
  setNamedRange(name: unknown, range: unknown): void {
    if (typeof name !== "string")
      throw signatureError("SpreadsheetApp.Spreadsheet.setNamedRange", [name, range]);
    const target = this._rangeArg(range, "setNamedRange");
    if (!validNamedRangeName(name)) throw gasError("Invalid argument: name");
    const existing = this._book.namedRanges.find((n) => n.name === name);
    if (existing) {
      existing.sheet = target._sheet;
      existing.area = { ...target._area };
    } else {
      this._book.namedRanges.push({ name, sheet: target._sheet, area: { ...target._area } });
    }
  }
  getNamedRanges(): EmuNamedRange[] {
    return this._book.namedRanges.map((n) => new EmuNamedRange(this.world, n));
  }
  removeNamedRange(name: unknown): void {
    if (typeof name !== "string") throw signatureError("SpreadsheetApp.Spreadsheet.removeNamedRange", [name]);
    const before = this._book.namedRanges.length;
    this._book.namedRanges = this._book.namedRanges.filter((n) => n.name !== name);
    if (this._book.namedRanges.length === before) throw gasError("Range not found");
  }

  // metadata, protections, toast

  addDeveloperMetadata(...args: unknown[]): this {
    addMetadata(this._book, { type: "SPREADSHEET" }, args, "SpreadsheetApp.Spreadsheet.addDeveloperMetadata");
    return this;
  }
  getDeveloperMetadata(): EmuDeveloperMetadata[] {
    return this._book.metadata
      .filter((m) => m.location.type === "SPREADSHEET")
      .map((m) => new EmuDeveloperMetadata(this.world, this._book, m));
  }
  createDeveloperMetadataFinder(): EmuDeveloperMetadataFinder {
    return new EmuDeveloperMetadataFinder(this.world, { book: this._book });
  }
  getProtections(type: unknown): EmuProtection[] {
    const kind = protectionTypeArg(type, "SpreadsheetApp.Spreadsheet.getProtections");
    return this._book.protections.filter((p) => p.type === kind).map((p) => new EmuProtection(this.world, p));
  }
  toast(msg: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    if (msg === undefined) throw signatureError("SpreadsheetApp.Spreadsheet.toast", [msg]);
    this.world.ui.toasts.push({
      text: String(msg),
      title: title === undefined || title === null ? null : String(title),
      timeoutSeconds: typeof timeoutSeconds === "number" ? timeoutSeconds : null,
    });
  }
}

instrument(EmuSpreadsheet, { service: "SpreadsheetApp", className: "Spreadsheet" });

// ---------------------------------------------------------------------------------------------- SpreadsheetApp

export class EmuSpreadsheetApp extends Facade {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly WrapStrategy = WrapStrategy;
  readonly Dimension = Dimension;
  readonly SheetType = SheetType;

  getActive(): EmuSpreadsheet {
    return newSpreadsheet(this.world, this.world.books.active);
  }
  getActiveSpreadsheet(): EmuSpreadsheet {
    return newSpreadsheet(this.world, this.world.books.active);
  }
  setActiveSpreadsheet(spreadsheet: unknown): void {
    if (!(spreadsheet instanceof EmuSpreadsheet)) {
      throw signatureError("SpreadsheetApp.setActiveSpreadsheet", [spreadsheet]);
    }
    this.world.books.active = spreadsheet._book;
  }
  create(name: unknown, rows?: unknown, columns?: unknown): EmuSpreadsheet {
    const args = [name, rows, columns];
    if (typeof name !== "string" || name === "") throw signatureError("SpreadsheetApp.create", args);
    if (
      (rows !== undefined || columns !== undefined) &&
      (!isInt(rows) || !isInt(columns) || rows < 1 || columns < 1)
    ) {
      throw signatureError("SpreadsheetApp.create", args);
    }
    return newSpreadsheet(
      this.world,
      this.world.books.create(name, rows as number | undefined, columns as number | undefined),
    );
  }
  openById(id: unknown): EmuSpreadsheet {
    if (typeof id !== "string") throw signatureError("SpreadsheetApp.openById", [id]);
    const book = this.world.books.all.get(id);
    if (!book)
      throw gasError(
        "Unexpected error while getting the method or property openById on object SpreadsheetApp.",
      );
    return newSpreadsheet(this.world, book);
  }
  openByUrl(url: unknown): EmuSpreadsheet {
    if (typeof url !== "string") throw signatureError("SpreadsheetApp.openByUrl", [url]);
    const m = /\/spreadsheets\/d\/([^/]+)/.exec(url);
    const book = m?.[1] === undefined ? undefined : this.world.books.all.get(m[1]);
    if (!book)
      throw gasError(
        "Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.",
      );
    return newSpreadsheet(this.world, book);
  }
  getUi(): EmuUi {
    if (this.world.rt.currentKind() === "trigger") {
      throw gasError("Cannot call SpreadsheetApp.getUi() from this context.");
    }
    return new EmuUi(this.world);
  }
  flush(): void {}
  newDataValidation(): EmuDataValidationBuilder {
    return new EmuDataValidationBuilder(this.world);
  }
  getActiveSheet(): EmuSheet {
    return newSheet(this.world, this.world.books.active.activeSheet);
  }
  setActiveSheet(sheet: unknown, restoreSelection?: unknown): EmuSheet {
    return newSpreadsheet(this.world, this.world.books.active).setActiveSheet(sheet, restoreSelection);
  }
  getActiveRange(): EmuRange | null {
    return newSpreadsheet(this.world, this.world.books.active).getActiveRange();
  }
  getActiveRangeList(): EmuRangeList | null {
    return newSpreadsheet(this.world, this.world.books.active).getActiveRangeList();
  }
  setActiveRange(range: unknown): EmuRange {
    return newSpreadsheet(this.world, this.world.books.active).setActiveRange(range);
  }
  getCurrentCell(): EmuRange | null {
    return newSpreadsheet(this.world, this.world.books.active).getCurrentCell();
  }
}

instrument(EmuSpreadsheetApp, { service: "SpreadsheetApp", className: "SpreadsheetApp" });
