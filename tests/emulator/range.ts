/**
 * Range and RangeList.
 */
import { type Area, areaA1, cellA1 } from "./a1";
import { Facade, gasError, instrument, isEnumOf, signatureError } from "./core";
import { WrapStrategy } from "./enums";
import {
  addMetadata,
  type Bounds,
  checkAlive,
  checkShape,
  clearCells,
  eachCell,
  grid,
  hide,
  isInt,
  newProtection,
  numberFormatAt,
  numericArea,
  readValue,
  resolveBounds,
  setFormat,
  writeInput,
} from "./grid";
import {
  type Cell,
  FORMAT_DEFAULTS,
  type FormatKey,
  type Formats,
  hasContent,
  type SheetModel,
  type SpreadsheetModel,
  type ValidationRule,
} from "./model";
import {
  EmuDataValidation,
  EmuDeveloperMetadata,
  EmuDeveloperMetadataFinder,
  EmuProtection,
  type MetadataScope,
} from "./sheetObjects";
import { type EmuSheet, newSheet } from "./spreadsheet";
import { type CellValue, DEFAULT_NUMBER_FORMAT, displayValue, normalizeColor, toCellInput } from "./values";
import type { World } from "./world";

export function newRange(world: World, sheet: SheetModel, area: Area): EmuRange {
  return new EmuRange(world, sheet, area);
}

type Normalizer<K extends FormatKey> = (value: unknown, method: string) => Formats[K] | undefined;

function colorArg(value: unknown, method: string): string | undefined {
  if (value === null) return undefined;
  if (typeof value !== "string") throw signatureError(method, [value]);
  return normalizeColor(value);
}

function oneOf<T extends string>(allowed: readonly T[], none: T | null) {
  return (value: unknown, method: string): T | undefined => {
    if (value === null || value === none) return undefined;
    if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
      throw gasError(`Invalid argument: ${JSON.stringify(value)} for ${method}`);
    }
    return value as T;
  };
}

const fontWeightArg = oneOf(["bold", "normal"], "normal");
const fontStyleArg = oneOf(["italic", "normal"], "normal");
const hAlignArg = oneOf(["left", "center", "right", "normal", "general"], "normal");
const vAlignArg = oneOf(["top", "middle", "bottom"], "bottom");

function numberFormatArg(value: unknown, method: string): string | undefined {
  if (typeof value !== "string") throw signatureError(method, [value]);
  return value === DEFAULT_NUMBER_FORMAT ? undefined : value;
}

// ---------------------------------------------------------------------------------------------- Range

const GEOMETRY_METHODS = new Set([
  "getRow",
  "getColumn",
  "getNumRows",
  "getNumColumns",
  "getLastRow",
  "getLastColumn",
  "getHeight",
  "getWidth",
  "getA1Notation",
  "getSheet",
  "getGridId",
  "offset",
  "getCell",
  "activate",
  "protect",
  "addDeveloperMetadata",
  "getDeveloperMetadata",
  "createDeveloperMetadataFinder",
]);

export class EmuRange extends Facade {
  declare readonly _sheet: SheetModel;
  declare readonly _area: Area;

  constructor(world: World, sheet: SheetModel, area: Area) {
    super(world);
    hide(this, { _sheet: sheet, _area: { ...area } });
  }

  _bounds(): Bounds {
    return resolveBounds(this._sheet, this._area);
  }

  /** Cells this call touches, for the per-cell cost (0 if the range is no longer valid). */
  _cellCount(): number {
    try {
      const b = this._bounds();
      return (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1);
    } catch {
      return 0;
    }
  }

  private _book(): SpreadsheetModel {
    return this._sheet.book;
  }

  private _ctx(): { locale: string; timeZone: string } {
    return { locale: this._book().locale, timeZone: this._book().timeZone };
  }

  private _first(): Cell | undefined {
    const b = this._bounds();
    return this._sheet.cell(b.r1, b.c1);
  }

