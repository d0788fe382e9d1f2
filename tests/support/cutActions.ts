/**
 * The actions cutAtEveryCall knows, each on a small school brought to the stage where the curator runs it: used by
 * tests/gas/cuts.test.ts (a sample) and `npm run soak` (every call). To add an action: a stage that prepares its
 * world, and the action as the entry point runs it (returning its outcome).
 */
import { makeAnalyticReport } from "../../src/app/analyticReport";
import { checkBase } from "../../src/app/checkBase";
import { completePairs } from "../../src/app/completion";
import { generateDocuments } from "../../src/app/documents";
import { enrolStaff } from "../../src/app/enrolStaff";
import { initBase } from "../../src/app/initBase";
import { pairJourneys } from "../../src/app/journey";
import { AUTO_SNAPSHOT, computeIndicators, takeSnapshot } from "../../src/app/kpi";
import { confirmPairs } from "../../src/app/pairs";
import { markRoadmapDone, openRoadmap } from "../../src/app/roadmap";
import { newRoadmapYear } from "../../src/app/roadmapNewYear";
import { sendRoadmapReminders } from "../../src/app/roadmapReminders";
import {
  collectResponses,
  markMailArrived,
  resendSurvey,
  rowKeyOf,
  sendSurveys,
} from "../../src/app/surveys";
import { enumIndex, SURVEY_KINDS, type SurveyKind } from "../../src/domain/enums";
import { GasTriggers } from "../../src/gas/documents";
import {
  allPorts,
  type CutOptions,
  cutAtEveryCall,
  formatFailure,
  runPendingTriggers,
  type World,
} from "./cuts";
import { ok, rowsOf, setting, typeRow } from "./gas";
import { oldBaseWithTicks } from "./oldBase";
import { remindersSchool } from "./roadmapSchool";
import { acceptEveryPair, CONFIRM_FROM, confirmedSchool, typedSchool } from "./school";

/** 15.12.2026, 10:00 in Moscow: pairs confirmed from 01.12.2026 are running, surveys may go out. */
export const SMALL_SCHOOL_START = Date.UTC(2026, 11, 15, 7, 0);

/** The small school checked and every proposed pair accepted, not yet confirmed. */
function acceptedSchool(w: World): void {
  typedSchool(w);
  acceptEveryPair(w);
}

/** Confirmed, and the mentees' satisfaction survey sent. */
export function surveyedSchool(w: World): void {
  confirmedSchool(w);
  ok(w.run(() => sendSurveys(allPorts(w), "satisfaction_mentee", { type: "all" }, "send")));
}

/** Surveyed, and two mentees answered through their links (their submit runs not yet run). */
export function answeredSchool(w: World): void {
  surveyedSchool(w);
  const links = w.emu.mail
    .sent()
    .map((m) => /https:\/\/docs\.google\.com\/forms\/\S+/.exec(m.body)?.[0]?.replace(/[).,]+$/, ""))
    .filter((l): l is string => l !== undefined);
  const form = w.emu.forms.list()[0]!;
  for (const link of links.slice(0, 2)) {
    const answers: Record<string, unknown> = {};
    for (const item of form.items) {
      if (item.title.startsWith("Код анкеты")) continue; // the token the link filled in
      if (item.type === "SCALE") answers[item.title] = 8;
      else if (item.type === "PARAGRAPH_TEXT" || item.type === "TEXT") answers[item.title] = "Всё хорошо";
      else if (item.type === "CHECKBOX") answers[item.title] = [item.choices[0]];
      else if (item.choices.length > 0) answers[item.title] = item.choices[0];
    }
    w.emu.forms.submit(link, answers);
  }
  // The submissions' own trigger runs are left owed: the action below collects them, as the sidebar's button does.
  w.emu.triggers.pendingFormSubmits();
}

const DAY = 86_400_000;

/** Confirmed, the meeting journal's links sent, and two mentors logged a meeting each (their submit runs owed). */
export function journalledSchool(w: World): void {
  confirmedSchool(w);
  ok(w.run(() => sendSurveys(allPorts(w), "meeting_journal", { type: "all" }, "send")));
  const links = w.emu.mail
    .sent()
    .map((m) => /https:\/\/docs\.google\.com\/forms\/\S+/.exec(m.body)?.[0]?.replace(/[).,]+$/, ""))
    .filter((l): l is string => l !== undefined);
  links.slice(0, 2).forEach((link, i) => {
    w.emu.forms.submit(link, {
      "Дата встречи": `2026-12-0${i + 3}`,
      "Этап работы пары": "встреча-знакомство",
      "Тема встречи": "Знакомство",
      "Что сделали": "Обсудили цели",
    });
  });
  w.emu.triggers.pendingFormSubmits();
}

