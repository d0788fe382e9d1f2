import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createEmulator } from "../emulator";
import { loadBundle } from "../emulator/vmHost";

const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");

beforeAll(() => {
  if (!existsSync(join(DIST, "Code.js")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "ignore" });
});

/** The school's spreadsheet with the add-on, just opened (Sheets calls onOpen). */
function school(locale = "ru", open = true) {
  const emu = createEmulator({ user: { email: "smirnova@school7.ru", locale } });
  const host = loadBundle(DIST, emu);
  const ss = emu.activeSpreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  if (open) host.call("onOpen", { authMode: "FULL" });
  return { emu, host, ss };
}

function type(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tab: string,
  values: Record<string, unknown>,
): number {
  const sheet = ss.getSheetByName(tab)!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const row = sheet.getLastRow() + 1;
  for (const [h, v] of Object.entries(values)) sheet.getRange(row, headers.indexOf(h) + 1).setValue(v);
  return row;
}

const lastAlert = (emu: ReturnType<typeof createEmulator>) => JSON.stringify(emu.ui.alerts.at(-1) ?? null);

describe("dist/ as Apps Script runs it", () => {
  test("every entry point is a top-level function", () => {
    const { host } = school();
    expect(host.functions()).toEqual(
      expect.arrayContaining([
        "onOpen",
        "onInstall",
        "menuInitBase",
        "menuCheckBase",
        "menuHelp",
        "menuEnrolMentors",
        "menuEnrolMentees",
        "recheckBase",
        "goToCell",
      ]),
    );
  });

  test("every server function a page calls (ServerApi in src/ui/lib/run.ts) is a top-level function; the surveys sidebar's check their arguments", () => {
    const run = readFileSync(join(ROOT, "src/ui/lib/run.ts"), "utf8");
    const api = /export interface ServerApi \{([\s\S]*?)\n\}/.exec(run)![1]!;
    const names = [...api.matchAll(/^ {2}(\w+)\(/gm)].map((m) => m[1]!);
    expect(names).toEqual(expect.arrayContaining(["resendSurveyMail", "markSurveyMailArrived"]));
    const { host } = school();
    expect(names.filter((n) => !host.functions().includes(n))).toEqual([]);
    // The sidebar's arguments are checked before anything is read: a known survey and a participant's id.
    for (const fn of ["resendSurveyMail", "markSurveyMailArrived"]) {
      expect(() => host.call(fn, "nope", "НЯ-0001")).toThrow(`неверные данные (${fn}, argument 1)`);
      expect(() => host.call(fn, "satisfaction_mentee", "<b>НЯ-1</b>")).toThrow(
        `неверные данные (${fn}, argument 2)`,
      );
    }
  });

  test("onOpen builds the «Наставничество» menu; before authorisation, the add-on menu", () => {
    const { emu } = school();
    const menus = JSON.stringify(emu.ui.menus());
    expect(menus).toContain("Наставничество");
    expect(menus).toContain("Создать / обновить базу");
    expect(menus).toContain("Проверить базу");
    // Before authorisation Google may refuse even the user's locale: the menu still appears, in Russian.
    const fresh = school("ru", false);
    fresh.emu.faults.failNth({
      method: "Session.getActiveUserLocale",
      n: 1,
      message: "Authorization is required",
    });
    fresh.host.open("NONE");
    expect(fresh.emu.calls.byMethod()["Session.getActiveUserLocale"]).toBe(1);
    expect(JSON.stringify(fresh.emu.ui.menus())).toContain("menuInitBase");
  });

  test("a curator selects staff on the register and adds them as mentees from the menu", () => {
    const { emu, host, ss } = school();
    emu.clock.set(Date.UTC(2026, 9, 15, 7, 0));
    host.clickMenu("Наставничество", "Создать / обновить базу");
    const tab = "Педагогический коллектив";
    type(ss, tab, { ФИО: "Иванова Ольга Петровна", Должность: "учитель", "Педагогический стаж, лет": 1 });
    host.clickMenu("Наставничество", "Проверить базу");
    ss.getSheetByName(tab)!.getRangeList(["B2"]).activate();
    host.clickMenu("Наставничество", "Добавить выбранных в наставляемые");
    expect(lastAlert(emu)).toContain("Добавлено на лист «Наставляемые»: 1");
    const mentees = ss.getSheetByName("Наставляемые")!.getDataRange().getValues();
    expect(mentees).toHaveLength(2);
    expect(mentees[1]).toEqual(
      expect.arrayContaining(["НЯ-0001", "Иванова Ольга Петровна", "молодой специалист", "СТ-0001"]),
    );
    host.clickMenu("Наставничество", "Добавить выбранных в наставники");
    expect(lastAlert(emu)).toContain("Добавлено на лист «Наставники»: 1");
    ss.getSheetByName("Наставники")!.getRange("A1").activate();
    host.clickMenu("Наставничество", "Добавить выбранных в наставники");
    expect(lastAlert(emu)).toContain("Выделите строки людей на листе «Педагогический коллектив»");
  });

  test("a curator creates the base, types people, checks, fixes and checks again", () => {
    const { emu, host, ss } = school();
    host.clickMenu("Наставничество", "Создать / обновить базу");
    expect(lastAlert(emu)).toContain("База готова");
    expect(ss.getSheetByName("Наставники")).not.toBeNull();

    const row = type(ss, "Наставники", {
      ФИО: "Петрова Анна Сергеевна",
      Категория: "педагог",
      "Педагогический стаж, лет": "<b>пятнадцать</b>",
      "Компетенции (чем может помочь)": "подготовка к ОГЭ",
      "Формы наставничества": "педагог – педагог",
      "E-mail": "petrova@school7.ru",
      "Согласие на обработку ПДн": true,
    });
    host.clickMenu("Наставничество", "Проверить базу");
    const sidebar = emu.ui.sidebars.at(-1);
    expect(sidebar?.title).toBe("Проверка базы");
    // What was typed reaches the page only as escaped JSON: no markup of a person's making.
    expect(sidebar?.content).toContain("\\u003cb>пятнадцать\\u003c/b>");
    expect(sidebar?.content).not.toContain("<b>пятнадцать");
    expect(sidebar?.content).toContain("notInteger");
    const sheet = ss.getSheetByName("Наставники")!;
    expect(sheet.getRange(row, 1).getValue()).toBe("НС-0001");
    const cell = sheet.getRange(row, 7);
    expect(cell.getNote()).toContain("«<b>пятнадцать</b>» — не целое число");

    cell.setValue(15);
    const report = host.call("recheckBase") as { errors: number; problems: { table: string }[] };
    expect(report.problems.filter((p) => p.table === "mentors")).toEqual([]);
    expect(cell.getNote()).toBe("");
    expect(cell.getBackground()).toBe("#ffffff");
  });

  test("goToCell selects the cell of a problem", () => {
    const { host, ss } = school();
    host.clickMenu("Наставничество", "Создать / обновить базу");
    host.call("goToCell", "mentors", 5, "email");
    expect(ss.getActiveSheet().getName()).toBe("Наставники");
    expect(ss.getActiveRange()?.getA1Notation()).toBe("N5");
  });

  test("two curators at once: the second is asked to wait, nothing is written", () => {
    const { emu, host, ss } = school();
    emu.locks.holdByOther("document");
    host.clickMenu("Наставничество", "Создать / обновить базу");
    expect(lastAlert(emu)).toContain("Повторите через минуту");
    expect(ss.getSheetByName("Наставники")).toBeNull();
  });

  test("a failing Google call becomes a plain message; the log has no personal data", () => {
    const { emu, host, ss } = school();
    host.clickMenu("Наставничество", "Создать / обновить базу");
    type(ss, "Наставники", { ФИО: "Петрова Анна Сергеевна", "E-mail": "petrova@school7.ru" });
    emu.faults.failNth({
      service: "SpreadsheetApp",
      method: "Range.setNotes",
      n: 1,
      message: "Service Spreadsheets timed out",
    });
    host.clickMenu("Наставничество", "Проверить базу");
    expect(lastAlert(emu)).toContain("Не получилось");
    expect(lastAlert(emu)).toContain("Service Spreadsheets timed out");
    const logs = emu.logs.join("\n");
    expect(logs).toContain("checkBase failed");
    expect(logs).not.toContain("Петрова");
    expect(logs).not.toContain("petrova@");
  });

  test("an English-speaking user gets the English menu and messages", () => {
    const { emu, host } = school("en");
    expect(JSON.stringify(emu.ui.menus())).toContain("Mentoring");
    host.clickMenu("Mentoring", "Create / update the base");
    expect(lastAlert(emu)).toContain("The base is ready");
  });
});
