import { type Cell, columnLetter, neutralizeFormula } from "../domain/cells";
import { enumIndex } from "../domain/enums";
import type { Locale } from "../domain/i18n";
import { type ColumnSpec, TABLES, type TableKey, type TableSpec } from "../domain/tables";
import type { ChartSpec, ColumnWrite, FoundTable, MarkWrite, SheetsPort, TableRead } from "../ports";

/** Developer metadata keys: which tab is which table, which column is which field. */
export const TABLE_KEY = "mentor-base.table";
export const COLUMN_KEY = "mentor-base.column";
const HEADER_PROTECTION = "mentor-base: заголовки";
const ID_PROTECTION = "mentor-base: ID";
const OUTPUT_PROTECTION = "mentor-base: лист надстройки";
const HEADER_BACKGROUND = "#dde6f5";

const norm = (s: unknown) =>
  String(s ?? "")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/\s+/g, " ")
    .trim();

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Sheets side of the base, for the active spreadsheet. */
export class GasSheets implements SheetsPort {
  private readonly ss = SpreadsheetApp.getActive();

  findTables(): Partial<Record<TableKey, FoundTable>> {
    const sheets = this.ss.getSheets();
    const byId = new Map<number, Sheet>();
    for (const s of sheets) byId.set(s.getSheetId(), s);
    const cache = readLayouts();
    const claimed = new Map<TableKey, Sheet>();
    if (TABLES.every((t) => byId.has(cache[t.key]?.sheetId ?? NaN))) {
      for (const t of TABLES) claimed.set(t.key, byId.get(cache[t.key]!.sheetId)!);
    } else {
      this.claimByMetadata(sheets, claimed);
    }
    const out: Partial<Record<TableKey, FoundTable>> = {};
    for (const [key, sheet] of claimed)
      out[key] = this.describe(TABLES.find((t) => t.key === key)!, sheet, cache[key]);
    return out;
  }

  /** Which sheet is which table, by the key on each sheet; tabs that lost it are recognised by their name. */
  private claimByMetadata(sheets: Sheet[], claimed: Map<TableKey, Sheet>): void {
    const metas = this.ss
      .createDeveloperMetadataFinder()
      .withKey(TABLE_KEY)
      .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
      .find();
    for (const m of metas) {
      const key = m.getValue() as TableKey | null;
      const spec = TABLES.find((t) => t.key === key);
      const sheet = m.getLocation().getSheet();
      if (!spec || !sheet || claimed.has(spec.key)) continue;
      claimed.set(spec.key, sheet);
    }
    const taken = new Set([...claimed.values()].map((s) => s.getSheetId()));
    for (const spec of TABLES) {
      if (claimed.has(spec.key)) continue;
      const names = [norm(spec.title.ru), norm(spec.title.en)];
      const sheet = sheets.find((s) => !taken.has(s.getSheetId()) && names.includes(norm(s.getName())));
      if (!sheet) continue;
      sheet.addDeveloperMetadata(TABLE_KEY, spec.key);
      claimed.set(spec.key, sheet);
      taken.add(sheet.getSheetId());
    }
  }

  /**
   * Columns by their keys. The layout found last time is reused while the header row is exactly as it was (same
   * texts in the same places, none repeated): any insert, delete, move or rename changes the header row. Otherwise
   * columns are found by the keys in their metadata, and columns that lost their key by their header.
   */
  private describe(spec: TableSpec, sheet: Sheet, cached: Layout | undefined): FoundTable {
    const lastColumn = sheet.getLastColumn();
    const headers = lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getDisplayValues()[0] ?? []) : [];
    const sheetId = sheet.getSheetId();
    const sheetName = sheet.getName();
    const filled = headers.filter((h) => h.trim() !== "");
    const reusable =
      cached !== undefined &&
      cached.sheetId === sheetId &&
      cached.headers.length === headers.length &&
      cached.headers.every((h, i) => h === headers[i]) &&
      new Set(filled.map(norm)).size === filled.length;
    if (reusable) return { key: spec.key, sheetName, columns: { ...cached.columns }, lastColumn };

