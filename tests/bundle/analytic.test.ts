/**
 * The built dist/ makes «Аналитическая справка» from the menu, as Apps Script runs it, for the hand-computed school
 * of tests/support/kpiSchool.ts: the same figures as the emulator test of src (tests/gas/analytic.test.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadBundle } from "../emulator/vmHost";
import { rowsOf, setting } from "../support/gas";
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
  expect(reports(w)).toHaveLength(1);
});

/** The reports in Drive (not the built-in template in «Шаблоны»). */
const reports = (w: ReturnType<typeof school>) =>
  w.emu.drive
    .files()
    .filter(
      (f) =>
        !f.trashed &&
        f.name.startsWith("Аналитическая справка") &&
        f.mimeType === "application/vnd.google-apps.document" &&
        !f.name.endsWith("шаблон"),
    );

test("with «Документы: PDF» set to «да», a PDF beside the report, linked in its row", () => {
  const w = school();
  setting(w.ss, "docs.pdf", "да");
  const host = loadBundle(DIST, w.emu);
  host.open("FULL");
  host.clickMenu("Наставничество", "Аналитическая справка");
  expect(JSON.stringify(w.emu.ui.alerts.at(-1) ?? null)).toContain("готова");
  const [row] = rowsOf(w.ss, "Документы").filter((r) => r["ID"] !== "");
  const pdfs = w.emu.drive.files().filter((f) => !f.trashed && f.mimeType === "application/pdf");
  expect(pdfs.map((f) => f.name)).toEqual(["Аналитическая справка 2026-2027 (декабрь).pdf"]);
  expect(row!["PDF"]).toBe(`https://drive.google.com/file/d/${pdfs[0]!.id}/view`);
  // The PDF sits beside the document, in «Аналитические справки».
  const [doc] = reports(w);
  expect(w.emu.drive.pathOf(pdfs[0]!.id)).toEqual(w.emu.drive.pathOf(doc!.id));
});

test("without the setting no PDF is made", () => {
  const w = school();
  const host = loadBundle(DIST, w.emu);
  host.open("FULL");
  host.clickMenu("Наставничество", "Аналитическая справка");
  expect(w.emu.drive.files().filter((f) => f.mimeType === "application/pdf")).toEqual([]);
  expect(rowsOf(w.ss, "Документы").find((r) => r["ID"] !== "")!["PDF"]).toBe("");
});

test("a school's own template, picked for the report: its own words kept, its fields and sections filled", () => {
  const w = school();
  const own = w.emu.drive.userDocument(
    "Справка по наставничеству (наша форма)",
    [
      "Справка о наставничестве в {{организация.наименование}}",
      "Подготовлена к педсовету, {{справка.срез}} {{учебный_год}}.",
      "Раздел А. Наши пары",
      "{{справка.пары}}",
      "Раздел Б. Что решили",
      "{{справка.выводы}}",
      "Куратор: {{куратор.фио_кратко}}",
    ].join("\n"),
  );
  w.emu.drive.grant(own);
  const host = loadBundle(DIST, w.emu);
  host.open("FULL");
  expect(host.call("chooseTemplate", "report", own, "Справка по наставничеству (наша форма)", false)).toEqual(
    {
      ok: { message: expect.stringContaining("«Аналитическая справка» будет делаться по нему") },
    },
  );
  host.clickMenu("Наставничество", "Аналитическая справка");
  expect(JSON.stringify(w.emu.ui.alerts.at(-1) ?? null)).toContain("готова");
  const [row] = rowsOf(w.ss, "Документы").filter((r) => r["ID"] !== "");
  const id = /\/d\/([^/]+)\//.exec(String(row!["Документ"]))![1]!;
  const lines = w
    .run(() => DocumentApp.openById(id).getBody().getText())
    .split("\n")
    .map((l) => l.trim());
  expect(lines[0]).toMatch(/^Справка о наставничестве в \S/);
  expect(lines[0]).not.toContain("{{");
  expect(lines).toContain("Подготовлена к педсовету, декабрь 2026/2027.");
  expect(lines).toContain("Раздел А. Наши пары");
  // The section «справка.пары» is its table, in place of the field's paragraph.
  const a = lines.indexOf("Раздел А. Наши пары");
  expect(lines[a + 1]).toBe("Пары и группы");
  expect(lines).toContain("Раздел Б. Что решили");
  expect(lines.some((l) => l.startsWith("Целевые значения не достигнуты:"))).toBe(true);
  expect(lines.join("\n")).not.toContain("{{");
  // Nothing of the built-in template's sections the school left out.
  expect(lines.join("\n")).not.toContain("Показатели эффективности");
  // The school's template itself is untouched.
  expect(w.run(() => DocumentApp.openById(own).getBody().getText())).toContain("{{справка.пары}}");
});
