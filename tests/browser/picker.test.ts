import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildPage } from "../../scripts/html";
import { createEmulator } from "../emulator";
import { loadBundle } from "../emulator/vmHost";
import { settingCell } from "../support/gas";
import { expectAccessible } from "./a11y";
import { closeBrowser, type OpenedPage, openPage, served, until } from "./harness";

/**
 * The «Свой шаблон документа» dialog in Chromium. The harness refuses every external request, so Google's
 * loader and Picker are a fake put on the page before its scripts (`gapi`, `google.picker`): it records how the
 * Picker was built and answers as Google's does, with the Doc the "curator" picks.
 */

let built = "";
const opened: OpenedPage[] = [];

beforeAll(async () => {
  built = await buildPage("src/ui/picker");
});

afterEach(async () => {
  const pages = opened.splice(0);
  for (const o of pages) await o.close();
  for (const o of pages) expect(o.errors).toEqual([]);
});

afterAll(() => closeBrowser());

const KINDS = [
  { kind: "agreement", label: "Соглашение", current: "" },
  { kind: "order", label: "Приказ", current: "" },
  { kind: "plan", label: "Программа пары", current: "https://docs.google.com/document/d/1old/edit" },
];
const READY = {
  locale: "ru",
  kinds: KINDS,
  kind: "agreement",
  appId: "123456789012",
  apiKey: "AIza-test-key",
  token: "ya29.test-token",
  missing: [],
};

/** A fake of Google's loader and Picker: `window.__picker` records the builder's calls; `__answer` picks. */
const FAKE_PICKER = `
window.__picker = { calls: [], visible: false, callback: null };
window.__answer = function (data) { window.__picker.callback(data); };
window.gapi = { load: function (name, options) { window.__picker.calls.push(["load", name]); setTimeout(options.callback, 0); } };
window.google = window.google || {};
(function () {
  var rec = window.__picker;
  function Builder() {}
  ["addView","setOAuthToken","setDeveloperKey","setAppId","setOrigin","setLocale","setSize","setTitle"].forEach(function (m) {
    Builder.prototype[m] = function () { rec.calls.push([m].concat([].slice.call(arguments).map(function (a) { return typeof a === "object" ? a.__view : a; }))); return this; };
  });
  Builder.prototype.setCallback = function (cb) { rec.callback = cb; return this; };
  Builder.prototype.build = function () { return { setVisible: function (v) { rec.visible = v; } }; };
  function DocsView(id) { this.__view = "DocsView:" + id; }
  DocsView.prototype.setMimeTypes = function (m) { this.__view += ":" + m; return this; };
  window.google.picker = {
    ViewId: { DOCUMENTS: "docs" },
    Action: { PICKED: "picked", CANCEL: "cancel" },
    Response: { ACTION: "action", DOCUMENTS: "docs" },
    Document: { ID: "id", NAME: "name" },
    DocsView: DocsView,
    PickerBuilder: Builder
  };
})();
`;

async function open(data: unknown, handler: (name: string, args: unknown[]) => unknown, fake = true) {
  const o = await openPage(served(built, data), handler, {
    functions: ["chooseTemplate"],
    viewport: { width: 640, height: 520 },
    ...(fake ? { initScript: FAKE_PICKER } : {}),
  });
  opened.push(o);
  return o;
}

type PickerRecord = { calls: unknown[][]; visible: boolean };
const record = (o: OpenedPage) =>
  o.page.evaluate(() => (window as unknown as { __picker: PickerRecord }).__picker);

