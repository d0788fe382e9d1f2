import { isTyped } from "../domain/base/shape";
import { normHeader } from "../domain/base/table";
import { type Cell, columnLetter, neutralizeFormula } from "../domain/cells";
import { enumIndex } from "../domain/enums";
import type { Locale } from "../domain/i18n";
import { type ColumnSpec, MAKING_KEY, TABLES, type TableKey, type TableSpec } from "../domain/tables";
import type {
  ChartSpec,
  ColumnWrite,
  FoundTable,
  MarkWrite,
  SheetSelection,
  SheetsPort,
  TableRead,
} from "../ports";

/** Developer metadata keys: which tab is which table, which column is which field. */
export const TABLE_KEY = "mentor-base.table";
export const COLUMN_KEY = "mentor-base.column";
const HEADER_PROTECTION = "mentor-base: заголовки";
const ID_PROTECTION = "mentor-base: ID";
const OUTPUT_PROTECTION = "mentor-base: лист надстройки";
const HEADER_BACKGROUND = "#dde6f5";
/** A new tab's header style covers its whole first row, so a column a curator adds looks like ours. */
const WHOLE_HEADER_ROW = "1:1";
/** A column's width in a new sheet (Google's default, in pixels): a column of ours without a width keeps it. */
export const DEFAULT_WIDTH = 100;