  private _format<K extends FormatKey>(key: K, row: number, column: number): Required<Formats>[K] {
    const value = this._sheet.cell(row, column)?.formats?.[key];
    return (value ?? FORMAT_DEFAULTS[key]) as Required<Formats>[K];
  }

  private _setFormatAll<K extends FormatKey>(key: K, value: Formats[K] | undefined): this {
    eachCell(this._bounds(), (r, c) => setFormat(this._sheet, r, c, key, value));
    return this;
  }

  private _setFormatGrid<K extends FormatKey>(
    key: K,
    data: unknown,
    method: string,
    normalize: Normalizer<K>,
  ): this {
    const b = this._bounds();
    const rows = checkShape(data, b, method);
    const values = rows.map((line) => line.map((v) => normalize(v, `SpreadsheetApp.Range.${method}`)));
    eachCell(b, (r, c, i, j) => setFormat(this._sheet, r, c, key, values[i]?.[j]));
    return this;
  }

  private _formatGrid<K extends FormatKey>(key: K): Array<Array<Required<Formats>[K]>> {
    return grid(this._bounds(), (r, c) => this._format(key, r, c));
  }

  /** The ROW/COLUMN span when the range is whole rows or whole columns, else null. */
  _dimensionSpan(): { type: "ROW" | "COLUMN"; start: number; end: number } | null {
    const b = this._bounds();
    if (b.c1 === 1 && b.c2 === this._sheet.maxColumns) return { type: "ROW", start: b.r1, end: b.r2 };
    if (b.r1 === 1 && b.r2 === this._sheet.maxRows) return { type: "COLUMN", start: b.c1, end: b.c2 };
    return null;
  }

  // geometry

  getRow(): number {
    return this._bounds().r1;
  }
  getColumn(): number {
    return this._bounds().c1;
  }
  getNumRows(): number {
    const b = this._bounds();
    return b.r2 - b.r1 + 1;
  }
  getNumColumns(): number {
    const b = this._bounds();
    return b.c2 - b.c1 + 1;
  }
  getHeight(): number {
    return this.getNumRows();
  }
  getWidth(): number {
    return this.getNumColumns();
  }
  getLastRow(): number {
    return this._bounds().r2;
  }
  getLastColumn(): number {
    return this._bounds().c2;
  }
  getA1Notation(): string {
    this._bounds();
    return areaA1(this._area);
  }
  getSheet(): EmuSheet {
    checkAlive(this._sheet);
    return newSheet(this.world, this._sheet);
  }
  getGridId(): number {
    return this._sheet.id;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): EmuRange {
    const b = this._bounds();
    const args = [rowOffset, columnOffset, numRows, numColumns];
    if (!isInt(rowOffset) || !isInt(columnOffset)) throw signatureError("SpreadsheetApp.Range.offset", args);
    const area = numericArea(
      this._sheet,
      [b.r1 + rowOffset, b.c1 + columnOffset, numRows ?? b.r2 - b.r1 + 1, numColumns ?? b.c2 - b.c1 + 1],
      "SpreadsheetApp.Range.offset",
    );
    return newRange(this.world, this._sheet, area);
  }
  getCell(row: number, column: number): EmuRange {
    const b = this._bounds();
    if (!isInt(row) || !isInt(column)) throw signatureError("SpreadsheetApp.Range.getCell", [row, column]);
    if (row < 1 || column < 1 || row > b.r2 - b.r1 + 1 || column > b.c2 - b.c1 + 1) {
      throw gasError("Cell reference out of range");
    }
    const r = b.r1 + row - 1;
    const c = b.c1 + column - 1;
    return newRange(this.world, this._sheet, { r1: r, c1: c, r2: r, c2: c });
  }
  activate(): this {
    this._bounds();
    this._book().activeSheet = this._sheet;
    this._book().activeArea = { sheet: this._sheet, area: { ...this._area } };
    return this;
  }

