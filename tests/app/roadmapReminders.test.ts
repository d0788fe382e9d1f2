import { initBase } from "../../src/app/initBase";
import { openRoadmap } from "../../src/app/roadmap";
import {
  REMINDERS_ON_KEY,
  type ReminderPorts,
  ROADMAP_REMINDERS,
  sendRoadmapReminders,
  switchRoadmapReminders,
} from "../../src/app/roadmapReminders";
import { type MailMessage, QuotaError } from "../../src/ports";
import { MemoryClock, memoryPorts } from "../support/memory";

/**
 * The reminders' use case on in-memory ports: the switch and its trigger, the mail port failing half-way (the
 * quota, a stop at the call), and the same-day rule across runs.
 */

/** A clock that formats yyyy-MM-dd in Moscow time, as the reminders ask. */
class DayClock extends MemoryClock {
  override format(date: Date, pattern?: string): string {
    if (pattern !== "yyyy-MM-dd") return super.format(date);
    return new Date(date.getTime() + 180 * 60_000).toISOString().slice(0, 10);
  }
}

class FakeMail {
  readonly sent: { day: string; to: string; subject: string; text: string }[] = [];
  /** Sends before the next throws; Infinity: never. */
  failAfter = Number.POSITIVE_INFINITY;
  failWith: () => Error = () => new QuotaError("Service invoked too many times for one day: email.");
  quota = 100;
  constructor(private readonly clock: DayClock) {}
  remaining(): number {
    return this.quota;
  }
  send(m: MailMessage): void {
    if (this.failAfter <= 0) throw this.failWith();
    this.failAfter--;
    this.sent.push({
      day: this.clock.format(this.clock.now(), "yyyy-MM-dd"),
      to: m.to,
      subject: m.subject,
      text: m.text,
    });
  }
}

class FakeTriggers {
  readonly installed = new Set<string>();
  runLater(): void {}
  monthly(): void {}
  daily(fn: string): void {
    this.installed.add(fn);
  }
  cancel(fn: string): void {
    this.installed.delete(fn);
  }
}

function school() {
  const m = memoryPorts();
  const clock = new DayClock();
  const mail = new FakeMail(clock);
  const triggers = new FakeTriggers();
  const ports: ReminderPorts = { ...m.ports, clock, mail, triggers };
  initBase(ports);
  const settings = m.sheets.tabs.get("settings")!;
  const set = (key: string, value: string) => {
    const row = settings.grid.findIndex((r) => r[settings.columns.key! - 1] === key);
    settings.grid[row]![settings.columns.value! - 1] = value;
  };
  set("program.year", "2026/2027");
  set("curator.name", "Смирнова Ольга Петровна");
  set("curator.email", "curator@school7.example");
  set("head.name", "Соколов Игорь Павлович");
  const person = (id: string, fullName: string, position: string, email: string, consent: boolean) =>
    m.sheets.type("staff", {
      id,
      fullName,
      position,
      email,
      consent,
      consentDate: consent ? "2026-09-01" : "",
    });
  person("СТ-0001", "Соколов Игорь Павлович", "директор", "head@school7.example", true);
  person("СТ-0002", "Ильина Мария Олеговна", "заместитель директора по УВР", "deputy@school7.example", true);
  const opened = openRoadmap(ports);
  if ("error" in opened) throw new Error(opened.error);
  const on = switchRoadmapReminders(ports);
  if ("error" in on) throw new Error(on.error);
  return { m, ports, clock, mail, triggers };
}

const run = (s: ReturnType<typeof school>) => {
  const r = sendRoadmapReminders(s.ports);
  if (r === null || "error" in r) throw new Error("no run");
  return r.ok;
};
const DAY = 86_400_000;

/** No person got the same item twice on one day (the items as the digest lists them). */
function nothingTwice(mail: FakeMail): void {
  const seen = new Set<string>();
  for (const m of mail.sent)
    for (const line of m.text.split("\n").filter((l) => l.startsWith("— "))) {
      const key = `${m.day}|${m.to}|${line}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
}

describe("the roadmap's reminders, use case", () => {
  test("the switch: the trigger and the property together; a trigger left on with the switch off removes itself", () => {
    const s = school();
    expect([...s.triggers.installed]).toEqual([ROADMAP_REMINDERS]);
    expect(s.m.properties.get(REMINDERS_ON_KEY)).toBe("on");
    // A stop between the property and the trigger's removal: the trigger's next run finds the switch off.
    s.m.properties.set(REMINDERS_ON_KEY, "off");
    expect(sendRoadmapReminders(s.ports)).toBeNull();
    expect([...s.triggers.installed]).toEqual([]);
    expect(s.mail.sent).toEqual([]);
  });

  test("three people (the head, the deputy, the curator), one digest each, once a day", () => {
    const s = school();
    const first = run(s);
    expect(first).toMatchObject({ sent: 3, already: 0, later: 0 });
    expect(s.mail.sent.map((m) => m.to).sort()).toEqual(
      ["curator@school7.example", "deputy@school7.example", "head@school7.example"].sort(),
    );
    expect(run(s)).toMatchObject({ sent: 0, already: 3 });
    s.clock.time += DAY;
    expect(run(s)).toMatchObject({ sent: 3, already: 0 });
    nothingTwice(s.mail);
  });

  test("the quota hit half-way (the count said more): the rest the next day, nothing twice", () => {
    const s = school();
    s.mail.failAfter = 1;
    const first = run(s);
    expect(first).toMatchObject({ sent: 1, later: 2 });
    expect(first.message).toMatch(/отложено на завтра \(дневной лимит писем\) 2/);
    // Later the same day, the quota still spent: nothing goes, nothing is counted as sent.
    expect(run(s)).toMatchObject({ sent: 0, already: 1, later: 2 });
    s.clock.time += DAY;
    s.mail.failAfter = Number.POSITIVE_INFINITY;
    expect(run(s)).toMatchObject({ sent: 3, later: 0 });
    const byDay = (d: string) => s.mail.sent.filter((m) => m.day === d).map((m) => m.to);
    expect(byDay("2026-11-25")).toHaveLength(1);
    expect(byDay("2026-11-26")).toHaveLength(3);
    nothingTwice(s.mail);
  });

  test("a run stopped at a mail (the reply lost): that person is not mailed again that day; the others are", () => {
    const s = school();
    s.mail.failAfter = 1;
    s.mail.failWith = () => new Error("Exception: the execution was stopped");
    expect(() => sendRoadmapReminders(s.ports)).toThrow("stopped");
    s.mail.failAfter = Number.POSITIVE_INFINITY;
    const again = run(s);
    // The first went, the second is in doubt (counted, never sent twice), the third goes now.
    expect(again).toMatchObject({ sent: 1, already: 2 });
    expect(s.mail.sent).toHaveLength(2);
    nothingTwice(s.mail);
  });
});
