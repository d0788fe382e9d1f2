/**
 * onOpen/onInstall and Help as the adapters run them in jest, on the emulator, in every authorization mode and
 * both ways a school gets the add-on (bound script or Marketplace add-on). tests/bundle/addon.test.ts does the
 * same through dist/ in a vm.
 */

import { buildPrivacyPage } from "../../scripts/privacy";
import { menuHelp, onInstall, onOpen, showPrivacy } from "../../src/gas/entrypoints";
import { helpHtml, menuItems } from "../../src/gas/menu";
import type { AuthModeName } from "../emulator";
import { gasWorld } from "../support/gas";

type World = ReturnType<typeof gasWorld>;
let world: World | undefined;
afterEach(() => world?.uninstall());

function open(opts: Parameters<typeof gasWorld>[0], mode: AuthModeName, locale = "ru") {
  world = gasWorld({ user: { email: "smirnova@school7.ru", locale }, ...opts });
  const { emu } = world;
  const AuthMode = emu.globals.ScriptApp.AuthMode;
  emu.calls.reset();
  emu.execution.run(() => onOpen({ authMode: AuthMode[mode] } as GoogleAppsScript.Events.SheetsOnOpen), {
    authMode: mode,
  });
  return emu;
}

const captions = (locale: "ru" | "en") =>
  menuItems(locale).map((i) => (i === "separator" ? { kind: "separator" } : { caption: i.caption }));

describe("onOpen in every mode", () => {
  const cases: [string, Parameters<typeof gasWorld>[0], AuthModeName, string, boolean][] = [
    ["add-on installed, not yet used in the file", { addon: {} }, "NONE", "Наставничество", true],
    ["add-on used in the file before", { addon: { enabled: true } }, "LIMITED", "Наставничество", true],
    [
      "add-on installed by the domain admin",
      { addon: { source: "APPS_MARKETPLACE_DOMAIN_ADD_ON" } },
      "LIMITED",
      "Наставничество",
      true,
    ],
    ["bound script (clasp), simple trigger", {}, "LIMITED", "Наставничество", false],
    ["bound script run by hand", {}, "FULL", "Наставничество", false],
    ["add-on run in FULL", { addon: {} }, "FULL", "Наставничество", true],
  ];
  test.each(cases)(
    "%s (%s): the whole menu, nothing forbidden touched",
    (_name, opts, mode, caption, addon) => {
      const emu = open(opts, mode);
      const menus = emu.ui.menus();
      expect(menus).toHaveLength(1);
      expect(menus[0]).toMatchObject({ caption, addon });
      expect(
        menus[0]!.items.map((i) => (i.kind === "item" ? { caption: i.caption } : { kind: i.kind })),
      ).toEqual(captions("ru"));
      // Only the locale, the menu and (outside NONE) the installation source: no data, no Properties.
      const used = Object.keys(emu.calls.byMethod());
      expect(used.filter((m) => !m.startsWith("Menu."))).toEqual(
        mode === "NONE"
          ? [
              "Session.getActiveUserLocale",
              "SpreadsheetApp.getUi",
              addon ? "Ui.createAddonMenu" : "Ui.createMenu",
            ]
          : [
              "ScriptApp.getInstallationSource",
              "Session.getActiveUserLocale",
              "SpreadsheetApp.getUi",
              addon ? "Ui.createAddonMenu" : "Ui.createMenu",
            ],
      );
      expect(emu.calls.total("PropertiesService")).toBe(0);
    },
  );

  test("an English user gets the English menu; a bound script's menu is called «Mentoring»", () => {
    const emu = open({}, "LIMITED", "en");
    expect(emu.ui.menus()[0]).toMatchObject({ caption: "Mentoring", addon: false });
    expect(emu.ui.menus()[0]!.items[0]).toMatchObject({ caption: "Create / update the base" });
  });

  test("onOpen without an event (run from the editor) still builds the bound menu", () => {
    world = gasWorld();
    const { emu } = world;
    emu.execution.run(() => onOpen());
    expect(emu.ui.menus()[0]).toMatchObject({ caption: "Наставничество", addon: false });
  });

  test("if Google refuses to say how the script was installed, the add-on menu (it works both ways)", () => {
    world = gasWorld();
    const { emu } = world;
    emu.faults.failNth({
      method: "ScriptApp.getInstallationSource",
      n: 1,
      message: "Authorization is required",
    });
    emu.execution.run(() => onOpen({ authMode: emu.globals.ScriptApp.AuthMode.LIMITED } as never), {
      authMode: "LIMITED",
    });
    expect(emu.ui.menus()[0]).toMatchObject({ caption: "Наставничество", addon: true });
  });

  test("onInstall builds the add-on menu in FULL", () => {
    world = gasWorld({ addon: {} });
    const { emu } = world;
    emu.execution.run(() => onInstall({ authMode: emu.globals.ScriptApp.AuthMode.FULL } as never));
    expect(emu.ui.menus()).toEqual([expect.objectContaining({ caption: "Наставничество", addon: true })]);
  });
});

describe("Help", () => {
  test("a dialog with the eleven steps and a button that opens the privacy policy", () => {
    world = gasWorld();
    const { emu } = world;
    emu.execution.run(() => menuHelp());
    const dialog = emu.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe("Наставничество: с чего начать");
    expect(dialog.content).toContain("10. «Рассчитать показатели»");
    expect(dialog.content).toContain("11. «Ход работы пар»");
    expect(dialog.content).toContain("12. «План работы»");
    // One paragraph a step, numbered 1 to 12 in order.
    const numbers = [...dialog.content.matchAll(/<p>(\d+)\. /g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    // The same steps in English.
    const en = helpHtml("en");
    expect(en).toContain("11. “Pairs&#39; progress”");
    expect([...en.matchAll(/<p>(\d+)\. /g)].map((m) => Number(m[1]))).toEqual(numbers);
    expect(dialog.content).toMatch(
      /<button type="button" id="privacy">Политика конфиденциальности и условия использования<\/button>/,
    );
    expect(dialog.content).toContain(".showPrivacy()");
    // Nothing outside the add-on: the policy is its own page.
    expect(dialog.content).not.toMatch(/https?:\/\//);
    expect(emu.ui.alerts).toHaveLength(0);
  });

  test("showPrivacy opens the policy built from docs/privacy.md, in place of Help", () => {
    world = gasWorld({ htmlFiles: { privacy: buildPrivacyPage() } });
    const { emu } = world;
    emu.execution.run(() => showPrivacy());
    const dialog = emu.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe("Политика конфиденциальности и условия использования");
    expect(dialog.content).toContain("<h1>Надстройка «Наставничество»: политика конфиденциальности");
    expect(dialog.content).toContain("152-ФЗ");
    expect(dialog.content).toMatch(/<table>/);
  });
});