/**
 * The curator after a send or reminder that stopped: the action again, then each person «Анкеты» shows in doubt
 * («не известно, ушло ли письмо») is asked, as the row's note says. A mail that arrived is marked so («Письмо
 * дошло»); one that did not is sent again («Отправить ещё раз»). `before`: the mails each person had before the
 * action (0 for the invitation, 1 for a reminder). At most one person may be in doubt: the window is one mail.
 */
function curatorSettlesDoubts(kind: SurveyKind, before: number, action: (w: World) => unknown) {
  return (w: World) => {
    w.run(() => action(w));
    const owed = runPendingTriggers(w, 4 * DAY);
    if (owed.length > 0) throw new Error(`trigger runs failed: ${owed.join("; ")}`);
    const doubts = rowsOf(w.ss, "Анкеты").filter((r) => r["Статус"] === "не известно, ушло ли письмо");
    if (doubts.length > 1) throw new Error(`${doubts.length} people in doubt: the window is one mail`);
    const mailOf = new Map(
      [...rowsOf(w.ss, "Наставляемые"), ...rowsOf(w.ss, "Наставники")].map((r) => [
        r["ID"],
        String(r["E-mail"]),
      ]),
    );
    for (const row of doubts) {
      const personId = String(row["ID участника"]);
      // The meeting journal's rows are per pair: the sidebar names the row by person and pair.
      const pairId = String(row["ID пары"]);
      const key = rowKeyOf(kind, personId, pairId);
      const to = mailOf.get(personId) ?? "";
      const got = w.emu.mail
        .sent()
        .filter(
          (m) => m.to.includes(to) && (kind !== "meeting_journal" || m.subject.includes(pairId)),
        ).length;
      const settle = got > before ? markMailArrived : resendSurvey;
      // Today's mails may be used up (the quota): the curator clicks again tomorrow.
      if (ok(w.run(() => settle(allPorts(w), kind, key))).later > 0) {
        w.emu.clock.advance(DAY);
        ok(w.run(() => settle(allPorts(w), kind, key)));
      }
    }
    const failed = runPendingTriggers(w);
    if (failed.length > 0) throw new Error(`trigger runs failed: ${failed.join("; ")}`);
  };
}

/**
 * The curator's re-run after sends of several surveys: each send again, the triggers of the next days, then each
 * row left in doubt settled by the sidebar — marked arrived when a mail with its link code is out, sent again if not.
 */
function curatorSettlesDoubtsOfEach(sends: readonly ((w: World) => unknown)[]) {
  return (w: World) => {
    for (const send of sends) w.run(() => send(w));
    const owed = runPendingTriggers(w, 10 * DAY);
    if (owed.length > 0) throw new Error(`trigger runs failed: ${owed.join("; ")}`);
    const kinds = enumIndex(SURVEY_KINDS);
    const doubts = rowsOf(w.ss, "Анкеты").filter((r) => r["Статус"] === "не известно, ушло ли письмо");
    if (doubts.length > 1) throw new Error(`${doubts.length} people in doubt: the window is one mail`);
    for (const row of doubts) {
      const kind = kinds.parse(String(row["Анкета"]))!;
      const key = rowKeyOf(kind, String(row["ID участника"]), String(row["ID пары"]));
      const token = String(row["Код ссылки"]);
      const got = w.emu.mail.sent().some((m) => token !== "" && m.body.includes(token));
      const settle = got ? markMailArrived : resendSurvey;
      if (ok(w.run(() => settle(allPorts(w), kind, key))).later > 0) {
        w.emu.clock.advance(DAY);
        ok(w.run(() => settle(allPorts(w), kind, key)));
      }
    }
    const failed = runPendingTriggers(w);
    if (failed.length > 0) throw new Error(`trigger runs failed: ${failed.join("; ")}`);
  };
}