const norm = normHeader;

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
  /** Made in this execution frozen at row 1, with its whole header row in our style. */
  styled?: boolean;
  /** The values from row 1, while this execution knows them all (a tab it made and has not appended to). */
  rows?: Cell[][];
  /** The last column with content, once asked (kept up to date by what this execution writes). */
  lastColumn?: number;
  /** The header row's range from column 1 to `lastColumn`, as findTables read it. */
  header?: GoogleAppsScript.Spreadsheet.Range;
  /** Ranges got in advance by A1 notation (a tab made in this execution gets all it needs in one list). */
  ranges?: Map<string, GoogleAppsScript.Spreadsheet.Range>;
  /** Made in this execution: the width of each column (index 0 is column A; none: the default). */
  widths?: readonly (number | undefined)[];
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
  private builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder | undefined;
  /** The sheets in their order, with the table each holds: where a new tab goes. */
  private order: { sheet: Sheet; key?: TableKey }[] | undefined;
  /** The grid of a sheet insertSheet makes (the same for every new sheet), once asked. */
  private newGrid: { rows?: number; columns?: number } = {};
  /** What formatTable last applied in full to each tab (document properties), see `fingerprint`. */
  private applied: Partial<Record<TableKey, string>> = {};

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
    const { layouts: cache, making, applied } = readLayouts(this.props());
    this.applied = applied;
    const claimed = new Map<TableKey, Sheet>();
    // The layouts saved are trusted when every tab the base makes has its sheet, and every tab an action makes
    // either has its sheet or is not there: none is being made (a run cut while making it leaves a mark), and no
    // sheet of the spreadsheet that is not one of ours goes by its name (its layout may have failed to save).
    // Otherwise the tabs are found by their keys and names.
    const cached = (t: TableSpec) => byId.has(cache[t.key]?.sheetId ?? NaN);
    let trusted = TABLES.every((t) => cached(t) || (t.madeBy === "action" && !making.has(t.key)));
    const absent = TABLES.filter((t) => !cached(t));
    if (trusted && absent.length > 0) {
      const ours = new Set(TABLES.filter(cached).map((t) => cache[t.key]!.sheetId));
      const wanted = new Set(absent.flatMap((t) => [norm(t.title.ru), norm(t.title.en)]));
      trusted = !sheets.some((s) => !ours.has(ids.get(s)!) && wanted.has(norm(this.nameOf(s))));
    }
    if (trusted) {
      for (const t of TABLES) if (cached(t)) claimed.set(t.key, byId.get(cache[t.key]!.sheetId)!);
    } else {
      this.claimByMetadata(sheets, ids, claimed);
    }
    const keyOf = new Map([...claimed].map(([key, sheet]) => [sheet, key] as const));
    this.order = sheets.map((sheet) => ({ sheet, key: keyOf.get(sheet) }));
    const out: Partial<Record<TableKey, FoundTable>> = {};
    for (const [key, sheet] of claimed)
      out[key] = this.describe(TABLES.find((t) => t.key === key)!, sheet, ids.get(sheet)!, cache[key]);
    return out;
  }

  /** A sheet's name in lower case, asked once (findTables must have run). */
  private nameOf(s: Sheet): string {
    const names = this.seen!.names;
    let n = names.get(s);
    if (n === undefined) {
      n = s.getName().toLowerCase();
      names.set(s, n);
    }
    return n;
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
    const nameOf = (s: Sheet) => norm(this.nameOf(s));
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
    const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn) : undefined;
    const headers = header ? (header.getDisplayValues()[0] ?? []) : [];
    const sheetName = sheet.getName();
    this.seen?.names.set(sheet, sheetName.toLowerCase());
    this.known.set(sheetName, { sheet, headers, lastColumn, header });
    const filled = headers.filter((h) => h.trim() !== "");
    const reusable =
      cached !== undefined &&
      cached.sheetId === sheetId &&
      cached.headers.length === headers.length &&
      cached.headers.every((h, i) => h === headers[i]) &&
      new Set(filled.map(norm)).size === filled.length;
    if (reusable) return { key: spec.key, sheetName, columns: { ...cached.columns }, lastColumn, headers };

    const columns: Partial<Record<string, number>> = {};
    // An older base's columns no new one gets (spec.legacy) are found as well, to be read, never made.
    const known = [...spec.columns, ...(spec.legacy ?? [])];
    const metas = sheet
      .createDeveloperMetadataFinder()
      .withKey(COLUMN_KEY)
      .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN)
      .find();
    for (const m of metas) {
      const key = m.getValue();
      const column = m.getLocation().getColumn();
      if (!key || !column || columns[key] !== undefined) continue;
      if (known.some((c) => c.key === key)) columns[key] = column.getColumn();
    }
    const used = new Set(Object.values(columns));
    const untagged: { column: number; key: string }[] = [];
    for (const c of known.filter((x) => columns[x.key] === undefined)) {
      const names = [norm(c.header.ru), norm(c.header.en)];
      const i = headers.findIndex((h, j) => !used.has(j + 1) && names.includes(norm(h)));
      if (i < 0) continue;
      untagged.push({ column: i + 1, key: c.key });
      columns[c.key] = i + 1;
      used.add(i + 1);
    }
    this.tagColumns(sheet, untagged);
    writeLayout(() => this.props(), spec.key, { sheetId, headers, columns });
    return { key: spec.key, sheetName, columns, lastColumn, headers };
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

  /**
   * Makes the tabs, each with its header row, notes, widths and keys. The first is frozen at its header and its
   * whole first row styled; the others are inserted as copies of it while it is still blank (insertSheet's
   * template), so each comes frozen and styled in one call. Every sheet is inserted before any is filled, so none
   * copies another's headers or keys. A run cut in between leaves blank tabs by our names: the next run adopts
   * them by name and fills them.
   */
  createTables(specs: readonly TableSpec[], locale: Locale): FoundTable[] {
    let template: Sheet | undefined;
    // Several tabs at once: the blank template gets the widths most of the base's tabs share at each position
    // before it is copied, so each tab (the template too) sets only the widths where it differs.
    let widths: readonly (number | undefined)[] = [];
    const made = specs.map((spec) => {
      const { sheet, name } = this.insertTab(spec, locale, template);
      if (!template) {
        template = sheet;
        sheet.setFrozenRows(1);
        sheet.getRange(WHOLE_HEADER_ROW).setFontWeight("bold").setBackground(HEADER_BACKGROUND).setWrap(true);
        if (specs.length > 1) {
          if (this.newGrid.columns === undefined) this.newGrid.columns = sheet.getMaxColumns();
          widths = sharedWidths().slice(0, this.newGrid.columns);
          for (const run of runsOf(widths.map((value, i) => ({ column: i + 1, value }))))
            if (run.value) sheet.setColumnWidths(run.from, run.to - run.from + 1, run.value);
        }
      }
      this.known.get(name)!.widths = widths;
      return { sheet, name };
    });
    return specs.map((spec, i) => {
      const { sheet, name } = made[i]!;
      sheet.addDeveloperMetadata(TABLE_KEY, spec.key);
      const empty: FoundTable = { key: spec.key, sheetName: name, columns: {}, lastColumn: 0 };
      return this.addColumns(empty, spec.columns, locale);
    });
  }

  /** Inserts a sheet for the tab under a free name, where the tab belongs in the order of ours. */
  private insertTab(
    spec: TableSpec,
    locale: Locale,
    template: Sheet | undefined,
  ): { sheet: Sheet; name: string } {
    const taken = this.takenNames();
    let name = spec.title[locale];
    for (let n = 2; taken ? taken.has(name.toLowerCase()) : this.ss.getSheetByName(name); n++)
      name = `${spec.title[locale]} (${n})`;
    taken?.add(name.toLowerCase());
    const count = this.sheetCount ?? this.ss.getSheets().length;
    // A tab the base makes goes last (as always: a tab a curator deleted comes back at the end). A tab an action
    // makes later takes its place in the order of TABLES, after the tab of ours that comes before it, so a base
    // ends up in the order the create made before it left these tabs to the actions.
    const before = new Set(TABLES.slice(0, TABLES.indexOf(spec)).map((t) => t.key));
    const order = this.order;
    let index = count;
    if (order && spec.madeBy === "action") {
      let last = -1;
      order.forEach((o, i) => {
        if (o.key && before.has(o.key)) last = i;
      });
      if (last >= 0) index = last + 1;
    }
    const sheet = template
      ? this.ss.insertSheet(name, index, { template })
      : this.ss.insertSheet(name, index);
    order?.splice(index, 0, { sheet, key: spec.key });
    this.sheetCount = count + 1;
    this.known.set(name, { sheet, headers: [], fresh: true, styled: true, rows: [], lastColumn: 0 });
    return { sheet, name };
  }

  addColumns(table: FoundTable, specs: readonly ColumnSpec[], locale: Locale): FoundTable {
    const k = this.know(table);
    const sheet = k.sheet;
    const fresh = k.fresh === true && k.rows !== undefined;
    const first = (fresh ? 0 : this.lastColumn(k)) + 1;
    const needed = first + specs.length - 1;
    // A sheet insertSheet made has the grid every new sheet has: asked once per execution.
    if (fresh && this.newGrid.columns === undefined) this.newGrid.columns = sheet.getMaxColumns();
    const max = fresh ? this.newGrid.columns! : sheet.getMaxColumns();
    if (needed > max) sheet.insertColumnsAfter(max, needed - max);
    // Widths go first: a run cut after the headers are written is completed by adopting the columns by their
    // headers (formatTable repairs notes and style), so nothing may depend on a step after the headers. One call
    // per run of neighbouring columns of the same width.
    for (const run of runsOf(widthsToSet(specs, first, max, fresh ? (k.widths ?? []) : undefined))) {
      if (run.value) sheet.setColumnWidths(run.from, run.to - run.from + 1, run.value);
    }
    const columns = { ...table.columns };
    specs.forEach((c, i) => {
      columns[c.key] = first + i;
    });
    const headerA1 = `${columnLetter(first)}1:${columnLetter(needed)}1`;
    const tagA1 = specs.map((_, i) => `${columnLetter(first + i)}:${columnLetter(first + i)}`);
    // A tab made now gets in the same list every range formatTable will need.
    const spec = TABLES.find((t) => t.key === table.key);
    if (fresh && spec) {
      if (this.newGrid.rows === undefined) this.newGrid.rows = sheet.getMaxRows();
      k.maxRows ??= this.newGrid.rows;
      const plan = planFormat(spec, { ...table, columns }, k.maxRows - 1, true);
      this.prefetch(k, [headerA1, ...tagA1, ...plan.a1]);
    } else this.prefetch(k, [headerA1, ...tagA1, ...(first === 1 ? [WHOLE_HEADER_ROW] : [])]);
    const header = k.ranges!.get(headerA1)!;
    const texts = specs.map((c) => c.header[locale]);
    header.setValues([texts]);
    header.setNotes([specs.map((c) => noteOf(c, locale))]);
    // A tab createTables made has its whole header row styled already; a blank tab gets it styled as
    // createTables styles it (a blank tab of ours by name is one a cut run left), others our headers.
    if (!k.styled) {
      const styled = first === 1 ? k.ranges!.get(WHOLE_HEADER_ROW)! : header;
      styled.setFontWeight("bold").setBackground(HEADER_BACKGROUND).setWrap(true);
    }
    k.lastColumn = Math.max(k.lastColumn ?? 0, needed);
    k.header = undefined;
    specs.forEach((c, i) => {
      k.ranges!.get(tagA1[i]!)!.addDeveloperMetadata(COLUMN_KEY, c.key);
    });
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

  /** Gets the ranges not yet known of these A1 notations: one by itself (one call), more in one list (two). */
  private prefetch(k: Known, a1: readonly string[]): void {
    k.ranges ??= new Map();
    const wanted = [...new Set(a1)].filter((x) => !k.ranges!.has(x));
    if (wanted.length === 0) return;
    const got = wanted.length === 1 ? [k.sheet.getRange(wanted[0]!)] : rangesOf(k.sheet, wanted);
    wanted.forEach((x, i) => {
      k.ranges!.set(x, got[i]!);
    });
  }

  private lastColumn(k: Known): number {
    if (k.lastColumn === undefined) k.lastColumn = k.sheet.getLastColumn();
    return k.lastColumn;
  }

  /**
   * Dropdowns, number formats, the frozen header, its notes and style, and the protections. On a tab made in
   * this execution, all of it is applied (nothing else is there). On a tab that was there, what is there is read
   * first and only what differs or is missing is written: when the layout and the grid are as when they were last
   * applied in full (the fingerprint kept in document properties), the first data row's dropdowns and number
   * formats, the header's notes and the protections are compared; otherwise everything is applied again, as on a
   * tab made now.
   */
  formatTable(table: FoundTable, spec: TableSpec, locale: Locale): void {
    const k = this.know(table);
    const sheet = k.sheet;
    const fresh = k.fresh === true;
    if (!k.styled && sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
    const rows = this.maxRows(k) - 1;
    // What was applied in full last, and to how many rows: the same layout on a grid grown since (a curator's
    // paste) is compared on its last row too.
    const full = fingerprint(spec, table, locale);
    const [appliedPrint, appliedRows] = (this.applied[spec.key] ?? "").split("@");
    const whole = fresh || appliedPrint !== full;
    const grown = !whole && Number(appliedRows) !== rows;
    const plan = planFormat(spec, table, rows, fresh);
    const { ours } = plan;
    const last = ours.at(-1)?.column ?? 0;
    const first = ours[0]?.column ?? 0;
    // The header row of our columns: the range findTables read, when it is exactly that.
    const headerA1 = last > 0 ? `A1:${columnLetter(last)}1` : null;
    if (headerA1 && k.header && k.lastColumn === last) {
      k.ranges ??= new Map();
      k.ranges.set(headerA1, k.header);
    }
    const rowA1 = (row: number) => `${columnLetter(first)}${row}:${columnLetter(last)}${row}`;
    // Rows are sampled only where we have dropdowns or formats to compare.
    const sampled = plan.validations.length > 0 || plan.formats.size > 0;
    const row2A1 = !whole && sampled && rows >= 1 && last > 0 ? rowA1(2) : null;
    const lastA1 = row2A1 && grown && rows > 1 ? rowA1(rows + 1) : null;
    const want = [
      ...(whole ? plan.a1 : []),
      ...(!fresh && headerA1 ? [headerA1] : []),
      ...(row2A1 ? [row2A1] : []),
      ...(lastA1 ? [lastA1] : []),
    ];
    if (want.length > 0) this.prefetch(k, want);

    if (!fresh && headerA1) this.repairHeader(k, ours, k.ranges!.get(headerA1)!, locale);
    const todo = whole ? plan : this.whatDiffers(k, plan, first, last, [row2A1, lastA1]);
    this.applyValidations(k, plan, todo.validations, rows, locale);
    this.applyFormats(k, todo.formats);
    this.ensureProtections(k, spec, plan, fresh);
    if (whole || grown) this.rememberApplied(spec.key, `${full}@${rows}`);
  }

  /**
   * Of the plan's dropdown and format runs, those with a column whose sampled rows (the first data row, and on a
   * grown grid the last) lack our dropdown or have another number format; their ranges are got in one list.
   */
  private whatDiffers(
    k: Known,
    plan: FormatPlan,
    first: number,
    last: number,
    sampleA1: readonly (string | null)[],
  ): Pick<FormatPlan, "validations" | "formats"> {
    const range = (a1: string) => k.ranges!.get(a1)!;
    const rowsRead = sampleA1
      .filter((a1): a1 is string => a1 !== null)
      .map((a1) => ({
        dv: range(a1).getDataValidations()[0] ?? [],
        nf: range(a1).getNumberFormats()[0] ?? [],
      }));
    const dv = Array.from({ length: last - first + 1 }, (_, i) => rowsRead.every((x) => x.dv[i]));
    const nf = Array.from({ length: last - first + 1 }, (_, i) =>
      rowsRead.every((x) => x.nf[i] === rowsRead[0]!.nf[i]) ? rowsRead[0]?.nf[i] : undefined,
    );
    const lacks = (from: number, to: number, test: (i: number) => boolean) => {
      for (let c = from; c <= to; c++) if (plan.byColumn.has(c) && test(c - first)) return true;
      return false;
    };
    const validations = plan.validations.filter((v) =>
      lacks(v.from, v.to, (i) => ruleKey(plan.byColumn.get(first + i)!) !== null && !dv[i]),
    );
    const formats = new Map(
      [...plan.formats]
        .map(
          ([format, runs]) =>
            [format, runs.filter((r) => lacks(r.from, r.to, (i) => nf[i] !== format))] as const,
        )
        .filter(([, runs]) => runs.length > 0),
    );
    const needed = [...validations.map((v) => v.a1), ...[...formats.values()].flat().map((r) => r.a1)];
    if (needed.length > 0) this.prefetch(k, needed);
    return { validations, formats };
  }

  /** Our dropdowns and checkboxes: one setDataValidations per run, `null` in the columns between ours. */
  private applyValidations(
    k: Known,
    plan: FormatPlan,
    runs: readonly Run[],
    rows: number,
    locale: Locale,
  ): void {
    for (const v of runs) {
      const line: (GoogleAppsScript.Spreadsheet.DataValidation | null)[] = [];
      for (let c = v.from; c <= v.to; c++) {
        const col = plan.byColumn.get(c);
        line.push(col && ruleKey(col) !== null ? this.rule(col, locale) : null);
      }
      k.ranges!.get(v.a1)!.setDataValidations(Array.from({ length: rows }, () => line));
    }
  }

  /** Number formats: one call a run, or two for all the runs of a format together (a list and its setNumberFormat). */
  private applyFormats(k: Known, formats: ReadonlyMap<string, readonly Run[]>): void {
    for (const [format, runs] of formats) {
      if (runs.length <= 2) for (const r of runs) k.ranges!.get(r.a1)!.setNumberFormat(format);
      else k.sheet.getRangeList(runs.map((r) => r.a1)).setNumberFormat(format);
    }
  }

  /** An output tab is protected whole; a tab a curator fills has its header row and id column protected. */
  private ensureProtections(k: Known, spec: TableSpec, plan: FormatPlan, fresh: boolean): void {
    const sheet = k.sheet;
    if (spec.output) {
      const all = fresh ? [] : described(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET));
      ensureProtection(all, OUTPUT_PROTECTION, null, () => sheet.protect());
      return;
    }
    const protections = fresh ? [] : described(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE));
    const make = (a1: string) => () => {
      this.prefetch(k, [a1]);
      return k.ranges!.get(a1)!.protect();
    };
    if (plan.headerA1) ensureProtection(protections, HEADER_PROTECTION, plan.headerA1, make(plan.headerA1));
    if (plan.idA1) ensureProtection(protections, ID_PROTECTION, plan.idA1, make(plan.idA1));
  }

  /** What was applied in full, kept so the next update compares instead of applying everything again. */
  private rememberApplied(key: TableKey, applied: string): void {
    this.applied[key] = applied;
    try {
      this.props().setProperty(APPLIED_KEY + key, applied);
    } catch {
      // Only a shortcut: the next update compares less and applies everything again.
    }
  }

  /** The dropdown or checkbox rule of a column kind, built once per execution and shared by every tab. */
  private rule(c: ColumnSpec, locale: Locale): GoogleAppsScript.Spreadsheet.DataValidation {
    const key =
      c.kind === "checkbox" ? "checkbox" : `list:${enumIndex(c.enumDef!).labels(locale).join("\n")}`;
    let rule = this.rules.get(key);
    if (!rule) {
      // One builder for every rule: each build() takes the criteria set just before it. A new builder's rules
      // show a warning rather than reject input (allowInvalid is true by default: a contract check holds it).
      if (!this.builder) this.builder = SpreadsheetApp.newDataValidation();
      const b = this.builder;
      rule = (
        c.kind === "checkbox"
          ? b.requireCheckbox()
          : b.requireValueInList(enumIndex(c.enumDef!).labels(locale), true)
      ).build();
      this.rules.set(key, rule);
    }
    return rule;
  }

  /**
   * Our header cells keep their style, and get their explanatory note back where the cell has none (a run cut
   * between writing a header and its note leaves exactly that). A note a curator wrote is left as it is.
   */
  private repairHeader(
    k: Known,
    ours: readonly { spec: ColumnSpec; column: number }[],
    header: GoogleAppsScript.Spreadsheet.Range,
    locale: Locale,
  ): void {
    if (ours.length === 0) return;
    const sheet = k.sheet;
    const width = ours.at(-1)!.column;
    const notes = header.getNotes()[0] ?? [];
    const missing = ours.filter((o) => !notes[o.column - 1]);
    if (missing.length > 0) {
      for (const o of missing) notes[o.column - 1] = noteOf(o.spec, locale);
      header.setNotes([notes]);
    }
    // The background stands for the style: one read instead of three writes on every update. A header cell of
    // ours in another colour gets the whole style back; bold or wrap changed alone is left as the curator made it.
    const colours = header.getBackgrounds()[0] ?? [];
    if (ours.every((o) => colours[o.column - 1] === HEADER_BACKGROUND)) return;
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
    const lastColumn = Math.max(this.lastColumn(k), 1);
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
      k.ranges = undefined; // ranges got for the old grid's columns end where it ended
      k.maxRows = last;
    }
    if (k.lastColumn !== undefined)
      for (const w of writes) if (w.values.length > 0) k.lastColumn = Math.max(k.lastColumn, w.column);
    for (const block of columnBlocks(writes)) {
      sheet
        .getRange(block.firstRow, block.column, block.rows.length, block.rows[0]!.length)
        .setValues(block.rows);
    }
  }

  appendRows(table: FoundTable, rows: readonly (readonly Cell[])[]): void {
    if (rows.length === 0) return;
    const k = this.know(table);
    const sheet = k.sheet;
    const known = k.rows;
    k.rows = undefined;
    const width = Math.max(...rows.map((r) => r.length));
    if (k.lastColumn !== undefined) k.lastColumn = Math.max(k.lastColumn, width);
    const below = known ? { row: known.length, values: [] } : this.lastTypedRow(k);
    const start = below.row + 1;
    const max = this.maxRows(k);
    if (start + rows.length - 1 > max) {
      sheet.insertRowsAfter(max, start + rows.length - 1 - max);
      k.ranges = undefined;
      k.maxRows = start + rows.length - 1;
    }
    // An unticked box where the row has nothing of ours stays a box.
    const kept = (row: number, i: number, cell: Cell) =>
      cell === "" && below.values[start - 1 + row]?.[i] === false ? false : neutralizeFormula(cell);
    const values = rows.map((r, row) => Array.from({ length: width }, (_, i) => kept(row, i, r[i] ?? "")));
    sheet.getRange(start, 1, rows.length, width).setValues(values);
  }

  /**
   * The last row holding something a person typed, and the values read. Sheets' last row counts unticked checkboxes: after Insert →
   * Checkbox on a whole column it is the grid's end, and rows appended there would land a thousand rows down.
   */
  private lastTypedRow(k: Known): { row: number; values: Cell[][] } {
    const last = k.sheet.getLastRow();
    if (last <= 1) return { row: last, values: [] };
    const values = k.sheet.getRange(1, 1, last, Math.max(this.lastColumn(k), 1)).getValues() as Cell[][];
    let row = last;
    while (row > 1 && !values[row - 1]!.some(isTyped)) row--;
    return { row, values };
  }

  insertHeaderRow(table: FoundTable, spec: TableSpec, locale: Locale): FoundTable {
    const k = this.know(table);
    const sheet = k.sheet;
    sheet.insertRowBefore(1);
    const width = Math.max(this.lastColumn(k), 1, ...Object.values(table.columns).map((c) => c ?? 0));
    const row: string[] = new Array<string>(width).fill("");
    for (const c of spec.columns) {
      const column = table.columns[c.key];
      if (column !== undefined) row[column - 1] = c.header[locale];
    }
    sheet.getRange(1, 1, 1, width).setValues([row]);
    // Every row moved down one: what was known of rows and ranges below the header no longer holds.
    k.rows = undefined;
    k.ranges = undefined;
    if (k.maxRows !== undefined) k.maxRows += 1;
    k.headers = row;
    k.lastColumn = width;
    k.header = undefined;
    return { ...table, lastColumn: width, headers: row };
  }

  rekeyColumns(table: FoundTable, tags: readonly { column: number; key: string }[]): FoundTable {
    if (tags.length === 0) return table;
    const k = this.know(table);
    const sheet = k.sheet;
    const ranges = rangesOf(
      sheet,
      tags.map((t) => `${columnLetter(t.column)}:${columnLetter(t.column)}`),
    );
    const columns: Partial<Record<string, number>> = { ...table.columns };
    for (const t of tags)
      for (const [key, c] of Object.entries(columns)) if (c === t.column) delete columns[key];
    tags.forEach((t, i) => {
      const metas = ranges[i]!.getDeveloperMetadata().filter((m) => m.getKey() === COLUMN_KEY);
      if (metas.length === 0) ranges[i]!.addDeveloperMetadata(COLUMN_KEY, t.key);
      else for (const m of metas) m.setValue(t.key);
      columns[t.key] = t.column;
    });
    // The layout saved for these headers named the old keys: save the new one.
    if (k.headers)
      writeLayout(() => this.props(), table.key, {
        sheetId: sheet.getSheetId(),
        headers: k.headers!,
        columns,
      });
    return { ...table, columns };
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

  /** The active sheet and its selected ranges' rows: one getActiveRangeList, one row pair per range. */
  selection(): SheetSelection {
    const sheet = this.ss.getActiveSheet();
    const list = sheet.getActiveRangeList();
    const rows = (list ? list.getRanges() : []).map((r) => ({ from: r.getRow(), to: r.getLastRow() }));
    return { sheetName: sheet.getName(), rows };
  }

  select(table: FoundTable, row: number, column: number): void {
    const sheet = this.sheet(table);
    sheet.activate();
    sheet.getRange(row, column).activate();
  }

  /**
   * The tab's charts of ours reconciled with `charts` on every run (docs/architecture.md, «Stopping at any
   * call»). A chart is ours for a key when its id is the one saved for the key, or when its top-left corner sits
   * exactly on the key's anchor cell and its title is one of the key's titles: what a run stopped between
   * inserting it and saving its id leaves. One chart is kept per key (the saved one first), the other copies are
   * removed, and the kept one is updated in place; with none, one is made and its id saved. A chart a curator
   * made (another title, or another place) is never touched.
   */
  upsertCharts(table: FoundTable, charts: readonly ChartSpec[]): void {
    const sheet = this.sheet(table);
    const props = this.props();
    const saved = props.getProperties();
    const found = sheet.getCharts().map((chart) => ({ chart, id: chart.getChartId() }));
    const mine = new Map<string, typeof found>(charts.map((c) => [c.key, []]));
    const rest = found.filter((f) => {
      const spec = charts.find((c) => f.id !== null && saved[CHART_KEY + c.key] === String(f.id));
      if (spec) mine.get(spec.key)!.unshift(f);
      return !spec;
    });
    for (const f of rest) {
      const info = f.chart.getContainerInfo();
      const row = info.getAnchorRow();
      const at = charts.filter((c) => c.anchor.row === row);
      if (at.length === 0) continue;
      const column = info.getAnchorColumn();
      const spec = at.find((c) => c.anchor.column === column);
      if (!spec) continue;
      const title = f.chart.getOptions().get("title");
      if (typeof title === "string" && spec.titles.test(title)) mine.get(spec.key)!.push(f);
    }
    for (const spec of charts) {
      const [kept, ...copies] = mine.get(spec.key)!;
      for (const copy of copies) sheet.removeChart(copy.chart);
      const builder = (kept ? kept.chart.modify() : sheet.newChart())
        .setChartType(Charts.ChartType.COLUMN)
        .clearRanges()
        .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
        .setOption("title", spec.title);
      for (const r of spec.ranges) builder.addRange(sheet.getRange(r.firstRow, r.column, r.rows, 1));
      let id = kept?.id ?? null;
      if (kept) sheet.updateChart(builder.build());
      else {
        sheet.insertChart(builder.build());
        id = sheet.getCharts().at(-1)?.getChartId() ?? null;
      }
      if (id !== null && saved[CHART_KEY + spec.key] !== String(id))
        props.setProperty(CHART_KEY + spec.key, String(id));
    }
  }
}

