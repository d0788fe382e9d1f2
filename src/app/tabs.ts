import { runsOf } from "../domain/base/runs";
import { isTyped, shapeProblems } from "../domain/base/shape";
import type { Cell } from "../domain/cells";
import { type L, type Locale, translator } from "../domain/i18n";
import { type ColumnSpec, MAKING_KEY, type TableKey, type TableSpec, tableSpec } from "../domain/tables";
import { type BaseData, type CheckResult, validateBase } from "../domain/validate";
import type { FoundTable, Ports, TableRead } from "../ports";
import { MSG } from "./messages";

/**
 * What the use cases share when they read tabs and write back: the lock, the reads, cells by column key, rows
 * built by column key, spans of changed cells, whole output columns, id counters. Each keeps the calls constant
 * in the number of rows.
 */

/** A use case's answer: its result, or a message for the curator (nothing was written then). */
export type Outcome<T> = { ok: T } | { error: string };

const NO_TAB: L = {
  ru: "В таблице нет листа «{tab}». Выполните «Наставничество → Создать / обновить базу».",
  en: "The spreadsheet has no “{tab}” tab. Run “Mentoring → Create / update the base”.",
};

/** Runs `fn` holding the document lock; a curator who clicks while another action runs is told to wait. */
export function locked<T>(p: Ports, fn: () => Outcome<T>): Outcome<T> {
  const run = p.lock.withDocumentLock(fn);
  return run.busy ? { error: translator(p.locale)(MSG.busy) } : run.value;
}

/** The language the base was created in (its headers, notes and dropdown values). */
export const BASE_LOCALE_KEY = "mentor-base.locale";

/** The base's language: what it was created in, or the user's when it is new. */
export function baseLocale(p: Pick<Ports, "properties" | "locale">): Locale {
  const stored = p.properties.get(BASE_LOCALE_KEY);
  return stored === "en" || stored === "ru" ? stored : p.locale;
}

/**
 * Tabs of ours made whole: those missing made (together, so they share one header style), those there given
 * the columns they lack (added at their end), then each formatted, in the order of `specs`. What «Создать /
 * обновить базу» does for every tab and an action for a tab it makes.
 */
export function completeTables(
  p: Ports,
  specs: readonly TableSpec[],
  found: Partial<Record<TableKey, FoundTable>>,
  locale: Locale,
): { spec: TableSpec; table: FoundTable; created: boolean; added: readonly ColumnSpec[] }[] {
  const missing = specs.filter((s) => !found[s.key]);
  const made = p.sheets.createTables(missing, locale);
  return specs.map((spec) => {
    const there = found[spec.key];
    let table = made[missing.indexOf(spec)]!;
    let added: ColumnSpec[] = [];
    if (there) {
      added = spec.columns.filter((c) => there.columns[c.key] === undefined);
      table = added.length > 0 ? p.sheets.addColumns(there, added, locale) : there;
    }
    p.sheets.formatTable(table, spec, locale);
    return { spec, table, created: !there, added };
  });
}

export interface ReadTabsOptions {
  /** Words the message naming the first missing tab (with {tab}). */
  readonly missing?: L;
  /**
   * The tabs made by an action (`madeBy: "action"`) that this action writes: each is made when it is missing,
   * as «Создать / обновить базу» made it before (same headers, notes, validations, formats, widths, protection,
   * metadata), in the base's language. A tab a cut run left half-made is finished.
   */
  readonly make?: readonly TableKey[];
}

/**
 * The tabs, found and read once each; or the message naming the first missing tab as the curator sees it. A tab
 * made by an action that is neither there nor in `make` reads as made and empty (no action has written it yet).
 */