/**
 * «Завершить пару» on the first two pairs, as the dialog sends it: the rows, then three surveys. A re-run after a
 * stop, then each person «Анкеты» shows in doubt settled as the row's note says: by the mail with the row's own
 * link code (a person gets several closing surveys, so the mails are told apart by their link).
 */
const completeFirstTwo = (w: World) => {
  const ids = rowsOf(w.ss, "Пары и группы")
    .slice(0, 2)
    .map((r) => String(r["ID"]));
  return completePairs(allPorts(w), ids, {
    endDate: "2026-12-14",
    outcome: "completed",
    result: "achieved",
    note: "Открытый урок дан",
    mentorReflection: "Работали ровно",
    menteeReflection: "Было полезно",
    reason: "",
  });
};

function completionDoubtsSettled(w: World): void {
  ok(w.run(() => completeFirstTwo(w)));
  const kinds = enumIndex(SURVEY_KINDS);
  const doubts = rowsOf(w.ss, "Анкеты").filter((r) => r["Статус"] === "не известно, ушло ли письмо");
  if (doubts.length > 1) throw new Error(`${doubts.length} people in doubt: the window is one mail`);
  for (const row of doubts) {
    const kind = kinds.parse(String(row["Анкета"]))!;
    const token = String(row["Код ссылки"]);
    const got = w.emu.mail.sent().some((m) => token !== "" && m.body.includes(token));
    const settle = got ? markMailArrived : resendSurvey;
    ok(w.run(() => settle(allPorts(w), kind, String(row["ID участника"]))));
  }
}

/** A cut action: what cutAtEveryCall needs but the sample. */
export type CutAction = Pick<
  CutOptions,
  "name" | "prepare" | "action" | "rerun" | "world" | "normalise" | "withTriggers" | "settle"
> & {
  /** Already made to survive a stop at any call (tested in `npm test`); the others run in `npm run soak` only. */
  survives: boolean;
};

const world = { start: SMALL_SCHOOL_START };

/**
 * The small school checked, with three members of staff on the register (one of them a mentee typed in before,
 * by the same name) given ids by the check, and their rows selected, as the curator does before «Добавить
 * выбранных в наставляемые».
 */
function staffSelected(w: World): void {
  typedSchool(w);
  const tab = "Педагогический коллектив";
  const typedBefore = String(rowsOf(w.ss, "Наставляемые")[0]!["ФИО"]);
  typeRow(w.ss, tab, { ФИО: "Иванова Ольга Петровна", Должность: "учитель", "Педагогический стаж, лет": 1 });
  typeRow(w.ss, tab, {
    ФИО: "Сидоров Павел Ильич",
    Должность: "учитель физики",
    "Педагогический стаж, лет": 12,
  });
  typeRow(w.ss, tab, { ФИО: typedBefore, Должность: "учитель", "Педагогический стаж, лет": 2 });
  w.run(() => checkBase(w.ports()));
  w.ss.getSheetByName(tab)!.getRangeList(["A2:A3", "B4"]).activate();
}

/** Times of day a longer re-run moves (sending and collecting record when they ran). */
const times = (text: string) =>
  text
    .replace(/\d\d\.\d\d\.\d{4} \d\d:\d\d(:\d\d)?/g, "<дата время>")
    .replace(/"\$date":"[^"]+"/g, '"$date":"<t>"');

/** Days too: a run cut short finishes its work a day later than the clean run, by design. */
const days = (text: string) =>
  times(text)
    .replace(/\d\d\.\d\d\.\d{4}/g, "<дата>")
    .replace(/"\$date":"[^"]+"/g, '"$date":"<t>"');

