/**
 * The built dist/ makes «Аналитическая справка» from the menu, as Apps Script runs it, for the hand-computed school
 * of tests/support/kpiSchool.ts: the same figures as the emulator test of src (tests/gas/analytic.test.ts).
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
  if (!existsSync(join(DIST, "Code.js")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "ignore" });
});

const school = kpiSchoolPerTest();

test("«Аналитическая справка» from dist/: the menu item, the document with the figures, its row, its link", () => {
  const w = school();
  const host = loadBundle(DIST, w.emu);
  expect(host.functions()).toContain("menuAnalyticReport");
  host.open("FULL");
  expect(JSON.stringify(w.emu.ui.menus())).toContain("Аналитическая справка");
  host.clickMenu("Наставничество", "Аналитическая справка");
  const alert = JSON.stringify(w.emu.ui.alerts.at(-1) ?? null);
  expect(alert).toContain("Аналитическая справка за 2026/2027 декабрь готова");
  const [row] = rowsOf(w.ss, "Документы").filter((r) => r["ID"] !== "");
  expect(row).toMatchObject({ Вид: "аналитическая справка", "Пара / утверждение": "2026/2027 декабрь" });
  const id = /\/d\/([^/]+)\//.exec(String(row!["Документ"]))![1]!;
  expect(alert).toContain(id);
  const text = w.run(() => DocumentApp.openById(id).getBody().getText());
  // kpiSchool: mentees' satisfaction 1 of 4 (25 %) against 75 %; answered 2 of 4.
  expect(text).toContain(
    "Наставляемые: ответили 2 из 4 (50 %); удовлетворены (оценка не ниже 7) — 1 из 4 (25 %), среди ответивших — 50 %.",
  );
  expect(text).toContain("Молодые специалисты вне программ наставничества: Громова Е. В., Лебедев А. С.");
  // Chosen again: the same report named, nothing new made.
  host.clickMenu("Наставничество", "Аналитическая справка");
  expect(JSON.stringify(w.emu.ui.alerts.at(-1))).toContain("уже есть");
  expect(
    w.emu.drive.files().filter((f) => !f.trashed && f.name.startsWith("Аналитическая справка")),
  ).toHaveLength(1);
});
