import { CONTEST_CARRIED_KEY, planContestCarry, yearStartOf } from "../domain/base/contestCarry";
import { headerBlank, headerMismatches, headerState, rekeyPlan, shapeProblems } from "../domain/base/shape";
import { type Cell, columnLetter, isoToRu } from "../domain/cells";
import { enumIndex, KPI_INDICATORS, type KpiIndicator } from "../domain/enums";
import { type Locale, translator } from "../domain/i18n";
import { academicYearOf, SETTINGS_SPEC } from "../domain/settings";
import { TABLES, type TableKey, type TableSpec } from "../domain/tables";
import type { FoundTable, Ports, TableRead } from "../ports";
import { assignIds, type Reads } from "./ids";
import { MSG } from "./messages";
import { BASE_LOCALE_KEY, baseLocale, completeTables } from "./tabs";

export interface InitResult {
  readonly createdTables: string[];
  readonly addedColumns: { tab: string; columns: string[] }[];
  readonly addedSettings: number;
  readonly idsAssigned: number;
  /** Tabs whose deleted header row was inserted back above the data. */
  readonly headersRestored: string[];
  /** Columns given the key their visible header names: tab → «header» (letter). */
  readonly rekeyed: { tab: string; columns: string[] }[];
  /** Shape problems left for the curator (a moved header row, headers that do not settle a mismatch, values of another kind). */
  readonly shapeLeft: string[];
  /** The old «Участие в конкурсах» ticks carried to «Конкурсы и достижения» on this run, and the date they got. */
  readonly contests: { readonly tab: string; readonly n: number; readonly date: string } | null;
}

/**
 * «Создать / обновить базу». Creates what is missing and nothing else: missing tabs a curator fills or reads
 * (`madeBy: "base"`; the tabs only an action writes are made by that action), missing columns (added at the end of
 * a tab), missing settings rows, ids of new rows; re-applies dropdowns, formats and protections where they differ
 * from ours, on every tab that exists. Existing data,
 * headers a curator renamed, and columns a curator added are left as they are. Every step can be repeated, so an
 * action cut short by an error is completed by running it again.
 */
export function initBase(p: Ports): InitResult | null {
  const t = translator(p.locale);
  const run = p.lock.withDocumentLock((): InitResult => {
    // Headers, notes and dropdowns keep the language the base was created in, whoever updates it later.
    const locale = baseLocale(p);
    if (p.properties.get(BASE_LOCALE_KEY) !== locale) p.properties.set(BASE_LOCALE_KEY, locale);
    const found = p.sheets.findTables();
    const shape = repairShape(p, found, locale);
    const createdTables: string[] = [];
    const addedColumns: { tab: string; columns: string[] }[] = [];
    const tables: Partial<Record<TableKey, FoundTable>> = {};
    // A tab only an action writes is made by that action when it first runs (src/app/tabs.ts, readTabs).
    const ours = TABLES.filter((spec) => found[spec.key] || spec.madeBy === "base");
    for (const done of completeTables(p, ours, found, locale)) {
      if (done.created) createdTables.push(done.table.sheetName);
      if (done.added.length > 0)
        addedColumns.push({ tab: done.table.sheetName, columns: done.added.map((c) => c.header[p.locale]) });
      tables[done.spec.key] = done.table;
    }

    const reads: Reads = {};
    for (const spec of TABLES) {
      const table = tables[spec.key];
      if (table && (spec.idPrefix || spec.key === "settings")) reads[spec.key] = p.sheets.readTable(table);
    }
    const addedSettings = addMissingSettings(p, tables.settings, reads, locale);
    // An empty targets tab gets a row per indicator for this academic year and the next two, to fill in. (Seeded
    // when empty rather than when made, so a run cut between the two still seeds it next time.)
    if (tables.targets) {
      const targets = p.sheets.readTable(tables.targets);
      if (!targets.rows.some((r) => r.some((v) => v !== ""))) seedTargets(p, tables.targets, targets, locale);
    }
    const ids = assignIds(p, tables, reads);
    const contests = carryContests(p, tables, ids.reads, locale);
    const idsAssigned = ids.assigned + (contests?.ids ?? 0);
    return {
      createdTables,
      addedColumns,
      addedSettings,
      idsAssigned,
      ...shape,
      contests: contests?.told ?? null,
    };
  });
  if (run.busy) {
    p.ui.alert(t(MSG.busyTitle), t(MSG.busy));
    return null;
  }
  const r = run.value;
  const lines: string[] = [];
  if (r.createdTables.length > 0)
    lines.push(t(MSG.initCreated, { list: r.createdTables.map((n) => `«${n}»`).join(", ") }));
  for (const a of r.addedColumns)
    lines.push(t(MSG.initAddedColumns, { tab: a.tab, list: a.columns.map((n) => `«${n}»`).join(", ") }));
  if (r.addedSettings > 0) lines.push(t(MSG.initAddedSettings, { n: r.addedSettings }));
  for (const tab of r.headersRestored) lines.push(t(MSG.initHeaderRestored, { tab }));
  for (const x of r.rekeyed) lines.push(t(MSG.initRekeyed, { tab: x.tab, list: x.columns.join(", ") }));
  if (r.idsAssigned > 0) lines.push(t(MSG.initIds, { n: r.idsAssigned }));
  if (r.contests) lines.push("", t(MSG.initContests, r.contests));
  if (r.shapeLeft.length > 0) lines.push("", t(MSG.initShapeLeft), ...r.shapeLeft.map((m) => `• ${m}`));
  if (lines.length === 0) lines.push(t(MSG.initNothing));
  lines.push("", t(MSG.initNext), t(MSG.initRoadmap));
  p.ui.alert(t(MSG.initTitle), lines.join("\n"));
  return r;
}