export const CUT_ACTIONS: readonly CutAction[] = [
  {
    name: "Создать / обновить базу",
    survives: true,
    world,
    prepare: () => {},
    action: (w) => initBase(w.ports()),
  },
  {
    // An older base with «Участие в конкурсах» ticked: each tick carried once, none lost, none twice.
    name: "Создать / обновить базу: перенос отметок о конкурсах",
    survives: true,
    world,
    prepare: oldBaseWithTicks,
    action: (w) => initBase(w.ports()),
  },
  {
    name: "Проверить базу",
    survives: true,
    world,
    prepare: (w) => typedSchool(w),
    action: (w) => checkBase(w.ports()),
  },
  {
    name: "Подтвердить пары",
    survives: true,
    world,
    prepare: acceptedSchool,
    action: (w) => confirmPairs(w.ports(), CONFIRM_FROM),
  },
  {
    name: "Добавить выбранных в наставляемые",
    survives: true,
    world,
    prepare: staffSelected,
    action: (w) => enrolStaff(w.ports(), "mentees"),
  },
  {
    name: "Сформировать документы",
    survives: true,
    world,
    prepare: confirmedSchool,
    action: (w) => generateDocuments(allPorts(w), w.emu.clock.now()),
  },
  {
    // Three documents a day: the run stops at the quota and its trigger goes on the next days.
    name: "Документы, продолжение по триггеру",
    survives: true,
    world: { ...world, quotas: { docsCreatedPerDay: 3 } },
    withTriggers: 4 * DAY,
    normalise: days,
    prepare: confirmedSchool,
    action: (w) => generateDocuments(allPorts(w), w.emu.clock.now()),
  },
  {
    name: "Разослать анкеты",
    survives: true,
    world,
    normalise: times,
    prepare: confirmedSchool,
    action: (w) => sendSurveys(allPorts(w), "satisfaction_mentee", { type: "all" }, "send"),
    rerun: curatorSettlesDoubts("satisfaction_mentee", 0, (w) =>
      sendSurveys(allPorts(w), "satisfaction_mentee", { type: "all" }, "send"),
    ),
  },
  {
    // Two mails a day: the rest go by the continuation trigger on the next days.
    name: "Анкеты, остаток назавтра",
    survives: true,
    world: { ...world, quotas: { mailPerDay: 2 } },
    withTriggers: 4 * DAY,
    normalise: days,
    prepare: confirmedSchool,
    action: (w) => sendSurveys(allPorts(w), "satisfaction_mentee", { type: "all" }, "send"),
    rerun: curatorSettlesDoubts("satisfaction_mentee", 0, (w) =>
      sendSurveys(allPorts(w), "satisfaction_mentee", { type: "all" }, "send"),
    ),
  },
  {
    // Three mails a day, two surveys sent the same day: both remainders go by the one continuation trigger.
    name: "Анкеты двух видов, остатки назавтра",
    survives: true,
    world: { ...world, quotas: { mailPerDay: 3 } },
    withTriggers: 10 * DAY,
    normalise: days,
    prepare: (w) => confirmedSchool(w, { mentors: 4, mentees: 6 }),
    action: (w) => {
      ok(sendSurveys(allPorts(w), "entry", { type: "all" }, "send"));
      return sendSurveys(allPorts(w), "satisfaction_mentee", { type: "all" }, "send");
    },
    rerun: curatorSettlesDoubtsOfEach([
      (w) => sendSurveys(allPorts(w), "entry", { type: "all" }, "send"),
      (w) => sendSurveys(allPorts(w), "satisfaction_mentee", { type: "all" }, "send"),
    ]),
  },
  {
    name: "Напомнить об анкетах",
    survives: true,
    world,
    normalise: times,
    prepare: (w) => {
      surveyedSchool(w);
      w.emu.clock.advance(7 * 86_400_000);
    },
    action: (w) => sendSurveys(allPorts(w), "satisfaction_mentee", { type: "all" }, "remind"),
    rerun: curatorSettlesDoubts("satisfaction_mentee", 1, (w) =>
      sendSurveys(allPorts(w), "satisfaction_mentee", { type: "all" }, "remind"),
    ),
  },
  {
    name: "Собрать ответы",
    survives: true,
    world,
    normalise: times,
    prepare: answeredSchool,
    action: (w) => collectResponses(allPorts(w)),
  },
  {
    name: "Журнал встреч: ссылки наставникам",
    survives: true,
    world,
    normalise: times,
    prepare: confirmedSchool,
    action: (w) => sendSurveys(allPorts(w), "meeting_journal", { type: "all" }, "send"),
    rerun: curatorSettlesDoubts("meeting_journal", 0, (w) =>
      sendSurveys(allPorts(w), "meeting_journal", { type: "all" }, "send"),
    ),
  },
  {
    // Two meetings through the form: each on «Встречи» once, whatever call a run stopped at.
    name: "Журнал встреч: собрать встречи",
    survives: true,
    world,
    normalise: times,
    prepare: journalledSchool,
    action: (w) => collectResponses(allPorts(w)),
  },
  {
    name: "Рассчитать показатели",
    survives: true,
    world,
    prepare: confirmedSchool,
    action: (w) => computeIndicators(w.ports()),
  },
  {
    name: "Ход работы пар",
    survives: true,
    world,
    prepare: (w) => {
      confirmedSchool(w);
      const id = String(w.ss.getSheetByName("Пары и группы")!.getRange(2, 1).getValue());
      typeRow(w.ss, "Встречи", { "ID пары": id, Дата: "03.12.2026", Этап: "встреча-знакомство" });
      typeRow(w.ss, "Встречи", { "ID пары": id, Дата: "03.12.2026", Этап: "встреча-знакомство" });
    },
    action: (w) => pairJourneys(w.ports()),
  },
  {
    name: "Зафиксировать срез",
    survives: true,
    world,
    normalise: times,
    prepare: confirmedSchool,
    action: (w) => {
      // As the entry point takeKpiSnapshot: the snapshot, then the monthly trigger.
      const r = takeSnapshot(w.ports());
      if ("error" in r) return r;
      new GasTriggers().monthly(AUTO_SNAPSHOT, 25, 6);
      return r;
    },
  },
  {
    // The December report of the confirmed school: made once, listed once, whatever call a run stopped at.
    name: "Аналитическая справка",
    survives: true,
    world,
    prepare: confirmedSchool,
    action: (w) => makeAnalyticReport(allPorts(w)),
  },
  {
    // The same with «Документы: PDF» «да»: the copy, its filling, the PDF beside it, then the row.
    name: "Аналитическая справка с PDF",
    survives: true,
    world,
    prepare: (w) => {
      confirmedSchool(w);
      setting(w.ss, "docs.pdf", "да");
    },
    action: (w) => makeAnalyticReport(allPorts(w)),
  },
  {
    // The first run on a base: «Дорожная карта» made, filled with the built-in roadmap, what is done ticked.
    name: "План работы",
    survives: true,
    world,
    prepare: confirmedSchool,
    action: (w) => openRoadmap(w.ports()),
  },
  {
    name: "План работы: выполнено",
    survives: true,
    world,
    prepare: (w) => {
      confirmedSchool(w);
      ok(w.run(() => openRoadmap(w.ports())));
    },
    action: (w) => markRoadmapDone(w.ports(), "ДК-0003", "2026-12-10", "https://school7.example/news/12"),
  },
  {
    // The daily trigger's run. A digest whose run stopped at its mail is not sent again that day (never twice;
    // it may be lost): so the day is checked for no duplicates, and the worlds are compared after the next day's
    // run, which mails everyone again (their items are still overdue).
    name: "Напоминания по плану работы",
    survives: true,
    world,
    prepare: (w) => {
      confirmedSchool(w);
      remindersSchool(w);
    },
    action: (w) => sendRoadmapReminders(allPorts(w)),
    settle: nextMorning,
    rerun: (w) => {
      w.run(() => sendRoadmapReminders(allPorts(w)));
      nextMorning(w);
    },
  },
  {
    // A slow MailApp (150 s a mail): the run's time budget ends after two digests, a continuation a minute later
    // mails the third; a stop anywhere in either leaves nobody mailed twice that day and nobody left out.
    name: "Напоминания по плану работы: продолжение после лимита времени",
    survives: true,
    world: { ...world, callCostMs: { MailApp: 150_000 } },
    withTriggers: 30 * 60_000,
    prepare: (w) => {
      confirmedSchool(w);
      remindersSchool(w);
    },
    action: (w) => sendRoadmapReminders(allPorts(w)),
    settle: nextMorning,
    rerun: (w) => {
      w.run(() => sendRoadmapReminders(allPorts(w)));
      const failed = runPendingTriggers(w, 30 * 60_000);
      if (failed.length > 0) throw new Error(`trigger runs failed: ${failed.join("; ")}`);
      nextMorning(w);
    },
  },
  {
    // The new year's roadmap below the old: one block whatever call a run stopped at; the old rows untouched.
    name: "Новый учебный год: дорожная карта",
    survives: true,
    world,
    prepare: (w) => {
      confirmedSchool(w);
      ok(w.run(() => openRoadmap(w.ports())));
      ok(w.run(() => markRoadmapDone(w.ports(), "ДК-0003", "2026-12-10", "https://school7.example/news/12")));
      setting(w.ss, "program.year", "2027/2028");
    },
    action: (w) => newRoadmapYear(w.ports()),
  },
  {
    // The letters of thanks for the mentors of the two pairs completed: made once, listed once.
    name: "Благодарности наставникам",
    survives: true,
    world,
    prepare: twoPairsCompleted,
    action: (w) => generateDocuments(allPorts(w), w.emu.clock.now(), "thanks"),
  },
  {
    // The portfolios of every mentor with a pair (two pairs completed, the rest active): made once, listed once.
    name: "Портфолио наставников",
    survives: true,
    world,
    prepare: twoPairsCompleted,
    action: (w) => generateDocuments(allPorts(w), w.emu.clock.now(), "portfolio"),
  },
  {
    // Two pairs closed from the dialog: their rows written once, their closing surveys sent once each.
    name: "Завершить пару",
    survives: true,
    world,
    normalise: times,
    prepare: confirmedSchool,
    action: completeFirstTwo,
    rerun: completionDoubtsSettled,
  },
];