  // values

  getValue(): CellValue {
    return readValue(this._first());
  }
  getValues(): CellValue[][] {
    return grid(this._bounds(), (r, c) => readValue(this._sheet.cell(r, c)));
  }
  setValue(value: unknown): this {
    const b = this._bounds();
    const { timeZone } = this._ctx();
    const inputs = grid(b, (r, c) =>
      toCellInput(value, numberFormatAt(this._sheet, r, c), timeZone, cellA1(r, c)),
    );
    eachCell(b, (r, c, i, j) => writeInput(this._sheet, r, c, inputs[i]?.[j] ?? { kind: "empty" }));
    return this;
  }
  setValues(values: unknown): this {
    const b = this._bounds();
    const rows = checkShape(values, b, "setValues");
    const { timeZone } = this._ctx();
    const inputs = grid(b, (r, c) =>
      toCellInput(rows[r - b.r1]?.[c - b.c1], numberFormatAt(this._sheet, r, c), timeZone, cellA1(r, c)),
    );
    eachCell(b, (r, c, i, j) => writeInput(this._sheet, r, c, inputs[i]?.[j] ?? { kind: "empty" }));
    return this;
  }
  getDisplayValue(): string {
    const b = this._bounds();
    return this._display(b.r1, b.c1);
  }
  getDisplayValues(): string[][] {
    return grid(this._bounds(), (r, c) => this._display(r, c));
  }
  private _display(row: number, column: number): string {
    const cell = this._sheet.cell(row, column);
    return displayValue(cell?.value, cell?.formula, cell?.formats?.numberFormat, this._ctx());
  }
  isBlank(): boolean {
    let blank = true;
    eachCell(this._bounds(), (r, c) => {
      if (hasContent(this._sheet.cell(r, c))) blank = false;
    });
    return blank;
  }

  // formulas

  getFormula(): string {
    return this._first()?.formula ?? "";
  }
  getFormulas(): string[][] {
    return grid(this._bounds(), (r, c) => this._sheet.cell(r, c)?.formula ?? "");
  }
  setFormula(formula: unknown): this {
    if (typeof formula !== "string") throw signatureError("SpreadsheetApp.Range.setFormula", [formula]);
    return this.setValue(formula.startsWith("=") || formula === "" ? formula : `=${formula}`);
  }
  setFormulas(formulas: unknown): this {
    const b = this._bounds();
    const rows = checkShape(formulas, b, "setFormulas");
    for (const line of rows) {
      for (const f of line) {
        if (typeof f !== "string") throw signatureError("SpreadsheetApp.Range.setFormulas", [formulas]);
      }
    }
    return this.setValues(
      rows.map((line) => line.map((f) => (f === "" || String(f).startsWith("=") ? f : `=${f}`))),
    );
  }

  // notes

  getNote(): string {
    return this._first()?.note ?? "";
  }
  getNotes(): string[][] {
    return grid(this._bounds(), (r, c) => this._sheet.cell(r, c)?.note ?? "");
  }
  setNote(note: unknown): this {
    const text = note === null || note === undefined ? "" : String(note);
    eachCell(this._bounds(), (r, c) => this._writeNote(r, c, text));
    return this;
  }
  setNotes(notes: unknown): this {
    const b = this._bounds();
    const rows = checkShape(notes, b, "setNotes");
    eachCell(b, (r, c, i, j) => {
      const note = rows[i]?.[j];
      this._writeNote(r, c, note === null || note === undefined ? "" : String(note));
    });
    return this;
  }
  clearNote(): this {
    clearCells(this._sheet, this._bounds(), { notes: true });
    return this;
  }
  private _writeNote(row: number, column: number, text: string): void {
    if (text === "") {
      const cell = this._sheet.cell(row, column);
      if (cell) {
        delete cell.note;
        this._sheet.prune(row, column);
      }
    } else {
      this._sheet.ensureCell(row, column).note = text;
    }
  }