test("set up: the Picker opens on Google Docs with the project number, key and token; the pick is recorded", async () => {
  const o = await open(READY, (name, args) => {
    expect(name).toBe("chooseTemplate");
    expect(args).toEqual(["agreement", "1pickedDocXXXXXXXXXX", "Соглашение школы", false]);
    return {
      ok: { message: "Шаблон «Соглашение школы» записан в строку «Документы: свой шаблон соглашения»." },
    };
  });
  await expectAccessible(o.page, "picker: set up, before a pick");
  await o.page.getByRole("button", { name: "Выбрать Google Документ…" }).click();
  await o.page.waitForFunction(() => (window as unknown as { __picker: PickerRecord }).__picker.visible);
  const rec = await record(o);
  expect(rec.calls).toEqual(
    expect.arrayContaining([
      ["load", "picker"],
      ["addView", "DocsView:docs:application/vnd.google-apps.document"],
      ["setOAuthToken", "ya29.test-token"],
      ["setDeveloperKey", "AIza-test-key"],
      ["setAppId", "123456789012"],
      ["setOrigin", new URL(o.page.url()).origin],
    ]),
  );
  // The loader on the page was used: nothing was fetched from apis.google.com.
  expect(o.blocked).toEqual([]);
  await o.page.evaluate(() =>
    (window as unknown as { __answer: (d: unknown) => void }).__answer({
      action: "picked",
      docs: [{ id: "1pickedDocXXXXXXXXXX", name: "Соглашение школы" }],
    }),
  );
  await until(() => o.calls.length === 1, "the server call");
  await o.page.getByRole("status").getByText("записан в строку").waitFor();
  await o.page.getByRole("button", { name: "Готово" }).click();
  expect(o.host.map((h) => h.name)).toEqual(["close"]);
});

test("a value that stands there is replaced only when the curator says so", async () => {
  const asked: unknown[][] = [];
  const o = await open({ ...READY, kind: "plan" }, (_name, args) => {
    asked.push(args);
    return args[3] === true
      ? { ok: { message: "Записан. Прежнее значение было: «https://docs.google.com/document/d/1old/edit»." } }
      : { confirm: "В строке уже указано: «https://docs.google.com/document/d/1old/edit». Заменить?" };
  });
  await o.page.getByText("сейчас: https://docs.google.com/document/d/1old/edit").waitFor();
  await o.page.getByRole("button", { name: "Выбрать Google Документ…" }).click();
  await o.page.waitForFunction(() => (window as unknown as { __picker: PickerRecord }).__picker.visible);
  await o.page.evaluate(() =>
    (window as unknown as { __answer: (d: unknown) => void }).__answer({
      action: "picked",
      docs: [{ id: "1newDocXXXXXXXXXXXXX", name: "Программа" }],
    }),
  );
  await o.page.getByText("Заменить?").waitFor();
  await expectAccessible(o.page, "picker: asked to replace a value");
  await o.page.getByRole("button", { name: "Заменить", exact: true }).click();
  await o.page.getByRole("status").getByText("Прежнее значение было").waitFor();
  expect(asked.map((a) => a[3])).toEqual([false, true]);
  expect(asked[0]?.[0]).toBe("plan");
});

test("an error from the server is shown as it is, in the alert; a cancelled Picker changes nothing", async () => {
  const o = await open(READY, () => ({ error: "Надстройка не может открыть выбранный документ." }));
  const pick = o.page.getByRole("button", { name: "Выбрать Google Документ…" });
  await pick.click();
  await o.page.waitForFunction(() => (window as unknown as { __picker: PickerRecord }).__picker.visible);
  await o.page.evaluate(() =>
    (window as unknown as { __answer: (d: unknown) => void }).__answer({ action: "cancel" }),
  );
  await o.page.getByRole("status").getByText("Документ не выбран").waitFor();
  expect(o.calls).toEqual([]);
  await pick.click();
  await o.page.evaluate(() =>
    (window as unknown as { __answer: (d: unknown) => void }).__answer({
      action: "picked",
      docs: [{ id: "1pickedDocXXXXXXXXXX", name: "x" }],
    }),
  );
  await o.page.getByRole("alert").getByText("Надстройка не может открыть выбранный документ.").waitFor();
  await expectAccessible(o.page, "picker: an error in the alert");
});

