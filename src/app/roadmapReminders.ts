import { type L, translator } from "../domain/i18n";
import {
  type Contact,
  type Directory,
  digestMail,
  itemsOnDay,
  notYetSent,
  type PersonDigest,
  recipientsOf,
  remindersOn,
  type SentLog,
  SKIP_REASONS,
  type SkipReason,
  startYearOf,
  withoutSent,
  withSent,
} from "../domain/roadmap";
import type { TableKey } from "../domain/tables";
import type { CheckResult } from "../domain/validate";
import { type MailPort, MailRefused, type Ports, QuotaError, type TriggersPort } from "../ports";
import { itemsOfYear, REMINDERS_LAST_KEY, REMINDERS_ON_KEY, yearBlocks } from "./roadmap";

export { REMINDERS_ON_KEY };

import { baseLocale, checkReads, locked, type Outcome, readTabs } from "./tabs";

/**
 * The roadmap's reminders (docs/architecture.md, «The roadmap»): the curator switches them on or off from the menu;
 * while on, a daily trigger mails each responsible person one digest of their items overdue and due within 7 days.
 * The switch is a document property the trigger obeys (a trigger left behind by a stopped switch removes itself);
 * the sent-log in document properties keeps an item from going to a person twice on one day. A run keeps a time
 * budget as the documents' batch does: stopped before Apps Script's 6 minutes, it leaves the rest to a one-off
 * continuation a minute later, the same day (and a safety net catches a run stopped hard).
 */

export type ReminderPorts = Ports & { readonly mail: MailPort; readonly triggers: TriggersPort };

/** The trigger's handler, a top-level function of the bundle. */
export const ROADMAP_REMINDERS = "roadmapReminders";
/** The one-off continuation of a run that reached its time budget, a top-level function of the bundle. */
export const CONTINUE_REMINDERS = "continueRoadmapReminders";
/** What a run may use of Apps Script's 6 minutes, leaving time to write its summary (as the documents' batch). */
export const REMINDERS_BUDGET_MS = 270_000;
/**
 * Set before the first mail: a run stopped hard (the 6 minutes, a failing call) before it could schedule its
 * continuation is continued by this trigger, after the stopped run is over; the sent-log keeps anyone from a second
 * digest that day.
 */
const SAFETY_NET_MS = 7 * 60_000;
/** The continuation after a run paused by its budget. */
const PAUSE_MS = 60_000;
/** Today's sent-log: { date, sent: { personKey: itemKeys } }. */
export const REMINDERS_LOG_KEY = "mentor-base.roadmap.remindersSent";
/** The hour (the script's time zone) the daily run comes at, about. */
export const REMINDERS_HOUR = 8;

const NEEDED: readonly TableKey[] = ["staff", "mentors", "settings", "roadmap"];

const TEXT = {
  on: {
    ru: "Напоминания по плану работы включены: каждый день около {hour}:00 ответственные получат письмо о просроченных пунктах «Дорожной карты» и о пунктах со сроком в ближайшие 7 дней. Письма уходят только тем, у кого в «Педагогическом коллективе» (или среди наставников) есть e-mail и отмечено согласие; куратору — на адрес с листа «Настройки». Чтобы выключить, выберите этот пункт меню ещё раз.",
    en: "Plan of work reminders are on: every day at about {hour}:00 the people responsible get a mail of the Roadmap items overdue and due within 7 days. Mail goes only to those with an e-mail and a ticked consent on Staff (or among mentors); the curator, to the address on Settings. To switch them off, choose this menu item again.",
  },
  off: {
    ru: "Напоминания по плану работы выключены: писем больше не будет. Чтобы включить, выберите этот пункт меню ещё раз.",
    en: "Plan of work reminders are off: no more mail. To switch them on, choose this menu item again.",
  },
  summary: {
    ru: "Напоминания на {date}: писем отправлено {sent}; уже отправлено сегодня {already}; отложено на завтра (дневной лимит писем) {later}.",
    en: "Reminders for {date}: {sent} mails sent; {already} already sent today; {later} left for tomorrow (the daily mail limit).",
  },
  paused: {
    ru: "Ещё {n} писем уйдут через минуту: время одного запуска Apps Script ограничено, рассылка продолжится сама.",
    en: "{n} more mails go in a minute: an Apps Script run has a time limit, the mailing goes on by itself.",
  },
  skipped: {
    ru: "Не отправлено ({n}): {list}. Добавьте человека на лист «Педагогический коллектив» с e-mail и согласием или напишите в «Ответственных» его ФИО.",
    en: "Not sent ({n}): {list}. Add the person to the Staff tab with an e-mail and consent, or write their full name under Responsible.",
  },
  noYear: {
    ru: "На листе «Настройки» не указан учебный год: напоминания не отправлены.",
    en: "The academic year is missing on Settings: no reminders sent.",
  },
} satisfies Record<string, L>;