/** The school with its pairs confirmed and two of them completed from the dialog. */
function twoPairsCompleted(w: World): void {
  confirmedSchool(w);
  ok(w.run(() => completeFirstTwo(w)));
}

/**
 * After a reminder run: today's mails must reach each person at most once; then the mailbox is emptied and the
 * next morning's trigger runs, mailing each person with something overdue once.
 */
function nextMorning(w: World): void {
  const to = w.emu.mail.sent().map((m) => m.to.join(", "));
  const twice = to.filter((x, i) => to.indexOf(x) !== i);
  if (twice.length > 0) throw new Error(`a reminder went twice today: ${twice.length}`);
  w.emu.mail.clear();
  const failed = runPendingTriggers(w, DAY);
  if (failed.length > 0) throw new Error(`trigger runs failed: ${failed.join("; ")}`);
}

/**
 * The jest tests of the actions named (each must survive): cut at a sample of their calls (the first and last
 * three and every tenth), before the call's effect, after it (the reply lost) and by the time limit right after
 * it; then run again with its pending triggers. The world must be as after a clean run. Split over a few test
 * files so that jest runs them side by side.
 */
export function testCuts(group: keyof typeof CUT_GROUPS): void {
  const names = CUT_GROUPS[group];
  for (const name of names) {
    const action = CUT_ACTIONS.find((a) => a.name === name);
    test(`«${name}», cut at a sample of its calls in every mode`, () => {
      expect(action?.survives).toBe(true);
      const report = cutAtEveryCall({ ...action!, sample: {} });
      expect(report.calls).toBeGreaterThan(50);
      expect(report.failures.map((f) => formatFailure(report.name, f))).toEqual([]);
      expect(report.tried).toBeGreaterThan(30);
      // Some fifty fresh worlds, each prepared and run twice: far longer than jest's default on a slow machine.
    }, 300_000);
  }
}

/** Which test file cuts which actions: every action in one (tests/gas/cuts.test.ts holds to it). */
export const CUT_GROUPS = {
  base: [
    "Создать / обновить базу",
    "Создать / обновить базу: перенос отметок о конкурсах",
    "Проверить базу",
    "Подтвердить пары",
    "Добавить выбранных в наставляемые",
  ],
  documents: ["Сформировать документы", "Документы, продолжение по триггеру"],
  surveys: [
    "Разослать анкеты",
    "Анкеты, остаток назавтра",
    "Анкеты двух видов, остатки назавтра",
    "Напомнить об анкетах",
    "Собрать ответы",
  ],
  kpi: ["Рассчитать показатели", "Зафиксировать срез", "Ход работы пар"],
  report: ["Аналитическая справка", "Аналитическая справка с PDF"],
  roadmap: ["План работы", "План работы: выполнено"],
  roadmapYear: [
    "Напоминания по плану работы",
    "Напоминания по плану работы: продолжение после лимита времени",
    "Новый учебный год: дорожная карта",
  ],
  completion: ["Завершить пару", "Благодарности наставникам", "Портфолио наставников"],
  meetform: ["Журнал встреч: ссылки наставникам", "Журнал встреч: собрать встречи"],
} as const;