test("not set up: the dialog names the missing rows, explains the steps and leaves the built-in templates", async () => {
  const o = await open(
    {
      ...READY,
      appId: "",
      apiKey: "",
      token: "",
      missing: ["Выбор шаблона: номер проекта Google Cloud", "Выбор шаблона: ключ API"],
    },
    () => {
      throw new Error("no server call expected");
    },
  );
  await o.page.getByText("Окно выбора Google ещё не настроено").waitFor();
  await o.page.getByText("«Выбор шаблона: номер проекта Google Cloud», «Выбор шаблона: ключ API»").waitFor();
  expect(await o.page.getByRole("button", { name: "Выбрать Google Документ…" }).isVisible()).toBe(false);
  await o.page.getByText("встроенным шаблонам").waitFor();
  await expectAccessible(o.page, "picker: not set up");
  await o.page.getByRole("button", { name: "Закрыть (остаются встроенные шаблоны)" }).click();
  expect(o.host.map((h) => h.name)).toEqual(["close"]);
  expect(await record(o)).toMatchObject({ calls: [], visible: false });
});

test("without a loader on the page it asks apis.google.com for it, and says so when that fails", async () => {
  const o = await open(READY, () => null, false);
  await o.page.getByRole("button", { name: "Выбрать Google Документ…" }).click();
  await o.page.getByRole("alert").getByText("Не удалось загрузить окно выбора Google").waitFor();
  expect(o.blocked).toEqual(["https://apis.google.com/js/api.js"]);
  expect(await o.page.getByRole("button", { name: "Выбрать Google Документ…" }).isEnabled()).toBe(true);
});

describe("end to end: dist/ in the emulator, the dialog its HtmlService served, a fake Picker", () => {
  const ROOT = join(__dirname, "../..");
  const DIST = join(ROOT, "dist");
  beforeAll(() => {
    if (!existsSync(join(DIST, "picker.html")))
      execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "ignore" });
  });

  test("«Свой шаблон документа…»: the picked Doc (granted by the Picker) is recorded on «Настройки»", async () => {
    const emu = createEmulator({ user: { email: "smirnova@school7.ru", locale: "ru" } });
    const host = loadBundle(DIST, emu);
    const ss = emu.activeSpreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    host.call("onOpen", { authMode: "FULL" });
    host.clickMenu("Наставничество", "Создать / обновить базу");
    const cell = (key: string) => settingCell(ss, key);
    cell("picker.appId").setValue("123456789012");
    cell("picker.apiKey").setValue("AIza-test-key");
    const id = emu.drive.userDocument(
      "Соглашение школы",
      "Соглашение\n{{наставник.фио}} и {{наставляемый.фио}}",
    );

    host.clickMenu("Наставничество", "Свой шаблон документа…");
    const dialog = emu.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe("Свой шаблон документа");
    const o = await openPage(dialog.content, (name, args) => host.callAs("sidebar", name, ...args), {
      viewport: { width: 640, height: 520 },
      initScript: FAKE_PICKER,
    });
    opened.push(o);
    await o.page.getByRole("radio", { name: /Соглашение/ }).check();
    await o.page.getByRole("button", { name: "Выбрать Google Документ…" }).click();
    await o.page.waitForFunction(() => (window as unknown as { __picker: PickerRecord }).__picker.visible);
    expect((await record(o)).calls).toContainEqual(["setOAuthToken", "emulator-oauth-token"]);
    // What the Picker does on a pick: the file is granted to the app, then the page is told.
    emu.drive.grant(id);
    await o.page.evaluate(
      (docId) =>
        (window as unknown as { __answer: (d: unknown) => void }).__answer({
          action: "picked",
          docs: [{ id: docId, name: "Соглашение школы" }],
        }),
      id,
    );
    await o.page.getByRole("status").getByText("записан в строку").waitFor();
    expect(cell("docs.template.agreement").getValue()).toBe(`https://docs.google.com/document/d/${id}/edit`);
    expect(o.blocked).toEqual([]);
  });
});