/**
 * What «Создать / обновить базу» repairs of a tab whose shape drifted (docs/architecture.md, «Shape drift»),
 * before it completes the tabs: a deleted header row is inserted back above the data (never over a typed row);
 * columns whose visible headers name other columns of ours are given those keys when the headers settle it
 * without doubt. Anything else is left and named for the curator. Only a tab whose row 1 names none of our
 * columns, or names one over another's key, is read for it: a tab in shape costs no call.
 */
function repairShape(
  p: Ports,
  found: Partial<Record<TableKey, FoundTable>>,
  locale: Locale,
): Pick<InitResult, "headersRestored" | "rekeyed" | "shapeLeft"> {
  const headersRestored: string[] = [];
  const rekeyed: { tab: string; columns: string[] }[] = [];
  const shapeLeft: string[] = [];
  for (const spec of TABLES) {
    const table = found[spec.key];
    if (!table || !mayHaveDrifted(spec, table)) continue;
    const read = p.sheets.readTable(table);
    const state = headerState(spec, read);
    if (state.state === "missing") {
      found[spec.key] = p.sheets.insertHeaderRow(table, spec, locale);
      headersRestored.push(table.sheetName);
      continue;
    }
    if (state.state === "ok" && headerBlank(spec, read)) {
      // Every header cell of ours is empty: write our headers into them (nothing typed is there to overwrite).
      const writes = spec.columns
        .filter((c) => table.columns[c.key] !== undefined)
        .map((c) => ({ column: table.columns[c.key]!, firstRow: 1, values: [c.header[locale]] }));
      p.sheets.writeColumns(table, writes);
      headersRestored.push(table.sheetName);
      continue;
    }
    let now = table;
    const plan = state.state === "ok" ? rekeyPlan(spec, read) : null;
    if (plan) {
      now = p.sheets.rekeyColumns(table, plan);
      found[spec.key] = now;
      rekeyed.push({
        tab: table.sheetName,
        columns: plan.map((x) => `«${read.headers[x.column - 1]}» (${columnLetter(x.column)})`),
      });
    }
    const columns: Record<string, number> = {};
    for (const [k, c] of Object.entries(now.columns)) if (c !== undefined) columns[k] = c - 1;
    for (const x of shapeProblems(spec, { ...read, columns }, p.locale)) shapeLeft.push(x.message);
  }
  return { headersRestored, rekeyed, shapeLeft };
}

/** Whether a tab needs a closer look: row 1 unknown, naming none of our columns, or one over another's key. */
function mayHaveDrifted(spec: TableSpec, table: FoundTable): boolean {
  if (!table.headers) return true;
  const headers = table.headers;
  const columns: Record<string, number> = {};
  for (const [k, c] of Object.entries(table.columns)) if (c !== undefined) columns[k] = c - 1;
  const row1 = { key: spec.key, sheetName: table.sheetName, headers, columns, rows: [], firstRow: 2 };
  return (
    headerState(spec, row1).state !== "ok" || headerMismatches(spec, row1).length > 0 || namesNone(spec, row1)
  );
}

function namesNone(
  spec: TableSpec,
  data: { headers: readonly string[]; columns: Record<string, number> },
): boolean {
  const ours = Object.values(data.columns);
  if (ours.length === 0) return false;
  const names = new Set(spec.columns.flatMap((c) => [c.header.ru, c.header.en].map(normHeader)));
  return !ours.some((i) => names.has(normHeader(data.headers[i])));
}

