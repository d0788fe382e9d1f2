/**
 * Authorization modes: what onOpen may touch in AuthMode.NONE and LIMITED, with Google's messages, and the
 * authorization dialog of a click by a user who has not granted the scopes. docs/emulator.md «Authorization modes».
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AuthModeName, createEmulator } from "./index";
import { loadBundle } from "./vmHost";

type Emu = ReturnType<typeof createEmulator>;

/** Runs `fn` with the emulator's services in one execution of the given mode; returns its error message. */
function attempt(emu: Emu, authMode: AuthModeName, fn: (g: Emu["globals"]) => unknown): string {
  try {
    emu.execution.run(() => fn(emu.globals), { authMode });
    return "ok";
  } catch (error) {
    return String(error);
  }
}

const SHEETS_SCOPES =
  "(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)";

describe("AuthMode.NONE: locale and menus only", () => {
  test("the user's locale, Utilities and a menu are allowed", () => {
    const emu = createEmulator();
    expect(
      attempt(emu, "NONE", (g) => {
        const locale = g.Session.getActiveUserLocale();
        g.Utilities.formatString("%s", locale);
        g.SpreadsheetApp.getUi().createAddonMenu().addItem("Начать", "start").addSeparator().addToUi();
        g.SpreadsheetApp.getUi().createMenu("Своё").addItem("x", "x").addToUi();
      }),
    ).toBe("ok");
    expect(emu.ui.menus().map((m) => [m.caption, m.addon])).toEqual([
      ["Наставничество", true],
      ["Своё", false],
    ]);
  });

  test("no spreadsheet data, no Properties, no Lock, Cache or HtmlService, no other service", () => {
    const emu = createEmulator();
    const denied: [string, (g: Emu["globals"]) => unknown][] = [
      [
        `Exception: You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: ${SHEETS_SCOPES}`,
        (g) => g.SpreadsheetApp.getActiveSpreadsheet(),
      ],
      [
        `Exception: You do not have permission to call SpreadsheetApp.getActive. Required permissions: ${SHEETS_SCOPES}`,
        (g) => g.SpreadsheetApp.getActive(),
      ],
      [
        "Exception: You do not have permission to call PropertiesService.getDocumentProperties.",
        (g) => g.PropertiesService.getDocumentProperties(),
      ],
      [
        "Exception: You do not have permission to call PropertiesService.getUserProperties.",
        (g) => g.PropertiesService.getUserProperties(),
      ],
      [
        "Exception: You do not have permission to call LockService.getDocumentLock.",
        (g) => g.LockService.getDocumentLock(),
      ],
      [
        "Exception: You do not have permission to call CacheService.getDocumentCache.",
        (g) => g.CacheService.getDocumentCache(),
      ],
      [
        "Exception: You do not have permission to call HtmlService.createHtmlOutput.",
        (g) => g.HtmlService.createHtmlOutput("<p>x</p>"),
      ],
      [
        "Exception: You do not have permission to call Ui.alert. Required permissions: https://www.googleapis.com/auth/script.container.ui",
        (g) => g.SpreadsheetApp.getUi().alert("x"),
      ],
      [
        "Exception: You do not have permission to call ScriptApp.getInstallationSource. Required permissions: https://www.googleapis.com/auth/script.scriptapp",
        (g) => g.ScriptApp.getInstallationSource(),
      ],
      [
        "Exception: You do not have permission to call Session.getActiveUser.",
        (g) => g.Session.getActiveUser(),
      ],
      [
        "Exception: You do not have permission to call DriveApp.getRootFolder. Required permissions: https://www.googleapis.com/auth/drive",
        (g) => g.DriveApp.getRootFolder(),
      ],
    ];
    for (const [message, fn] of denied) expect(attempt(emu, "NONE", fn)).toBe(message);
  });

  test("a refused call has no effect and is still counted; the enums stay readable", () => {
    const emu = createEmulator();
    emu.execution.run(() => emu.globals.PropertiesService.getDocumentProperties().setProperty("k", "v"));
    emu.calls.reset();
    expect(attempt(emu, "NONE", (g) => g.PropertiesService.getDocumentProperties())).toContain(
      "do not have permission",
    );
    expect(emu.calls.byMethod()).toEqual({ "PropertiesService.getDocumentProperties": 1 });
    expect(emu.execution.elapsedMs()).toBe(0);
    expect(attempt(emu, "NONE", (g) => g.ScriptApp.AuthMode.NONE.toString())).toBe("ok");
    // The same calls in FULL (the default) work.
    expect(
      emu.execution.run(() => emu.globals.PropertiesService.getDocumentProperties().getProperty("k")),
    ).toBe("v");
  });
});

