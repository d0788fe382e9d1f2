import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleSchool } from "../../scripts/sampleSchool";
import { initBase } from "../../src/app/initBase";
import { computeIndicators, takeSnapshot } from "../../src/app/kpi";
import { reviewPairs } from "../../src/app/pairs";
import { MENTEES, MENTORS } from "../../src/domain/tables";
import type { SpreadsheetSnapshot } from "../emulator/model";
import { gasWorld, inStableOrder, makeActionTabs, snapshotDiff } from "../support/gas";

/**
 * What «Создать / обновить базу» makes, pinned: the whole spreadsheet (every cell's value, note, format and
 * validation, widths, frozen rows, protections, developer metadata) and the document properties, after creating
 * the base on an empty spreadsheet, after running it again on a filled base, and after running it on a base a
 * curator has reworked. The fixtures were made by the code before its Sheets calls were batched (to make them
 * again: PIN_FIXTURES=1, then `npx biome check --write tests/gas/fixtures`, and review the diff): batching must
 * not change what is made.
 *
 * Two things are left out as arbitrary: the ids Google gives developer metadata (the list is compared sorted by
 * place, key and value) and the order protections are listed in (sorted by sheet, range and description).
 * Cells are written per column, consecutive rows with the same content merged (`B2:B1000`), to keep the files
 * small and their diffs readable.
 */
type World = ReturnType<typeof gasWorld>;
let w: World;
beforeEach(() => {
  w = gasWorld();
});
afterEach(() => w.uninstall());

function compact(snap: SpreadsheetSnapshot, properties: Record<string, string>) {
  const sheets = snap.sheets.map((s) => {
    const byColumn = new Map<string, { row: number; json: string }[]>();
    for (const [a1, cell] of Object.entries(s.cells)) {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      const list = byColumn.get(m[1]!) ?? [];
      list.push({ row: Number(m[2]), json: JSON.stringify(cell) });
      byColumn.set(m[1]!, list);
    }
    const cells: Record<string, unknown> = {};
    const columns = [...byColumn.keys()].sort((a, b) => a.length - b.length || a.localeCompare(b));
    for (const col of columns) {
      const list = byColumn.get(col)!.sort((a, b) => a.row - b.row);
      for (let i = 0; i < list.length; ) {
        let j = i;
        while (
          j + 1 < list.length &&
          list[j + 1]!.row === list[j]!.row + 1 &&
          list[j + 1]!.json === list[i]!.json
        )
          j++;
        const from = list[i]!.row;
        const to = list[j]!.row;
        cells[from === to ? `${col}${from}` : `${col}${from}:${col}${to}`] = JSON.parse(list[i]!.json);
        i = j + 1;
      }
    }
    return { ...s, cells };
  });
  return {
    ...inStableOrder(snap),
    sheets,
    properties: Object.fromEntries(Object.entries(properties).sort(([a], [b]) => a.localeCompare(b))),
  };
}

function state(x: World) {
  const props = x.run(() => PropertiesService.getDocumentProperties().getProperties());
  return arbitraryOut(compact(x.emu.snapshot(x.ss) as SpreadsheetSnapshot, props));
}

/**
 * Leaves out what is arbitrary or bookkeeping, on what is made and on a fixture alike: the ids Google gives sheets
 * (they depend on the order the sheets were made in: a tab an action makes later gets another id than the one the
 * old create gave it), written as the sheet's name, in the sheets and in the layouts saved in document properties;
 * and the fingerprints of what formatTable applied in full (`mentor-base.formatted.*`, see src/gas/sheets.ts).
 */
function arbitraryOut<T>(snap: T): T {
  const s = JSON.parse(JSON.stringify(snap)) as {
    sheets: { name: string; sheetId: unknown }[];
    properties: Record<string, string>;
  };
  const names = new Map<unknown, string>(s.sheets.map((x) => [x.sheetId, x.name]));
  const id = (v: unknown) => (typeof v === "number" && names.has(v) ? `sheet «${names.get(v)}»` : v);
  for (const sheet of s.sheets) sheet.sheetId = id(sheet.sheetId);
  const properties: Record<string, string> = {};
  for (const [key, value] of Object.entries(s.properties)) {
    if (key.startsWith("mentor-base.formatted.")) continue;
    if (key.startsWith("mentor-base.layout.")) {
      const layout = JSON.parse(value) as { sheetId: unknown };
      properties[key] = JSON.stringify({ ...layout, sheetId: id(layout.sheetId) });
    } else properties[key] = value;
  }
  s.properties = properties;
  return s as T;
}

