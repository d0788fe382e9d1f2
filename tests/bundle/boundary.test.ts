import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createEmulator } from "../emulator";
import { loadBundle } from "../emulator/vmHost";

/**
 * Every google.script.run target (ServerApi in src/ui/lib/run.ts), called through the built bundle as any editor
 * could from the browser's console, with hostile arguments: each is refused with the clear message, never a
 * TypeError, and nothing in the spreadsheet, its properties or the UI changes.
 */

const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");

beforeAll(() => {
  if (!existsSync(join(DIST, "Code.js")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "ignore" });
});

/** A valid call of each target: the hostile value replaces one argument at a time, or is added after them. */
const VALID: Record<string, unknown[]> = {
  goToCell: ["mentors", 5, "email"],
  recheckBase: [],
  previewImportFile: ["mentors", "ФИО;E-mail\nИванов Иван;ivanov@school7.ru"],
  importParticipants: ["mentors", "ФИО\nИванов Иван", ["fullName"]],
  reviewPairs: [null],
  confirmPairs: ["2026-12-01"],
  makeDocuments: [],
  openTemplatePicker: [null],
  chooseTemplate: ["agreement", "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd", "Мой шаблон", false],
  documentsProgress: [],
  surveysOverview: [],
  sendSurvey: ["satisfaction_mentee", { type: "all" }, "send"],
  resendSurveyMail: ["satisfaction_mentee", "НЯ-0001"],
  markSurveyMailArrived: ["satisfaction_mentee", "НЯ-0001"],
  collectSurveyAnswers: [],
  surveyFormLinks: ["satisfaction_mentee"],
  computeIndicators: [],
  takeKpiSnapshot: [],
  refreshJourneys: [],
  roadmapOverview: [],
  markRoadmapDone: ["ДК-0003", "2026-09-20", "https://school7.example/news/12"],
  completePairs: [
    ["П-0001"],
    {
      endDate: "2027-05-31",
      outcome: "completed",
      result: "achieved",
      note: "",
      mentorReflection: "",
      menteeReflection: "",
      reason: "",
    },
  ],
};

/** Menu items a page also calls: Google calls them with an event object, so they take no arguments and ignore any. */
const MENU_ITEMS = ["menuCheckBase"];

const huge = "Я".repeat(21_000_000);
const HOSTILE: [string, unknown][] = [
  ["undefined", undefined],
  ["null", null],
  ["0", 0],
  ["-1", -1],
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["1.5", 1.5],
  ["true", true],
  ["empty string", ""],
  ["huge string", huge],
  ["__proto__", "__proto__"],
  ["toString", "toString"],
  ["constructor", "constructor"],
  ["hasOwnProperty", "hasOwnProperty"],
  ["valueOf", "valueOf"],
  ["empty object", {}],
  ["object with __proto__", JSON.parse('{"__proto__": {"type": "acceptAll"}, "type": "acceptAll", "x": 1}')],
  ["object with constructor", { constructor: { prototype: { polluted: true } }, toString: "x" }],
  [
    "action with a prototype name",
    { type: "decide", mentorId: "НС-0001", menteeId: "НЯ-0001", decision: "__proto__" },
  ],
  ["scope with a prototype name", { type: "toString", code: "У-0001" }],
  ["empty array", []],
  ["array of prototype names", ["__proto__", "constructor", "toString"]],
  ["huge array", new Array(100_000).fill("fullName")],
  ["nested", { a: [{ b: [{ c: "__proto__" }] }] }],
];

/** Hostile values that are legitimate at a position (null: "no action" or "choose in the dialog"). */
function legit(fn: string, i: number, value: unknown): boolean {
  if ((fn === "reviewPairs" || fn === "openTemplatePicker") && i === 0 && value == null) return true;
  // Any short word as a column key: looked up as the table's own column, else column A.
  if (fn === "goToCell" && i === 2 && typeof value === "string") return /^\w{0,100}$/.test(value);
  // Any short text as a date, and a mapping of no columns: the action's own message answers them.
  if (fn === "confirmPairs" && typeof value === "string") return value.length <= 40;
  // A mapping of short column keys: the import refuses an unknown key in its own words.
  if (fn === "importParticipants" && i === 2 && Array.isArray(value))
    return value.length <= 500 && value.every((v) => typeof v === "string");
  // A template's name is any short text, empty too (the document's id stands for it).
  if (fn === "chooseTemplate" && i === 2 && typeof value === "string") return value.length <= 1_000;
  // Any word shaped like a Drive id: the Picker's use case answers that it is no template.
  if (fn === "chooseTemplate" && i === 1 && typeof value === "string") return /^[\w-]{10,100}$/.test(value);
  if (fn === "chooseTemplate" && i === 3 && typeof value === "boolean") return true;
  // A CSV may be anything, empty included; what it holds is the import's business, not the boundary's.
  if ((fn === "previewImportFile" || fn === "importParticipants") && i === 1 && typeof value === "string")
    return value.length <= 20_000_000;
  // The evidence may be left empty: the date alone marks the item.
  if (fn === "markRoadmapDone" && i === 2 && value === "") return true;
  return false;
}

function school() {
  const emu = createEmulator({ user: { email: "smirnova@school7.ru", locale: "ru" } });
  const host = loadBundle(DIST, emu);
  const ss = emu.activeSpreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  host.call("onOpen", { authMode: "FULL" });
  host.clickMenu("Наставничество", "Создать / обновить базу");
  return { emu, host, ss };
}

