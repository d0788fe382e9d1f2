/**
 * Helpers the contract suites share (not part of the kit's API): a scratch sheet removed afterwards, and trashing
 * what a contract made when the advanced Drive service is there. Apps Script globals only: bundled for Apps Script.
 */

/** A unique enough suffix for names a contract makes (several runs may share a spreadsheet). */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Utilities.getUuid().slice(0, 8)}`;
}

/** Runs fn on a new sheet of the active spreadsheet and deletes the sheet afterwards, whatever happens. */
export function withSheet<T>(fn: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => T): T {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet(uniqueName("contract"));
  try {
    return fn(sheet);
  } finally {
    ss.deleteSheet(sheet);
  }
}

/**
 * Trashes a file the contract created (a Doc, a Form) through the advanced Drive service (v3) when the project
 * has it: under drive.file a script may trash what it created, and DriveApp is not available. Without the
 * service the file stays in the account's Drive root: docs/live-tests.md says how to clear it by hand.
 */
export function trashIfPossible(fileId: string | null | undefined): void {
  if (!fileId || typeof Drive === "undefined" || !Drive?.Files) return;
  try {
    Drive.Files.update({ trashed: true }, fileId);
  } catch (_e) {
    // Cleanup never decides a check: a file left over is cleared by hand (docs/live-tests.md).
  }
}

/** Deletes the project triggers whose handler is handler (what a contract made), keeping every other trigger. */
export function deleteTriggersOf(handler: string): void {
  for (const t of ScriptApp.getProjectTriggers()) {
    if (t.getHandlerFunction() === handler) ScriptApp.deleteTrigger(t);
  }
}

/** The function the contracts' triggers name; the live bundle defines it as a top-level function doing nothing. */
export const TRIGGER_HANDLER = "contractTriggerNoop";