  // formats

  getBackground(): string {
    const b = this._bounds();
    return this._format("background", b.r1, b.c1);
  }
  getBackgrounds(): string[][] {
    return this._formatGrid("background");
  }
  setBackground(color: unknown): this {
    return this._setFormatAll("background", colorArg(color, "SpreadsheetApp.Range.setBackground"));
  }
  setBackgrounds(colors: unknown): this {
    return this._setFormatGrid("background", colors, "setBackgrounds", colorArg);
  }
  setBackgroundRGB(red: number, green: number, blue: number): this {
    const hex = [red, green, blue].map((n) => Math.max(0, Math.min(255, n)).toString(16).padStart(2, "0"));
    return this._setFormatAll("background", `#${hex.join("")}`);
  }
  getFontWeight(): string {
    const b = this._bounds();
    return this._format("fontWeight", b.r1, b.c1);
  }
  getFontWeights(): string[][] {
    return this._formatGrid("fontWeight");
  }
  setFontWeight(weight: unknown): this {
    return this._setFormatAll("fontWeight", fontWeightArg(weight, "SpreadsheetApp.Range.setFontWeight"));
  }
  setFontWeights(weights: unknown): this {
    return this._setFormatGrid("fontWeight", weights, "setFontWeights", fontWeightArg);
  }
  getFontColor(): string {
    const b = this._bounds();
    return this._format("fontColor", b.r1, b.c1);
  }
  getFontColors(): string[][] {
    return this._formatGrid("fontColor");
  }
  setFontColor(color: unknown): this {
    return this._setFormatAll("fontColor", colorArg(color, "SpreadsheetApp.Range.setFontColor"));
  }
  setFontColors(colors: unknown): this {
    return this._setFormatGrid("fontColor", colors, "setFontColors", colorArg);
  }
  getFontStyle(): string {
    const b = this._bounds();
    return this._format("fontStyle", b.r1, b.c1);
  }
  setFontStyle(style: unknown): this {
    return this._setFormatAll("fontStyle", fontStyleArg(style, "SpreadsheetApp.Range.setFontStyle"));
  }
  getFontSize(): number {
    const b = this._bounds();
    return this._format("fontSize", b.r1, b.c1);
  }
  setFontSize(size: unknown): this {
    if (!isInt(size) || size < 1) throw signatureError("SpreadsheetApp.Range.setFontSize", [size]);
    return this._setFormatAll("fontSize", size);
  }
  getFontFamily(): string {
    const b = this._bounds();
    return this._format("fontFamily", b.r1, b.c1);
  }
  setFontFamily(family: unknown): this {
    if (family !== null && typeof family !== "string") {
      throw signatureError("SpreadsheetApp.Range.setFontFamily", [family]);
    }
    return this._setFormatAll("fontFamily", family ?? undefined);
  }
  getHorizontalAlignment(): string {
    const b = this._bounds();
    return this._format("horizontalAlignment", b.r1, b.c1);
  }
  setHorizontalAlignment(alignment: unknown): this {
    const value = hAlignArg(alignment, "SpreadsheetApp.Range.setHorizontalAlignment");
    return this._setFormatAll("horizontalAlignment", value === "general" ? undefined : value);
  }
  getVerticalAlignment(): string {
    const b = this._bounds();
    return this._format("verticalAlignment", b.r1, b.c1);
  }
  setVerticalAlignment(alignment: unknown): this {
    return this._setFormatAll(
      "verticalAlignment",
      vAlignArg(alignment, "SpreadsheetApp.Range.setVerticalAlignment"),
    );
  }
  getWrap(): boolean {
    const b = this._bounds();
    return this._format("wrapStrategy", b.r1, b.c1) === "WRAP";
  }
  getWraps(): boolean[][] {
    return this._formatGrid("wrapStrategy").map((row) => row.map((w) => w === "WRAP"));
  }
  setWrap(wrap: unknown): this {
    if (typeof wrap !== "boolean") throw signatureError("SpreadsheetApp.Range.setWrap", [wrap]);
    return this._setFormatAll("wrapStrategy", wrap ? "WRAP" : undefined);
  }
  getWrapStrategy(): unknown {
    const b = this._bounds();
    return WrapStrategy[this._format("wrapStrategy", b.r1, b.c1) as keyof typeof WrapStrategy];
  }
  setWrapStrategy(strategy: unknown): this {
    if (!isEnumOf(WrapStrategy, strategy))
      throw signatureError("SpreadsheetApp.Range.setWrapStrategy", [strategy]);
    return this._setFormatAll("wrapStrategy", String(strategy));
  }
  getNumberFormat(): string {
    const b = this._bounds();
    return this._format("numberFormat", b.r1, b.c1);
  }
  getNumberFormats(): string[][] {
    return this._formatGrid("numberFormat");
  }
  setNumberFormat(format: unknown): this {
    return this._setFormatAll(
      "numberFormat",
      numberFormatArg(format, "SpreadsheetApp.Range.setNumberFormat"),
    );
  }
  setNumberFormats(formats: unknown): this {
    return this._setFormatGrid("numberFormat", formats, "setNumberFormats", numberFormatArg);
  }