describe("AuthMode.LIMITED: the current file, Properties, no other file and no dialogs", () => {
  test("reads and writes the bound spreadsheet and its properties", () => {
    const emu = createEmulator();
    expect(
      attempt(emu, "LIMITED", (g) => {
        g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!.getRange("A1").setValue("привет");
        g.PropertiesService.getDocumentProperties().setProperty("opened", "1");
        g.LockService.getDocumentLock().tryLock(10);
        g.CacheService.getDocumentCache()?.put("k", "v");
        g.HtmlService.createHtmlOutput("<p>x</p>");
        g.ScriptApp.getInstallationSource();
      }),
    ).toBe("ok");
    expect(emu.activeSpreadsheet.getSheets()[0]!.getRange("A1").getValue()).toBe("привет");
  });

  test("the user's e-mail is blank without their authorization", () => {
    const emu = createEmulator({ user: { email: "smirnova@school7.ru" } });
    const email = (mode: AuthModeName) =>
      emu.execution.run(() => emu.globals.Session.getActiveUser().getEmail(), { authMode: mode });
    expect(email("LIMITED")).toBe("");
    expect(email("FULL")).toBe("smirnova@school7.ru");
  });

  test("dialogs, other files, Drive, Docs, Forms, mail and triggers are refused with their scope", () => {
    const emu = createEmulator();
    const other = emu.createSpreadsheet("Другая");
    const denied: [string, (g: Emu["globals"]) => unknown][] = [
      [
        "Exception: You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui",
        (g) => g.SpreadsheetApp.getUi().showSidebar(g.HtmlService.createHtmlOutput("x")),
      ],
      [
        "Exception: You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets",
        (g) => g.SpreadsheetApp.openById(other.getId()),
      ],
      [
        "Exception: You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents",
        (g) => g.DocumentApp.create("Соглашение"),
      ],
      [
        "Exception: You do not have permission to call FormApp.create. Required permissions: https://www.googleapis.com/auth/forms",
        (g) => g.FormApp.create("Анкета"),
      ],
      [
        "Exception: You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: https://www.googleapis.com/auth/script.send_mail",
        (g) => g.MailApp.getRemainingDailyQuota(),
      ],
      [
        "Exception: You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp",
        (g) => g.ScriptApp.getProjectTriggers(),
      ],
    ];
    for (const [message, fn] of denied) expect(attempt(emu, "LIMITED", fn)).toBe(message);
  });
});

describe("bound script or add-on", () => {
  test("getInstallationSource: NONE bound, the Marketplace source for an add-on", () => {
    const source = (emu: Emu) =>
      String(emu.execution.run(() => emu.globals.ScriptApp.getInstallationSource()));
    expect(source(createEmulator())).toBe("NONE");
    expect(source(createEmulator({ addon: {} }))).toBe("WEB_STORE_ADD_ON");
    expect(source(createEmulator({ addon: { source: "APPS_MARKETPLACE_DOMAIN_ADD_ON" } }))).toBe(
      "APPS_MARKETPLACE_DOMAIN_ADD_ON",
    );
  });

  test("onOpen's mode: LIMITED for a bound script, NONE for an add-on until it is used in the file", () => {
    expect(createEmulator().auth.openMode()).toBe("LIMITED");
    expect(createEmulator({ addon: { enabled: true } }).auth.openMode()).toBe("LIMITED");
    const emu = createEmulator({ addon: {} });
    expect(emu.auth.openMode()).toBe("NONE");
    expect(emu.auth.enabledHere()).toBe(false);
  });
});

describe("vmHost: opening, installing and clicking as Google does", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "emu-auth-"));
    writeFileSync(
      join(dir, "Code.js"),
      `function onOpen(e) {
        const ui = SpreadsheetApp.getUi();
        (e.authMode === ScriptApp.AuthMode.NONE ? ui.createAddonMenu() : ui.createMenu("Меню"))
          .addItem("Пуск", "start").addToUi();
        return String(e.authMode) + (e.source ? " source" : "");
      }
      function onInstall(e) { return onOpen(e); }
      function start() { return PropertiesService.getDocumentProperties().getKeys().length; }`,
    );
    writeFileSync(
      join(dir, "appsscript.json"),
      JSON.stringify({ oauthScopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly"] }),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("open() runs onOpen in the mode the file is in, with the event object of that mode", () => {
    const bound = createEmulator();
    expect(loadBundle(dir, bound).open()).toBe("LIMITED source");
    const addon = createEmulator({ addon: {} });
    const host = loadBundle(dir, addon);
    expect(host.open()).toBe("NONE");
    expect(addon.ui.menus()[0]).toMatchObject({ caption: "Наставничество", addon: true });
    expect(host.open("FULL")).toBe("FULL source");
  });

  test("a click by a user who has not authorised: Google's dialog first; deny runs nothing, allow runs in FULL", () => {
    const emu = createEmulator({ addon: {}, authorized: false });
    const host = loadBundle(dir, emu);
    host.open();
    expect(() => host.clickMenu("Наставничество", "Пуск")).toThrow(/queueConsent/);
    emu.auth.queueConsent("deny");
    expect(host.clickMenu("Наставничество", "Пуск")).toBeUndefined();
    expect(emu.auth.authorized()).toBe(false);
    expect(emu.auth.enabledHere()).toBe(false);
    expect(emu.calls.total("PropertiesService")).toBe(0);
    // google.script.run from a page cannot get round the dialog.
    expect(() => host.call("start")).toThrow("Authorization is required to perform that action.");

    emu.auth.queueConsent("allow");
    expect(host.clickMenu("Наставничество", "Пуск")).toBe(0);
    expect(emu.auth.prompts()).toEqual([
      {
        functionName: "start",
        scopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly"],
        answer: "deny",
      },
      {
        functionName: "start",
        scopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly"],
        answer: "allow",
      },
    ]);
    // Used once in the file, the add-on is enabled there: the next opening is LIMITED, and no dialog again.
    expect(emu.auth.enabledHere()).toBe(true);
    expect(host.open()).toBe("LIMITED source");
    expect(host.clickMenu("Меню", "Пуск")).toBe(0);
    expect(emu.auth.prompts()).toHaveLength(2);
  });

  test("install() runs onInstall in FULL, grants the scopes and enables the add-on", () => {
    const emu = createEmulator({ addon: {}, authorized: false });
    const host = loadBundle(dir, emu);
    expect(host.install()).toBe("FULL");
    expect(emu.auth.authorized()).toBe(true);
    expect(emu.auth.openMode()).toBe("LIMITED");
    expect(() => loadBundle(dir, createEmulator()).install()).toThrow(/only for an add-on/);
  });
});
