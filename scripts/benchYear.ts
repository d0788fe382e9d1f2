/**
 * `npm run bench`, the programme year: «Ход работы пар», «План работы» and «Аналитическая справка» from the menu
 * of the built add-on in the emulator, for a school of about 200 pairs with 2,000 meetings on «Встречи». Prints, per
 * action: the real time here, the virtual time by the emulator's cost model and the Sheets calls. The reference,
 * measured in the same run, is the same actions on a small school (about 15 pairs, 100 meetings): a call count
 * that grows with the rows shows as a ratio above 1. Then the cost of reading «Встречи» and «Пары и группы» cell
 * by cell, the way a script without batching would. Figures only; nothing here passes or fails.
 */
import { MEETINGS, MENTEES, MENTORS, PAIRS, type TableSpec } from "../src/domain/tables";
import { createEmulator } from "../tests/emulator";
import { loadBundle } from "../tests/emulator/vmHost";
import { type SampleRow, sampleSchool } from "./sampleSchool";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Emu = ReturnType<typeof createEmulator>;

interface Figure {
  realMs: number;
  virtualS: number;
  calls: number;
}

const STAGES = ["встреча-знакомство", "пробная встреча", "встреча-планирование", "совместная работа"];

function measure(emu: Emu, fn: () => void): Figure {
  emu.calls.reset();
  const v0 = emu.clock.now();
  const t0 = performance.now();
  fn();
  return {
    realMs: performance.now() - t0,
    virtualS: (emu.clock.now() - v0) / 1000,
    calls: emu.calls.total("SpreadsheetApp"),
  };
}

function paste(ss: Spreadsheet, spec: TableSpec, values: (string | number | Date | boolean)[][]): void {
  if (values.length === 0) return;
  const sheet = ss.getSheetByName(spec.title.ru)!;
  const need = values.length + 1 - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  sheet.getRange(2, 1, values.length, spec.columns.length).setValues(values);
}

const rowsOf = (spec: TableSpec, rows: readonly SampleRow[]) =>
  rows.map((r) => spec.columns.map((c) => r[c.key] ?? ""));

function setting(ss: Spreadsheet, key: string, value: unknown): void {
  const sheet = ss.getSheetByName("Настройки")!;
  const codes = sheet
    .getRange(1, 1, sheet.getLastRow(), 1)
    .getValues()
    .map((r) => String(r[0]));
  sheet.getRange(codes.indexOf(key) + 1, 3).setValue(value);
}

/** `meetings` meetings spread over the confirmed pairs, from 01.12.2026 on, as one pasted journal. */
function meetingRows(ss: Spreadsheet, meetings: number): (string | Date)[][] {
  const sheet = ss.getSheetByName(PAIRS.title.ru)!;
  const ids = sheet
    .getRange(2, 1, Math.max(1, sheet.getLastRow() - 1), 1)
    .getValues()
    .map((r) => String(r[0]))
    .filter((id) => id !== "");
  const at = (ru: string) => MEETINGS.columns.findIndex((c) => c.header.ru === ru);
  return Array.from({ length: meetings }, (_, k) => {
    const row: (string | Date)[] = MEETINGS.columns.map(() => "");
    const n = Math.floor(k / ids.length);
    row[at("ID пары")] = ids[k % ids.length]!;
    row[at("Дата")] = new Date(Date.UTC(2026, 11, 1 + ((n * 4) % 40), 9));
    row[at("Этап")] = STAGES[Math.min(n, STAGES.length - 1)]!;
    row[at("Тема")] = `Встреча ${n + 1}`;
    return row;
  });
}

/** The reference of a script without batching: the journal and the pairs read one cell at a time. */
function naiveRead(ss: Spreadsheet): void {
  for (const spec of [MEETINGS, PAIRS]) {
    const sheet = ss.getSheetByName(spec.title.ru)!;
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) sheet.getRange(r, c).getValue();
  }
}

interface Year {
  pairs: number;
  journeys: Figure;
  roadmapFirst: Figure;
  roadmap: Figure;
  report: Figure;
  naive: Figure;
}

function year(dist: string, people: number, meetings: number): Year {
  const school = sampleSchool(2026, { mentors: people, mentees: people });
  const emu = createEmulator({
    user: { email: "curator@sosh7.example", locale: "ru" },
    executionLimitMs: 86_400_000,
  });
  const host = loadBundle(dist, emu);
  const ss = emu.activeSpreadsheet as unknown as Spreadsheet;
  host.call("onOpen", { authMode: "FULL" });
  host.clickMenu("Наставничество", "Создать / обновить базу");
  for (const [k, v] of Object.entries(school.settings)) setting(ss, k, v);
  paste(ss, MENTORS, rowsOf(MENTORS, school.mentors));
  paste(ss, MENTEES, rowsOf(MENTEES, school.mentees));
  host.call("recheckBase");
  host.callAs("sidebar", "reviewPairs", { type: "acceptAll" });
  host.callAs("sidebar", "confirmPairs", "2026-12-01");
  const journal = meetingRows(ss, meetings);
  paste(ss, MEETINGS, journal);
  const pairs = new Set(journal.map((r) => r[MEETINGS.columns.findIndex((c) => c.key === "pairId")])).size;
  emu.clock.set(Date.UTC(2027, 0, 10, 7, 0));
  const journeys = measure(emu, () => host.clickMenu("Наставничество", "Ход работы пар"));
  const roadmapFirst = measure(emu, () => host.clickMenu("Наставничество", "План работы"));
  const roadmap = measure(emu, () => host.clickMenu("Наставничество", "План работы"));
  const report = measure(emu, () => host.clickMenu("Наставничество", "Аналитическая справка"));
  const naive = measure(emu, () => emu.execution.run(() => naiveRead(ss)));
  return { pairs, journeys, roadmapFirst, roadmap, report, naive };
}

const head = `${"".padEnd(50)} ${"real ms".padStart(8)} ${"virtual s".padStart(10)} ${"calls".padStart(8)} ${"× ref calls".padStart(12)} ${"× ref time".padStart(11)}`;
const line = (label: string, f: Figure, ref?: Figure) =>
  `${label.padEnd(50)} ${f.realMs.toFixed(0).padStart(8)} ${f.virtualS.toFixed(1).padStart(10)} ${String(f.calls).padStart(8)}` +
  (ref
    ? ` ${(f.calls / ref.calls).toFixed(2).padStart(12)} ${(f.virtualS / Math.max(ref.virtualS, 0.001)).toFixed(2).padStart(11)}`
    : "");

export function benchYear(dist: string): void {
  const small = year(dist, 18, 100);
  const large = year(dist, 320, 2000);
  console.log(
    `\nreference: ${small.pairs} pairs, 100 meetings; measured: ${large.pairs} pairs, 2,000 meetings (today 10.01.2027)`,
  );
  console.log(head);
  for (const [label, key] of [
    ["«Ход работы пар»", "journeys"],
    ["«План работы», first (makes the roadmap)", "roadmapFirst"],
    ["«План работы», again", "roadmap"],
    ["«Аналитическая справка»", "report"],
  ] as const) {
    console.log(line(`${label}, reference`, small[key]));
    console.log(line(`${label}`, large[key], small[key]));
  }
  console.log(line("reference: journal and pairs cell by cell", large.naive));
  console.log(
    `  «Ход работы пар» / cell by cell: ${(large.journeys.calls / large.naive.calls).toFixed(4)} of the calls, ` +
      `${(large.journeys.virtualS / large.naive.virtualS).toFixed(3)} of the virtual time`,
  );
}
