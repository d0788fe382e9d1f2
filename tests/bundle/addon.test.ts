/**
 * dist/ as an editor add-on and as a bound script, in a vm with the emulator's globals: onOpen in every
 * authorization mode (the emulator refuses what each mode forbids), onInstall, a first click by a user who has
 * not authorised the add-on, and the Help dialog's privacy link.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type AuthModeName, createEmulator } from "../emulator";
import { loadBundle } from "../emulator/vmHost";

const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");

beforeAll(() => {
  if (!existsSync(join(DIST, "Code.js")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "ignore" });
});

type Options = NonNullable<Parameters<typeof createEmulator>[0]>;

function school(opts: Options = {}) {
  const emu = createEmulator({ user: { email: "smirnova@school7.ru", locale: "ru" }, ...opts });
  const host = loadBundle(DIST, emu);
  return { emu, host };
}

const ITEMS = [
  "Создать / обновить базу",
  "Проверить базу",
  "Импорт участников из CSV…",
  "Добавить выбранных в наставники",
  "Добавить выбранных в наставляемые",
  "Подобрать пары",
  "Сформировать документы",
  "Свой шаблон документа…",
  "Поля шаблонов документов",
  "Анкеты…",
  "Отправить наставникам ссылки на журнал встреч",
  "Рассчитать показатели",
  "Ход работы пар",
  "Завершить выбранные пары…",
  "Благодарности наставникам",
  "Портфолио наставников",
  "Аналитическая справка",
  "План работы",
  "Напоминания по плану работы: включить/выключить",
  "Новый учебный год: дорожная карта",
  "Справка",
];

describe("onOpen from dist/ in every authorization mode", () => {
  const cases: [string, Options, AuthModeName, boolean][] = [
    ["add-on not yet used in this file", { addon: {} }, "NONE", true],
    ["add-on enabled in this file", { addon: { enabled: true } }, "LIMITED", true],
    ["add-on, FULL", { addon: {} }, "FULL", true],
    ["bound script (clasp)", {}, "LIMITED", false],
    ["bound script, FULL", {}, "FULL", false],
  ];
  test.each(cases)(
    "%s (%s): the menu, and nothing but the locale and the menu read",
    (_n, opts, mode, addon) => {
      const { emu, host } = school(opts);
      host.open(mode);
      const [menu, ...others] = emu.ui.menus();
      expect(others).toEqual([]);
      expect(menu).toMatchObject({ caption: "Наставничество", addon });
      expect(menu!.items.flatMap((i) => (i.kind === "item" ? [i.caption] : []))).toEqual(ITEMS);
      expect(emu.calls.total("PropertiesService")).toBe(0);
      expect(Object.keys(emu.calls.byMethod()).filter((m) => m.startsWith("Spreadsheet."))).toEqual([]);
    },
  );

  test("the default opening: NONE for an add-on not used in the file, LIMITED for a bound script", () => {
    const addon = school({ addon: {} });
    addon.host.open();
    expect(addon.emu.ui.menus()[0]?.addon).toBe(true);
    const bound = school();
    bound.host.open();
    expect(bound.emu.ui.menus()[0]?.addon).toBe(false);
  });

  test("onInstall (the user installs it from the Marketplace while in the file) builds the add-on menu", () => {
    const { emu, host } = school({ addon: {}, authorized: false });
    host.install();
    expect(emu.ui.menus()).toEqual([expect.objectContaining({ caption: "Наставничество", addon: true })]);
    expect(emu.auth.authorized()).toBe(true);
  });
});

describe("the first click by a user who has not authorised the add-on", () => {
  test("Google asks for the manifest's scopes; on «Разрешить» the action runs in FULL and creates the base", () => {
    const { emu, host } = school({ addon: {}, authorized: false });
    host.open();
    emu.auth.queueConsent("allow");
    host.clickMenu("Наставничество", "Создать / обновить базу");
    const manifest = JSON.parse(readFileSync(join(DIST, "appsscript.json"), "utf8")) as {
      oauthScopes: string[];
    };
    expect(emu.auth.prompts()).toEqual([
      { functionName: "menuInitBase", scopes: manifest.oauthScopes, answer: "allow" },
    ]);
    expect(emu.ui.alerts.at(-1)?.prompt).toContain("Созданы листы: «Наставники»");
    expect(emu.activeSpreadsheet.getSheetByName("Наставники")).not.toBeNull();
    // Used in the file now: the next opening is LIMITED and the menu is the add-on's still.
    emu.ui.reset();
    host.open();
    expect(emu.auth.openMode()).toBe("LIMITED");
    expect(emu.ui.menus()[0]).toMatchObject({ caption: "Наставничество", addon: true });
  });

  test("on «Отмена» nothing runs and nothing is written", () => {
    const { emu, host } = school({ addon: {}, authorized: false });
    host.open();
    const before = JSON.stringify(emu.snapshot());
    emu.auth.queueConsent("deny");
    expect(host.clickMenu("Наставничество", "Создать / обновить базу")).toBeUndefined();
    expect(JSON.stringify(emu.snapshot())).toBe(before);
    expect(emu.ui.alerts).toHaveLength(0);
    expect(emu.auth.openMode()).toBe("NONE");
  });
});

describe("Help", () => {
  test("shows a dialog whose button opens the privacy policy, built into dist/", () => {
    const { emu, host } = school({ addon: { enabled: true } });
    host.open();
    host.clickMenu("Наставничество", "Справка");
    const dialog = emu.ui.dialogs.at(-1);
    expect(dialog?.title).toBe("Наставничество: с чего начать");
    expect(dialog?.content).toContain("Политика конфиденциальности и условия использования</button>");
    expect(dialog?.content).toContain("Разработчики надстройки ничего не получают");
    host.callAs("sidebar", "showPrivacy");
    const policy = emu.ui.dialogs.at(-1);
    expect(policy?.title).toBe("Политика конфиденциальности и условия использования");
    expect(policy?.content).toContain("несовершеннолетних");
  });
});