/**
 * A warning-only protection with our description. It is made warning-only before it is named, so a protection
 * with our name is one we finished: if it is not warning-only, the owner made it strict on purpose and it stays
 * so. An unnamed protection on exactly that range is one a cut run left: it is finished, not duplicated.
 */
function ensureProtection(
  existing: readonly Described[],
  description: string,
  a1: string | null,
  create: () => GoogleAppsScript.Spreadsheet.Protection,
): void {
  if (existing.some((p) => p.description() === description)) return;
  const left = existing.find(
    (p) => p.description() === "" && (a1 === null || p.protection.getRange().getA1Notation() === a1),
  );
  (left?.protection ?? create()).setWarningOnly(true).setDescription(description);
}

/** A protection whose description is asked of Sheets once, however many of ours it is compared with. */
interface Described {
  readonly protection: GoogleAppsScript.Spreadsheet.Protection;
  description(): string;
}

function described(protections: readonly GoogleAppsScript.Spreadsheet.Protection[]): Described[] {
  return protections.map((protection) => {
    let text: string | undefined;
    return { protection, description: () => (text ??= protection.getDescription()) };
  });
}

/** Where a table's columns were found, and the header row they were found under. */
interface Layout {
  readonly sheetId: number;
  readonly headers: string[];
  readonly columns: Partial<Record<string, number>>;
}

