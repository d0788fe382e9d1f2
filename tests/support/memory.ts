import type { Cell } from "../../src/domain/cells";
import type { Locale } from "../../src/domain/i18n";
import type { PairsView } from "../../src/domain/pairsView";
import type { CheckReport } from "../../src/domain/report";
import type { ColumnSpec, TableKey, TableSpec } from "../../src/domain/tables";
import type {
  ChartSpec,
  ClockPort,
  ColumnWrite,
  FoundTable,
  LockPort,
  MarkWrite,
  Ports,
  PropertiesPort,
  SheetSelection,
  SheetsPort,
  TableRead,
  UiPort,
} from "../../src/ports";

/** A tab in memory: a grid of cells, notes and colours, plus which column holds which key. */
export interface MemoryTab {
  key: TableKey;
  name: string;
  grid: Cell[][];
  notes: string[][];
  backgrounds: string[][];
  columns: Record<string, number>;
  formatted: number;
}

const W = "#ffffff";

/** In-memory SheetsPort for use-case tests. Counts its calls, like the emulator does for the real adapter. */
export class MemorySheets implements SheetsPort {
  readonly tabs = new Map<TableKey, MemoryTab>();
  calls = 0;
  readonly log: string[] = [];
  failOn?: (method: string) => boolean;

  private tick(method: string): void {
    this.calls++;
    this.log.push(method);
    if (this.failOn?.(method)) throw new Error(`Injected failure in ${method}`);
  }

  findTables(): Partial<Record<TableKey, FoundTable>> {
    this.tick("findTables");
    const out: Partial<Record<TableKey, FoundTable>> = {};
    for (const t of this.tabs.values()) out[t.key] = this.found(t);
    return out;
  }

  private found(t: MemoryTab): FoundTable {
    return { key: t.key, sheetName: t.name, columns: { ...t.columns }, lastColumn: t.grid[0]?.length ?? 0 };
  }

  private tab(table: FoundTable): MemoryTab {
    const t = this.tabs.get(table.key);
    if (!t) throw new Error(`no tab ${table.key}`);
    return t;
  }

  createTables(specs: readonly TableSpec[], locale: Locale): FoundTable[] {
    return specs.map((spec) => this.createTable(spec, locale));
  }

  private createTable(spec: TableSpec, locale: Locale): FoundTable {
    this.tick("createTable");
    const t: MemoryTab = {
      key: spec.key,
      name: spec.title[locale],
      grid: [[]],
      notes: [[]],
      backgrounds: [[]],
      columns: {},
      formatted: 0,
    };
    this.tabs.set(spec.key, t);
    return this.addColumns(this.found(t), spec.columns, locale);
  }

  addColumns(table: FoundTable, specs: readonly ColumnSpec[], locale: Locale): FoundTable {
    this.tick("addColumns");
    const t = this.tab(table);
    for (const c of specs) {
      const width = t.grid[0]?.length ?? 0;
      t.grid.forEach((row, i) => {
        row.push(i === 0 ? c.header[locale] : "");
      });
      for (const row of t.notes) row.push("");
      for (const row of t.backgrounds) row.push(W);
      t.columns[c.key] = width + 1;
    }
    return this.found(t);
  }

  insertHeaderRow(table: FoundTable, spec: TableSpec, locale: Locale): FoundTable {
    this.tick("insertHeaderRow");
    const t = this.tab(table);
    const width = t.grid[0]?.length ?? 0;
    const row: Cell[] = new Array<Cell>(width).fill("");
    for (const c of spec.columns)
      if (t.columns[c.key] !== undefined) row[t.columns[c.key]! - 1] = c.header[locale];
    t.grid.unshift(row);
    t.notes.unshift(new Array<string>(width).fill(""));
    t.backgrounds.unshift(new Array<string>(width).fill(W));
    return this.found(t);
  }

  rekeyColumns(table: FoundTable, tags: readonly { column: number; key: string }[]): FoundTable {
    this.tick("rekeyColumns");
    const t = this.tab(table);
    for (const x of tags)
      for (const [k, c] of Object.entries(t.columns)) if (c === x.column) delete t.columns[k];
    for (const x of tags) t.columns[x.key] = x.column;
    return this.found(t);
  }

  formatTable(table: FoundTable): void {
    this.tick("formatTable");
    this.tab(table).formatted++;
  }

  readTable(table: FoundTable, opts: { marks?: boolean; minLastRow?: number } = {}): TableRead {
    this.tick("readTable");
    const t = this.tab(table);
    const columns: Record<string, number> = {};
    for (const [k, c] of Object.entries(t.columns)) columns[k] = c - 1;
    const read: TableRead = {
      key: t.key,
      sheetName: t.name,
      headers: (t.grid[0] ?? []).map(String),
      columns,
      rows: t.grid.slice(1).map((r) => [...r]),
      firstRow: 2,
    };
    return opts.marks
      ? {
          ...read,
          notes: t.notes.slice(1).map((r) => [...r]),
          backgrounds: t.backgrounds.slice(1).map((r) => [...r]),
        }
      : read;
  }