  // validations and checkboxes

  getDataValidation(): EmuDataValidation | null {
    const rule = this._first()?.validation;
    return rule ? new EmuDataValidation(this.world, rule) : null;
  }
  getDataValidations(): Array<Array<EmuDataValidation | null>> {
    return grid(this._bounds(), (r, c) => {
      const rule = this._sheet.cell(r, c)?.validation;
      return rule ? new EmuDataValidation(this.world, rule) : null;
    });
  }
  setDataValidation(rule: unknown): this {
    if (rule !== null && !(rule instanceof EmuDataValidation)) {
      throw signatureError("SpreadsheetApp.Range.setDataValidation", [rule]);
    }
    const model = rule?._rule;
    eachCell(this._bounds(), (r, c) => this._writeValidation(r, c, model));
    return this;
  }
  setDataValidations(rules: unknown): this {
    const b = this._bounds();
    const rows = checkShape(rules, b, "setDataValidations");
    for (const line of rows) {
      for (const rule of line) {
        if (rule !== null && !(rule instanceof EmuDataValidation)) {
          throw signatureError("SpreadsheetApp.Range.setDataValidations", [rules]);
        }
      }
    }
    eachCell(b, (r, c, i, j) => {
      const rule = rows[i]?.[j];
      this._writeValidation(r, c, rule instanceof EmuDataValidation ? rule._rule : undefined);
    });
    return this;
  }
  clearDataValidations(): this {
    clearCells(this._sheet, this._bounds(), { validations: true });
    return this;
  }
  private _writeValidation(row: number, column: number, rule: ValidationRule | undefined): void {
    if (rule) {
      this._sheet.ensureCell(row, column).validation = rule;
      return;
    }
    const cell = this._sheet.cell(row, column);
    if (!cell) return;
    delete cell.validation;
    this._sheet.prune(row, column);
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const args = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    const rule: ValidationRule = { criteria: "CHECKBOX", args, allowInvalid: false, helpText: null };
    const initial: unknown = args.length === 0 ? false : args.length === 1 ? "" : uncheckedValue;
    const { timeZone } = this._ctx();
    eachCell(this._bounds(), (r, c) => {
      this._writeValidation(r, c, rule);
      writeInput(this._sheet, r, c, toCellInput(initial, undefined, timeZone, cellA1(r, c)));
    });
    return this;
  }
  removeCheckboxes(): this {
    eachCell(this._bounds(), (r, c) => {
      const cell = this._sheet.cell(r, c);
      const rule = cell?.validation;
      if (!cell || rule?.criteria !== "CHECKBOX") return;
      const [checked, unchecked] = checkboxValues(rule);
      if (cell.value === checked || cell.value === unchecked) delete cell.value;
      delete cell.validation;
      this._sheet.prune(r, c);
    });
    return this;
  }
  check(): this {
    return this._setChecked(true);
  }
  uncheck(): this {
    return this._setChecked(false);
  }
  private _setChecked(checked: boolean): this {
    eachCell(this._bounds(), (r, c) => {
      const rule = this._sheet.cell(r, c)?.validation;
      if (rule?.criteria !== "CHECKBOX") return;
      const value = checkboxValues(rule)[checked ? 0 : 1];
      writeInput(this._sheet, r, c, toCellInput(value, "@", this._ctx().timeZone, cellA1(r, c)));
    });
    return this;
  }
  isChecked(): boolean | null {
    let state: boolean | null | undefined;
    eachCell(this._bounds(), (r, c) => {
      const cell = this._sheet.cell(r, c);
      const rule = cell?.validation;
      let here: boolean | null = null;
      if (rule?.criteria === "CHECKBOX") {
        const [checked, unchecked] = checkboxValues(rule);
        const value = cell?.value ?? "";
        here = value === checked ? true : value === unchecked ? false : null;
      }
      state = state === undefined || state === here ? here : null;
    });
    return state ?? null;
  }

