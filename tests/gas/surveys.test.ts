import {
  collectResponses,
  continueSurveys,
  sendSurveys,
  surveyForm,
  surveysView,
} from "../../src/app/surveys";
import { SURVEYS } from "../../src/domain/surveys";
import { makeActionTabs, ok, rowsOf } from "../support/gas";
import { answers, schoolPerTest } from "./surveyWorld";

/**
 * The surveys' whole loop on the emulator: forms made once, personal links mailed, answers submitted through the
 * links and collected into the base; quota, reminders, repeated and malicious answers, registration.
 */

/** The shared small school (tests/gas/surveyWorld.ts), uninstalled after each test. */
const school = schoolPerTest();

/** The personal link in a mail. */
const linkIn = (body: string) =>
  /https:\/\/docs\.google\.com\/forms\/\S+/.exec(body)![0]!.replace(/[).,]+$/, "");

describe("surveys: send, answer, collect", () => {
  test("the whole loop: personal links to consenting mentees, answers back into the base", () => {
    const s = school();
    const mentees = rowsOf(s.w.ss, "Наставляемые").filter((r) => r["ID"] !== "");
    const first = ok(s.run((p) => sendSurveys(p, "satisfaction_mentee", { type: "all" }, "send")));
    const mails = s.w.emu.mail.sent();
    expect(first.sent).toBe(mails.length);
    expect(first.sent).toBeGreaterThan(5);
    // Only people with an address and consent (and a representative's consent for a minor) got mail.
    for (const m of mails) {
      expect(m.to).toHaveLength(1);
      const person = mentees.find((r) => r["E-mail"] === m.to[0])!;
      expect(person["Согласие на обработку ПДн"]).toBe(true);
      if (person["Несовершеннолетний"] === true) expect(person["Согласие представителя"]).toBe(true);
      expect(m.subject).toMatch(/наставник/i);
      expect(m.body).toContain(`Здравствуйте, ${String(person["ФИО"])}`);
      expect(m.htmlBody).toContain(`href="${linkIn(m.body).replace(/&/g, "&amp;")}"`);
    }
    // Every link is personal: a different token each, never an id.
    const links = mails.map((m) => linkIn(m.body));
    expect(new Set(links).size).toBe(links.length);
    for (const l of links) expect(l).not.toMatch(/НЯ-|%D0%9D%D0%AF/);
    const rows = s.surveys();
    expect(rows.filter((r) => r["Статус"] === "отправлена")).toHaveLength(first.sent);
    for (const r of rows.filter((r) => r["Статус"] === "не отправлена"))
      expect(String(r["Почему не отправлена"])).not.toBe("");

    // Sending again sends nothing and makes no second form.
    const again = ok(s.run((p) => sendSurveys(p, "satisfaction_mentee", { type: "all" }, "send")));
    expect(again.sent).toBe(0);
    expect(s.w.emu.mail.sent()).toHaveLength(first.sent);
    expect(s.w.emu.forms.list()).toHaveLength(1);
    // The form shows its title to respondents (FormApp.create names only the Drive file).
    expect(s.w.emu.forms.list()[0]!.title).toBe(`${SURVEYS.satisfaction_mentee.title.ru} — 2026/2027`);

    // Three people answer through their links; the submit trigger brings the answers in.
    const def = SURVEYS.satisfaction_mentee;
    links.slice(0, 3).forEach((link, i) => {
      s.w.emu.forms.submit(link, answers(def, 7 + i));
    });
    const pending = s.w.emu.triggers.pendingFormSubmits();
    expect(pending).toHaveLength(3);
    expect(pending[0]!.handlerFunction).toBe("onSurveySubmit");
    const collected = ok(s.run((p) => collectResponses(p), "trigger"));
    expect(collected).toMatchObject({ received: 3, counted: 3, flagged: 0 });
    const answered = s.surveys().filter((r) => r["Статус"] === "ответ получен");
    expect(answered.map((r) => r["Оценка (0–10)"]).sort()).toEqual([7, 8, 9]);
    expect(s.responses().map((r) => r["Статус"])).toEqual(["учтён", "учтён", "учтён"]);
    // Collecting again records nothing twice.
    expect(ok(s.run((p) => collectResponses(p)))).toMatchObject({ received: 0 });
    expect(s.responses()).toHaveLength(3);

    const view = ok(s.run((p) => surveysView(p)));
    const kind = view.kinds.find((k) => k.kind === "satisfaction_mentee")!;
    expect(kind.counts).toMatchObject({ sent: first.sent - 3, answered: 3 });
    expect(kind.form?.url).toMatch(/^https:\/\/docs\.google\.com\/forms\//);
    expect(view.year).toBe("2026/2027");
    expect(view.batches).toEqual(["У-0001"]);
    expect(view.groups.length).toBeGreaterThan(0);
    expect(view.kinds.filter((k) => k.registration).map((k) => k.kind)).toEqual([
      "registration_mentor",
      "registration_mentee",
    ]);
  });

  test("a survey form the curator put in the trash is made anew, not linked again", () => {
    const s = school();
    const first = ok(s.run((p) => surveyForm(p, "registration_mentor")));
    expect(ok(s.run((p) => surveyForm(p, "registration_mentor")))).toEqual(first);
    const [made] = s.w.emu.forms.list();
    s.w.emu.globals.Drive.Files.update({ trashed: true }, made!.id);
    const second = ok(s.run((p) => surveyForm(p, "registration_mentor")));
    expect(second.url).not.toBe(first.url);
    const live = s.w.emu.drive.files().filter((f) => f.mimeType === "application/vnd.google-apps.form");
    expect(live.filter((f) => !f.trashed).map((f) => f.id)).toEqual([
      s.w.emu.forms.list().find((f) => f.publishedUrl === second.url)!.id,
    ]);
  });

  test("«Напомнить» mails only those who have not answered, once a day", () => {
    const s = school();
    const first = ok(s.run((p) => sendSurveys(p, "satisfaction_mentee", { type: "all" }, "send")));
    const links = s.w.emu.mail.sent().map((m) => linkIn(m.body));
    s.w.emu.forms.submit(links[0]!, answers(SURVEYS.satisfaction_mentee, 9));
    ok(s.run((p) => collectResponses(p)));
    s.w.emu.mail.clear();
    const reminded = ok(s.run((p) => sendSurveys(p, "satisfaction_mentee", { type: "all" }, "remind")));
    expect(reminded.sent).toBe(first.sent - 1);
    const mails = s.w.emu.mail.sent();
    expect(mails.every((m) => /напомина/i.test(`${m.subject} ${m.body}`))).toBe(true);
    // The same links: reminders point to the same personal form.
    expect(new Set(mails.map((m) => linkIn(m.body)))).toEqual(new Set(links.slice(1)));
    expect(ok(s.run((p) => sendSurveys(p, "satisfaction_mentee", { type: "all" }, "remind"))).sent).toBe(0);
  });

  test("the daily quota: what does not fit goes the next day from a trigger, nobody twice", () => {
    const s = school({ mentees: 30, emulator: { quotas: { mailPerDay: 5 } } });
    const first = ok(s.run((p) => sendSurveys(p, "entry", { type: "all" }, "send")));
    expect(first.sent).toBe(5);
    expect(first.later).toBeGreaterThan(0);
    const trigger = s.w.emu.triggers.list().find((t) => t.handlerFunction === "continueSurveys")!;
    expect(trigger).toBeDefined();
    let total = first.sent;
    for (let day = 1; day <= 10 && total < first.sent + first.later; day++) {
      s.w.emu.clock.set(Date.UTC(2026, 11, 15 + day, 0, 10));
      const next = s.run((p) => continueSurveys(p), "trigger");
      if (next) total += ok(next).sent;
    }
    const mails = s.w.emu.mail.sent();
    expect(mails).toHaveLength(first.sent + first.later);
    expect(new Set(mails.map((m) => m.to[0])).size).toBe(mails.length);
    expect(s.surveys().filter((r) => r["Статус"] === "отправлена")).toHaveLength(mails.length);
  });

  test("two surveys out of quota on the same day: the next days both remainders go, each person once", () => {
    const s = school({ mentees: 30, emulator: { quotas: { mailPerDay: 8 } } });
    const entry = ok(s.run((p) => sendSurveys(p, "entry", { type: "all" }, "send")));
    const satisfaction = ok(s.run((p) => sendSurveys(p, "satisfaction_mentee", { type: "all" }, "send")));
    expect(entry).toMatchObject({ sent: 8 });
    expect(entry.later).toBeGreaterThan(0);
    expect(satisfaction.sent).toBe(0);
    expect(satisfaction.later).toBeGreaterThan(10);
    const owed = entry.sent + entry.later + satisfaction.later;
    for (let day = 1; day <= 20 && s.w.emu.mail.sent().length < owed; day++) {
      s.w.emu.clock.set(Date.UTC(2026, 11, 15 + day, 0, 10));
      expect(s.w.emu.triggers.list().filter((t) => t.handlerFunction === "continueSurveys")).toHaveLength(1);
      const next = s.run((p) => continueSurveys(p), "trigger");
      expect(next).not.toBeNull();
      ok(next!);
    }
    const mails = s.w.emu.mail.sent();
    expect(mails).toHaveLength(owed);
    // One personal link per person and survey: nobody got the same survey twice.
    expect(new Set(mails.map((m) => linkIn(m.body))).size).toBe(owed);
    const sentRows = s.surveys().filter((r) => r["Статус"] === "отправлена");
    expect(sentRows.filter((r) => r["Анкета"] === "входной мониторинг")).toHaveLength(
      entry.sent + entry.later,
    );
    expect(sentRows.filter((r) => r["Анкета"] === "удовлетворённость наставляемого")).toHaveLength(
      satisfaction.later,
    );
    // Nothing left: the trigger is gone and another day's run finds no job.
    expect(s.w.emu.triggers.list().filter((t) => t.handlerFunction === "continueSurveys")).toHaveLength(0);
    expect(s.run((p) => continueSurveys(p), "trigger")).toBeNull();
  });

  test("a run stopped after mailing and before writing the sheet never mails anyone twice", () => {
    const s = school();
    // The tabs are there from an earlier run, so the second write is the one that records the first chunk.
    makeActionTabs(s.w);
    // The write that records the first chunk as sent fails (the mails of that chunk are out).
    const calls = s.w.emu.calls;
    calls.reset();
    s.w.emu.faults.failNth({ service: "SpreadsheetApp", method: "setValues", n: 2 });
    expect(() => s.run((p) => sendSurveys(p, "satisfaction_mentee", { type: "all" }, "send"))).toThrow();
    const out = s.w.emu.mail.sent().length;
    expect(out).toBeGreaterThan(0);
    const again = ok(s.run((p) => sendSurveys(p, "satisfaction_mentee", { type: "all" }, "send")));
    const mails = s.w.emu.mail.sent();
    expect(new Set(mails.map((m) => m.to[0])).size).toBe(mails.length);
    expect(again.already).toBeGreaterThanOrEqual(out);
    // The journal knew every mail of the chunk went: they are recorded as sent, none is in doubt.
    const rows = s.surveys();
    expect(rows.filter((r) => r["Статус"] === "отправлена")).toHaveLength(mails.length);
    expect(rows.filter((r) => r["Статус"] === "не известно, ушло ли письмо")).toEqual([]);
  });

  test("a repeated answer keeps history; unknown and other surveys' codes are flagged; formulas are neutralised", () => {
    const s = school();
    const toMentees = ok(s.run((p) => sendSurveys(p, "satisfaction_mentee", { type: "all" }, "send")));
    ok(s.run((p) => sendSurveys(p, "satisfaction_mentor", { type: "all" }, "send")));
    const menteeMails = s.w.emu.mail.sent().slice(0, toMentees.sent);
    const mentorMails = s.w.emu.mail.sent().slice(toMentees.sent);
    const mine = linkIn(menteeMails[0]!.body);
    const def = SURVEYS.satisfaction_mentee;
    s.w.emu.forms.submit(mine, answers(def, 4));
    s.w.emu.clock.advance(3_600_000);
    s.w.emu.forms.submit(
      mine,
      answers(def, 8, {
        [def.questions.find((q) => q.type === "paragraph")!.title.ru]: '=HYPERLINK("http://evil";"нажми")',
      }),
    );
    // A typed-in code, and a mentor's code pasted into the mentees' form.
    const tokenTitle = def.questions.find((q) => q.token)!.title.ru;
    s.w.emu.forms.submit(
      mine.split("?")[0]!,
      answers(def, 10, { [tokenTitle]: "0123456789ABCDEFGHJKMNPQRS" }),
    );
    const mentorToken = Object.values(
      s.w.emu.forms.parsePrefilledUrl(linkIn(mentorMails[0]!.body)).entries,
    )[0] as string;
    s.w.emu.forms.submit(mine.split("?")[0]!, answers(def, 10, { [tokenTitle]: mentorToken }));
    const r = ok(s.run((p) => collectResponses(p)));
    expect(r).toMatchObject({ received: 4, counted: 2, flagged: 2 });
    expect(s.responses().map((x) => x["Статус"])).toEqual([
      "заменён",
      "учтён",
      "неизвестный код",
      "код другой анкеты",
    ]);
    const row = s.surveys().find((x) => x["Статус"] === "ответ получен")!;
    expect(row["Оценка (0–10)"]).toBe(8);
    // The formula arrived as text: nothing in the sheet runs it.
    const sheet = s.w.ss.getSheetByName("Ответы анкет")!;
    const formulas = sheet.getDataRange().getFormulas().flat().filter(Boolean);
    expect(formulas).toEqual([]);
    expect(String(s.responses()[1]!["Ответы"])).toContain("=HYPERLINK");
  });

  test("registration: a new person is added, a known one only gets empty cells filled, nobody twice", () => {
    const s = school();
    const links = ok(s.run((p) => surveyForm(p, "registration_mentee")));
    expect(links.url).toMatch(/^https:\/\/docs\.google\.com\/forms\//);
    const def = SURVEYS.registration_mentee;
    const title = (key: string) => def.questions.find((q) => q.key === key)!.title.ru;
    const choice = (key: string, n = 0) => def.questions.find((q) => q.key === key)!.choices![n]!.label.ru;
    const before = rowsOf(s.w.ss, "Наставляемые").filter((r) => r["ФИО"] !== "");
    const person = {
      [title("fullName")]: "Кузнецова Дарья Игоревна",
      [title("position")]: "учитель биологии",
      [title("email")]: "kuznetsova@school7.example",
      [title("consent")]: choice("consent"),
      [title("category")]: choice("category"),
      [title("requests")]: "работа с родителями; дисциплина на уроке",
      [title("form")]: choice("form"),
      [title("minor")]: choice("minor", 1),
    };
    s.w.emu.forms.submit(links.url, person);
    // The same person registers again, now with a phone: no second row, the empty cell is filled.
    s.w.emu.forms.submit(links.url, { ...person, [title("phone")]: "+7 914 555-12-34" });
    const r = ok(s.run((p) => collectResponses(p)));
    expect(r.registered).toBe(2);
    const after = rowsOf(s.w.ss, "Наставляемые").filter((x) => x["ФИО"] !== "");
    expect(after).toHaveLength(before.length + 1);
    const added = after.find((x) => x["ФИО"] === "Кузнецова Дарья Игоревна")!;
    expect(added["E-mail"]).toBe("kuznetsova@school7.example");
    expect(added["Согласие на обработку ПДн"]).toBe(true);
    expect(String(added["ID"])).toMatch(/^НЯ-\d{4}$/);
    expect(added["Дата согласия"]).toBeInstanceOf(Date);
    expect(s.responses().map((x) => x["Статус"])).toEqual(["внесён в базу", "внесён в базу"]);
  });
});
