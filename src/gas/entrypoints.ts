/**
 * Every function Apps Script calls: onOpen/onInstall, menu items, google.script.run targets. The build emits a
 * top-level `function name(e) {…}` for each export here, because Apps Script finds functions only by declaration.
 */
import { checkBase } from "../app/checkBase";
import {
  type ImportPreview,
  type ImportResult,
  type ImportTable,
  importPeople,
  previewImport,
} from "../app/importPeople";
import { initBase } from "../app/initBase";
import { MSG } from "../app/messages";
import {
  confirmPairs as confirmPairsUseCase,
  proposePairs,
  reviewPairs as reviewPairsUseCase,
} from "../app/pairs";
import { type Locale, localeOf, translator } from "../domain/i18n";
import { type ConfirmResult, type PairsView, parsePairAction } from "../domain/pairsView";
import type { CheckReport } from "../domain/report";
import type { TableKey } from "../domain/tables";
import type { Ports } from "../ports";
import { HELP, MENU_TITLE, menuItems } from "./menu";
import { GasClock, GasLock, GasProperties, GasUi, jsonForHtml } from "./services";
import { GasSheets } from "./sheets";

function ports(): Ports {
  const locale = userLocale();
  return {
    sheets: new GasSheets(),
    properties: new GasProperties(),
    lock: new GasLock(),
    clock: new GasClock(),
    ui: new GasUi(locale),
    locale,
  };
}

/** Runs a menu action; an unexpected error becomes a plain message instead of a stack trace. */
function guarded(action: string, fn: (p: Ports) => void): void {
  const p = ports();
  try {
    fn(p);
  } catch (err) {
    // Errors may come from another realm (Google's services), so no instanceof.
    const message =
      typeof err === "object" && err !== null && "message" in err ? String(err.message) : String(err);
    // Only the action and Google's error text: no cell values, names or addresses reach the log.
    console.error(`${action} failed: ${message}`);
    const t = translator(p.locale);
    p.ui.alert(t(MSG.errorTitle), t(MSG.errorBody, { error: message }));
  }
}

/** The user's language; Russian when it cannot be known (before the add-on is authorised, say). */
function userLocale(): Locale {
  try {
    return localeOf(Session.getActiveUserLocale());
  } catch {
    return "ru";
  }
}

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const locale = userLocale();
  const ui = SpreadsheetApp.getUi();
  // Before the add-on is authorised in this file (AuthMode.NONE) only a menu may be built, with no data access.
  const menu =
    e && e.authMode === ScriptApp.AuthMode.NONE ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE[locale]);
  for (const item of menuItems(locale)) {
    if (item === "separator") menu.addSeparator();
    else menu.addItem(item.caption, item.fn);
  }
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function menuInitBase(): void {
  guarded("initBase", (p) => initBase(p));
}

export function menuCheckBase(): void {
  guarded("checkBase", (p) => {
    const report = checkBase(p);
    const t = translator(p.locale);
    if (!report) {
      p.ui.alert(t(MSG.busyTitle), t(MSG.busy));
      return;
    }
    p.ui.showCheckReport(report);
    p.ui.toast(
      report.errors === 0
        ? t(MSG.checkToastOk)
        : t(MSG.checkToast, { errors: report.errors, warnings: report.warnings }),
    );
  });
}

export function menuProposePairs(): void {
  guarded("proposePairs", (p) => proposePairs(p));
}

export function menuHelp(): void {
  guarded("help", (p) => {
    const t = translator(p.locale);
    p.ui.alert(t(HELP.title), t(HELP.body));
  });
}

/** google.script.run from the «Пары» sidebar: apply the curator's action (or none), match again, return the view. */
export function reviewPairs(action: unknown): PairsView {
  const p = ports();
  const r = reviewPairsUseCase(p, parsePairAction(action));
  if ("error" in r) throw new Error(r.error);
  return r.ok;
}

/** google.script.run from the «Пары» sidebar: «Утвердить пары» with the start date (YYYY-MM-DD). */
export function confirmPairs(startDate: unknown): ConfirmResult {
  const p = ports();
  const r = confirmPairsUseCase(p, String(startDate ?? ""));
  if ("error" in r) throw new Error(r.error);
  return r.ok;
}

/** google.script.run from the report sidebar: run the check again and return the new report. */
export function recheckBase(): CheckReport {
  const p = ports();
  const report = checkBase(p);
  if (!report) throw new Error(translator(p.locale)(MSG.busy));
  return report;
}

/** google.script.run from the report sidebar: select the cell of a problem. */
export function goToCell(table: string, row: number, column: string): void {
  const p = ports();
  const found = p.sheets.findTables()[table as TableKey];
  if (!found) return;
  const col = column ? found.columns[column] : undefined;
  p.sheets.select(found, Math.max(1, Math.floor(Number(row)) || 1), col ?? 1);
}

/** Menu: the import dialog (a CSV file from Excel or another system). */
export function menuImport(): void {
  guarded("import", (p) => {
    const template = HtmlService.createTemplateFromFile("import");
    template.data = jsonForHtml({ locale: p.locale });
    const page = template.evaluate().setWidth(760).setHeight(600);
    SpreadsheetApp.getUi().showModalDialog(page, translator(p.locale)(IMPORT_TITLE));
  });
}

const IMPORT_TITLE = { ru: "Импорт участников из файла CSV", en: "Import participants from a CSV file" };

/** google.script.run from the import dialog: what the file holds and how its columns match ours. */
export function previewImportFile(table: string, csv: string): ImportPreview {
  return previewImport(ports(), table as ImportTable, String(csv));
}

/** google.script.run from the import dialog: append the file's people to the tab. */
export function importParticipants(table: string, csv: string, mapping: (string | null)[]): ImportResult {
  const list = Array.isArray(mapping)
    ? mapping.map((m) => (typeof m === "string" && m !== "" ? m : null))
    : [];
  return importPeople(ports(), table as ImportTable, String(csv), list);
}
