/**
 * The live runner: the entry of the bundle `npm run test:live` pushes into a scratch spreadsheet's script
 * (scripts/live.ts). Its menu «Проверка совместимости» → «Запустить проверки» runs every contract suite inside
 * Google and writes one row per check into the sheet «Совместимость»: suite, check, result, Google's own error
 * text, milliseconds, under a summary line. Apps Script globals only. Every export becomes a top-level function
 * of the bundle (scripts/build.ts), so this file exports functions only.
 */
import { SUITES } from "./index";
import { FAILED, HEADER, MENU, MENU_ITEM, NOT_RUN, PASSED, SHEET } from "./liveSheet";

/** Past this much of Apps Script's 6-minute limit the runner stops and says so, rather than be cut off unwritten. */
const BUDGET_MS = 300_000;

/** Adds the menu; allowed in every auth mode (a simple trigger). */
export function onOpen(): void {
  SpreadsheetApp.getUi().createMenu(MENU).addItem(MENU_ITEM, "runContractChecks").addToUi();
}

/** What a thrown value says: "Exception: …" for Google's errors, "Error: …" for a failed expectation. */
function describe(e: unknown): string {
  if (typeof e === "object" && e !== null && "message" in e) {
    const name = "name" in e ? String((e as { name: unknown }).name) : "Error";
    return `${name}: ${String((e as { message: unknown }).message)}`;
  }
  return String(e);
}

/** Runs every check of every suite and writes the results; returns how many passed and failed. */
export function runContractChecks(): { passed: number; failed: number; notRun: number } {
  const started = Date.now();
  const rows: (string | number)[][] = [];
  let passed = 0;
  let failed = 0;
  let notRun = 0;
  for (const s of SUITES) {
    for (const c of s.checks) {
      if (Date.now() - started > BUDGET_MS) {
        rows.push([
          s.name,
          c.name,
          NOT_RUN,
          "Время выполнения на исходе: запустите снова. / Out of time: run again.",
          0,
        ]);
        notRun++;
        continue;
      }
      const t0 = Date.now();
      try {
        c.run();
        rows.push([s.name, c.name, PASSED, "", Date.now() - t0]);
        passed++;
      } catch (e) {
        rows.push([s.name, c.name, FAILED, describe(e), Date.now() - t0]);
        failed++;
      }
    }
  }
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(SHEET) ?? ss.insertSheet(SHEET);
  sheet.clear();
  const summary =
    `Итого / Total: ${passed} прошли / passed, ${failed} не прошли / failed` +
    (notRun ? `, ${notRun} не запущены / not run` : "") +
    `; ${Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), "yyyy-MM-dd HH:mm")}` +
    ` (${ss.getSpreadsheetTimeZone()}, ${ss.getSpreadsheetLocale()})`;
  sheet.getRange(1, 1).setValue(summary).setFontWeight("bold");
  sheet.getRange(2, 1, 1, HEADER.length).setValues([HEADER]).setFontWeight("bold");
  if (rows.length > 0) {
    // Plain text: an error text starting with "=" or "+" must stay text.
    sheet.getRange(3, 1, rows.length, 4).setNumberFormat("@");
    sheet.getRange(3, 1, rows.length, HEADER.length).setValues(rows);
    sheet
      .getRange(3, 3, rows.length, 1)
      .setBackgrounds(
        rows.map((r) => [r[2] === PASSED ? "#d9ead3" : r[2] === FAILED ? "#f4cccc" : "#fff2cc"]),
      );
  }
  sheet.setFrozenRows(2);
  ss.setActiveSheet(sheet);
  ss.toast(summary, MENU);
  return { passed, failed, notRun };
}

/** The handler the trigger contracts name (scratch.ts TRIGGER_HANDLER); they delete their triggers, so it never runs. */
export function contractTriggerNoop(): void {}
