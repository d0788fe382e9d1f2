import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readTabs } from "../../src/app/tabs";
import type { Locale } from "../../src/domain/i18n";
import { TABLES, type TableKey } from "../../src/domain/tables";
import { GasClock, GasLock, GasProperties, GasUi } from "../../src/gas/services";
import { GasSheets } from "../../src/gas/sheets";
import type { Ports } from "../../src/ports";
import { createEmulator } from "../emulator";
import type { SpreadsheetSnapshot } from "../emulator/model";

type EmulatorOptions = NonNullable<Parameters<typeof createEmulator>[0]>;

type Emulator = ReturnType<typeof createEmulator>;
const SERVICES = [
  "SpreadsheetApp",
  "PropertiesService",
  "CacheService",
  "LockService",
  "Session",
  "Utilities",
  "ScriptApp",
  "HtmlService",
  "Logger",
  "DriveApp",
  "Drive",
  "DocumentApp",
  "FormApp",
  "MailApp",
  "MimeType",
  "Charts",
] as const;
/** The add-on's own scopes (appsscript.json): the adapters run with exactly what the manifest asks for. */
export const MANIFEST_SCOPES: readonly string[] = (
  JSON.parse(readFileSync(join(__dirname, "..", "..", "appsscript.json"), "utf8")) as {
    oauthScopes: string[];
  }
).oauthScopes;
let current: Emulator | undefined;
let defined = false;

/**
 * The services as globals that always answer from the current emulator. They are defined once: replacing global
 * values for every emulator (as emu.install does) made V8 keep each old emulator alive, which a test that builds
 * hundreds of them cannot afford.
 */
function defineGlobals(): void {
  if (defined) return;
  for (const name of SERVICES) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        if (!current) throw new Error(`${name}: no emulator is current (use gasWorld())`);
        return current.globals[name];
      },
    });
  }
  defined = true;
}

/**
 * An emulator whose services are the globals, so the Apps Script adapters run in jest as they would in Apps
 * Script. Call `uninstall()` in afterEach.
 */
export function gasWorld(opts: EmulatorOptions = {}) {
  const emu = createEmulator({
    user: { email: "curator@school7.ru", locale: "ru" },
    oauthScopes: MANIFEST_SCOPES,
    ...opts,
  });
  defineGlobals();
  current = emu;
  const uninstall = () => {
    if (current === emu) current = undefined;
  };
  const ports = (locale: Locale = "ru"): Ports => ({
    sheets: new GasSheets(),
    properties: new GasProperties(),
    lock: new GasLock(),
    clock: new GasClock(() => emu.clock.now()),
    ui: new GasUi(locale),
    locale,
  });
  const ss = emu.activeSpreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** One execution, as a menu click is. */
  const run = <T>(fn: () => T): T => emu.execution.run(fn, { kind: "menu" }) as T;
  return { emu, ss, ports, run, uninstall };
}

/** Sheet values by header: what the curator sees in a tab, as objects. */
export function rowsOf(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): Record<string, unknown>[] {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const [headers = [], ...rows] = sheet.getDataRange().getValues();
  return rows.map((r) => Object.fromEntries(headers.map((h, i) => [String(h), r[i]])));
}

/** Types values into the next empty row under the given headers, as a curator would. */
/**
 * Makes the tabs an action makes when it first writes them (all of them unless told), in one execution, exactly
 * as the actions do (readTabs with `make`): for tests that type into such a tab, or need a base with every tab.
 */
export function makeActionTabs(
  w: { run: <T>(fn: () => T) => T; ports: () => Ports },
  keys: readonly TableKey[] = TABLES.filter((t) => t.madeBy === "action").map((t) => t.key),
): void {
  w.run(() => {
    const p = w.ports();
    p.lock.withDocumentLock(() => readTabs(p, [], { make: keys }));
  });
}

export function typeRow(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  values: Record<string, unknown>,
): number {
  const sheet = ss.getSheetByName(name)!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const row = sheet.getLastRow() + 1;
  for (const [header, value] of Object.entries(values)) {
    const c = headers.indexOf(header);
    if (c < 0) throw new Error(`no header ${header} on ${name}`);
    sheet.getRange(row, c + 1).setValue(value);
  }
  return row;
}

