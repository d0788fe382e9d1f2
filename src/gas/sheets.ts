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

/** What this adapter knows of a tab within one execution, so that it need not ask Sheets again. */
interface Known {
  readonly sheet: Sheet;
  /** The header row as displayed, when read or written in this execution. */
  headers?: string[];
  /** Rows in the grid, once asked. */
  maxRows?: number;
  /** Made in this execution: no notes, formats, validations or protections but ours, and, while `rows` is set, no content below the header. */
  fresh?: boolean;
  /** The values from row 1, while this execution knows them all (a tab it made and has not appended to). */
  rows?: Cell[][];
}

/**
 * The Sheets side of the base, for the active spreadsheet. One instance serves one execution: it remembers the
 * sheets, header rows, grid sizes and dropdown rules it has seen or made, and what it wrote into tabs it made
 * itself, so each is asked of Sheets once (see docs/architecture.md, «Batching»).
 */
export class GasSheets implements SheetsPort {
  private readonly ss = SpreadsheetApp.getActive();
  private readonly known = new Map<string, Known>();
  /** Sheets in the spreadsheet, counted by findTables and kept up to date by createTable. */
  private sheetCount: number | undefined;
  /** The sheets findTables saw, and the names it read of them (lower case), for createTable to avoid. */
  private seen: { sheets: Sheet[]; names: Map<Sheet, string> } | undefined;
  private taken: Set<string> | undefined;
  private properties: GoogleAppsScript.Properties.Properties | undefined;
  private readonly rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();

  findTables(): Partial<Record<TableKey, FoundTable>> {
    const sheets = this.ss.getSheets();
    this.sheetCount = sheets.length;
    this.seen = { sheets, names: new Map() };
    const ids = new Map<Sheet, number>();
    const byId = new Map<number, Sheet>();
    for (const s of sheets) {
      const id = s.getSheetId();
      ids.set(s, id);
      byId.set(id, s);
    }
    const cache = readLayouts(this.props());
    const claimed = new Map<TableKey, Sheet>();
    if (TABLES.every((t) => byId.has(cache[t.key]?.sheetId ?? NaN))) {
      for (const t of TABLES) claimed.set(t.key, byId.get(cache[t.key]!.sheetId)!);
    } else {
      this.claimByMetadata(sheets, ids, claimed);
    }
    const out: Partial<Record<TableKey, FoundTable>> = {};
    for (const [key, sheet] of claimed)
      out[key] = this.describe(TABLES.find((t) => t.key === key)!, sheet, ids.get(sheet)!, cache[key]);
    return out;
  }