    const columns: Partial<Record<string, number>> = {};
    const metas = sheet
      .createDeveloperMetadataFinder()
      .withKey(COLUMN_KEY)
      .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN)
      .find();
    for (const m of metas) {
      const key = m.getValue();
      const column = m.getLocation().getColumn();
      if (!key || !column || columns[key] !== undefined) continue;
      if (spec.columns.some((c) => c.key === key)) columns[key] = column.getColumn();
    }
    const used = new Set(Object.values(columns));
    for (const c of spec.columns.filter((x) => columns[x.key] === undefined)) {
      const names = [norm(c.header.ru), norm(c.header.en)];
      const i = headers.findIndex((h, j) => !used.has(j + 1) && names.includes(norm(h)));
      if (i < 0) continue;
      this.tagColumn(sheet, i + 1, c.key);
      columns[c.key] = i + 1;
      used.add(i + 1);
    }
    writeLayout(spec.key, { sheetId, headers, columns });
    return { key: spec.key, sheetName, columns, lastColumn };
  }

  private tagColumn(sheet: Sheet, column: number, key: string): void {
    const letter = columnLetter(column);
    sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(COLUMN_KEY, key);
  }

  private sheet(table: FoundTable): Sheet {
    const sheet = this.ss.getSheetByName(table.sheetName);
    if (!sheet) throw new Error(`Sheet "${table.sheetName}" disappeared during the action`);
    return sheet;
  }

  createTable(spec: TableSpec, locale: Locale): FoundTable {
    let name = spec.title[locale];
    for (let n = 2; this.ss.getSheetByName(name); n++) name = `${spec.title[locale]} (${n})`;
    const sheet = this.ss.insertSheet(name, this.ss.getSheets().length);
    sheet.addDeveloperMetadata(TABLE_KEY, spec.key);
    const empty: FoundTable = { key: spec.key, sheetName: name, columns: {}, lastColumn: 0 };
    return this.addColumns(empty, spec.columns, locale);
  }

  addColumns(table: FoundTable, specs: readonly ColumnSpec[], locale: Locale): FoundTable {
    const sheet = this.sheet(table);
    const first = sheet.getLastColumn() + 1;
    const needed = first + specs.length - 1;
    const max = sheet.getMaxColumns();
    if (needed > max) sheet.insertColumnsAfter(max, needed - max);
    // Widths go first: a run cut after the headers are written is completed by adopting the columns by their
    // headers (formatTable repairs notes and style), so nothing may depend on a step after the headers.
    specs.forEach((c, i) => {
      if (c.width) sheet.setColumnWidth(first + i, c.width);
    });
    const header = sheet.getRange(1, first, 1, specs.length);
    header.setValues([specs.map((c) => c.header[locale])]);
    header.setNotes([specs.map((c) => noteOf(c, locale))]);
    header.setFontWeight("bold").setBackground(HEADER_BACKGROUND).setWrap(true);
    const columns = { ...table.columns };
    specs.forEach((c, i) => {
      this.tagColumn(sheet, first + i, c.key);
      columns[c.key] = first + i;
    });
    // The layout is known now: the next action need not look the columns up by their keys.
    const headers = sheet.getRange(1, 1, 1, needed).getDisplayValues()[0] ?? [];
    writeLayout(table.key, { sheetId: sheet.getSheetId(), headers, columns });
    return { ...table, columns, lastColumn: needed };
  }

  formatTable(table: FoundTable, spec: TableSpec, locale: Locale): void {
    const sheet = this.sheet(table);
    if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
    this.repairHeader(sheet, table, spec, locale);
    const rows = sheet.getMaxRows() - 1;
    for (const c of spec.columns) {
      const column = table.columns[c.key];
      if (column === undefined || rows < 1) continue;
      const range = sheet.getRange(2, column, rows, 1);
      if (c.kind === "enum" && c.enumDef) {
        const labels = enumIndex(c.enumDef).labels(locale);
        range.setDataValidation(
          SpreadsheetApp.newDataValidation().requireValueInList(labels, true).setAllowInvalid(true).build(),
        );
      } else if (c.kind === "checkbox") {
        range.setDataValidation(
          SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(true).build(),
        );
      }
      const format = NUMBER_FORMATS[c.kind];
      if (format) range.setNumberFormat(format);
    }
    if (spec.output) {
      const whole = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
      ensureProtection(whole, OUTPUT_PROTECTION, null, () => sheet.protect());
      return;
    }
    const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    ensureProtection(protections, HEADER_PROTECTION, "1:1", () => sheet.getRange("1:1").protect());
    const id = table.columns.id;
    if (id !== undefined && rows >= 1) {
      const range = sheet.getRange(2, id, rows, 1);
      ensureProtection(protections, ID_PROTECTION, range.getA1Notation(), () => range.protect());
    }
  }

  /**
   * Our header cells keep their style, and get their explanatory note back where the cell has none (a run cut
   * between writing a header and its note leaves exactly that). A note a curator wrote is left as it is.
   */
  private repairHeader(sheet: Sheet, table: FoundTable, spec: TableSpec, locale: Locale): void {
    const ours = spec.columns.filter((c) => table.columns[c.key] !== undefined);
    if (ours.length === 0) return;
    const width = Math.max(...ours.map((c) => table.columns[c.key]!));
    const header = sheet.getRange(1, 1, 1, width);
    const notes = header.getNotes()[0] ?? [];
    const missing = ours.filter((c) => !notes[table.columns[c.key]! - 1]);
    if (missing.length > 0) {
      for (const c of missing) notes[table.columns[c.key]! - 1] = noteOf(c, locale);
      header.setNotes([notes]);
    }
    const cells = ours.map((c) => `${columnLetter(table.columns[c.key]!)}1`);
    sheet.getRangeList(cells).setFontWeight("bold").setBackground(HEADER_BACKGROUND).setWrap(true);
  }

  readTable(table: FoundTable, opts: { marks?: boolean; minLastRow?: number } = {}): TableRead {
    const sheet = this.sheet(table);
    const lastRow = Math.min(Math.max(sheet.getLastRow(), opts.minLastRow ?? 0, 1), sheet.getMaxRows());
    const lastColumn = Math.max(sheet.getLastColumn(), 1);
    const range = sheet.getRange(1, 1, lastRow, lastColumn);
    const values = range.getValues() as Cell[][];
    const columns: Partial<Record<string, number>> = {};
    for (const [k, c] of Object.entries(table.columns)) if (c !== undefined) columns[k] = c - 1;
    const read: TableRead = {
      key: table.key,
      sheetName: table.sheetName,
      headers: (values[0] ?? []).map((h) => String(h)),
      columns,
      rows: values.slice(1),
      firstRow: 2,
    };
    if (!opts.marks) return read;
    return {
      ...read,
      notes: range.getNotes().slice(1),
      backgrounds: range.getBackgrounds().slice(1),
      formulas: range.getFormulas().slice(1),
    };
  }

  writeColumns(table: FoundTable, writes: readonly ColumnWrite[]): void {
    const sheet = this.sheet(table);
    // Sheets refuses to write past the grid: grow it first (a new sheet has 1,000 rows).
    const last = Math.max(0, ...writes.map((w) => w.firstRow + w.values.length - 1));
    const max = sheet.getMaxRows();
    if (last > max) sheet.insertRowsAfter(max, last - max);
    for (const w of writes) {
      if (w.values.length === 0) continue;
      sheet
        .getRange(w.firstRow, w.column, w.values.length, 1)
        .setValues(w.values.map((v) => [neutralizeFormula(v)]));
    }
  }

  appendRows(table: FoundTable, rows: readonly (readonly Cell[])[]): void {
    if (rows.length === 0) return;
    const sheet = this.sheet(table);
    const width = Math.max(...rows.map((r) => r.length));
    const start = sheet.getLastRow() + 1;
    const max = sheet.getMaxRows();
    if (start + rows.length - 1 > max) sheet.insertRowsAfter(max, start + rows.length - 1 - max);
    const values = rows.map((r) => Array.from({ length: width }, (_, i) => neutralizeFormula(r[i] ?? "")));
    sheet.getRange(start, 1, rows.length, width).setValues(values);
  }

  writeMarks(table: FoundTable, marks: readonly MarkWrite[]): void {
    const sheet = this.sheet(table);
    for (const m of marks) {
      const range = sheet.getRange(m.firstRow, m.column, m.notes.length, 1);
      range.setNotes(m.notes.map((n) => [n]));
      range.setBackgrounds(m.backgrounds.map((b) => [b]));
    }
  }

  offsetMinutes(): number {
    const z = Utilities.formatDate(new Date(), this.ss.getSpreadsheetTimeZone(), "Z");
    const m = /^([+-])(\d{2})(\d{2})$/.exec(z);
    if (!m) return 0;
    return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  }

  select(table: FoundTable, row: number, column: number): void {
    const sheet = this.sheet(table);
    sheet.activate();
    sheet.getRange(row, column).activate();
  }

  upsertChart(table: FoundTable, chart: ChartSpec): void {
    const sheet = this.sheet(table);
    const props = PropertiesService.getDocumentProperties();
    const key = `mentor-base.chart.${chart.key}`;
    const id = Number(props.getProperty(key) ?? "NaN");
    const existing = sheet.getCharts().find((c) => c.getChartId() === id);
    const builder = (existing ? existing.modify() : sheet.newChart())
      .setChartType(Charts.ChartType.COLUMN)
      .clearRanges()
      .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
      .setOption("title", chart.title);
    for (const r of chart.ranges) builder.addRange(sheet.getRange(r.firstRow, r.column, r.rows, 1));
    if (existing) {
      sheet.updateChart(builder.build());
      return;
    }
    sheet.insertChart(builder.build());
    const made = sheet.getCharts().at(-1);
    const madeId = made?.getChartId();
    if (madeId !== null && madeId !== undefined) props.setProperty(key, String(madeId));
  }
}