/**
 * Where to inject a failure so that every kind of step is cut at its boundaries: each method the action calls,
 * at its first, second, middle and last call.
 */
export function faultPoints(byMethod: Record<string, number>): { method: string; n: number }[] {
  const points: { method: string; n: number }[] = [];
  for (const [method, count] of Object.entries(byMethod).sort()) {
    for (const n of new Set([1, 2, Math.ceil(count / 2), count])) if (n <= count) points.push({ method, n });
  }
  return points;
}

/** The paths where two snapshots differ (at most `limit`), for readable failures. */
export function snapshotDiff(a: unknown, b: unknown, limit = 10, path = "$"): string[] {
  if (a === b || JSON.stringify(a) === JSON.stringify(b)) return [];
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return [`${path}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`];
  }
  const out: string[] = [];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (out.length >= limit) break;
    out.push(
      ...snapshotDiff(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        limit - out.length,
        `${path}.${k}`,
      ),
    );
  }
  return out;
}

/**
 * A snapshot where the time of a check in our notes does not matter, nor (with `ids`) the numbers of ids: a run
 * cut after it reserved numbers skips them, by design, so that no number is ever given twice.
 */
export function stableSnapshot(
  emu: { snapshot(ss: unknown): unknown },
  ss: unknown,
  opts: { ids?: boolean } = {},
): unknown {
  return JSON.parse(stableText(emu, ss, opts));
}

/**
 * A snapshot with what Google leaves arbitrary put in a fixed order: developer metadata without the ids Google
 * gives it, sorted by place, key and value, and protections sorted by sheet, range and description. Their order
 * is the order they were made in, which nobody sees and a run cut and completed may change.
 */
export function inStableOrder(snap: SpreadsheetSnapshot) {
  const key = (x: unknown) => JSON.stringify(x);
  return {
    ...snap,
    protections: [...snap.protections].sort((a, b) =>
      key([a.sheet, a.range, a.description]).localeCompare(key([b.sheet, b.range, b.description])),
    ),
    developerMetadata: snap.developerMetadata
      .map(({ id: _id, ...m }) => m)
      .sort((a, b) => key([a.location, a.key, a.value]).localeCompare(key([b.location, b.key, b.value]))),
  };
}

/** The same as JSON text: cheap to compare; parse it only to show a difference. */
export function stableText(
  emu: { snapshot(ss: unknown): unknown },
  ss: unknown,
  opts: { ids?: boolean } = {},
): string {
  const text = JSON.stringify(inStableOrder(emu.snapshot(ss) as SpreadsheetSnapshot)).replace(
    /проверка базы \d\d\.\d\d\.\d{4} \d\d:\d\d/g,
    "проверка базы <время>",
  );
  return opts.ids ? text.replace(/"(НС|НЯ|П|ПР|ВС|АН)-\d{4,}"/g, '"$1-####"') : text;
}

/** A mentor as a curator types her under the Russian headers. */
export const ANNA: Record<string, unknown> = {
  ФИО: "Петрова Анна Сергеевна",
  Категория: "педагог",
  "Педагогический стаж, лет": 15,
  "Компетенции (чем может помочь)": "подготовка к ОГЭ; классное руководство",
  "Формы наставничества": "педагог – педагог",
  "E-mail": "petrova@school7.ru",
  "Согласие на обработку ПДн": true,
};

/** Types a value into «Настройки» in the row of the parameter's code, as a curator would. */
/** The value cell of a «Настройки» row, found by its code in the first column. */
export function settingCell(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  key: string,
): GoogleAppsScript.Spreadsheet.Range {
  const sheet = ss.getSheetByName("Настройки")!;
  const codes = sheet
    .getRange(1, 1, sheet.getLastRow(), 1)
    .getValues()
    .map((r) => String(r[0]));
  const row = codes.indexOf(key);
  if (row < 0) throw new Error(`no setting ${key}`);
  return sheet.getRange(row + 1, 3);
}

export function setting(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, key: string, value: unknown): void {
  settingCell(ss, key).setValue(value);
}

/** A use case's result, or the test fails with its message for the curator. */
export function ok<T>(r: { ok: T } | { error: string } | null): T {
  if (!r) throw new Error("nothing done");
  if ("error" in r) throw new Error(r.error);
  return r.ok;
}
