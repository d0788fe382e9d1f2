/**
 * Helpers shared by the Range, Sheet and Spreadsheet facades: bounds, shapes, reading and writing cells.
 * They work on the model directly and are not accounted.
 */
import { type Area, parseA1 } from "./a1";
import { gasError, isEnumOf, signatureError } from "./core";
import { DeveloperMetadataVisibility, ProtectionType } from "./enums";
import {
  type Cell,
  FORMAT_DEFAULTS,
  type FormatKey,
  type Formats,
  type MetadataLocation,
  type ProtectionModel,
  type SheetModel,
  type SpreadsheetModel,
} from "./model";
import { type CellInput, type CellValue, FORMULA_PLACEHOLDER } from "./values";
import type { World } from "./world";

export const COORDINATES_ERROR = "The coordinates of the range are outside the dimensions of the sheet.";

export interface Bounds {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Defines internal fields that JSON.stringify, for…in and Logger do not see. */
export function hide(target: object, props: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(props)) {
    Object.defineProperty(target, key, { value, enumerable: false, writable: true });
  }
}

export function checkAlive(sheet: SheetModel): void {
  if (sheet.deleted) throw gasError(`The sheet "${sheet.name}" was deleted.`);
}

export function resolveBounds(sheet: SheetModel, area: Area): Bounds {
  checkAlive(sheet);
  const b = { r1: area.r1, c1: area.c1, r2: area.r2 ?? sheet.maxRows, c2: area.c2 ?? sheet.maxColumns };
  if (b.r2 > sheet.maxRows || b.c2 > sheet.maxColumns || b.r1 > b.r2 || b.c1 > b.c2) {
    throw gasError(COORDINATES_ERROR);
  }
  return b;
}

export function isInt(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value);
}

/** getRange(row, column, numRows?, numColumns?) with Google's checks and messages. */
export function numericArea(sheet: SheetModel, args: readonly unknown[], method: string): Area {
  const [row, column, numRows = 1, numColumns = 1] = args;
  if (!isInt(row) || !isInt(column) || !isInt(numRows) || !isInt(numColumns))
    throw signatureError(method, args);
  if (row < 1) throw gasError("The starting row of the range is too small.");
  if (column < 1) throw gasError("The starting column of the range is too small.");
  if (numRows < 1) throw gasError("The number of rows in the range must be at least 1.");
  if (numColumns < 1) throw gasError("The number of columns in the range must be at least 1.");
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
    throw gasError(COORDINATES_ERROR);
  }
  return { r1: row, c1: column, r2: row + numRows - 1, c2: column + numColumns - 1 };
}

/** A1 notation relative to `sheet` (or the sheet it names). */
export function a1Area(
  book: SpreadsheetModel,
  sheet: SheetModel,
  a1: string,
): { sheet: SheetModel; area: Area } {
  const parsed = parseA1(a1);
  if (!parsed) throw gasError("Range not found");
  const target = parsed.sheetName === undefined ? sheet : book.sheetByName(parsed.sheetName);
  if (!target) throw gasError("Range not found");
  const area: Area = { r1: parsed.r1, c1: parsed.c1, r2: parsed.r2, c2: parsed.c2 };
  resolveBounds(target, area);
  return { sheet: target, area };
}

export function grid<T>(b: Bounds, fn: (row: number, column: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = b.r1; r <= b.r2; r++) {
    const line: T[] = [];
    for (let c = b.c1; c <= b.c2; c++) line.push(fn(r, c));
    out.push(line);
  }
  return out;
}

export function eachCell(b: Bounds, fn: (row: number, column: number, i: number, j: number) => void): void {
  for (let r = b.r1; r <= b.r2; r++) {
    for (let c = b.c1; c <= b.c2; c++) fn(r, c, r - b.r1, c - b.c1);
  }
}

/** Google's checks of a 2-D argument against the range's shape. */
export function checkShape(data: unknown, b: Bounds, method: string): unknown[][] {
  if (!Array.isArray(data)) throw signatureError(`SpreadsheetApp.Range.${method}`, [data]);
  const rows = b.r2 - b.r1 + 1;
  const columns = b.c2 - b.c1 + 1;
  if (data.length !== rows) {
    throw gasError(
      `The number of rows in the data does not match the number of rows in the range. ` +
        `The data has ${data.length} but the range has ${rows}.`,
    );
  }
  for (const line of data) {
    if (!Array.isArray(line)) throw signatureError(`SpreadsheetApp.Range.${method}`, [data]);
    if (line.length !== columns) {
      throw gasError(
        `The number of columns in the data does not match the number of columns in the range. ` +
          `The data has ${line.length} but the range has ${columns}.`,
      );
    }
  }
  return data as unknown[][];
}