  // clearing

  clear(options?: unknown): this {
    const b = this._bounds();
    if (options === undefined) {
      clearCells(this._sheet, b, { contents: true, formats: true });
      return this;
    }
    if (typeof options !== "object" || options === null)
      throw signatureError("SpreadsheetApp.Range.clear", [options]);
    const o = options as Record<string, unknown>;
    const what = {
      contents: o.contentsOnly === true,
      formats: o.formatOnly === true,
      validations: o.validationsOnly === true,
      notes: o.commentsOnly === true,
    };
    const any = what.contents || what.formats || what.validations || what.notes;
    clearCells(
      this._sheet,
      b,
      any ? what : { contents: true, formats: true, validations: true, notes: true },
    );
    return this;
  }
  clearContent(): this {
    clearCells(this._sheet, this._bounds(), { contents: true });
    return this;
  }
  clearFormat(): this {
    clearCells(this._sheet, this._bounds(), { formats: true });
    return this;
  }

  // protection and metadata

  protect(): EmuProtection {
    this._bounds();
    return new EmuProtection(this.world, newProtection(this.world, this._book(), this._sheet, this._area));
  }
  addDeveloperMetadata(...args: unknown[]): this {
    const span = this._dimensionSpan();
    if (!span) {
      throw gasError(
        "Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only " +
          "be added to top-level spreadsheets, sheets, or entire rows and columns.",
      );
    }
    addMetadata(
      this._book(),
      { ...span, sheet: this._sheet },
      args,
      "SpreadsheetApp.Range.addDeveloperMetadata",
    );
    return this;
  }
  getDeveloperMetadata(): EmuDeveloperMetadata[] {
    const span = this._dimensionSpan();
    if (!span) return [];
    return this._book()
      .metadata.filter((m) => {
        const loc = m.location;
        return (
          loc.type === span.type &&
          loc.sheet === this._sheet &&
          loc.start >= span.start &&
          loc.end <= span.end
        );
      })
      .map((m) => new EmuDeveloperMetadata(this.world, this._book(), m));
  }
  createDeveloperMetadataFinder(): EmuDeveloperMetadataFinder {
    const b = this._bounds();
    const scope: MetadataScope = { book: this._book(), sheet: this._sheet, bounds: b };
    return new EmuDeveloperMetadataFinder(this.world, scope);
  }
}

function checkboxValues(rule: ValidationRule): [unknown, unknown] {
  if (rule.args.length === 0) return [true, false];
  return [rule.args[0], rule.args.length > 1 ? rule.args[1] : ""];
}