export interface ReminderRun {
  readonly sent: number;
  readonly already: number;
  readonly later: number;
  /** Left by the time budget to the continuation a minute later. */
  readonly paused: number;
  /** Labels of «Ответственные» that reached nobody, with why (no personal data: labels as the roadmap has them). */
  readonly skipped: readonly { readonly label: string; readonly why: SkipReason }[];
  readonly message: string;
}

/** The menu's «Напоминания по плану работы: включить/выключить». Returns what it did, for the curator. */
export function switchRoadmapReminders(p: ReminderPorts): Outcome<{ on: boolean; message: string }> {
  return locked<{ on: boolean; message: string }>(p, () => {
    const t = translator(p.locale);
    if (p.properties.get(REMINDERS_ON_KEY) === "on") {
      // The switch first: a stop before the trigger goes leaves a trigger that removes itself on its next run.
      p.properties.set(REMINDERS_ON_KEY, "off");
      p.triggers.cancel(ROADMAP_REMINDERS);
      return { ok: { on: false, message: t(TEXT.off) } };
    }
    // The trigger first: a stop before the switch leaves a trigger that finds the switch off and removes itself.
    p.triggers.daily(ROADMAP_REMINDERS, REMINDERS_HOUR);
    p.properties.set(REMINDERS_ON_KEY, "on");
    return { ok: { on: true, message: t(TEXT.on, { hour: REMINDERS_HOUR }) } };
  });
}

/**
 * The daily trigger's run, and its continuation's: null when the reminders are off (the triggers are removed then).
 * `startedAt` is when the execution began (ms), so the budget counts all of it.
 */
export function sendRoadmapReminders(
  p: ReminderPorts,
  startedAt: number = p.clock.now().getTime(),
): Outcome<ReminderRun> | null {
  if (p.properties.get(REMINDERS_ON_KEY) !== "on") {
    p.triggers.cancel(ROADMAP_REMINDERS);
    p.triggers.cancel(CONTINUE_REMINDERS);
    return null;
  }
  return locked<ReminderRun>(p, () => {
    const tabs = readTabs(p, NEEDED);
    if (typeof tabs === "string") return { error: tabs };
    const offset = p.sheets.offsetMinutes();
    const today = p.clock.format(p.clock.now(), "yyyy-MM-dd");
    const check = checkReads(p, tabs.reads, offset, today);
    const year = String(check.settings["program.year"] ?? "").trim();
    const startYear = startYearOf(year);
    if (startYear === undefined) return { error: translator(p.locale)(TEXT.noYear) };
    const placed = itemsOnDay(
      itemsOfYear(yearBlocks(p), tabs.reads.roadmap!, offset, year),
      startYear,
      today,
    );
    const { digests, skipped } = recipientsOf(remindersOn(placed, today), directoryOf(check));
    const log = readLog(p);
    const owed = notYetSent(digests, log, today);
    if (owed.length > 0) p.triggers.runLater(CONTINUE_REMINDERS, SAFETY_NET_MS);
    const { sent, later, paused } = mailDigests(p, check, owed, log, { today, startedAt });
    // The safety net or a spent continuation goes when nothing is left for today.
    if (paused > 0) p.triggers.runLater(CONTINUE_REMINDERS, PAUSE_MS);
    else p.triggers.cancel(CONTINUE_REMINDERS);
    const already = digests.length - owed.length;
    const run = summaryOf(p, today, { sent, later, paused, already, skipped });
    p.properties.set(REMINDERS_LAST_KEY, run.message);
    return { ok: run };
  });
}

