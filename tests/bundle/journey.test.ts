/**
 * The built dist/ runs «Ход работы пар» from the menu, as Apps Script runs it: the three columns written, the
 * sidebar opened with the pairs, and the Sheets calls the same with ten more meetings.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadBundle } from "../emulator/vmHost";
import { gasWorld, rowsOf, typeRow } from "../support/gas";
import { confirmedSchool } from "../support/school";

const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");

beforeAll(() => {
  if (!existsSync(join(DIST, "journey.html")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "ignore" });
});

test("«Ход работы пар» from dist/: columns written, the sidebar listing the pairs, calls constant in meetings", () => {
  const w = gasWorld();
  try {
    confirmedSchool(w);
    const [a, b] = rowsOf(w.ss, "Пары и группы").map((r) => String(r.ID)) as [string, string];
    typeRow(w.ss, "Встречи", { "ID пары": a, Дата: "10.12.2026", Этап: "встреча-планирование" });
    w.emu.clock.set(Date.UTC(2027, 0, 10, 7, 0));
    const host = loadBundle(DIST, w.emu);
    host.open("FULL");
    w.emu.calls.reset();
    host.clickMenu("Наставничество", "Ход работы пар");
    const calls = w.emu.calls.total("SpreadsheetApp");
    const byId = new Map(rowsOf(w.ss, "Пары и группы").map((r) => [String(r.ID), r]));
    expect(byId.get(a)).toMatchObject({ "Текущий этап": "встреча-планирование", Встреч: 1 });
    expect(byId.get(b)).toMatchObject({ "Текущий этап": "", Встреч: 0, "Последняя встреча": "" });
    const page = w.emu.ui.sidebars.at(-1)?.content ?? "";
    expect(page).toContain("требует внимания");
    expect(page).toContain("ни одной встречи за 5 нед. с начала (01.12.2026)");
    for (let d = 11; d <= 20; d++)
      typeRow(w.ss, "Встречи", { "ID пары": a, Дата: `${d}.12.2026`, Этап: "совместная работа" });
    w.emu.calls.reset();
    host.clickMenu("Наставничество", "Ход работы пар");
    expect(w.emu.calls.total("SpreadsheetApp")).toBe(calls);
    expect(rowsOf(w.ss, "Пары и группы").find((r) => r.ID === a)).toMatchObject({ Встреч: 11 });
    // The sidebar's «Обновить» goes through the boundary and returns the same view.
    const view = host.callAs("sidebar", "refreshJourneys") as { pairs: { pairId: string; count: number }[] };
    expect(view.pairs.find((p) => p.pairId === a)?.count).toBe(11);
  } finally {
    w.uninstall();
  }
});