const normHeader = (s: unknown) =>
  String(s ?? "")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/\s+/g, " ")
    .trim();

/**
 * The undated «Участие в конкурсах» of an older base, carried once into «Конкурсы и достижения»
 * (src/domain/base/contestCarry.ts): the entries appended in one call, then given their ids, then the document
 * property set. A run stopped before the append wrote nothing; one stopped after it finds its entries by their
 * remark and neither writes them again nor loses them; once the property is set the old column is not read again.
 * A base without the old column costs nothing here.
 */
function carryContests(
  p: Ports,
  tables: Partial<Record<TableKey, FoundTable>>,
  reads: Reads,
  locale: Locale,
): { told: { tab: string; n: number; date: string } | null; ids: number } | null {
  const achievements = tables.achievements;
  const people = (["mentors", "mentees"] as const).filter((k) => tables[k]?.columns.contest !== undefined);
  if (!achievements || !reads.achievements || people.length === 0) return null;
  if (p.properties.get(CONTEST_CARRIED_KEY)) return null;
  const yearStart =
    yearStartOf(settingValue(reads.settings, "program.year")) ?? yearStartOf(academicYearOf(p.clock.now()))!;
  const plan = planContestCarry(
    people.map((k) => reads[k]!),
    reads.achievements,
    yearStart,
    locale,
    p.sheets.offsetMinutes(),
  );
  let ids = 0;
  if (plan.rows.length > 0) {
    const read = reads.achievements;
    const width = Math.max(read.headers.length, achievements.lastColumn, 1);
    p.sheets.appendRows(
      achievements,
      plan.rows.map((cells) => {
        const row = new Array<Cell>(width).fill("");
        for (const [key, value] of Object.entries(cells)) {
          const c = read.columns[key];
          if (c !== undefined) row[c] = value;
        }
        return row;
      }),
    );
    ids = assignIds(p, { achievements }, { achievements: p.sheets.readTable(achievements) }).assigned;
  }
  // A ticked row with no id yet waits for the next run (it has its id by then); the property waits with it.
  if (plan.waiting === 0) p.properties.set(CONTEST_CARRIED_KEY, "1");
  const n = plan.rows.length + plan.found;
  return { told: n > 0 ? { tab: achievements.sheetName, n, date: isoToRu(yearStart) } : null, ids };
}

function settingValue(read: TableRead | undefined, key: string): string {
  const k = read?.columns.key;
  const v = read?.columns.value;
  if (!read || k === undefined || v === undefined) return "";
  const row = read.rows.find((r) => String(r[k] ?? "").trim() === key);
  return String(row?.[v] ?? "").trim();
}

function seedTargets(p: Ports, table: FoundTable, read: TableRead, locale: Locale): void {
  const first = Number(academicYearOf(p.clock.now()).slice(0, 4));
  const kpi = enumIndex(KPI_INDICATORS);
  const rows: Cell[][] = [];
  for (let y = first; y < first + 3; y++)
    for (const key of Object.keys(KPI_INDICATORS.values) as KpiIndicator[]) {
      const row: Cell[] = new Array<Cell>(Math.max(read.headers.length, 1)).fill("");
      row[read.columns.indicator!] = kpi.label(key, locale);
      row[read.columns.year!] = `${y}/${y + 1}`;
      rows.push(row);
    }
  p.sheets.appendRows(table, rows);
}

function addMissingSettings(p: Ports, table: FoundTable | undefined, reads: Reads, locale: Locale): number {
  const data = reads.settings;
  const keyIndex = data?.columns.key;
  if (!table || !data || keyIndex === undefined) return 0;
  const present = new Set(data.rows.map((r) => String(r[keyIndex] ?? "").trim()));
  const today = p.clock.now();
  const rows: Cell[][] = [];
  for (const s of SETTINGS_SPEC) {
    if (present.has(s.key)) continue;
    const row: Cell[] = new Array<Cell>(table.lastColumn).fill("");
    const put = (key: string, value: Cell) => {
      const c = table.columns[key];
      if (c !== undefined) row[c - 1] = value;
    };
    put("key", s.key);
    put("label", s.label[locale]);
    put("value", s.initial ? s.initial(today, locale) : "");
    put("hint", s.hint[locale]);
    rows.push(row);
  }
  if (rows.length > 0) p.sheets.appendRows(table, rows);
  return rows.length;
}
