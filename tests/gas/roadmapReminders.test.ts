import { openRoadmap } from "../../src/app/roadmap";
import {
  CONTINUE_REMINDERS,
  REMINDERS_LOG_KEY,
  ROADMAP_REMINDERS,
  sendRoadmapReminders,
  switchRoadmapReminders,
} from "../../src/app/roadmapReminders";
import { allPorts, runPendingTriggers } from "../support/cuts";
import { type gasWorld, ok } from "../support/gas";
import { kpiSchool } from "../support/kpiSchool";
import { CURATOR_EMAIL, HEAD_EMAIL, remindersSchool, TEACHER_EMAIL } from "../support/roadmapSchool";

/**
 * The roadmap's reminders on the emulator: the switch installs (and removes) a daily trigger; each run mails each
 * responsible person with an address and consent one digest; nothing twice on one day; the quota's rest next day.
 */
const DAY = 86_400_000;
let worlds: ReturnType<typeof gasWorld>[] = [];
afterEach(() => {
  for (const w of worlds) w.uninstall();
  worlds = [];
});

function school(emulator: Parameters<typeof gasWorld>[0] = {}) {
  const w = kpiSchool(emulator);
  worlds.push(w);
  remindersSchool(w);
  return w;
}

const mailsTo = (w: ReturnType<typeof gasWorld>, to: string) =>
  w.emu.mail.sent().filter((m) => m.to.includes(to));

describe("«Напоминания по плану работы»", () => {
  test("the switch installs one daily trigger, and removes it", () => {
    const w = school();
    const daily = w.emu.triggers.list().filter((t) => t.handlerFunction === ROADMAP_REMINDERS);
    expect(daily).toHaveLength(1);
    expect(daily[0]).toMatchObject({ eventType: "CLOCK" });
    const off = ok(w.run(() => switchRoadmapReminders(allPorts(w))));
    expect(off).toMatchObject({ on: false });
    expect(off.message).toMatch(/^Напоминания по плану работы выключены/);
    expect(w.emu.triggers.list().filter((t) => t.handlerFunction === ROADMAP_REMINDERS)).toEqual([]);
    expect(runPendingTriggers(w, 2 * DAY)).toEqual([]);
    expect(w.emu.mail.sent()).toEqual([]);
  });

  test("the next morning: one digest per person with an address and consent; the others named in the summary", () => {
    const w = school();
    expect(runPendingTriggers(w, DAY)).toEqual([]);
    const mails = w.emu.mail.sent();
    expect(mails.map((m) => m.to[0]).sort()).toEqual([CURATOR_EMAIL, HEAD_EMAIL, TEACHER_EMAIL].sort());
    const teacher = mailsTo(w, TEACHER_EMAIL)[0]!;
    expect(teacher.subject).toMatch(/^План работы по наставничеству: просрочено \d+, скоро срок \d+$/);
    expect(teacher.body).toMatch(/^Здравствуйте, Лаврова Анна Сергеевна!/);
    expect(teacher.htmlBody).toContain("<li>2.1 ");
    expect(teacher.body).not.toMatch(/\n— 1\.1 /);
    // The deputy has no consent, «наставники» is a group, «Неизвестный Н.Н.» is nobody: a run now says so.
    const again = ok(w.run(() => sendRoadmapReminders(allPorts(w))));
    expect(again.sent).toBe(0);
    expect(again.already).toBe(3);
    expect(again.message).toMatch(/«заместитель директора по УВР» — нет согласия на обработку ПДн/);
    expect(again.message).toMatch(/«наставники» — это группа, а не человек/);
    expect(again.message).toMatch(/«Неизвестный Н\.Н\.» — нет в «Педагогическом коллективе»/);
    expect(w.emu.mail.sent()).toHaveLength(3);
    // «План работы» shows the last run's summary while the reminders are on.
    const view = ok(w.run(() => openRoadmap(w.ports())));
    expect(view.messages.at(-1)).toBe(again.message);
    // The next day's run mails again (the items are still overdue); the log is today's only.
    expect(runPendingTriggers(w, DAY)).toEqual([]);
    expect(w.emu.mail.sent()).toHaveLength(6);
    const log = w.run(() => PropertiesService.getDocumentProperties().getProperty(REMINDERS_LOG_KEY));
    expect(JSON.parse(log!)).toMatchObject({ date: "2026-11-27", sent: { curator: expect.any(Array) } });
  });

  test("the quota: one mail left today goes; the rest the next day; nobody twice a day", () => {
    const w = school();
    // The run's morning: all but one of today's mails spent elsewhere.
    w.emu.clock.set(Date.UTC(2026, 10, 26, 4, 0));
    const spend = w.emu.mail.remaining() - 1;
    w.run(() => {
      for (let i = 0; i < spend; i++) MailApp.sendEmail("other@school7.example", "x", "x");
    });
    w.emu.mail.clear();
    expect(runPendingTriggers(w, DAY / 2)).toEqual([]);
    expect(w.emu.mail.sent().map((m) => m.to[0])).toEqual([HEAD_EMAIL]);
    const first = ok(w.run(() => sendRoadmapReminders(allPorts(w))));
    expect(first).toMatchObject({ sent: 0, already: 1, later: 2 });
    expect(first.message).toMatch(/отложено на завтра \(дневной лимит писем\) 2/);
    w.emu.mail.clear();
    expect(runPendingTriggers(w, DAY)).toEqual([]);
    expect(
      w.emu.mail
        .sent()
        .map((m) => m.to[0])
        .sort(),
    ).toEqual([CURATOR_EMAIL, HEAD_EMAIL, TEACHER_EMAIL].sort());
  });

  test("a run that reaches its time budget half-way: the continuation mails the rest the same day, each person once", () => {
    // A slow MailApp: 150 s a mail, so the 4.5-minute budget ends after two digests of three.
    const w = school({ callCostMs: { MailApp: 150_000 } });
    const continuations = () =>
      w.emu.triggers.list().filter((t) => t.handlerFunction === CONTINUE_REMINDERS && !t.fired);
    const morning = w.emu.triggers.list().find((t) => t.handlerFunction === ROADMAP_REMINDERS)!.nextRunAt!;
    w.emu.clock.set(morning);
    const runs = w.emu.triggers.runDue({ [ROADMAP_REMINDERS]: () => ok(sendRoadmapReminders(allPorts(w))!) });
    expect(runs.map((r) => r.ok)).toEqual([true]);
    const first = w.emu.mail.sent().map((m) => m.to[0]);
    expect(first).toHaveLength(2);
    // One continuation, a minute after the run, not the safety net seven minutes later.
    const next = continuations();
    expect(next).toHaveLength(1);
    expect(next[0]!.nextRunAt! - w.emu.clock.now()).toBeLessThanOrEqual(60_000);
    const day = (ms: number) => new Date(ms + 3 * 3_600_000).toISOString().slice(0, 10);
    expect(day(next[0]!.nextRunAt!)).toBe(day(morning));
    expect(runPendingTriggers(w, DAY / 4)).toEqual([]);
    const mails = w.emu.mail.sent().map((m) => m.to[0]!);
    expect(mails.sort()).toEqual([CURATOR_EMAIL, HEAD_EMAIL, TEACHER_EMAIL].sort());
    // All done: no continuation left, and a run later that day mails nobody again.
    expect(continuations()).toEqual([]);
    const again = ok(w.run(() => sendRoadmapReminders(allPorts(w))));
    expect(again).toMatchObject({ sent: 0, already: 3, paused: 0 });
    expect(w.emu.mail.sent()).toHaveLength(3);
  });
});