/** The people the reminders may reach: the staff, the mentors and, from «Настройки», the curator and the head. */
export function directoryOf(check: CheckResult): Directory {
  const s = check.settings;
  const str = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());
  const staff: Contact[] = (check.records.staff ?? []).map((r) => ({
    key: str(r.values.id) || `staff-row-${r.row}`,
    name: str(r.values.fullName),
    position: str(r.values.position),
    email: str(r.values.email),
    consent: r.values.consent === true,
    active: str(r.values.leaveDate) === "",
  }));
  const mentors: Contact[] = (check.records.mentors ?? []).map((r) => ({
    key: str(r.values.id) || `mentor-row-${r.row}`,
    name: str(r.values.fullName),
    position: "",
    email: str(r.values.email),
    consent: r.values.consent === true,
    active: true,
  }));
  const headName = str(s["head.name"]).toLowerCase().replace(/ё/g, "е");
  const head = headName ? staff.find((c) => c.name.toLowerCase().replace(/ё/g, "е") === headName) : undefined;
  const curatorEmail = str(s["curator.email"]);
  return {
    staff,
    mentors,
    // The curator typed their own address on «Настройки» and switched the reminders on: that is their consent.
    ...(curatorEmail
      ? {
          curator: {
            key: "curator",
            name: str(s["curator.name"]),
            position: "",
            email: curatorEmail,
            consent: true,
            active: true,
          },
        }
      : {}),
    ...(head ? { head } : {}),
    headPosition: str(s["head.position"]),
  };
}

function readLog(p: Ports): SentLog | null {
  const raw = p.properties.get(REMINDERS_LOG_KEY);
  if (!raw) return null;
  try {
    const log = JSON.parse(raw) as SentLog;
    return typeof log?.date === "string" && log.sent && typeof log.sent === "object" ? log : null;
  } catch {
    return null;
  }
}

/**
 * Each digest within today's quota and the run's time budget: the sent-log records the person's items just before
 * the one MailApp call (a stop after it never mails them again today), and forgets them when the mail did not go
 * (quota, refused). `later` waits for tomorrow (the quota), `paused` for the continuation (the budget).
 */
function mailDigests(
  p: ReminderPorts,
  check: CheckResult,
  owed: readonly PersonDigest[],
  start: SentLog | null,
  run: { today: string; startedAt: number },
): { sent: number; later: number; paused: number } {
  const { today } = run;
  const s = check.settings;
  const params = {
    today,
    orgName: String(s["org.shortName"] ?? "") || String(s["org.name"] ?? ""),
    curatorName: String(s["curator.name"] ?? ""),
    curatorEmail: String(s["curator.email"] ?? ""),
  };
  const locale = baseLocale(p);
  const now = owed.slice(0, Math.max(0, p.mail.remaining()));
  let log = start;
  let sent = 0;
  for (const [i, d] of now.entries()) {
    if (p.clock.now().getTime() - run.startedAt > REMINDERS_BUDGET_MS)
      return { sent, later: owed.length - now.length, paused: now.length - i };
    const mail = digestMail(d, params, locale);
    log = withSent(log, today, d);
    p.properties.set(REMINDERS_LOG_KEY, JSON.stringify(log));
    try {
      p.mail.send({
        to: d.contact.email,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        name: params.curatorName,
        replyTo: params.curatorEmail || undefined,
      });
      sent++;
    } catch (err) {
      if (!(err instanceof QuotaError || err instanceof MailRefused)) throw err;
      log = withoutSent(log, d);
      p.properties.set(REMINDERS_LOG_KEY, JSON.stringify(log));
      if (err instanceof QuotaError) return { sent, later: owed.length - i, paused: 0 };
    }
  }
  return { sent, later: owed.length - now.length, paused: 0 };
}

function summaryOf(
  p: Ports,
  today: string,
  r: { sent: number; later: number; paused: number; already: number; skipped: ReminderRun["skipped"] },
): ReminderRun {
  const t = translator(p.locale);
  const [y, m, d] = today.split("-");
  const lines = [
    t(TEXT.summary, { date: `${d}.${m}.${y}`, sent: r.sent, already: r.already, later: r.later }),
  ];
  if (r.paused > 0) lines.push(t(TEXT.paused, { n: r.paused }));
  if (r.skipped.length > 0) {
    const list = r.skipped.map((x) => `«${x.label}» — ${SKIP_REASONS[x.why][p.locale]}`).join("; ");
    lines.push(t(TEXT.skipped, { n: r.skipped.length, list }));
  }
  return { ...r, message: lines.join(" ") };
}
