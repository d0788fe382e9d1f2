/**
 * What each authorization mode lets a script touch, and how Google refuses the rest.
 *
 * Our reading of Google's "Editor add-on authorization" guide (the table of authorization modes) and of the
 * simple-trigger restrictions; see docs/emulator.md («Authorization modes») for the sources:
 * - NONE (onOpen of an add-on the user installed but has not used in this file): the user's locale, menus
 *   (Ui.createMenu/createAddonMenu and Menu), Utilities and the logs. Nothing else: no spreadsheet, no
 *   Properties, no Lock, Cache or HtmlService.
 * - LIMITED (onOpen of a bound script, or of an add-on enabled in this file): the current file and services that
 *   need no authorization of their own (Properties, Lock, Cache, Utilities, HtmlService, Session without the
 *   e-mail), menus only for UI; no other file, Drive, Docs, Forms, mail or triggers.
 * - FULL: everything the manifest's scopes allow.
 * Google's message for a forbidden call: "You do not have permission to call <Class.method>. Required
 * permissions: <scope>".
 */
import { type AuthModeName, gasError, type ServiceName } from "./core";

const SHEETS =
  "(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)";

/** The scope Google names for a call outside the mode; undefined when the service has no scope of its own. */
function scopeOf(service: ServiceName | string, label: string): string | undefined {
  const [cls, method] = label.split(".");
  if (cls === "Ui") return "https://www.googleapis.com/auth/script.container.ui";
  if (
    cls === "SpreadsheetApp" &&
    (method === "openById" || method === "openByUrl" || method === "open" || method === "create")
  )
    return "https://www.googleapis.com/auth/spreadsheets";
  switch (service) {
    case "SpreadsheetApp":
      return SHEETS;
    case "DriveApp":
      return "https://www.googleapis.com/auth/drive";
    case "DocumentApp":
      return "https://www.googleapis.com/auth/documents";
    case "FormApp":
      return "https://www.googleapis.com/auth/forms";
    case "MailApp":
      return "https://www.googleapis.com/auth/script.send_mail";
    case "ScriptApp":
      return "https://www.googleapis.com/auth/script.scriptapp";
    default:
      return undefined;
  }
}

/** Ui methods allowed before full authorization: building menus only. */
const MENU_ONLY = new Set(["Ui.createMenu", "Ui.createAddonMenu"]);

function allowedInNone(service: ServiceName, label: string): boolean {
  if (service === "Utilities") return true;
  if (label === "Session.getActiveUserLocale") return true;
  if (label === "SpreadsheetApp.getUi" || MENU_ONLY.has(label) || label.startsWith("Menu.")) return true;
  return false;
}

/** Services that reach no user data beyond the current file, as LIMITED allows. */
const LIMITED_SERVICES = new Set<ServiceName>([
  "SpreadsheetApp",
  "PropertiesService",
  "CacheService",
  "LockService",
  "Session",
  "Utilities",
  "HtmlService",
]);

function allowedInLimited(service: ServiceName, label: string): boolean {
  const [cls, method] = label.split(".");
  if (cls === "Ui") return MENU_ONLY.has(label);
  if (cls === "SpreadsheetApp" && scopeOf(service, label) !== SHEETS) return false; // another spreadsheet
  if (service === "ScriptApp")
    return cls === "ScriptApp" && (method === "getInstallationSource" || method === "getScriptId");
  return LIMITED_SERVICES.has(service);
}

/** Throws Google's error when `mode` forbids the call `label` ("Class.method") of `service`. */
export function guardAuthMode(mode: AuthModeName, service: ServiceName, label: string): void {
  if (mode === "FULL") return;
  const allowed = mode === "NONE" ? allowedInNone(service, label) : allowedInLimited(service, label);
  if (allowed) return;
  const scope = scopeOf(service, label);
  throw gasError(
    `You do not have permission to call ${label}.${scope === undefined ? "" : ` Required permissions: ${scope}`}`,
  );
}

/** Session.getActiveUser().getEmail() is blank wherever the script runs without the user's authorization. */
export function emailVisible(mode: AuthModeName): boolean {
  return mode === "FULL";
}
