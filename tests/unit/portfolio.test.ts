/**
 * The mentor's portfolio, pure: the values of one mentor's year (pairs, contests, the surveys' scores) worked out
 * by hand, and the built-in template filled with them.
 */
import type { Achievement } from "../../src/domain/base/staff";
import {
  type Block,
  blocksText,
  type MentorFeedback,
  mentorFeedback,
  portfolioContext,
  renderBlocks,
  TEMPLATES,
} from "../../src/domain/documents";
import type { Locale } from "../../src/domain/i18n";
import type { KpiResponseRow, KpiSurveyRow } from "../../src/domain/kpi";
import type { Mentee, Mentor, OrgSettings, Pair } from "../../src/domain/model";

const settings: OrgSettings = {
  name: "МБОУ «Лицей № 3»",
  shortName: "Лицей № 3",
  city: "г. Томск",
  headName: "Сергеев Павел Ильич",
  headPosition: "Директор",
  curatorName: "Белова Ольга Викторовна",
  curatorPosition: "заместитель директора",
  academicYear: "2026/2027",
};
const person = {
  consent: true,
  minor: false,
  guardianConsent: false,
  status: "active" as const,
  contest: false,
};
const mentor: Mentor = {
  ...person,
  id: "НС-0004",
  fullName: "Гришина Мария Львовна",
  position: "учитель химии",
  experienceYears: 21,
  category: "teacher",
  competencies: [],
  forms: ["teacher_teacher"],
  capacity: 2,
  staffId: "СТ-0012",
};
const mentee = (id: string, fullName: string): Mentee => ({
  ...person,
  id,
  fullName,
  position: "учитель биологии",
  category: "young_specialist",
  requests: ["лабораторные работы"],
  form: "teacher_teacher",
});
const mentees = [mentee("НП-0001", "Орехов Иван Петрович"), mentee("НП-0002", "Сизова Дарья Олеговна")];
const pair = (id: string, menteeId: string, extra: Partial<Pair>): Pair => ({
  id,
  mentorId: mentor.id,
  menteeId,
  form: "teacher_teacher",
  status: "active",
  ...extra,
});
const pairs = [
  pair("П-0009", "НП-0002", { startDate: "2026-10-01" }),
  pair("П-0003", "НП-0001", {
    startDate: "2026-09-07",
    endDate: "2027-05-20",
    status: "completed",
    result: "Цели достигнуты",
  }),
];
const contest = (
  id: string,
  personId: string,
  date: string,
  extra: Partial<Achievement> = {},
): Achievement => ({
  id,
  personId,
  event: `Конкурс ${id}`,
  date,
  ...extra,
});

const survey = (kind: string, personId: string, score: number, day: string): KpiSurveyRow => ({
  kind,
  year: "2026/2027",
  personId,
  status: "answered",
  score,
  answerDate: day,
});
const response = (kind: string, personId: string, score: number, day: string): KpiResponseRow => ({
  kind,
  year: "2026/2027",
  personId,
  status: "counted",
  score,
  submitted: `${day}T10:00:00Z`,
});

describe("mentorFeedback", () => {
  test("the mentees' latest answers in the year, each once: mean to one decimal, the count, the mentor's own", () => {
    const answers = {
      surveys: [
        // Superseded by the later answer on «Ответы анкет».
        survey("satisfaction_mentee", "НП-0001", 4, "2026-12-10"),
        // Another mentor's mentee: not counted.
        survey("satisfaction_mentee", "НП-0099", 1, "2027-05-01"),
        // Last year's answer: not counted.
        { ...survey("satisfaction_mentee", "НП-0002", 2, "2026-05-10"), year: "2025/2026" },
      ],
      responses: [
        response("satisfaction_mentee", "НП-0001", 9, "2027-05-21"),
        response("satisfaction_mentee", "НП-0002", 8, "2027-05-22"),
        response("satisfaction_mentor", mentor.id, 10, "2027-05-23"),
        // Monitoring is not satisfaction.
        response("exit", "НП-0002", 3, "2027-05-23"),
      ],
    };
    // (9 + 8) / 2 = 8.5; НП-0001 named twice (two pairs) counts once.
    expect(mentorFeedback(answers, mentor.id, ["НП-0001", "НП-0002", "НП-0001"], "2026/2027")).toEqual({
      menteeMean: 8.5,
      menteeAnswers: 2,
      mentorScore: 10,
    });
  });

  test("no answers: no mean, none counted, no own score", () => {
    const answers = { surveys: [survey("satisfaction_mentee", "НП-0001", 7, "2026-05-10")], responses: [] };
    // The only answer is dated in the year before.
    expect(mentorFeedback(answers, mentor.id, ["НП-0001"], "2026/2027")).toEqual({
      menteeMean: undefined,
      menteeAnswers: 0,
      mentorScore: undefined,
    });
  });

  test("a mean of three scores is rounded to one decimal", () => {
    const answers = {
      responses: ["НП-0001", "НП-0002", "НП-0003"].map((id, i) =>
        response("satisfaction_mentee", id, [7, 8, 8][i]!, "2027-04-01"),
      ),
    };
    // 23 / 3 = 7.666… → 7.7
    expect(
      mentorFeedback(answers, mentor.id, ["НП-0001", "НП-0002", "НП-0003"], "2026/2027").menteeMean,
    ).toBe(7.7);
  });
});

