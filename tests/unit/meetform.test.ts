import { rowKeyOf } from "../../src/app/surveys";
import { parseArgs } from "../../src/domain/base/args";
import { FILLED_BY_FORM, MEETING_TEXT_MAX, meetingCells, meetingOfAnswer } from "../../src/domain/meetform";
import {
  answersByKey,
  invitationMail,
  prefillPlan,
  SURVEYS,
  TOKEN_PATTERN,
  validateAnswers,
} from "../../src/domain/surveys";

const JOURNAL = SURVEYS.meeting_journal;

describe("the meeting journal's form", () => {
  test("its first item carries the pair's code; the stages are the journey's, without «завершение»", () => {
    expect(prefillPlan(JOURNAL)).toMatchObject({ key: "token", index: 0, pattern: TOKEN_PATTERN });
    expect(JOURNAL.audience).toBe("mentor");
    const stage = JOURNAL.questions.find((q) => q.key === "stage")!;
    expect(stage.choices!.map((c) => c.label.ru)).toEqual([
      "встреча-знакомство",
      "пробная встреча",
      "встреча-планирование",
      "совместная работа",
      "итоговая встреча",
    ]);
    expect(JOURNAL.questions.filter((q) => q.required).map((q) => q.key)).toEqual([
      "token",
      "date",
      "stage",
      "topic",
    ]);
  });

  test("an answer read by its titles in either language; a date that is not one is a problem", () => {
    const keyed = answersByKey(JOURNAL, {
      "Pair code (filled in automatically, do not change)": "0123456789ABCDEFGHJKMNPQRS",
      "Date of the meeting": "2026-12-05",
      "Stage of the pair's work": "planning meeting",
      "Topic of the meeting": "Plan",
    });
    expect(validateAnswers(JOURNAL, keyed)).toEqual([]);
    expect(meetingOfAnswer(keyed)).toEqual({
      date: "2026-12-05",
      stage: "planning",
      topic: "Plan",
      done: "",
      next: "",
    });
    const bad = { ...keyed, date: "вчера" };
    expect(validateAnswers(JOURNAL, bad).map((x) => x.code)).toEqual(["date"]);
    expect(meetingOfAnswer(bad)).toBeUndefined();
  });
});

describe("an answer → a row of «Встречи»", () => {
  test("what was done and the next step share «Обратная связь», each under its label; filled in by the form", () => {
    const m = meetingOfAnswer({
      date: "05.12.2026",
      stage: "совместная работа",
      topic: "Урок",
      done: "Разобрали урок",
      next: "Открытый урок",
    })!;
    expect(meetingCells(m, "П-0003", "ru")).toEqual({
      pairId: "П-0003",
      stage: "совместная работа",
      topic: "Урок",
      feedback: "Что сделали: Разобрали урок\nСледующий шаг: Открытый урок",
      filledBy: FILLED_BY_FORM.ru,
    });
    expect(meetingCells({ ...m, done: "", next: "" }, "П-0003", "en")).toMatchObject({
      stage: "joint work",
      feedback: "",
      filledBy: "mentor (form)",
    });
  });

  test("a topic that reads as a formula is kept as text; an unknown stage is left empty; text is bounded", () => {
    const m = meetingOfAnswer({
      date: "2026-12-05",
      stage: "разговор",
      topic: '=IMPORTXML("https://x.example","//a")',
      done: "x".repeat(MEETING_TEXT_MAX + 50),
    })!;
    const cells = meetingCells(m, "П-0001", "ru");
    expect(cells.topic).toBe(`'=IMPORTXML("https://x.example","//a")`);
    expect(cells.stage).toBe("");
    expect(String(cells.feedback)).toHaveLength("Что сделали: ".length + MEETING_TEXT_MAX);
    expect(String(cells.feedback).startsWith("Что сделали")).toBe(true);
  });
});

describe("one link per pair", () => {
  test("the journal's rows are keyed by mentor and pair; every other survey's by person", () => {
    expect(rowKeyOf("meeting_journal", "НС-0001", "П-0002")).toBe("НС-0001|П-0002");
    expect(rowKeyOf("satisfaction_mentor", "НС-0001", "П-0002")).toBe("НС-0001");
    // The sidebar's calls accept both keys, nothing else.
    expect(parseArgs("resendSurveyMail", ["meeting_journal", "НС-0001|П-0002"], "ru")).toEqual([
      "meeting_journal",
      "НС-0001|П-0002",
    ]);
    expect(() => parseArgs("resendSurveyMail", ["meeting_journal", "НС-0001|НЯ-0002"], "ru")).toThrow();
  });

  test("the letter names its pair and carries its link", () => {
    const mail = invitationMail(
      "meeting_journal",
      {
        personName: "Сафронов Денис Юрьевич",
        orgName: "СОШ № 7",
        link: "https://docs.google.com/forms/d/e/x/viewform?entry.1=TOKEN",
        curatorName: "Ермакова Г. П.",
        curatorEmail: "curator@school.example",
        pairId: "П-0004",
      },
      "ru",
    );
    expect(mail.subject).toBe("Журнал встреч пары П-0004 — СОШ № 7");
    expect(mail.text).toContain("журнал встреч пары П-0004");
    expect(mail.text).toContain("https://docs.google.com/forms/d/e/x/viewform?entry.1=TOKEN");
  });
});
