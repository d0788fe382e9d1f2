import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmulator } from "./index";
import { loadBundle } from "./vmHost";

const CODE = `
var LOADED_AT = new Date().toISOString();
var notAFunction = 5;
const arrow = () => 1;

function onOpen(e) {
  SpreadsheetApp.getUi().createMenu("Наставничество").addItem("Проверить базу", "checkBase").addToUi();
  return e && e.authMode;
}

function checkBase() {
  var sheet = SpreadsheetApp.getActive().getActiveSheet();
  sheet.getRange("A1:B1").setValues([["Проверено", new Date()]]);
  return sheet.getRange("A1:B1").getValues();
}

function probe() {
  var values = SpreadsheetApp.getActive().getActiveSheet().getRange("A1:B1").getValues();
  var caught;
  try {
    SpreadsheetApp.getActive().getActiveSheet().getRange(0, 1);
  } catch (e) {
    caught = e;
  }
  return {
    require: typeof require,
    process: typeof process,
    setTimeout: typeof setTimeout,
    Buffer: typeof Buffer,
    fetch: typeof fetch,
    arrayOk: values instanceof Array && values[0] instanceof Array,
    dateOk: values[0][1] instanceof Date,
    errorOk: caught instanceof Error,
    errorName: caught.name,
    now: Date.now(),
    newDate: new Date().getTime(),
    dateString: typeof Date(),
    helper: helper_(),
    arrow: arrow(),
  };
}
`;