const base = { settings, mentors: [mentor], mentees };
const build = (locale: Locale, contests: Achievement[], feedback: MentorFeedback) =>
  portfolioContext(mentor, pairs, { contests, feedback }, base, { locale, today: "2027-06-01" });
const render = (locale: Locale, context: ReturnType<typeof build>["context"]) =>
  renderBlocks(TEMPLATES.portfolio.blocks[locale], context);
const tableOf = (blocks: Block[], header: string) =>
  blocks.find((b): b is Extract<Block, { kind: "table" }> => b.kind === "table" && b.rows[0]?.[1] === header);

describe("portfolioContext", () => {
  const contests = [
    contest("КД-0007", "СТ-0012", "2027-03-15", {
      level: "regional",
      result: "prize",
      event: "Учитель года",
    }),
    contest("КД-0002", mentor.id, "2026-11-02", { level: "organisation", result: "participant" }),
  ];
  const feedback: MentorFeedback = { menteeMean: 8.5, menteeAnswers: 2, mentorScore: 9 };

  test("the mentor, the pairs in id order with status and result, the contests by date, the scores", () => {
    const { context, missing } = build("ru", contests, feedback);
    expect(missing).toEqual([]);
    expect(context.values["mentor.fullName"]).toBe("Гришина Мария Львовна");
    expect(context.values["mentor.experience"]).toBe("21 год");
    expect(context.values["portfolio.pairsCount"]).toBe("2");
    expect(context.lists.pairs?.map((x) => [x["pairs.id"], x["pairs.mentee"], x["pairs.status"]])).toEqual([
      ["П-0003", "Орехов Иван Петрович", "завершена"],
      ["П-0009", "Сизова Дарья Олеговна", "активна"],
    ]);
    expect(context.lists.pairs?.[0]?.["pairs.endDate"]).toBe("20.05.2027");
    expect(context.lists.contests).toEqual([
      {
        "contests.no": "1",
        "contests.event": "Конкурс КД-0002",
        "contests.level": "в организации",
        "contests.date": "02.11.2026",
        "contests.result": "участник",
      },
      {
        "contests.no": "2",
        "contests.event": "Учитель года",
        "contests.level": "региональный",
        "contests.date": "15.03.2027",
        "contests.result": "призёр",
      },
    ]);
    expect(context.values["portfolio.menteeScore"]).toBe("8,5");
    expect(context.values["portfolio.menteeAnswers"]).toBe("2");
    expect(context.values["portfolio.mentorScore"]).toBe("9");
  });

  test("the built-in template filled: the rows, the sentences; nothing left unfilled", () => {
    const blocks = render("ru", build("ru", contests, feedback).context);
    const doc = blocksText(blocks);
    expect(doc).not.toContain("{{");
    expect(doc).toContain("ПОРТФОЛИО НАСТАВНИКА");
    expect(doc).toContain("Записей за учебный год: 2.");
    expect(doc).toContain("Средняя оценка наставляемых — 8,5 из 10 (ответов: 2).");
    expect(doc).toContain("Собственная оценка наставника — 9 из 10.");
    expect(tableOf(blocks, "Наставляемый")?.rows).toHaveLength(3);
    expect(tableOf(blocks, "Мероприятие")?.rows[2]).toEqual([
      "2",
      "Учитель года",
      "региональный",
      "15.03.2027",
      "призёр",
    ]);
  });

  test("no contests and no answers: the sentences say so, the contests' table keeps its header only", () => {
    const none: MentorFeedback = { menteeAnswers: 0 };
    const { context } = build("en", [], none);
    expect(context.values["portfolio.menteeScore"]).toBe("");
    const blocks = render("en", context);
    const doc = blocksText(blocks);
    expect(doc).toContain("No entries of the mentor taking part in contests or events in the academic year.");
    expect(doc).toContain("have not answered the satisfaction survey");
    expect(doc).not.toContain("own score");
    expect(tableOf(blocks, "Event")?.rows).toHaveLength(1);
    expect(doc).toContain("Pairs in the academic year: 2.");
  });
});
