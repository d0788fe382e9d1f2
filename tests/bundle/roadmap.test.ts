/**
 * «План работы» from the built dist/, as Apps Script runs it: the menu makes «Дорожная карта» and opens the
 * sidebar with the view; the sidebar's calls (roadmapOverview, markRoadmapDone) are top-level functions that check
 * their arguments and write one row.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadBundle } from "../emulator/vmHost";
import { rowsOf } from "../support/gas";
import { kpiSchoolPerTest } from "../support/kpiSchool";

const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");

beforeAll(() => {
  if (!existsSync(join(DIST, "roadmap.html")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "ignore" });
});

const school = kpiSchoolPerTest();

test("the menu item makes the tab, fills it for the year and opens the sidebar with the same items", () => {
  const w = school();
  const host = loadBundle(DIST, w.emu);
  expect(host.functions()).toEqual(
    expect.arrayContaining(["menuRoadmap", "roadmapOverview", "markRoadmapDone"]),
  );
  host.open("FULL");
  const alerts = w.emu.ui.alerts.length;
  host.clickMenu("Наставничество", "План работы");
  expect(w.emu.ui.alerts.slice(alerts)).toEqual([]);
  const rows = rowsOf(w.ss, "Дорожная карта");
  expect(rows.length).toBeGreaterThan(10);
  expect(rows[0]).toMatchObject({ ID: "ДК-0001", Срок: "до 15.09.2026" });
  const sidebar = w.emu.ui.sidebars.at(-1)!;
  expect(sidebar.title).toBe("План работы");
  // The page carries the view as data: every item's id, the year, today.
  for (const r of rows) expect(sidebar.content).toContain(String(r.ID));
  expect(sidebar.content).toContain('"year":"2026/2027"');
  expect(sidebar.content).toContain('"today":"2026-11-25"');
});

test("the sidebar's calls: the overview adds nothing; «Выполнено» writes that row alone; bad calls are refused", () => {
  const w = school();
  const host = loadBundle(DIST, w.emu);
  host.open("FULL");
  host.clickMenu("Наставничество", "План работы");
  const before = rowsOf(w.ss, "Дорожная карта");
  const view = host.call("roadmapOverview") as { items: { id: string; number: string; row: number }[] };
  expect(view.items.length).toBe(before.length);
  expect(rowsOf(w.ss, "Дорожная карта")).toEqual(before);
  const target = view.items.find((i) => i.number === "2.1")!;
  const after = host.call("markRoadmapDone", target.id, "2026-11-20", "https://school7.example/news/12") as {
    items: { id: string; state: string }[];
    messages: string[];
  };
  expect(after.items.find((i) => i.id === target.id)!.state).toBe("done");
  expect(after.messages).toEqual(["Пункт 2.1 отмечен выполненным 20.11.2026."]);
  const rows = rowsOf(w.ss, "Дорожная карта");
  rows.forEach((r, k) => {
    if (k === target.row - 2)
      expect(r).toMatchObject({ Статус: "выполнено", Подтверждение: "https://school7.example/news/12" });
    else expect(r).toEqual(before[k]);
  });
  const refused =
    (...args: unknown[]) =>
    () =>
      host.call("markRoadmapDone", ...args);
  expect(refused("НС-0001", "2026-11-20", "")).toThrow("неверные данные (markRoadmapDone, argument 1)");
  expect(refused(target.id, "20.11.2026", "")).toThrow("неверные данные (markRoadmapDone, argument 2)");
  expect(refused(target.id, "2026-02-30", "")).toThrow("argument 2");
  expect(refused(target.id, "2126-01-01", "")).toThrow("argument 2");
  expect(refused(target.id, "2026-11-20", "javascript:alert(1)")).toThrow("argument 3");
  expect(refused(target.id, "2026-11-20", `https://a.example/${"x".repeat(2_000)}`)).toThrow("argument 3");
  expect(rowsOf(w.ss, "Дорожная карта")).toEqual(rows);
  // An item deleted meanwhile: the curator's words, nothing written.
  expect(refused("ДК-9999", "2026-11-20", "")).toThrow(/Пункт ДК-9999 не найден на листе «Дорожная карта»/);
});

test("the reminders from dist/: the menu switches them on, the daily trigger mails the curator; the new year's menu item", () => {
  const w = school();
  const host = loadBundle(DIST, w.emu);
  expect(host.functions()).toEqual(
    expect.arrayContaining([
      "menuRoadmapReminders",
      "roadmapReminders",
      "continueRoadmapReminders",
      "menuRoadmapNewYear",
    ]),
  );
  host.open("FULL");
  host.clickMenu("Наставничество", "План работы");
  const sheet = w.ss.getSheetByName("Настройки")!;
  const keys = sheet
    .getRange(1, 1, sheet.getLastRow(), 1)
    .getValues()
    .map((r) => String(r[0]));
  const valueCol = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.indexOf("Значение") + 1;
  sheet.getRange(keys.indexOf("curator.email") + 1, valueCol).setValue("curator@school7.example");
  const alerts = w.emu.ui.alerts.length;
  host.clickMenu("Наставничество", "Напоминания по плану работы: включить/выключить");
  expect(w.emu.ui.alerts.slice(alerts).map((a) => a.prompt)).toEqual([
    expect.stringMatching(/^Напоминания по плану работы включены/),
  ]);
  expect(w.emu.triggers.list().map((t) => t.handlerFunction)).toContain("roadmapReminders");
  w.emu.clock.advance(86_400_000);
  const runs = host.runDueTriggers();
  expect(runs.map((r) => [r.functionName, r.ok])).toContainEqual(["roadmapReminders", true]);
  expect(w.emu.mail.sent().map((m) => m.to[0])).toEqual(["curator@school7.example"]);
  // The year on «Настройки» is still the roadmap's: the new year's item says what to do, and adds nothing.
  const rows = rowsOf(w.ss, "Дорожная карта");
  host.clickMenu("Наставничество", "Новый учебный год: дорожная карта");
  expect(w.emu.ui.alerts.at(-1)!.prompt).toMatch(/^Дорожная карта уже составлена на 2026\/2027/);
  expect(rowsOf(w.ss, "Дорожная карта")).toEqual(rows);
});
