import { collectResponses, sendSurveys, surveysView } from "../../src/app/surveys";
import { SURVEYS } from "../../src/domain/surveys";
import { allPorts } from "../support/cuts";
import { ok, rowsOf, typeRow } from "../support/gas";
import { answers, linkIn, schoolPerTest } from "./surveyWorld";

/**
 * The mentor's meeting journal on the emulator: one personal link per active pair to its mentor, meetings filled
 * in through the links and collected onto «Встречи» once; forged and foreign codes flagged, never a meeting.
 */

/** The shared small school (tests/gas/surveyWorld.ts), uninstalled after each test. */
const school = schoolPerTest();

const JOURNAL = SURVEYS.meeting_journal;
const meeting = (date: string, stage: string, topic: string, over: Record<string, unknown> = {}) => ({
  "Дата встречи": date,
  "Этап работы пары": stage,
  "Тема встречи": topic,
  "Что сделали": "Разобрали урок",
  "Следующий шаг": "Посетить урок наставника",
  ...over,
});
const meetings = (s: ReturnType<typeof school>) =>
  rowsOf(s.w.ss, "Встречи").filter((r) => r["ID пары"] !== "");

describe("the mentor's meeting journal", () => {
  test("one link per active pair to its mentor; meetings through the links land on «Встречи» once", () => {
    const s = school();
    const pairs = rowsOf(s.w.ss, "Пары и группы").filter((r) => r["ID"] !== "");
    const mentors = rowsOf(s.w.ss, "Наставники").filter((r) => r["ID"] !== "");
    const sent = ok(s.run((p) => sendSurveys(p, "meeting_journal", { type: "all" }, "send")));
    const mails = s.w.emu.mail.sent();
    expect(sent.sent).toBe(mails.length);
    expect(sent.sent).toBeGreaterThan(3);
    // Each mail names its pair, goes to that pair's mentor (with consent), and carries a link of its own.
    for (const m of mails) {
      const pairId = /П-\d{4}/.exec(m.subject)![0];
      const pair = pairs.find((r) => r["ID"] === pairId)!;
      const mentor = mentors.find((r) => r["ID"] === pair["ID наставника"])!;
      expect(m.to).toEqual([mentor["E-mail"]]);
      expect(mentor["Согласие на обработку ПДн"]).toBe(true);
    }
    const links = mails.map((m) => linkIn(m.body));
    expect(new Set(links).size).toBe(links.length);
    // The send log: one «Анкеты» row per pair, each with its pair; sending again mails nobody.
    const rows = s.surveys().filter((r) => r["Анкета"] === "журнал встреч наставника");
    expect(new Set(rows.map((r) => r["ID пары"])).size).toBe(rows.length);
    expect(ok(s.run((p) => sendSurveys(p, "meeting_journal", { type: "all" }, "send"))).sent).toBe(0);
    expect(s.w.emu.mail.sent()).toHaveLength(mails.length);
    expect(s.w.emu.forms.list().map((f) => f.title)).toEqual([`${JOURNAL.title.ru} — 2026/2027`]);
    // The «Анкеты» sidebar lists the journal with the mentors' surveys.
    const view = ok(s.run((p) => surveysView(p)));
    expect(view.kinds.find((k) => k.kind === "meeting_journal")).toMatchObject({
      label: "Журнал встреч наставника",
      audience: "mentor",
      registration: false,
      counts: { sent: mails.length, answered: 0 },
    });

    // A meeting the curator typed stays as it was.
    const firstPair = /П-\d{4}/.exec(mails[0]!.subject)![0];
    typeRow(s.w.ss, "Встречи", { "ID пары": firstPair, Дата: "01.12.2026", Тема: "Знакомство (куратор)" });
    const typed = meetings(s);
    expect(typed).toHaveLength(1);

    s.w.emu.forms.submit(links[0]!, meeting("2026-12-05", "встреча-планирование", "План на полугодие"));
    s.w.emu.forms.submit(links[0]!, meeting("2026-12-12", "совместная работа", '=HYPERLINK("x")'));
    s.w.emu.forms.submit(links[1]!, meeting("2026-12-08", "встреча-знакомство", "Знакомство"));
    expect(s.w.emu.triggers.pendingFormSubmits()[0]!.handlerFunction).toBe("onSurveySubmit");
    const collected = ok(s.run((p) => collectResponses(p), "trigger"));
    expect(collected).toMatchObject({ received: 3, counted: 3, flagged: 0 });
    const after = meetings(s);
    expect(after.slice(0, typed.length)).toEqual(typed);
    const added = after.slice(typed.length);
    expect(added.map((r) => [r["ID пары"], r["Этап"], r["Кто заполнил"]])).toEqual([
      [firstPair, "встреча-планирование", "наставник (форма)"],
      [firstPair, "совместная работа", "наставник (форма)"],
      [/П-\d{4}/.exec(mails[1]!.subject)![0], "встреча-знакомство", "наставник (форма)"],
    ]);
    expect(added[0]!["Обратная связь"]).toBe(
      "Что сделали: Разобрали урок\nСледующий шаг: Посетить урок наставника",
    );
    // Formula-looking text is kept as text, not run.
    expect(added[1]!["Тема"]).toBe('=HYPERLINK("x")');
    const sheet = s.w.ss.getSheetByName("Встречи")!;
    const topicCell = sheet.getRange(typed.length + 1 + 2, 5);
    expect(topicCell.getValue()).toBe('=HYPERLINK("x")');
    expect(topicCell.getFormula()).toBe("");
    // Each answer's row on «Ответы анкет» names its meeting.
    expect(s.responses().map((r) => String(r["Ответы"]).split("\n")[0])).toEqual(
      added.map((r) => `Встреча ${String(r["ID"])} записана на лист «Встречи».`),
    );
    // Collecting again adds nothing.
    expect(ok(s.run((p) => collectResponses(p)))).toMatchObject({ received: 0 });
    expect(meetings(s)).toEqual(after);
  });

  test("a forged code, another survey's code and a pair that changed mentor are flagged, never a meeting", () => {
    const s = school();
    ok(s.run((p) => sendSurveys(p, "meeting_journal", { type: "all" }, "send")));
    const journalMails = s.w.emu.mail.sent();
    ok(s.run((p) => sendSurveys(p, "satisfaction_mentor", { type: "all" }, "send")));
    const satisfaction = s.w.emu.mail.sent().slice(journalMails.length);
    const journalLink = linkIn(journalMails[0]!.body);
    const token = (link: string) => /=([0-9A-Z]{26})\b/.exec(decodeURIComponent(link))![1]!;
    const forged = journalLink.replace(token(journalLink), "0123456789ABCDEFGHJKMNPQRS");
    s.w.emu.forms.submit(forged, meeting("2026-12-05", "встреча-знакомство", "Подделка"));
    const satisfactionToken = token(linkIn(satisfaction[0]!.body));
    s.w.emu.forms.submit(
      journalLink.replace(token(journalLink), satisfactionToken),
      meeting("2026-12-06", "встреча-знакомство", "Чужой код"),
    );
    // The journal's code typed into the satisfaction form is foreign there too.
    const satisfactionLink = linkIn(satisfaction[0]!.body);
    s.w.emu.forms.submit(
      satisfactionLink.replace(satisfactionToken, token(journalLink)),
      answers(SURVEYS.satisfaction_mentor, 8),
    );
    const before = meetings(s);
    const collected = ok(s.run((p) => collectResponses(p)));
    expect(collected).toMatchObject({ received: 3, counted: 0, flagged: 3 });
    expect(meetings(s)).toEqual(before);
    expect(
      s
        .responses()
        .map((r) => r["Статус"])
        .sort(),
    ).toEqual(["код другой анкеты", "код другой анкеты", "неизвестный код"]);

    // The pair's mentor changed after the link went: the old link writes no meeting for the new mentor's pair.
    const pairId = /П-\d{4}/.exec(journalMails[1]!.subject)![0];
    const pairs = s.w.ss.getSheetByName("Пары и группы")!;
    const values = pairs.getDataRange().getValues();
    const mentorCol = values[0]!.indexOf("ID наставника");
    const rowIndex = values.findIndex((r) => r[0] === pairId);
    const other = values.find((r, i) => i > 0 && r[mentorCol] !== values[rowIndex]![mentorCol])![mentorCol];
    pairs.getRange(rowIndex + 1, mentorCol + 1).setValue(other);
    s.w.emu.forms.submit(linkIn(journalMails[1]!.body), meeting("2026-12-07", "пробная встреча", "Проба"));
    expect(ok(s.run((p) => collectResponses(p)))).toMatchObject({ received: 1, counted: 0, flagged: 1 });
    expect(meetings(s)).toEqual(before);
    expect(String(s.responses().at(-1)!["Ответы"])).toContain(`Ссылка пары ${pairId}`);
  });

  test("a run stopped between the answers and the meetings: the next writes the meetings, once", () => {
    const s = school();
    ok(s.run((p) => sendSurveys(p, "meeting_journal", { type: "all" }, "send")));
    const link = linkIn(s.w.emu.mail.sent()[0]!.body);
    s.w.emu.forms.submit(link, meeting("2026-12-05", "встреча-планирование", "План"));
    s.w.emu.forms.submit(link, meeting("2026-12-09", "совместная работа", "Урок"));
    const before = meetings(s).length;
    // The append to «Встречи» fails: the answers are recorded, the meetings are not.
    const failing = s.w.emu.execution.run(() => {
      const p = allPorts(s.w);
      const sheets = p.sheets;
      const cut: typeof sheets = Object.create(sheets);
      cut.appendRows = (table, rows) => {
        if (table.key === "meetings") throw new Error("Service Spreadsheets timed out");
        sheets.appendRows(table, rows);
      };
      try {
        return collectResponses({ ...p, sheets: cut });
      } catch (err) {
        return err;
      }
    });
    expect(String(failing)).toContain("timed out");
    expect(s.responses()).toHaveLength(2);
    expect(meetings(s)).toHaveLength(before);
    const journalRow = () =>
      s.surveys().find((r) => r["Анкета"] === "журнал встреч наставника" && r["Статус"] !== "отправлена");
    expect(journalRow()).toBeUndefined();
    expect(ok(s.run((p) => collectResponses(p)))).toMatchObject({ received: 0 });
    // The pair's «Анкеты» row says its link was used, with the latest meeting's day of answer.
    expect(journalRow()).toMatchObject({ Статус: "ответ получен" });
    const added = meetings(s).slice(before);
    expect(added.map((r) => r["Тема"])).toEqual(["План", "Урок"]);
    // Under the ids their answers name.
    expect(s.responses().map((r) => String(r["Ответы"]).split("\n")[0])).toEqual(
      added.map((r) => `Встреча ${String(r["ID"])} записана на лист «Встречи».`),
    );
    expect(ok(s.run((p) => collectResponses(p)))).toMatchObject({ received: 0 });
    expect(meetings(s)).toHaveLength(before + 2);
  });

  test("a meeting the curator deleted is not brought back; the next meeting gets a new id", () => {
    const s = school();
    ok(s.run((p) => sendSurveys(p, "meeting_journal", { type: "all" }, "send")));
    const link = linkIn(s.w.emu.mail.sent()[0]!.body);
    s.w.emu.forms.submit(link, meeting("2026-12-05", "встреча-планирование", "План"));
    ok(s.run((p) => collectResponses(p)));
    expect(meetings(s).map((r) => r["ID"])).toEqual(["ВС-0001"]);
    s.w.ss.getSheetByName("Встречи")!.deleteRow(2);
    expect(meetings(s)).toEqual([]);
    expect(ok(s.run((p) => collectResponses(p)))).toMatchObject({ received: 0 });
    expect(meetings(s)).toEqual([]);
    s.w.emu.forms.submit(link, meeting("2026-12-12", "совместная работа", "Урок"));
    ok(s.run((p) => collectResponses(p)));
    expect(meetings(s).map((r) => [r["ID"], r["Тема"]])).toEqual([["ВС-0002", "Урок"]]);
  });
});