/**
 * A warning-only protection with our description. It is made warning-only before it is named, so a protection
 * with our name is one we finished: if it is not warning-only, the owner made it strict on purpose and it stays
 * so. An unnamed protection on exactly that range is one a cut run left: it is finished, not duplicated.
 */
function ensureProtection(
  existing: GoogleAppsScript.Spreadsheet.Protection[],
  description: string,
  a1: string | null,
  create: () => GoogleAppsScript.Spreadsheet.Protection,
): void {
  if (existing.some((p) => p.getDescription() === description)) return;
  const left = existing.find(
    (p) => p.getDescription() === "" && (a1 === null || p.getRange().getA1Notation() === a1),
  );
  (left ?? create()).setWarningOnly(true).setDescription(description);
}

/** Where a table's columns were found, and the header row they were found under. */
interface Layout {
  readonly sheetId: number;
  readonly headers: string[];
  readonly columns: Partial<Record<string, number>>;
}

const LAYOUT_KEY = "mentor-base.layout.";

function readLayouts(): Partial<Record<TableKey, Layout>> {
  const all = PropertiesService.getDocumentProperties().getProperties();
  const out: Partial<Record<TableKey, Layout>> = {};
  for (const t of TABLES) {
    const raw = all[LAYOUT_KEY + t.key];
    if (!raw) continue;
    try {
      const v = JSON.parse(raw) as Layout;
      if (typeof v.sheetId === "number" && Array.isArray(v.headers) && typeof v.columns === "object")
        out[t.key] = v;
    } catch {
      // A damaged entry is simply not used: the columns are found again from their keys.
    }
  }
  return out;
}

/** Remembers a layout. Only a shortcut: if it cannot be saved (a quota, a very wide tab), nothing is lost. */
function writeLayout(key: TableKey, layout: Layout): void {
  try {
    PropertiesService.getDocumentProperties().setProperty(LAYOUT_KEY + key, JSON.stringify(layout));
  } catch {
    // The next action finds the columns from their keys again.
  }
}

const NUMBER_FORMATS: Partial<Record<ColumnSpec["kind"], string>> = {
  id: "@",
  phone: "@",
  ref: "@",
  date: "dd.MM.yyyy",
  int: "0",
};

function noteOf(c: ColumnSpec, locale: Locale): string {
  const values = c.enumDef ? enumIndex(c.enumDef).labels(locale).join("; ") : "";
  const text = c.note[locale].replace("{values}", values);
  return c.required ? `${text}\n${locale === "ru" ? "Обязательное поле." : "Required."}` : text;
}