export function readTabs(
  p: Ports,
  keys: readonly TableKey[],
  opts: ReadTabsOptions = {},
): { found: Partial<Record<TableKey, FoundTable>>; reads: Partial<Record<TableKey, TableRead>> } | string {
  const found = { ...p.sheets.findTables() };
  // A tab the base makes and lacks stops the action before anything is made or written.
  const absent = keys.find((k) => !found[k] && tableSpec(k).madeBy === "base");
  if (absent) return translator(p.locale)(opts.missing ?? NO_TAB, { tab: tableSpec(absent).title[p.locale] });
  // The tabs the action reads are judged before any is made: a refusal writes nothing, not even a new tab.
  const make = opts.make ?? [];
  const reads: Partial<Record<TableKey, TableRead>> = {};
  const read = (ks: readonly TableKey[]): string | null => {
    for (const k of ks) {
      const table = found[k];
      reads[k] = table ? p.sheets.readTable(table) : emptyRead(k, baseLocale(p));
    }
    const drift = ks.flatMap((k) => (found[k] ? shapeProblems(tableSpec(k), reads[k]!, p.locale) : []));
    return drift.length > 0 ? driftMessage(p.locale, drift) : null;
  };
  const stop = read(keys.filter((k) => !make.includes(k)));
  if (stop !== null) return stop;
  makeActionTabs(p, found, make);
  return read(keys.filter((k) => make.includes(k))) ?? { found, reads };
}

/**
 * Why an action refuses a tab whose shape drifted (docs/architecture.md, «Shape drift»): what the check would
 * say, the first few problems, each naming the tab and column and what to do.
 */
export function driftMessage(locale: Locale, problems: readonly { message: string }[]): string {
  const shown = problems.slice(0, 3).map((x) => `• ${x.message}`);
  if (problems.length > 3)
    shown.push(locale === "ru" ? `…и ещё ${problems.length - 3}.` : `…and ${problems.length - 3} more.`);
  return [translator(locale)(SHAPE_STOP), ...shown].join("\n");
}

const SHAPE_STOP: L = {
  ru: "Действие не выполнено: лист базы изменил форму, и надстройка не может надёжно прочитать его. Ничего не записано.",
  en: "Nothing was done: a tab of the base changed shape and the add-on cannot read it reliably. Nothing was written.",
};

/** An action's tab not made yet, read as it would be made: our headers, no rows. */
function emptyRead(key: TableKey, locale: Locale): TableRead {
  const spec = tableSpec(key);
  return {
    key,
    sheetName: spec.title[locale],
    headers: spec.columns.map((c) => c.header[locale]),
    columns: Object.fromEntries(spec.columns.map((c, i) => [c.key, i])),
    rows: [],
    firstRow: 2,
  };
}

/**
 * Makes the action's tabs that are missing, and finishes one a cut run left half-made (its missing columns
 * added, then formatted). The property is set before the tab is made and deleted after it is formatted, so
 * whatever step a run was cut at, the next run finds the mark and completes the tab.
 */
function makeActionTabs(
  p: Ports,
  found: Partial<Record<TableKey, FoundTable>>,
  make: readonly TableKey[],
): void {
  for (const key of make) {
    const spec = tableSpec(key);
    if (spec.madeBy !== "action") continue;
    const mark = MAKING_KEY + key;
    const table = found[key];
    const pending = p.properties.get(mark) !== null;
    if (table && !pending) continue;
    if (!pending) p.properties.set(mark, "1");
    found[key] = completeTables(p, [spec], found, baseLocale(p))[0]!.table;
    p.properties.delete(mark);
  }
}

/** A cell of a read row by our column key; "" when the tab lacks the column. */
export function cellAt(read: TableRead, row: readonly Cell[], key: string): Cell {
  const c = read.columns[key];
  return c === undefined ? "" : (row[c] ?? "");
}

/**
 * The index just past the last row of the read that holds something a person typed (an unticked box is not): the
 * adapter appends after that row.
 */
export function filledLength(read: TableRead): number {
  let last = read.rows.length;
  while (last > 0 && !read.rows[last - 1]!.some(isTyped)) last--;
  return last;
}

