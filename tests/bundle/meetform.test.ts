/**
 * The mentor's meeting journal from the built dist/, as Apps Script runs it: the menu item mails each active pair's
 * mentor a personal link, mentors fill the form on the emulator's Forms, the form's submit trigger brings the
 * meetings onto «Встречи» once; a forged code is flagged; «Ход работы пар» counts the meetings.
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
  if (!existsSync(join(DIST, "surveys.html")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "ignore" });
});

const linkIn = (body: string) =>
  /https:\/\/docs\.google\.com\/forms\/\S+/.exec(body)![0]!.replace(/[).,]+$/, "");
const MENU = "Отправить наставникам ссылки на журнал встреч";

test("from the menu: links to the mentors, meetings through the form onto «Встречи» once, a forged code flagged", () => {
  const w = gasWorld({ start: Date.UTC(2026, 11, 15, 7, 0) });
  try {
    confirmedSchool(w);
    const host = loadBundle(DIST, w.emu);
    expect(host.functions()).toEqual(expect.arrayContaining(["menuMeetingJournal", "onSurveySubmit"]));
    host.open("FULL");
    const alerts = w.emu.ui.alerts.length;
    host.clickMenu("Наставничество", MENU);
    const mails = w.emu.mail.sent();
    expect(mails.length).toBeGreaterThan(3);
    const told = w.emu.ui.alerts.slice(alerts);
    expect(told).toHaveLength(1);
    expect(told[0]!.title).toBe("Журнал встреч наставника");
    expect(told[0]!.prompt).toContain(`отправлено ${mails.length}`);
    // Clicked again: nobody gets a second letter.
    host.clickMenu("Наставничество", MENU);
    expect(w.emu.mail.sent()).toHaveLength(mails.length);

    const links = mails.map((m) => linkIn(m.body));
    const pairOf = (i: number) => /П-\d{4}/.exec(mails[i]!.subject)![0];
    const fill = (link: string, date: string, stage: string, topic: string) =>
      w.emu.forms.submit(link, {
        "Дата встречи": date,
        "Этап работы пары": stage,
        "Тема встречи": topic,
        "Что сделали": "Обсудили",
      });
    fill(links[0]!, "2026-12-03", "встреча-знакомство", "Знакомство");
    fill(links[0]!, "2026-12-10", "встреча-планирование", "План");
    fill(links[1]!, "2026-12-04", "встреча-знакомство", "Знакомство");
    const token = /=([0-9A-Z]{26})\b/.exec(links[2]!)![1]!;
    fill(links[2]!.replace(token, "0123456789ABCDEFGHJKMNPQRS"), "2026-12-05", "пробная встреча", "Подделка");
    const runs = host.runDueTriggers();
    expect(runs.map((r) => [r.functionName, r.ok])).toEqual(Array(4).fill(["onSurveySubmit", true]));
    const meetings = () => rowsOf(w.ss, "Встречи").filter((r) => r["ID пары"] !== "");
    expect(meetings().map((r) => [r["ID пары"], r["Тема"], r["Кто заполнил"]])).toEqual([
      [pairOf(0), "Знакомство", "наставник (форма)"],
      [pairOf(0), "План", "наставник (форма)"],
      [pairOf(1), "Знакомство", "наставник (форма)"],
    ]);
    const flagged = rowsOf(w.ss, "Ответы анкет").filter((r) => r["Статус"] === "неизвестный код");
    expect(flagged).toHaveLength(1);
    // Nothing owed runs again: no meeting twice.
    expect(host.runDueTriggers()).toEqual([]);
    expect(meetings()).toHaveLength(3);

    // «Ход работы пар» counts them like the curator's rows.
    w.emu.clock.set(Date.UTC(2026, 11, 20, 7, 0));
    host.clickMenu("Наставничество", "Ход работы пар");
    const pair = rowsOf(w.ss, "Пары и группы").find((r) => r["ID"] === pairOf(0))!;
    expect(pair).toMatchObject({ "Текущий этап": "встреча-планирование", Встреч: 2 });
  } finally {
    w.uninstall();
  }
});