  writeColumns(table: FoundTable, writes: readonly ColumnWrite[]): void {
    this.tick("writeColumns");
    const t = this.tab(table);
    for (const w of writes) {
      w.values.forEach((v, i) => {
        this.put(t, w.firstRow + i, w.column, v);
      });
    }
  }

  appendRows(table: FoundTable, rows: readonly (readonly Cell[])[]): void {
    this.tick("appendRows");
    const t = this.tab(table);
    for (const r of rows) {
      const at = t.grid.length + 1;
      r.forEach((v, i) => {
        this.put(t, at, i + 1, v);
      });
    }
  }

  writeMarks(table: FoundTable, marks: readonly MarkWrite[]): void {
    this.tick("writeMarks");
    const t = this.tab(table);
    for (const m of marks) {
      m.notes.forEach((n, i) => {
        this.ensure(t, m.firstRow + i, m.column);
        t.notes[m.firstRow + i - 1]![m.column - 1] = n;
        t.backgrounds[m.firstRow + i - 1]![m.column - 1] = m.backgrounds[i] ?? W;
      });
    }
  }

  offsetMinutes(): number {
    return 180;
  }

  /** The curator's selection, as a test sets it (nothing selected: A1 of the first tab). */
  selectedRanges?: SheetSelection;
  selection(): SheetSelection {
    this.tick("selection");
    return (
      this.selectedRanges ?? {
        sheetName: this.tabs.values().next().value?.name ?? "",
        rows: [{ from: 1, to: 1 }],
      }
    );
  }

  selected?: { table: TableKey; row: number; column: number };
  select(table: FoundTable, row: number, column: number): void {
    this.selected = { table: table.key, row, column };
  }

  /** Charts by key, as the last upsert left them. */
  readonly charts = new Map<string, { table: TableKey; chart: ChartSpec }>();
  upsertCharts(table: FoundTable, charts: readonly ChartSpec[]): void {
    this.tick("upsertCharts");
    for (const chart of charts) this.charts.set(chart.key, { table: table.key, chart });
  }

  // Test helpers: what a curator does by hand.
  private ensure(t: MemoryTab, row: number, column: number): void {
    const width = Math.max(t.grid[0]?.length ?? 0, column);
    while (t.grid.length < row) {
      t.grid.push([]);
      t.notes.push([]);
      t.backgrounds.push([]);
    }
    for (let r = 0; r < t.grid.length; r++) {
      while (t.grid[r]!.length < width) t.grid[r]!.push("");
      while (t.notes[r]!.length < width) t.notes[r]!.push("");
      while (t.backgrounds[r]!.length < width) t.backgrounds[r]!.push(W);
    }
  }

  put(t: MemoryTab, row: number, column: number, value: Cell): void {
    this.ensure(t, row, column);
    t.grid[row - 1]![column - 1] = value;
  }

  /** Types a row by hand: values by column key, appended after the last row. */
  type(key: TableKey, values: Record<string, Cell>): number {
    const t = this.tabs.get(key)!;
    const row = t.grid.length + 1;
    for (const [k, v] of Object.entries(values)) {
      const c = t.columns[k];
      if (c === undefined) throw new Error(`no column ${k}`);
      this.put(t, row, c, v);
    }
    return row;
  }

  cell(key: TableKey, row: number, column: string): { value: Cell; note: string; background: string } {
    const t = this.tabs.get(key)!;
    const c = t.columns[column]! - 1;
    return {
      value: t.grid[row - 1]?.[c] ?? "",
      note: t.notes[row - 1]?.[c] ?? "",
      background: t.backgrounds[row - 1]?.[c] ?? W,
    };
  }
}

export class MemoryProperties implements PropertiesPort {
  readonly map = new Map<string, string>();
  get(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.map.set(key, value);
  }
  delete(key: string): void {
    this.map.delete(key);
  }
}

export class MemoryLock implements LockPort {
  busy = false;
  withDocumentLock<T>(fn: () => T): { busy: false; value: T } | { busy: true } {
    return this.busy ? { busy: true } : { busy: false, value: fn() };
  }
}

export class MemoryClock implements ClockPort {
  constructor(public time = Date.UTC(2026, 10, 25, 7, 5)) {}
  now(): Date {
    return new Date(this.time);
  }
  format(date: Date): string {
    const d = new Date(date.getTime() + 180 * 60_000);
    const p = (n: number) => String(n).padStart(2, "0");
    return `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
  }
}

export class MemoryUi implements UiPort {
  readonly alerts: { title: string; message: string }[] = [];
  readonly toasts: string[] = [];
  readonly reports: CheckReport[] = [];
  readonly pairs: PairsView[] = [];
  alert(title: string, message: string): void {
    this.alerts.push({ title, message });
  }
  toast(message: string): void {
    this.toasts.push(message);
  }
  showCheckReport(report: CheckReport): void {
    this.reports.push(report);
  }
  showPairs(view: PairsView): void {
    this.pairs.push(view);
  }
}

export function memoryPorts(locale: Locale = "ru") {
  const sheets = new MemorySheets();
  const properties = new MemoryProperties();
  const lock = new MemoryLock();
  const clock = new MemoryClock();
  const ui = new MemoryUi();
  const ports: Ports = { sheets, properties, lock, clock, ui, locale };
  return { ports, sheets, properties, lock, clock, ui };
}