const HELPERS = `
function helper_() {
  return LOADED_AT;
}

function include(name) {
  return HtmlService.createHtmlOutputFromFile(name).getContent();
}

function showSidebar() {
  var t = HtmlService.createTemplateFromFile("Sidebar");
  t.user = Session.getActiveUser().getEmail();
  SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle("Панель"));
}

function scheduleLater() {
  ScriptApp.newTrigger("onTimer").timeBased().after(60000).create();
  return ScriptApp.getProjectTriggers().length;
}

function onTimer(e) {
  var props = PropertiesService.getScriptProperties();
  props.setProperty("timer", e.triggerUid + "@" + e.minute);
  try {
    SpreadsheetApp.getUi();
  } catch (err) {
    props.setProperty("ui", err.message);
  }
}

function brokenTimer() {
  throw new Error("boom");
}

function takeLock() {
  return LockService.getScriptLock().tryLock(1000);
}

function busyLoop() {
  var sheet = SpreadsheetApp.getActive().getActiveSheet();
  for (var i = 1; i <= 1000; i++) sheet.getRange(i, 1).setValue(i);
}
`;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "emu-bundle-"));
  writeFileSync(join(dir, "Code.js"), CODE);
  writeFileSync(join(dir, "Helpers.js"), HELPERS);
  writeFileSync(
    join(dir, "Sidebar.html"),
    '<style><?!= include("Style") ?></style><p>Привет, <?= user ?></p>',
  );
  writeFileSync(join(dir, "Style.html"), "p { color: red }");
  writeFileSync(join(dir, "notes.txt"), "ignored");
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("loadBundle", () => {
  test("top-level function declarations of every file become callable globals", () => {
    const emu = createEmulator();
    const host = loadBundle(dir, emu);
    expect(host.functions().sort()).toEqual(
      [
        "brokenTimer",
        "busyLoop",
        "checkBase",
        "helper_",
        "include",
        "onOpen",
        "onTimer",
        "probe",
        "scheduleLater",
        "showSidebar",
        "takeLock",
      ].sort(),
    );
    expect(() => host.call("nope")).toThrow("Script function not found: nope");
    expect(() => host.call("notAFunction")).toThrow("Script function not found: notAFunction");
    expect(() => host.call("arrow")).toThrow("Script function not found: arrow");
    expect(host.context.SpreadsheetApp).toBe(emu.globals.SpreadsheetApp);
    expect(emu.htmlFiles.Style).toBe("p { color: red }");
  });

  test("only the emulator's globals exist; Date follows the virtual clock; realms line up", () => {
    const emu = createEmulator({ start: Date.UTC(2026, 8, 1, 6) });
    const host = loadBundle(dir, emu);
    host.call("checkBase");
    const before = emu.clock.now();
    const result = host.call("probe") as Record<string, unknown>;
    expect(result).toMatchObject({
      require: "undefined",
      process: "undefined",
      setTimeout: "undefined",
      Buffer: "undefined",
      fetch: "undefined",
      arrayOk: true,
      dateOk: true,
      errorOk: true,
      errorName: "Exception",
      dateString: "string",
      helper: "2026-09-01T06:00:00.000Z",
      arrow: 1,
    });
    expect(result.now).toBeGreaterThan(before);
    expect(result.now).toBeLessThanOrEqual(emu.clock.now());
    expect(result.newDate).toBe(result.now);
  });

  test("call runs one execution; menus are clicked by caption; results come back as Node values", () => {
    const emu = createEmulator();
    const host = loadBundle(dir, emu);
    expect(host.call("onOpen", { authMode: "FULL" })).toBe("FULL");
    expect(emu.execution.elapsedMs()).toBe(4 * 40); // getUi, createMenu, addItem, addToUi
    const values = host.clickMenu("Наставничество", "Проверить базу") as unknown[][];
    expect(Array.isArray(values)).toBe(true);
    expect(values).toBeInstanceOf(Array);
    expect(values[0]?.[0]).toBe("Проверено");
    expect(values[0]?.[1]).toBeInstanceOf(Date);
    expect(emu.activeSpreadsheet.getRange("A1").getValue()).toBe("Проверено");
    expect(() => host.clickMenu("Наставничество", "Нет такого")).toThrow(/no menu item/);
    let thrown: unknown;
    try {
      host.call("brokenTimer");
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe("boom");
  });

  test("templates from dist/*.html see the bundle's functions", () => {
    const emu = createEmulator();
    const host = loadBundle(dir, emu);
    host.call("showSidebar");
    expect(emu.ui.sidebars).toEqual([
      {
        title: "Панель",
        content: "<style>p { color: red }</style><p>Привет, curator@example.org</p>",
        width: null,
        height: null,
      },
    ]);
  });

  test("time-based triggers run when due, in trigger executions without Ui", () => {
    const emu = createEmulator();
    const host = loadBundle(dir, emu);
    expect(host.call("scheduleLater")).toBe(1);
    expect(host.runDueTriggers()).toEqual([]);
    emu.globals.ScriptApp.newTrigger("brokenTimer").timeBased().after(30_000).create();
    emu.clock.advance(61_000);
    const runs = host.runDueTriggers();
    expect(runs.map((r) => [r.functionName, r.ok])).toEqual([
      ["brokenTimer", false],
      ["onTimer", true],
    ]);
    expect(runs[0]?.error?.message).toBe("boom");
    const props = emu.globals.PropertiesService.getScriptProperties();
    const uid = emu.triggers.list().find((t) => t.handlerFunction === "onTimer")?.uniqueId;
    expect(props.getProperty("timer")).toBe(`${uid}@${new Date(runs[1]?.scheduledAt ?? 0).getUTCMinutes()}`);
    expect(props.getProperty("ui")).toBe("Cannot call SpreadsheetApp.getUi() from this context.");
    expect(host.runDueTriggers()).toEqual([]);
    expect(emu.triggers.list().map((t) => t.fired)).toEqual([1, 1]);
  });

  test("recurring triggers reschedule after running", () => {
    const emu = createEmulator();
    const host = loadBundle(dir, emu);
    emu.globals.ScriptApp.newTrigger("takeLock").timeBased().everyMinutes(5).create();
    emu.clock.advance(5 * 60_000);
    expect(host.runDueTriggers().map((r) => r.result)).toEqual([true]);
    expect(host.runDueTriggers()).toEqual([]);
    emu.clock.advance(11 * 60_000);
    expect(host.runDueTriggers()).toHaveLength(1);
    expect(emu.triggers.due()).toEqual([]);
  });

  test("locks are released when the bundle's execution ends; the time limit applies", () => {
    const emu = createEmulator({ executionLimitMs: 2000 });
    const host = loadBundle(dir, emu);
    expect(host.call("takeLock")).toBe(true);
    expect(emu.execution.run(() => emu.globals.LockService.getScriptLock().tryLock(0))).toBe(true);
    expect(() => host.call("busyLoop")).toThrow("Exceeded maximum execution time");
    expect(emu.activeSpreadsheet.getLastRow()).toBeLessThan(30);
  });
});