/** A whole sheet row for appending, from cells by our column key (columns the tab lacks are left out). */
export function sheetRow(table: FoundTable, cells: Readonly<Record<string, Cell>>): Cell[] {
  const width = Math.max(table.lastColumn, ...Object.values(table.columns).map((c) => c ?? 0));
  const row: Cell[] = new Array<Cell>(width).fill("");
  for (const [key, value] of Object.entries(cells)) {
    const c = table.columns[key];
    if (c !== undefined) row[c - 1] = value;
  }
  return row;
}

/**
 * Writes changed cells of rows already on the tab (index into read.rows → cells by key): for each column touched,
 * one span per run of neighbouring changed rows. A row between two runs is not written: writing it back as read
 * would turn a person's formula into its value. The read is updated too, so a later write in the same run starts
 * from what is on the tab.
 */
export function writeSpans(
  p: Ports,
  table: FoundTable,
  read: TableRead,
  changes: ReadonlyMap<number, Readonly<Record<string, Cell>>>,
): void {
  if (changes.size === 0) return;
  const keys = new Set<string>();
  for (const c of changes.values()) for (const k of Object.keys(c)) keys.add(k);
  const writes = [...keys]
    .filter((k) => table.columns[k] !== undefined && read.columns[k] !== undefined)
    .flatMap((key) => {
      const cells = new Map([...changes].filter(([, c]) => key in c).map(([i, c]) => [i, c[key]!]));
      return runsOf(cells).map((r) => ({
        column: table.columns[key]!,
        firstRow: read.firstRow + r.from,
        values: r.values,
      }));
    });
  if (writes.length > 0) p.sheets.writeColumns(table, writes);
  for (const [i, change] of changes) {
    const row = [...(read.rows[i] ?? [])];
    for (const [key, v] of Object.entries(change)) {
      const c = read.columns[key];
      if (c !== undefined) row[c] = v;
    }
    (read.rows as Cell[][])[i] = row;
  }
}

/**
 * Rewrites an output tab's columns (by key) from row 2: the new rows, then blanks down to the last row that held
 * anything before (rows typed below a gap included), so no stale row is left. One write per column.
 */
export function rewriteColumns(
  p: Ports,
  table: FoundTable,
  read: TableRead,
  keys: readonly string[],
  rows: readonly Readonly<Record<string, Cell>>[],
): void {
  const before = Math.max(0, filledLength(read) - (2 - read.firstRow));
  const height = Math.max(before, rows.length);
  p.sheets.writeColumns(
    table,
    keys
      .filter((k) => table.columns[k] !== undefined)
      .map((k) => {
        const values: Cell[] = rows.map((r) => r[k] ?? "");
        while (values.length < height) values.push("");
        return { column: table.columns[k]!, firstRow: 2, values };
      }),
  );
}

/**
 * Reserves `count` numbers of an id counter and returns the first. The counter is saved before anything is
 * written, so a number is never given twice, and it never falls below `atLeast` (the highest number in the tab).
 */
export function reserve(p: Ports, key: string, atLeast: number, count: number): number {
  const from = Math.max(Number(p.properties.get(key) ?? 0) || 0, atLeast) + 1;
  p.properties.set(key, String(from + count - 1));
  return from;
}

/** Ms from now to ten past midnight tomorrow in the spreadsheet's time zone: when daily quotas are fresh. */
export function untilTomorrow(p: Ports, offsetMinutes: number): number {
  const local = p.clock.now().getTime() + offsetMinutes * 60_000;
  const day = 86_400_000;
  return Math.floor(local / day) * day + day + 10 * 60_000 - local;
}

/** An error's message (errors may come from Google's realm, so no instanceof). */
export function errorMessage(err: unknown): string {
  return typeof err === "object" && err !== null && "message" in err ? String(err.message) : String(err);
}

/**
 * The base checked as every action reads it: in the add-on's language, with the sheet's time zone (`offset`,
 * read once by the caller when it has it) and today's date there.
 */
export function checkReads(
  p: Ports,
  reads: BaseData,
  offset: number = p.sheets.offsetMinutes(),
  today: string = p.clock.format(p.clock.now(), "yyyy-MM-dd"),
): CheckResult {
  return validateBase(reads, { locale: p.locale, offsetMinutes: offset, today });
}