  /** Which sheet is which table, by the key on each sheet; tabs that lost it are recognised by their name. */
  private claimByMetadata(sheets: Sheet[], ids: Map<Sheet, number>, claimed: Map<TableKey, Sheet>): void {
    const byId = new Map([...ids].map(([s, id]) => [id, s] as const));
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
      // The rest of the adapter knows getSheets()'s objects and their ids: the same sheet is found by its id.
      const id = sheet.getSheetId();
      const same = byId.get(id) ?? sheet;
      if (!ids.has(same)) ids.set(same, id);
      claimed.set(spec.key, same);
    }
    const taken = new Set([...claimed.values()].map((s) => ids.get(s)!));
    const names = this.seen!.names;
    const nameOf = (s: Sheet) => {
      let n = names.get(s);
      if (n === undefined) {
        n = s.getName().toLowerCase();
        names.set(s, n);
      }
      return norm(n);
    };
    for (const spec of TABLES) {
      if (claimed.has(spec.key)) continue;
      const wanted = [norm(spec.title.ru), norm(spec.title.en)];
      const sheet = sheets.find((s) => !taken.has(ids.get(s)!) && wanted.includes(nameOf(s)));
      if (!sheet) continue;
      sheet.addDeveloperMetadata(TABLE_KEY, spec.key);
      claimed.set(spec.key, sheet);
      taken.add(ids.get(sheet)!);
    }
  }

  /**
   * Columns by their keys. The layout found last time is reused while the header row is exactly as it was (same
   * texts in the same places, none repeated): any insert, delete, move or rename changes the header row. Otherwise
   * columns are found by the keys in their metadata, and columns that lost their key by their header.
   */
  private describe(spec: TableSpec, sheet: Sheet, sheetId: number, cached: Layout | undefined): FoundTable {
    const lastColumn = sheet.getLastColumn();
    const headers = lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getDisplayValues()[0] ?? []) : [];
    const sheetName = sheet.getName();
    this.seen?.names.set(sheet, sheetName.toLowerCase());
    this.known.set(sheetName, { sheet, headers });
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
    const untagged: { column: number; key: string }[] = [];
    for (const c of spec.columns.filter((x) => columns[x.key] === undefined)) {
      const names = [norm(c.header.ru), norm(c.header.en)];
      const i = headers.findIndex((h, j) => !used.has(j + 1) && names.includes(norm(h)));
      if (i < 0) continue;
      untagged.push({ column: i + 1, key: c.key });
      columns[c.key] = i + 1;
      used.add(i + 1);
    }
    this.tagColumns(sheet, untagged);
    writeLayout(() => this.props(), spec.key, { sheetId, headers, columns });
    return { key: spec.key, sheetName, columns, lastColumn };
  }

  /** Puts our key on each column: one call a column, the columns' ranges got in one list. */
  private tagColumns(sheet: Sheet, tags: readonly { column: number; key: string }[]): void {
    if (tags.length === 0) return;
    const ranges = rangesOf(
      sheet,
      tags.map((t) => `${columnLetter(t.column)}:${columnLetter(t.column)}`),
    );
    tags.forEach((t, i) => {
      ranges[i]!.addDeveloperMetadata(COLUMN_KEY, t.key);
    });
  }

  private know(table: FoundTable): Known {
    let k = this.known.get(table.sheetName);
    if (!k) {
      const sheet = this.ss.getSheetByName(table.sheetName);
      if (!sheet) throw new Error(`Sheet "${table.sheetName}" disappeared during the action`);
      k = { sheet };
      this.known.set(table.sheetName, k);
    }
    return k;
  }

  /**
   * The names of the spreadsheet's sheets in lower case (the safe side: whether Sheets tells names apart by case
   * is not documented), from what findTables read, asking only for the names it did not need; undefined when
   * findTables has not run.
   */
  private takenNames(): Set<string> | undefined {
    if (!this.taken && this.seen) {
      const { sheets, names } = this.seen;
      this.taken = new Set(
        sheets.map((s) => {
          const n = names.get(s) ?? s.getName().toLowerCase();
          names.set(s, n);
          return n;
        }),
      );
    }
    return this.taken;
  }

  /** The document properties, got once. */
  private props(): GoogleAppsScript.Properties.Properties {
    if (!this.properties) this.properties = PropertiesService.getDocumentProperties();
    return this.properties;
  }

  private sheet(table: FoundTable): Sheet {
    return this.know(table).sheet;
  }

  private maxRows(k: Known): number {
    if (k.maxRows === undefined) k.maxRows = k.sheet.getMaxRows();
    return k.maxRows;
  }

  createTable(spec: TableSpec, locale: Locale): FoundTable {
    const taken = this.takenNames();
    let name = spec.title[locale];
    for (let n = 2; taken ? taken.has(name.toLowerCase()) : this.ss.getSheetByName(name); n++)
      name = `${spec.title[locale]} (${n})`;
    taken?.add(name.toLowerCase());
    const count = this.sheetCount ?? this.ss.getSheets().length;
    const sheet = this.ss.insertSheet(name, count);
    this.sheetCount = count + 1;
    this.known.set(name, { sheet, headers: [], fresh: true, rows: [] });
    sheet.addDeveloperMetadata(TABLE_KEY, spec.key);
    const empty: FoundTable = { key: spec.key, sheetName: name, columns: {}, lastColumn: 0 };
    return this.addColumns(empty, spec.columns, locale);
  }

  addColumns(table: FoundTable, specs: readonly ColumnSpec[], locale: Locale): FoundTable {
    const k = this.know(table);
    const sheet = k.sheet;
    const first = (k.rows ? 0 : sheet.getLastColumn()) + 1;
    const needed = first + specs.length - 1;
    const max = sheet.getMaxColumns();
    if (needed > max) sheet.insertColumnsAfter(max, needed - max);
    // Widths go first: a run cut after the headers are written is completed by adopting the columns by their
    // headers (formatTable repairs notes and style), so nothing may depend on a step after the headers. One call
    // per run of neighbouring columns of the same width.
    for (const run of runsOf(specs.map((c, i) => ({ column: first + i, value: c.width })))) {
      if (run.value) sheet.setColumnWidths(run.from, run.to - run.from + 1, run.value);
    }
    const header = sheet.getRange(1, first, 1, specs.length);
    const texts = specs.map((c) => c.header[locale]);
    header.setValues([texts]);
    header.setNotes([specs.map((c) => noteOf(c, locale))]);
    header.setFontWeight("bold").setBackground(HEADER_BACKGROUND).setWrap(true);
    const columns = { ...table.columns };
    specs.forEach((c, i) => {
      columns[c.key] = first + i;
    });
    this.tagColumns(
      sheet,
      specs.map((c, i) => ({ column: first + i, key: c.key })),
    );
    // The layout is known now: the next action need not look the columns up by their keys. The header row is
    // what was read before plus what was just written (our headers are words: they display as written).
    const before =
      k.headers ?? (first > 1 ? (sheet.getRange(1, 1, 1, first - 1).getDisplayValues()[0] ?? []) : []);
    const headers = [...Array.from({ length: first - 1 }, (_, i) => before[i] ?? ""), ...texts];
    k.headers = headers;
    if (k.rows) k.rows = [headers.map((h) => h as Cell)];
    writeLayout(() => this.props(), table.key, { sheetId: sheet.getSheetId(), headers, columns });
    return { ...table, columns, lastColumn: needed };
  }

  formatTable(table: FoundTable, spec: TableSpec, locale: Locale): void {
    const k = this.know(table);
    const sheet = k.sheet;
    if (k.fresh || sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
    const rows = this.maxRows(k) - 1;
    const ours = spec.columns
      .filter((c) => table.columns[c.key] !== undefined)
      .map((c) => ({ spec: c, column: table.columns[c.key]! }))
      .sort((x, y) => x.column - y.column);
    // Every range this needs, got in one list: the dropdown runs, the format runs, the protected id column.
    const a1: string[] = [];
    const at = (ref: string) => {
      a1.push(ref);
      return a1.length - 1;
    };
    const ruleOf = (c: ColumnSpec) => this.rule(c, locale);
    const span = (from: number, to: number) => `${columnLetter(from)}2:${columnLetter(to)}${rows + 1}`;
    const validations: { index: number; from: number; to: number }[] = [];
    const formats = new Map<string, { index: number; from: number; to: number }[]>();
    if (rows >= 1) {
      const validated = ours.filter((o) => ruleKey(o.spec) !== null);
      // A tab made in this execution has no dropdowns of anyone else's: one block from the first to the last.
      const vRuns = k.fresh
        ? validated.length > 0
          ? [{ from: validated[0]!.column, to: validated.at(-1)!.column, value: true }]
          : []
        : runsOf(ours.map((o) => ({ column: o.column, value: ruleKey(o.spec) !== null || undefined })));
      for (const r of vRuns) if (r.value) validations.push({ index: at(span(r.from, r.to)), ...r });
      for (const r of runsOf(ours.map((o) => ({ column: o.column, value: NUMBER_FORMATS[o.spec.kind] })))) {
        if (!r.value) continue;
        const list = formats.get(r.value) ?? [];
        list.push({ index: at(span(r.from, r.to)), from: r.from, to: r.to });
        formats.set(r.value, list);
      }
    }
    const id = spec.output ? undefined : table.columns.id;
    const idA1 = id !== undefined && rows >= 1 ? span(id, id) : null;
    const idIndex = idA1 ? at(idA1) : -1;
    const headerIndex = spec.output ? -1 : at("1:1");
    const ranges = a1.length > 0 ? rangesOf(sheet, a1) : [];

    this.repairHeader(k, ours, locale);
    for (const v of validations) {
      const bySheetColumn = new Map(ours.map((o) => [o.column, o.spec]));
      const line: (GoogleAppsScript.Spreadsheet.DataValidation | null)[] = [];
      for (let c = v.from; c <= v.to; c++) {
        const col = bySheetColumn.get(c);
        line.push(col && ruleKey(col) !== null ? ruleOf(col) : null);
      }
      ranges[v.index]!.setDataValidations(Array.from({ length: rows }, () => line));
    }
    for (const [format, runs] of formats) {
      // One call a run, or two for all the runs of a format together (a list and its setNumberFormat).
      if (runs.length <= 2) for (const r of runs) ranges[r.index]!.setNumberFormat(format);
      else sheet.getRangeList(runs.map((r) => a1[r.index]!)).setNumberFormat(format);
    }
    if (spec.output) {
      const whole = k.fresh ? [] : sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
      ensureProtection(whole, OUTPUT_PROTECTION, null, () => sheet.protect());
      return;
    }
    const protections = k.fresh ? [] : sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    ensureProtection(protections, HEADER_PROTECTION, "1:1", () => ranges[headerIndex]!.protect());
    if (idA1) ensureProtection(protections, ID_PROTECTION, idA1, () => ranges[idIndex]!.protect());
  }

  /** The dropdown or checkbox rule of a column kind, built once per execution and shared by every tab. */
  private rule(c: ColumnSpec, locale: Locale): GoogleAppsScript.Spreadsheet.DataValidation {
    const key =
      c.kind === "checkbox" ? "checkbox" : `list:${enumIndex(c.enumDef!).labels(locale).join("\n")}`;
    let rule = this.rules.get(key);
    if (!rule) {
      rule =
        c.kind === "checkbox"
          ? SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(true).build()
          : SpreadsheetApp.newDataValidation()
              .requireValueInList(enumIndex(c.enumDef!).labels(locale), true)
              .setAllowInvalid(true)
              .build();
      this.rules.set(key, rule);
    }
    return rule;
  }

  /**
   * Our header cells keep their style, and get their explanatory note back where the cell has none (a run cut
   * between writing a header and its note leaves exactly that). A note a curator wrote is left as it is. A tab
   * made in this execution was given its notes and style just now.
   */
  private repairHeader(
    k: Known,
    ours: readonly { spec: ColumnSpec; column: number }[],
    locale: Locale,
  ): void {
    if (ours.length === 0 || k.fresh) return;
    const sheet = k.sheet;
    const width = ours.at(-1)!.column;
    const header = sheet.getRange(1, 1, 1, width);
    const notes = header.getNotes()[0] ?? [];
    const missing = ours.filter((o) => !notes[o.column - 1]);
    if (missing.length > 0) {
      for (const o of missing) notes[o.column - 1] = noteOf(o.spec, locale);
      header.setNotes([notes]);
    }
    // Our columns side by side from A: the header range is theirs alone, and three calls style it.
    const target =
      ours.length === width ? header : sheet.getRangeList(ours.map((o) => `${columnLetter(o.column)}1`));
    target.setFontWeight("bold").setBackground(HEADER_BACKGROUND).setWrap(true);
  }

  readTable(table: FoundTable, opts: { marks?: boolean; minLastRow?: number } = {}): TableRead {
    const k = this.know(table);
    const columns: Partial<Record<string, number>> = {};
    for (const [key, c] of Object.entries(table.columns)) if (c !== undefined) columns[key] = c - 1;
    const shape = (values: Cell[][]): TableRead => ({
      key: table.key,
      sheetName: table.sheetName,
      headers: (values[0] ?? []).map((h) => String(h)),
      columns,
      rows: values.slice(1),
      firstRow: 2,
    });
    // A tab made in this execution holds only what this execution wrote into it.
    if (k.rows && !opts.marks && (opts.minLastRow ?? 0) <= 1) return shape(k.rows.map((r) => [...r]));
    const sheet = k.sheet;
    const lastRow = Math.min(Math.max(sheet.getLastRow(), opts.minLastRow ?? 0, 1), this.maxRows(k));
    const lastColumn = Math.max(sheet.getLastColumn(), 1);
    const range = sheet.getRange(1, 1, lastRow, lastColumn);
    const read = shape(range.getValues() as Cell[][]);
    if (!opts.marks) return read;
    return {
      ...read,
      notes: range.getNotes().slice(1),
      backgrounds: range.getBackgrounds().slice(1),
      formulas: range.getFormulas().slice(1),
    };
  }

  writeColumns(table: FoundTable, writes: readonly ColumnWrite[]): void {
    const k = this.know(table);
    const sheet = k.sheet;
    k.rows = undefined;
    // Sheets refuses to write past the grid: grow it first (a new sheet has 1,000 rows).
    const last = Math.max(0, ...writes.map((w) => w.firstRow + w.values.length - 1));
    const max = this.maxRows(k);
    if (last > max) {
      sheet.insertRowsAfter(max, last - max);
      k.maxRows = last;
    }
    for (const w of writes) {
      if (w.values.length === 0) continue;
      sheet
        .getRange(w.firstRow, w.column, w.values.length, 1)
        .setValues(w.values.map((v) => [neutralizeFormula(v)]));
    }
  }

  appendRows(table: FoundTable, rows: readonly (readonly Cell[])[]): void {
    if (rows.length === 0) return;
    const k = this.know(table);
    const sheet = k.sheet;
    const known = k.rows;
    k.rows = undefined;
    const width = Math.max(...rows.map((r) => r.length));
    const start = (known ? known.length : sheet.getLastRow()) + 1;
    const max = this.maxRows(k);
    if (start + rows.length - 1 > max) {
      sheet.insertRowsAfter(max, start + rows.length - 1 - max);
      k.maxRows = start + rows.length - 1;
    }
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

function readLayouts(props: GoogleAppsScript.Properties.Properties): Partial<Record<TableKey, Layout>> {
  const all = props.getProperties();
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
function writeLayout(
  props: () => GoogleAppsScript.Properties.Properties,
  key: TableKey,
  layout: Layout,
): void {
  try {
    props().setProperty(LAYOUT_KEY + key, JSON.stringify(layout));
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

/** The key of the dropdown rule a column gets, or null when it gets none. */
function ruleKey(c: ColumnSpec): string | null {
  if (c.kind === "checkbox") return "checkbox";
  if (c.kind === "enum" && c.enumDef) return `enum:${Object.keys(c.enumDef.values).join("|")}`;
  return null;
}

/** Runs of neighbouring sheet columns with the same value (columns in increasing order). */
function runsOf<T>(
  cells: readonly { column: number; value: T | undefined }[],
): { from: number; to: number; value: T | undefined }[] {
  const runs: { from: number; to: number; value: T | undefined }[] = [];
  for (const c of cells) {
    const last = runs.at(-1);
    if (last && last.to + 1 === c.column && last.value === c.value) last.to = c.column;
    else runs.push({ from: c.column, to: c.column, value: c.value });
  }
  return runs;
}

/** The ranges of a sheet for these A1 notations, in two calls whatever their number. */
function rangesOf(sheet: Sheet, a1: readonly string[]): GoogleAppsScript.Spreadsheet.Range[] {
  return sheet.getRangeList([...a1]).getRanges();
}
