import type { SurveyPorts } from "../../src/app/surveys";
import { collectResponses, sendSurveys, surveyForm } from "../../src/app/surveys";
import { SURVEYS } from "../../src/domain/surveys";
import { ok, rowsOf } from "../support/gas";
import { answers, linkIn, schoolPerTest } from "./surveyWorld";

/**
 * Collecting answers when one of them is hostile: each such answer is recorded on «Ответы анкет» as flagged with
 * its reason, nothing throws for all, and the other answers are counted or registered.
 */

const newSchool = schoolPerTest();
const school = () => newSchool();

const INTERNAL = /TypeError|Invalid time value|Cannot read|undefined|\bat \S+:\d+/;

describe("collecting answers: one hostile answer never stops the rest", () => {
  test("registrations: a 50,000-character name and an e-mail like =HYPERLINK(...) are flagged, not added; the good one is", () => {
    const s = school();
    const links = ok(s.run((p) => surveyForm(p, "registration_mentee")));
    const def = SURVEYS.registration_mentee;
    const title = (key: string) => def.questions.find((q) => q.key === key)!.title.ru;
    const choice = (key: string, n = 0) => def.questions.find((q) => q.key === key)!.choices![n]!.label.ru;
    const person = (name: string, email: string) => ({
      [title("fullName")]: name,
      [title("email")]: email,
      [title("consent")]: choice("consent"),
      [title("category")]: choice("category"),
      [title("requests")]: "работа с родителями",
      [title("form")]: choice("form"),
      [title("minor")]: choice("minor", 1),
    });
    const before = rowsOf(s.w.ss, "Наставляемые").filter((r) => r["ФИО"] !== "").length;
    const long = "Ж".repeat(50_000);
    s.w.emu.forms.submit(links.url, person(long, "long@school7.example"));
    s.w.emu.forms.submit(links.url, person("Хакеров Иван Петрович", '=HYPERLINK("http://evil";"x")'));
    s.w.emu.forms.submit(links.url, person("Кузнецова Дарья Игоревна", "kuznetsova@school7.example"));
    const r = ok(s.run((p) => collectResponses(p)));
    expect(r).toMatchObject({ received: 3, registered: 1, flagged: 2 });
    const after = rowsOf(s.w.ss, "Наставляемые").filter((x) => x["ФИО"] !== "");
    expect(after).toHaveLength(before + 1);
    expect(after.some((x) => x["ФИО"] === "Кузнецова Дарья Игоревна")).toBe(true);
    expect(
      after.some((x) => String(x["ФИО"]).startsWith("ЖЖЖ") || String(x["ФИО"]).includes("Хакеров")),
    ).toBe(false);
    const rows = s.responses();
    expect(rows.map((x) => x["Статус"])).toEqual(["проверьте", "проверьте", "внесён в базу"]);
    expect(String(rows[0]!["Ответы"])).toMatch(
      /^Не внесено в базу: в столбце «ФИО» 50000 знаков, а допустимо не больше 1000\. Проверьте ответ в форме/,
    );
    expect(String(rows[0]!["Участник"])).toMatch(/^Ж{200}$/);
    expect(String(rows[1]!["Ответы"])).toContain("=HYPERLINK");
    expect(
      s.w.ss.getSheetByName("Ответы анкет")!.getDataRange().getFormulas().flat().filter(Boolean),
    ).toEqual([]);
    for (const x of rows) expect(String(x["Ответы"])).not.toMatch(INTERNAL);
    // Collected again: nothing is read twice.
    expect(ok(s.run((p) => collectResponses(p)))).toMatchObject({ received: 0 });
  });

  test("token answers: 50,000 characters, another survey's code, a missing item, an unreadable answer; the rest counted", () => {
    const s = school();
    const toMentees = ok(s.run((p) => sendSurveys(p, "satisfaction_mentee", { type: "all" }, "send")));
    ok(s.run((p) => sendSurveys(p, "satisfaction_mentor", { type: "all" }, "send")));
    const menteeLinks = s.w.emu.mail
      .sent()
      .slice(0, toMentees.sent)
      .map((m) => linkIn(m.body));
    const mentorLink = linkIn(s.w.emu.mail.sent()[toMentees.sent]!.body);
    const def = SURVEYS.satisfaction_mentee;
    const paragraph = def.questions.find((q) => q.type === "paragraph")!.title.ru;
    const tokenTitle = def.questions.find((q) => q.token)!.title.ru;
    const mentorToken = Object.values(s.w.emu.forms.parsePrefilledUrl(mentorLink).entries)[0] as string;
    s.w.emu.forms.submit(menteeLinks[0]!, answers(def, 7, { [paragraph]: "Ы".repeat(50_000) }));
    s.w.emu.forms.submit(menteeLinks[0]!.split("?")[0]!, answers(def, 10, { [tokenTitle]: mentorToken }));
    // An optional item left out (a required one the form itself refuses): counted.
    const missing = answers(def, 6);
    delete missing[paragraph];
    s.w.emu.forms.submit(menteeLinks[1]!, missing);
    s.w.emu.forms.submit(menteeLinks[2]!, answers(def, 9));
    s.w.emu.forms.submit(menteeLinks[3]!, answers(def, 8));
    // One answer the adapter hands over broken (no time): recorded for the curator, the others go on.
    const broken = (p: SurveyPorts): SurveyPorts => {
      const forms = Object.create(p.forms) as SurveyPorts["forms"];
      forms.responses = (id, known) =>
        p.forms.responses(id, known).map((a, i) => (i === 3 ? { ...a, at: Number.NaN } : a));
      return { ...p, forms };
    };
    const r = ok(s.run((p) => collectResponses(broken(p))));
    expect(r.received).toBe(5);
    expect(r.flagged).toBe(2);
    expect(r.counted).toBe(3);
    expect(r.message).not.toMatch(INTERNAL);
    const rows = s.responses();
    expect(rows.map((x) => x["Статус"])).toEqual([
      "учтён",
      "код другой анкеты",
      "учтён",
      "проверьте",
      "учтён",
    ]);
    // The long answer is kept short enough for a cell.
    expect(String(rows[0]!["Ответы"]).length).toBeLessThan(50_000);
    expect(String(rows[3]!["Ответы"])).toMatch(/^Ответ не удалось прочитать: он не засчитан/);
    for (const x of rows) expect(String(x["Ответы"])).not.toMatch(INTERNAL);
    // The broken answer is not read again; the answered rows on «Анкеты» are those counted.
    expect(ok(s.run((p) => collectResponses(p)))).toMatchObject({ received: 0 });
    expect(s.surveys().filter((x) => x["Статус"] === "ответ получен")).toHaveLength(3);
  });
});