export function readValue(cell: Cell | undefined): CellValue {
  if (!cell) return "";
  if (cell.formula !== undefined) return FORMULA_PLACEHOLDER;
  const v = cell.value;
  if (v === undefined) return "";
  return v instanceof Date ? new Date(v.getTime()) : v;
}

export function writeInput(sheet: SheetModel, row: number, column: number, input: CellInput): void {
  if (input.kind === "empty") {
    const cell = sheet.cell(row, column);
    if (!cell) return;
    delete cell.value;
    delete cell.formula;
    sheet.prune(row, column);
    return;
  }
  const cell = sheet.ensureCell(row, column);
  if (input.kind === "value") {
    cell.value = input.value;
    delete cell.formula;
  } else {
    cell.formula = input.formula;
    delete cell.value;
  }
}

export function numberFormatAt(sheet: SheetModel, row: number, column: number): string | undefined {
  return sheet.cell(row, column)?.formats?.numberFormat;
}

export function setFormat<K extends FormatKey>(
  sheet: SheetModel,
  row: number,
  column: number,
  key: K,
  value: Formats[K] | undefined,
): void {
  if (value === undefined || value === FORMAT_DEFAULTS[key]) {
    const cell = sheet.cell(row, column);
    if (!cell?.formats) return;
    delete cell.formats[key];
    if (Object.keys(cell.formats).length === 0) delete cell.formats;
    sheet.prune(row, column);
    return;
  }
  const cell = sheet.ensureCell(row, column);
  cell.formats ??= {};
  cell.formats[key] = value;
}

export function clearCells(
  sheet: SheetModel,
  b: Bounds,
  what: { contents?: boolean; formats?: boolean; notes?: boolean; validations?: boolean },
): void {
  eachCell(b, (r, c) => {
    const cell = sheet.cell(r, c);
    if (!cell) return;
    if (what.contents) {
      delete cell.value;
      delete cell.formula;
    }
    if (what.formats) delete cell.formats;
    if (what.notes) delete cell.note;
    if (what.validations) delete cell.validation;
    sheet.prune(r, c);
  });
}

/** (key), (key, visibility), (key, value), (key, value, visibility) of addDeveloperMetadata. */
export function metadataArgs(
  args: readonly unknown[],
  method: string,
): { key: string; value: string | null; visibility: "DOCUMENT" | "PROJECT" } {
  const [key, second, third] = args;
  if (typeof key !== "string" || key === "") throw signatureError(method, args);
  let value: string | null = null;
  let visibility: unknown = DeveloperMetadataVisibility.DOCUMENT;
  if (isEnumOf(DeveloperMetadataVisibility, second)) {
    visibility = second;
    if (third !== undefined) throw signatureError(method, args);
  } else if (second !== undefined) {
    if (typeof second !== "string") throw signatureError(method, args);
    value = second;
    if (third !== undefined) {
      if (!isEnumOf(DeveloperMetadataVisibility, third)) throw signatureError(method, args);
      visibility = third;
    }
  }
  return {
    key,
    value,
    visibility: visibility === DeveloperMetadataVisibility.PROJECT ? "PROJECT" : "DOCUMENT",
  };
}

export function addMetadata(
  book: SpreadsheetModel,
  location: MetadataLocation,
  args: readonly unknown[],
  method: string,
): void {
  const { key, value, visibility } = metadataArgs(args, method);
  book.metadata.push({ id: book.newMetadataId(), key, value, visibility, location, removed: false });
}

export function newProtection(
  world: World,
  book: SpreadsheetModel,
  sheet: SheetModel,
  area: Area | null,
): ProtectionModel {
  const protection: ProtectionModel = {
    id: book.newProtectionId(),
    type: area ? "RANGE" : "SHEET",
    sheet,
    area: area ? { ...area } : null,
    description: "",
    warningOnly: false,
    editors: [world.user.email],
    domainEdit: true,
    unprotected: [],
    rangeName: null,
    removed: false,
  };
  book.protections.push(protection);
  return protection;
}

export function protectionTypeArg(type: unknown, method: string): "RANGE" | "SHEET" {
  if (type === ProtectionType.RANGE) return "RANGE";
  if (type === ProtectionType.SHEET) return "SHEET";
  throw signatureError(method, [type]);
}

export function cloneCell(cell: Cell): Cell {
  const copy: Cell = { ...cell };
  if (cell.value instanceof Date) copy.value = new Date(cell.value.getTime());
  if (cell.formats) copy.formats = { ...cell.formats };
  return copy;
}