/** Getters of one value (getValue, getNote, …) read one cell; plural getters and setters touch them all. */
const SINGLE_CELL_METHOD = /^(get[A-Z]\w*[^s]|isChecked)$/;

instrument(EmuRange, {
  service: "SpreadsheetApp",
  className: "Range",
  cost: (self, method, _args, world) => {
    if (GEOMETRY_METHODS.has(method)) return 0;
    const cells = self._cellCount();
    return (SINGLE_CELL_METHOD.test(method) ? Math.min(1, cells) : cells) * world.rt.costs.perCell;
  },
});

// ---------------------------------------------------------------------------------------------- RangeList

export class EmuRangeList extends Facade {
  declare readonly _ranges: readonly EmuRange[];

  constructor(world: World, ranges: readonly EmuRange[]) {
    super(world);
    hide(this, { _ranges: [...ranges] });
  }

  getRanges(): EmuRange[] {
    return this._ranges.map((r) => newRange(this.world, r._sheet, r._area));
  }
  /**
   * Selects every range of the list; the last is the active range
   * (https://developers.google.com/apps-script/reference/spreadsheet/range-list#activate()).
   */
  activate(): this {
    const last = this._ranges[this._ranges.length - 1];
    if (!last) return this;
    last.activate();
    if (this._ranges.every((r) => r._sheet === last._sheet))
      last._sheet.book.activeArea = {
        sheet: last._sheet,
        area: { ...last._area },
        list: this._ranges.map((r) => ({ ...r._area })),
      };
    return this;
  }
  setValue(value: unknown): this {
    return this._each((r) => r.setValue(value));
  }
  setFormula(formula: unknown): this {
    return this._each((r) => r.setFormula(formula));
  }
  setNote(note: unknown): this {
    return this._each((r) => r.setNote(note));
  }
  clearNote(): this {
    return this._each((r) => r.clearNote());
  }
  setBackground(color: unknown): this {
    return this._each((r) => r.setBackground(color));
  }
  setFontWeight(weight: unknown): this {
    return this._each((r) => r.setFontWeight(weight));
  }
  setFontColor(color: unknown): this {
    return this._each((r) => r.setFontColor(color));
  }
  setFontStyle(style: unknown): this {
    return this._each((r) => r.setFontStyle(style));
  }
  setNumberFormat(format: unknown): this {
    return this._each((r) => r.setNumberFormat(format));
  }
  setWrap(wrap: unknown): this {
    return this._each((r) => r.setWrap(wrap));
  }
  setHorizontalAlignment(alignment: unknown): this {
    return this._each((r) => r.setHorizontalAlignment(alignment));
  }
  setVerticalAlignment(alignment: unknown): this {
    return this._each((r) => r.setVerticalAlignment(alignment));
  }
  clear(options?: unknown): this {
    return this._each((r) => r.clear(options));
  }
  clearContent(): this {
    return this._each((r) => r.clearContent());
  }
  clearFormat(): this {
    return this._each((r) => r.clearFormat());
  }
  clearDataValidations(): this {
    return this._each((r) => r.clearDataValidations());
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    return this._each((r) => r.insertCheckboxes(checkedValue, uncheckedValue));
  }
  check(): this {
    return this._each((r) => r.check());
  }
  uncheck(): this {
    return this._each((r) => r.uncheck());
  }
  private _each(fn: (range: EmuRange) => void): this {
    for (const range of this._ranges) range._bounds();
    for (const range of this._ranges) fn(range);
    return this;
  }
}

instrument(EmuRangeList, {
  service: "SpreadsheetApp",
  className: "RangeList",
  cost: (self, method, _args, world) =>
    method === "getRanges"
      ? 0
      : self._ranges.reduce((sum, r) => sum + r._cellCount(), 0) * world.rt.costs.perCell,
});