function pinned(name: string, got: unknown): void {
  const file = join(__dirname, "fixtures", `${name}.json`);
  if (process.env.PIN_FIXTURES === "1") writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run with PIN_FIXTURES=1 to make it`);
  const want = arbitraryOut(JSON.parse(readFileSync(file, "utf8")) as unknown);
  const diff = snapshotDiff(JSON.parse(JSON.stringify(got)), want, 20);
  expect(diff).toEqual([]);
}

/** Pastes a sample school under the headers of the mentors' and the mentees' tabs, as a curator would. */
function paste(x: World, n: number): void {
  const school = sampleSchool(7, { mentors: n, mentees: n, mistakes: true });
  for (const [spec, rows] of [
    [MENTORS, school.mentors],
    [MENTEES, school.mentees],
  ] as const) {
    const sheet = x.ss.getSheetByName(spec.title.ru)!;
    const values = rows.map((r) => spec.columns.map((c) => r[c.key] ?? ""));
    sheet.getRange(2, 1, values.length, spec.columns.length).setValues(values);
  }
}

describe("«Создать / обновить базу» makes exactly what it made before its calls were batched", () => {
  test("on an empty spreadsheet: the tabs a curator fills or reads", () => {
    w.run(() => initBase(w.ports()));
    pinned("initBase-create", state(w));
  });

  test("with the tabs the actions make when they first write: all that the create made before", () => {
    w.run(() => initBase(w.ports()));
    makeActionTabs(w);
    // The fixture is the create's before the tabs only actions write were made by them.
    pinned("initBase-create-all-tabs", state(w));
  });

  test("run again on a base with every tab and people in it", () => {
    w.run(() => initBase(w.ports()));
    makeActionTabs(w);
    paste(w, 20);
    w.run(() => initBase(w.ports()));
    pinned("initBase-update", state(w));
  });

  test("run on a base a curator reworked: a tab deleted, columns renamed, inserted and deleted", () => {
    w.run(() => initBase(w.ports()));
    makeActionTabs(w);
    paste(w, 5);
    const ss = w.ss;
    ss.deleteSheet(ss.getSheetByName("Встречи")!);
    const mentors = ss.getSheetByName("Наставники")!;
    mentors.insertColumnBefore(3);
    mentors.getRange(1, 3).setValue("Моя колонка");
    mentors.getRange(1, 2).setValue("Фамилия Имя Отчество");
    mentors.deleteColumn(10);
    const pairs = ss.getSheetByName("Пары и группы")!;
    pairs.getRange(1, pairs.getLastColumn()).setNote("моя заметка");
    ss.getSheetByName("Настройки")!.deleteRow(3);
    w.run(() => initBase(w.ports()));
    pinned("initBase-reworked", state(w));
  });
});

/**
 * One tab's part of a pinned state: the sheet (its header row's cells: what an action writes below is its own),
 * its protections, its developer metadata and its saved layout.
 */
function tabPart(snap: ReturnType<typeof state>, name: string, key: string) {
  const sheet = snap.sheets.find((x) => x.name === name);
  if (!sheet) return null;
  const header = Object.fromEntries(Object.entries(sheet.cells).filter(([a1]) => /^[A-Z]+1$/.test(a1)));
  const below = (a1: string) => /^[A-Z]+(\d+)(:[A-Z]+(\d+))?$/.exec(a1);
  // A run of equal cells from row 1 down (say, a format) is kept whole; cells that start below row 1 are the action's.
  const formats = Object.fromEntries(
    Object.entries(sheet.cells)
      .filter(([a1]) => below(a1)?.[1] === "1" && a1.includes(":"))
      .map(([a1, cell]) => [a1, cell]),
  );
  return {
    // Its place among the tabs is compared by the test of the whole; charts are the action's own.
    sheet: { ...sheet, index: undefined, charts: undefined, cells: { ...header, ...formats } },
    protections: snap.protections.filter((x) => x.sheet === name),
    developerMetadata: snap.developerMetadata.filter(
      (m) => (m.location as { sheet?: string }).sheet === name,
    ),
    layout: snap.properties[`mentor-base.layout.${key}`],
  };
}

describe("an action that first writes its tab makes it exactly as the create made it before", () => {
  const old = () =>
    arbitraryOut(
      JSON.parse(readFileSync(join(__dirname, "fixtures", "initBase-create-all-tabs.json"), "utf8")),
    ) as ReturnType<typeof state>;

  test.each([
    ["«Подобрать пары»", "Предложенные пары", "proposals", (x: World) => reviewPairs(x.ports(), null)],
    ["«Рассчитать показатели»", "Показатели", "kpi", (x: World) => computeIndicators(x.ports())],
    [
      "«Рассчитать показатели»",
      "Численность участников",
      "counts",
      (x: World) => computeIndicators(x.ports()),
    ],
    ["«Зафиксировать срез»", "История показателей", "kpiHistory", (x: World) => takeSnapshot(x.ports())],
  ] as const)("%s makes «%s»", (_action, name, key, action) => {
    w.run(() => initBase(w.ports()));
    expect(w.ss.getSheetByName(name)).toBeNull();
    const r = w.run(() => action(w));
    expect(r && "error" in r ? r.error : "").toBe("");
    const want = tabPart(old(), name, key);
    expect(want).not.toBeNull();
    const diff = snapshotDiff(
      JSON.parse(JSON.stringify(tabPart(state(w), name, key))),
      JSON.parse(JSON.stringify(want)),
      20,
    );
    expect(diff).toEqual([]);
  });
});
