/**
 * The built dist/ runs «Завершить выбранные пары…» as Apps Script runs it: the rows selected on «Пары и группы»
 * open the dialog with those pairs; the dialog's (or the «Ход работы пар» sidebar's) completePairs call goes
 * through the boundary, writes the rows and sends the closing surveys; a selection elsewhere is answered in words.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadBundle } from "../emulator/vmHost";
import { gasWorld, rowsOf } from "../support/gas";
import { confirmedSchool } from "../support/school";

const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");

beforeAll(() => {
  if (!existsSync(join(DIST, "complete.html")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "ignore" });
});

const FORM = {
  endDate: "2027-05-28",
  outcome: "terminated",
  result: "partly",
  note: "",
  mentorReflection: "Мало времени на встречи",
  menteeReflection: "",
  reason: "наставляемый перешёл в другую школу",
};

test("the menu on selected rows opens the dialog; the form's call closes the pairs and sends their surveys", () => {
  const w = gasWorld({ start: Date.UTC(2027, 4, 28, 7, 0) });
  try {
    confirmedSchool(w);
    const host = loadBundle(DIST, w.emu);
    host.open("FULL");
    const sheet = w.ss.getSheetByName("Пары и группы")!;
    w.ss.setActiveSheet(sheet);
    sheet.getRange("A3:C4").activate();
    host.clickMenu("Наставничество", "Завершить выбранные пары…");
    const dialog = w.emu.ui.dialogs.at(-1)!;
    expect(dialog).toMatchObject({ title: "Завершить пару", modal: true });
    const ids = rowsOf(w.ss, "Пары и группы").map((r) => String(r.ID));
    const chosen = [ids[1]!, ids[2]!];
    for (const id of chosen) expect(dialog.content).toContain(id);
    expect(dialog.content).not.toContain(`"${ids[0]}"`);
    // A dialog's google.script.run runs as a sidebar's does (the emulator's kind "sidebar").
    const r = host.callAs("sidebar", "completePairs", chosen, FORM) as { closed: number; message: string };
    expect(r.closed).toBe(2);
    const rows = rowsOf(w.ss, "Пары и группы");
    for (const id of chosen)
      expect(rows.find((x) => x.ID === id)).toMatchObject({
        Статус: "расторгнута",
        Результат: "Цели достигнуты частично. Причина расторжения: наставляемый перешёл в другую школу.",
        Рефлексия: "Наставник: Мало времени на встречи",
      });
    expect(rows.find((x) => x.ID === ids[0])!.Статус).toBe("активна");
    // The closing surveys went through the surveys' own sending (rows on «Анкеты» for these pairs only).
    const surveys = rowsOf(w.ss, "Анкеты").filter((x) => x.ID !== "");
    expect(surveys.length).toBeGreaterThan(0);
    expect(new Set(surveys.map((x) => x["ID пары"]))).toEqual(new Set(chosen));
    // The same call from the sidebar again: nothing new written, no mail twice.
    const mails = w.emu.mail.sent().length;
    const again = host.callAs("sidebar", "completePairs", chosen, FORM) as {
      closed: number;
      already: number;
    };
    expect(again).toMatchObject({ closed: 0, already: 2 });
    expect(w.emu.mail.sent()).toHaveLength(mails);
    // A terminated pair without its reason is refused at the boundary.
    expect(() => host.callAs("sidebar", "completePairs", chosen, { ...FORM, reason: " " })).toThrow(
      "неверные данные (completePairs, argument 2)",
    );
  } finally {
    w.uninstall();
  }
});

test("a selection on another tab is answered in words, and no dialog opens", () => {
  const w = gasWorld();
  try {
    confirmedSchool(w);
    const host = loadBundle(DIST, w.emu);
    host.open("FULL");
    const mentors = w.ss.getSheetByName("Наставники")!;
    w.ss.setActiveSheet(mentors);
    mentors.getRange("A2").activate();
    host.clickMenu("Наставничество", "Завершить выбранные пары…");
    expect(w.emu.ui.dialogs).toHaveLength(0);
    expect(w.emu.ui.alerts.at(-1)?.prompt).toContain("Выделите строки пар на листе «Пары и группы»");
  } finally {
    w.uninstall();
  }
});

test("«Благодарности наставникам» from dist/: a letter for the mentor of each completed pair, listed once", () => {
  const w = gasWorld({ start: Date.UTC(2027, 4, 28, 7, 0) });
  try {
    confirmedSchool(w);
    const host = loadBundle(DIST, w.emu);
    host.open("FULL");
    const ids = rowsOf(w.ss, "Пары и группы").map((r) => String(r.ID));
    host.callAs("sidebar", "completePairs", [ids[0]], { ...FORM, outcome: "completed", reason: "" });
    host.clickMenu("Наставничество", "Благодарности наставникам");
    expect(w.emu.ui.alerts.at(-1)).toMatchObject({ title: "Благодарности наставникам" });
    expect(w.emu.ui.alerts.at(-1)?.prompt).toContain("сделано 1");
    host.clickMenu("Наставничество", "Благодарности наставникам");
    const listed = rowsOf(w.ss, "Документы").filter((r) => r["Вид"] === "благодарность");
    expect(listed).toHaveLength(1);
    expect(String(listed[0]!["Название"])).toMatch(/^Благодарность /);
  } finally {
    w.uninstall();
  }
});