const LAYOUT_KEY = "mentor-base.layout.";
/** The id of a chart of ours, by its key (ChartSpec.key). */
const CHART_KEY = "mentor-base.chart.";
/** What formatTable last applied in full to a tab (see `fingerprint`). */
export const APPLIED_KEY = "mentor-base.formatted.";

function readLayouts(props: GoogleAppsScript.Properties.Properties): {
  layouts: Partial<Record<TableKey, Layout>>;
  making: Set<TableKey>;
  applied: Partial<Record<TableKey, string>>;
} {
  const all = props.getProperties();
  const out: Partial<Record<TableKey, Layout>> = {};
  const making = new Set<TableKey>();
  const applied: Partial<Record<TableKey, string>> = {};
  for (const t of TABLES) {
    if (all[MAKING_KEY + t.key] !== undefined) making.add(t.key);
    const a = all[APPLIED_KEY + t.key];
    if (a) applied[t.key] = a;
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
  return { layouts: out, making, applied };
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

/** A column's number format: its kind's, or text for a column stored as text (ColumnSpec.asText). */
const formatOf = (c: ColumnSpec): string | undefined => (c.asText ? "@" : NUMBER_FORMATS[c.kind]);

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

interface Run {
  readonly a1: string;
  readonly from: number;
  readonly to: number;
}

/** What formatTable applies to a tab, and the ranges for it. */
interface FormatPlan {
  /** Our columns in sheet order. */
  readonly ours: readonly { spec: ColumnSpec; column: number }[];
  readonly byColumn: ReadonlyMap<number, ColumnSpec>;
  /** Every range a whole application needs. */
  readonly a1: readonly string[];
  readonly validations: readonly Run[];
  readonly formats: ReadonlyMap<string, readonly Run[]>;
  /** The protected header row and id column (tabs a curator fills), or null. */
  readonly headerA1: string | null;
  readonly idA1: string | null;
}

/**
 * The dropdown blocks (on a tab made in this execution, one block from the first to the last: nothing else is
 * there; otherwise one per run of neighbouring validated columns of ours), the number format runs and the
 * protected ranges, for `rows` rows below the header.
 */
function planFormat(spec: TableSpec, table: FoundTable, rows: number, fresh: boolean): FormatPlan {
  const ours = spec.columns
    .filter((c) => table.columns[c.key] !== undefined)
    .map((c) => ({ spec: c, column: table.columns[c.key]! }))
    .sort((x, y) => x.column - y.column);
  const byColumn = new Map(ours.map((o) => [o.column, o.spec]));
  const a1: string[] = [];
  const span = (from: number, to: number) => {
    const ref = `${columnLetter(from)}2:${columnLetter(to)}${rows + 1}`;
    a1.push(ref);
    return ref;
  };
  const validations: Run[] = [];
  const formats = new Map<string, Run[]>();
  if (rows >= 1) {
    const validated = ours.filter((o) => ruleKey(o.spec) !== null);
    const vRuns = fresh
      ? validated.length > 0
        ? [{ from: validated[0]!.column, to: validated.at(-1)!.column, value: true }]
        : []
      : runsOf(ours.map((o) => ({ column: o.column, value: ruleKey(o.spec) !== null || undefined })));
    for (const r of vRuns) if (r.value) validations.push({ a1: span(r.from, r.to), from: r.from, to: r.to });
    for (const r of runsOf(ours.map((o) => ({ column: o.column, value: formatOf(o.spec) })))) {
      if (!r.value) continue;
      const list = formats.get(r.value) ?? [];
      list.push({ a1: span(r.from, r.to), from: r.from, to: r.to });
      formats.set(r.value, list);
    }
  }
  const id = spec.output ? undefined : table.columns.id;
  const idA1 = id !== undefined && rows >= 1 ? span(id, id) : null;
  const headerA1 = spec.output ? null : "1:1";
  if (headerA1) a1.push(headerA1);
  return { ours, byColumn, a1, validations, formats, headerA1, idA1 };
}

/**
 * What a whole application of formatTable to a tab depends on: the base's language and each of our columns'
 * place, dropdown values and number format. Kept in document properties once applied (with the rows it was
 * applied to); an update that finds the same compares before it writes, any other applies everything again (a
 * new version's dropdown values, a moved column).
 */
function fingerprint(spec: TableSpec, table: FoundTable, locale: Locale): string {
  const parts = [locale, spec.output ? "output" : ""];
  for (const c of spec.columns) {
    const column = table.columns[c.key];
    if (column === undefined) continue;
    const values = c.kind === "enum" && c.enumDef ? enumIndex(c.enumDef).labels(locale).join("\u0001") : "";
    parts.push(`${column}:${c.key}:${ruleKey(c) ?? ""}:${formatOf(c) ?? ""}:${values}`);
  }
  // FNV-1a, 32 bits: short, and any change of the parts changes it in practice.
  let h = 0x811c9dc5;
  const text = parts.join("\u0002");
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16)}.${text.length}`;
}

/**
 * The width most of the tabs the base makes want at each position (a tab shorter than the position wants the
 * default there); the default where that is the default or no width has a majority. Fixed by TABLES.
 */
let shared: (number | undefined)[] | undefined;
export function sharedWidths(): readonly (number | undefined)[] {
  if (shared) return shared;
  const tabs = TABLES.filter((t) => t.madeBy === "base");
  const longest = Math.max(...tabs.map((t) => t.columns.length));
  shared = Array.from({ length: longest }, (_, i) => {
    const votes = new Map<number, number>();
    for (const t of tabs) {
      const w = t.columns[i]?.width ?? DEFAULT_WIDTH;
      votes.set(w, (votes.get(w) ?? 0) + 1);
    }
    const [best, n] = [...votes].sort((a, b) => b[1] - a[1])[0]!;
    const tie = [...votes.values()].filter((v) => v === n).length > 1;
    return best === DEFAULT_WIDTH || tie ? undefined : best;
  });
  while (shared.length > 0 && shared.at(-1) === undefined) shared.pop();
  return shared;
}

/**
 * The widths to set for columns `first`… of `specs` (runs of the same value; undefined: leave). On a tab made in
 * this execution (`known`: its columns' widths now), only where the width wanted (a column's own, or the default
 * for one without and for the grid's columns past ours) differs from what it has. On a blank tab (`first` 1) found
 * from an earlier run, which may be a copy of the template a cut run left, every column with a width of its own,
 * and the default back where the template has another. On columns added to a tab, the columns' own widths.
 */
function widthsToSet(
  specs: readonly ColumnSpec[],
  first: number,
  gridColumns: number,
  known: readonly (number | undefined)[] | undefined,
): { column: number; value: number | undefined }[] {
  const last = first + specs.length - 1;
  const cells: { column: number; value: number | undefined }[] = [];
  const template = first === 1 && known === undefined ? sharedWidths() : [];
  for (let column = first; column <= Math.max(last, gridColumns); column++) {
    const own = specs[column - first]?.width;
    const wanted = own ?? DEFAULT_WIDTH;
    const past = column > last;
    let value: number | undefined;
    if (known !== undefined) value = wanted !== (known[column - 1] ?? DEFAULT_WIDTH) ? wanted : undefined;
    else if (template[column - 1] !== undefined) value = wanted;
    else value = past ? undefined : own;
    cells.push({ column, value });
  }
  return cells;
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

/**
 * Writes of neighbouring columns over the same rows joined into one rectangle: one call, so a stop leaves each
 * block all old or all new, never a row whose cells come from two runs (the proposals' decisions rely on it).
 */
export function columnBlocks(
  writes: readonly ColumnWrite[],
): { firstRow: number; column: number; rows: Cell[][] }[] {
  const sorted = writes.filter((w) => w.values.length > 0).sort((a, b) => a.column - b.column);
  const blocks: { firstRow: number; column: number; rows: Cell[][] }[] = [];
  let last: ColumnWrite | undefined;
  for (const w of sorted) {
    const block = blocks[blocks.length - 1];
    const joins =
      block !== undefined &&
      last !== undefined &&
      w.column === last.column + 1 &&
      w.firstRow === block.firstRow &&
      w.values.length === block.rows.length;
    if (joins) {
      for (const [i, v] of w.values.entries()) block.rows[i]!.push(neutralizeFormula(v));
    } else
      blocks.push({
        firstRow: w.firstRow,
        column: w.column,
        rows: w.values.map((v) => [neutralizeFormula(v)]),
      });
    last = w;
  }
  return blocks;
}