/** What a hostile call must not change: every tab's values, notes and backgrounds, the properties, the UI. */
function world(emu: ReturnType<typeof createEmulator>, ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const sheets = ss.getSheets().map((s) => {
    const r = s.getDataRange();
    return [s.getName(), r.getValues(), r.getNotes(), r.getBackgrounds()];
  });
  return JSON.stringify({
    sheets,
    props: emu.globals.PropertiesService.getDocumentProperties().getProperties(),
    alerts: emu.ui.alerts.length,
    sidebars: emu.ui.sidebars.length,
    active: ss.getActiveRange()?.getA1Notation(),
  });
}

/** The calls of a target that must be refused: each argument replaced by each hostile value, and one too many. */
function hostileCalls(fn: string): { label: string; args: unknown[] }[] {
  const valid = VALID[fn]!;
  const calls: { label: string; args: unknown[] }[] = [];
  for (const [name, value] of HOSTILE) {
    for (let i = 0; i < valid.length; i++) {
      if (legit(fn, i, value)) continue;
      const args = [...valid];
      args[i] = value;
      calls.push({ label: `argument ${i + 1} = ${name}`, args });
    }
    if (value !== undefined) calls.push({ label: `extra argument ${name}`, args: [...valid, value] });
  }
  return calls;
}

/** What must never reach the curator: an engine's error text. */
const INTERNAL = /TypeError|is not a function|Cannot read|undefined|Invalid time value|Maximum call stack/;

function legitCalls(fn: string): { args: unknown[] }[] {
  const valid = VALID[fn]!;
  const calls: { args: unknown[] }[] = [];
  for (const [, value] of HOSTILE)
    for (let i = 0; i < valid.length; i++)
      if (legit(fn, i, value) && value !== huge) {
        const args = [...valid];
        args[i] = value;
        calls.push({ args });
      }
  return calls;
}

test("the list covers every function a page calls", () => {
  const run = readFileSync(join(ROOT, "src/ui/lib/run.ts"), "utf8");
  const api = /export interface ServerApi \{([\s\S]*?)\n\}/.exec(run)![1]!;
  const names = [...api.matchAll(/^ {2}(\w+)\(/gm)].map((m) => m[1]!);
  expect([...Object.keys(VALID), ...MENU_ITEMS].sort()).toEqual([...names].sort());
});

describe.each(Object.keys(VALID))("%s", (fn) => {
  test("hostile arguments get the clear message and change nothing", () => {
    const { emu, host, ss } = school();
    const before = world(emu, ss);
    const calls = hostileCalls(fn);
    expect(calls.length).toBeGreaterThan(10);
    for (const { label, args } of calls) {
      let error: unknown = null;
      try {
        host.call(fn, ...args);
      } catch (err) {
        error = err;
      }
      const message = String((error as { message?: unknown } | null)?.message ?? "(no error)");
      expect({ label, message }).toEqual({
        label,
        message: expect.stringMatching(new RegExp(`^Панель передала надстройке неверные данные \\(${fn}`)),
      });
      expect((error as { name?: unknown }).name).toBe("BadCall");
    }
    expect(world(emu, ss)).toBe(before);
    expect(Object.prototype).not.toHaveProperty("polluted");
    // The values the boundary lets through reach the action, which answers in the curator's words.
    for (const { args } of legitCalls(fn)) {
      try {
        host.call(fn, ...args);
      } catch (err) {
        expect(String((err as { message?: unknown }).message)).not.toMatch(INTERNAL);
      }
    }
  });
});

test("a menu item a page calls ignores arguments: the check runs as from the menu", () => {
  const { emu, host } = school();
  for (const [, value] of HOSTILE.slice(0, 12)) host.call("menuCheckBase", value, value);
  expect(emu.ui.alerts.filter((a) => JSON.stringify(a).includes("Не получилось"))).toEqual([]);
  expect(emu.ui.sidebars.at(-1)?.title).toBe("Проверка базы");
});

test("valid calls still work: goToCell with a column key that is a prototype name selects column A", () => {
  const { host, ss } = school();
  host.call("goToCell", "mentors", 3, "constructor");
  expect(ss.getActiveRange()?.getA1Notation()).toBe("A3");
  host.call("goToCell", "mentors", 5, "email");
  expect(ss.getActiveRange()?.getA1Notation()).toBe("N5");
});

test("the import's tab: the staff register goes through with the people tabs; any other tab is refused", () => {
  const { emu, host, ss } = school();
  const file = "ФИО;Должность\nИванов Иван Иванович;учитель";
  for (const table of ["mentors", "mentees", "staff"])
    expect(host.call("previewImportFile", table, file)).toMatchObject({ table, rowCount: 1 });
  const before = world(emu, ss);
  for (const table of ["pairs", "achievements", "Staff", "staff ", "Педагогический коллектив", "__proto__"]) {
    let error: unknown = null;
    try {
      host.call("importParticipants", table, file, ["fullName", "position"]);
    } catch (err) {
      error = err;
    }
    expect((error as { name?: unknown } | null)?.name).toBe("BadCall");
  }
  expect(world(emu, ss)).toBe(before);
});
