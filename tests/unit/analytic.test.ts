import {
  type AnalyticInput,
  analyticBlocks,
  analyticFileName,
  type HistoryPoint,
  pairProgress,
  reportPeriod,
  surveySummaries,
  trendOf,
} from "../../src/domain/analytic";
import { blocksText } from "../../src/domain/documents";
import {
  evaluate,
  type KpiData,
  type KpiPair,
  participantCounts,
  staffInvolvement,
} from "../../src/domain/kpi";

/*
 * A small school in 2026/2027, the December report made on 15 December 2026. Every figure expected below is
 * worked out by hand in the comment beside it.
 */
const YEAR = "2026/2027";
const TODAY = "2026-12-15";

const PAIRS: KpiPair[] = [
  {
    id: "П-1",
    mentorId: "НС-1",
    menteeId: "НЧ-1",
    form: "teacher_teacher",
    status: "active",
    startDate: "2026-09-10",
  },
  {
    id: "П-2",
    mentorId: "НС-2",
    menteeId: "НЧ-2",
    form: "teacher_teacher",
    status: "paused",
    startDate: "2026-10-01",
  },
  // Completed within the period.
  {
    id: "П-3",
    mentorId: "НС-3",
    menteeId: "НЧ-3",
    form: "teacher_teacher",
    status: "completed",
    startDate: "2026-09-01",
    endDate: "2026-11-30",
  },
  // Started the year before, terminated in September.
  {
    id: "П-4",
    mentorId: "НС-1",
    menteeId: "НЧ-4",
    form: "teacher_teacher",
    status: "terminated",
    startDate: "2025-10-01",
    endDate: "2026-09-20",
  },
  // Ended the year before: not in this year at all.
  {
    id: "П-5",
    mentorId: "НС-2",
    menteeId: "НЧ-4",
    form: "teacher_teacher",
    status: "completed",
    startDate: "2025-09-01",
    endDate: "2026-05-31",
  },
];

const answer = (personId: string, score: number, submitted: string) => ({
  kind: "satisfaction_mentee",
  year: YEAR,
  personId,
  status: "counted",
  score,
  submitted,
});

const DATA: KpiData = {
  mentors: [
    { id: "НС-1", fullName: "Аксенова Анна Ивановна", category: "teacher" },
    { id: "НС-2", fullName: "Борисов Борис Петрович", category: "teacher" },
    { id: "НС-3", fullName: "Власова Вера Олеговна", category: "teacher" },
  ],
  mentees: [
    { id: "НЧ-1", fullName: "Зайцев Иван Ильич", category: "young_specialist", experienceYears: 1 },
    { id: "НЧ-2", fullName: "Ильина Ольга Сергеевна", category: "teacher", experienceYears: 5 },
    { id: "НЧ-3", fullName: "Ким Анна Романовна", category: "young_specialist", experienceYears: 0 },
    { id: "НЧ-4", fullName: "Лебедев Олег Ильич", category: "teacher", experienceYears: 12 },
  ],
  pairs: PAIRS,
  surveys: [],
  // Mentees in this year's pairs: НЧ-1…НЧ-4 (4). Answered: НЧ-1 (9), НЧ-2 (5), НЧ-3 (8; an earlier 4 replaced).
  responses: [
    answer("НЧ-1", 9, "2026-12-01"),
    answer("НЧ-2", 5, "2026-12-02"),
    { ...answer("НЧ-3", 4, "2026-11-01"), status: "replaced" },
    answer("НЧ-3", 8, "2026-12-03"),
  ],
  counts: { youngSpecialists: { [YEAR]: 4 }, partners: {} },
  ourOrganisation: "МБОУ СОШ № 1",
  today: TODAY,
};

const TARGETS = { satisfactionMentees: { [YEAR]: 60 }, satisfactionMentors: { [YEAR]: 50 } };

describe("the half-year a report covers", () => {
  test("inferred from today within the base's year, by the snapshot months", () => {
    expect(reportPeriod("2026-12-15", YEAR, "december_june")).toEqual({
      year: YEAR,
      half: "december",
      from: "2026-09-01",
      to: "2026-12-15",
      part: 1,
    });
    expect(reportPeriod("2027-01-20", YEAR, "december_june")?.half).toBe("december");
    expect(reportPeriod("2027-03-01", YEAR, "december_june")).toMatchObject({ half: "june", part: 2 });
    expect(reportPeriod("2027-02-10", YEAR, "january_july")).toMatchObject({ half: "january", part: 1 });
    expect(reportPeriod("2027-03-10", YEAR, "january_july")).toMatchObject({ half: "july", part: 2 });
  });

  test("after the year: its second half, up to 31 August; before it or a malformed year: nothing", () => {
    expect(reportPeriod("2027-09-05", YEAR, "december_june")).toMatchObject({
      half: "june",
      to: "2027-08-31",
    });
    expect(reportPeriod("2026-08-01", YEAR, "december_june")).toBeNull();
    expect(reportPeriod(TODAY, "2026", "december_june")).toBeNull();
  });
});

describe("the pairs' progress", () => {
  test("counted over 1 September to the period's end", () => {
    // In the year: П-1…П-4 (П-5 ended in May). Started since 1 September: П-1, П-2, П-3. Active on 15.12: П-1;
    // paused: П-2. Completed in the period: П-3 (30.11); terminated: П-4 (20.09).
    expect(pairProgress(PAIRS, { from: "2026-09-01", to: TODAY }, TODAY)).toEqual({
      inYear: 4,
      started: 3,
      active: 1,
      paused: 1,
      completed: 1,
      terminated: 1,
    });
  });

  test("a pair started after the period's end is not in it", () => {
    const later: KpiPair = {
      id: "П-6",
      mentorId: "НС-1",
      menteeId: "НЧ-1",
      form: "teacher_teacher",
      status: "active",
      startDate: "2027-01-10",
    };
    expect(pairProgress([later], { from: "2026-09-01", to: TODAY }, TODAY)).toMatchObject({
      inYear: 0,
      active: 0,
    });
  });
});

describe("survey summaries", () => {
  test("the satisfaction indicator's figures and the scores' spread", () => {
    const rows = evaluate(DATA, YEAR, TARGETS);
    const [mentees, mentors] = surveySummaries(DATA, rows, YEAR);
    // Satisfied (≥ 7): НЧ-1, НЧ-3 = 2 of 4 in pairs = 50 %; of the 3 who answered: 66.7 %; answered 3 of 4 = 75 %.
    expect(mentees!.satisfied).toEqual({ numerator: 2, denominator: 4, percent: 50 });
    expect(mentees!.amongAnswered).toMatchObject({ numerator: 2, denominator: 3, percent: 66.7 });
    expect(mentees!.responseRate).toMatchObject({ numerator: 3, denominator: 4, percent: 75 });
    // The replaced 4 is not counted: one each at 5, 8 and 9.
    expect(mentees!.distribution.filter((d) => d.count > 0)).toEqual([
      { score: 5, count: 1 },
      { score: 8, count: 1 },
      { score: 9, count: 1 },
    ]);
    // No mentor answered: no share, no figures beside.
    expect(mentors!.satisfied.percent).toBeNull();
    expect(mentors!.responseRate).toBeUndefined();
    expect(mentors!.satisfied.denominator).toBe(3);
  });
});

const HISTORY: HistoryPoint[] = [
  { takenAt: "2025-12-20", half: "декабрь", year: "2025/2026", key: "satisfactionMentees", percent: 30 },
  { takenAt: "2026-06-10", half: "июнь", year: "2025/2026", key: "satisfactionMentees", percent: 40 },
  // The June point taken again two days later: this one counts.
  { takenAt: "2026-06-12", half: "июнь", year: "2025/2026", key: "satisfactionMentees", percent: 45 },
  // After the report's day: left out.
  { takenAt: "2026-12-20", half: "декабрь", year: YEAR, key: "satisfactionMentees", percent: 50 },
  { takenAt: "2026-06-12", half: "июнь", year: "2025/2026", key: "satisfactionMentors", percent: 70 },
];

test("the trend: one figure per year and point, the last taken, oldest first, none after the day", () => {
  expect(trendOf(HISTORY, "satisfactionMentees", TODAY).map((h) => h.percent)).toEqual([30, 45]);
  expect(trendOf(HISTORY, "satisfactionMentees", "2026-12-31").map((h) => h.percent)).toEqual([30, 45, 50]);
  expect(trendOf(HISTORY, "satisfactionMentees", "2026-12-31", 2).map((h) => h.percent)).toEqual([45, 50]);
  expect(trendOf(HISTORY, "levelRose", TODAY)).toEqual([]);
});

function input(extra: Partial<AnalyticInput> = {}): AnalyticInput {
  const period = reportPeriod(TODAY, YEAR, "december_june")!;
  const rows = evaluate(DATA, YEAR, TARGETS);
  return {
    organisation: { name: "МБОУ «Средняя школа № 1»" },
    curator: { name: "Смирнова Елена Викторовна", position: "заместитель директора" },
    period,
    today: TODAY,
    indicators: rows,
    history: HISTORY,
    counts: participantCounts(DATA, TODAY),
    countsOn: TODAY,
    involvement: null,
    surveys: surveySummaries(DATA, rows, YEAR),
    pairs: pairProgress(DATA.pairs, period, TODAY),
    satisfactionThreshold: 7,
    ...extra,
  };
}

describe("the report's content", () => {
  const text = blocksText(analyticBlocks(input(), "ru"));

  test("title, organisation and period", () => {
    expect(text).toContain("МБОУ «Средняя школа № 1»");
    expect(text).toContain("Аналитическая справка");
    expect(text).toContain("за первое полугодие 2026/2027 учебного года");
    expect(text).toContain(
      "Период: с 01.09.2026 по 15.12.2026; срез мониторинга «декабрь». Справка составлена 15.12.2026.",
    );
  });

  test("each indicator against its target, with the trend from the snapshots", () => {
    expect(text).toContain(
      "Уровень удовлетворённости наставляемых участием в программах наставничества | 2 / 4 | 50 | 60 | пока нет | декабрь 2025/2026: 30 %; июнь 2025/2026: 45 %",
    );
    // No mentor answered: no figure, «нет данных»; no snapshot of it besides June's.
    expect(text).toMatch(
      /Уровень удовлетворённости наставников[^\n]*\| — \/ 3 \| — \| 50 \| нет данных \| июнь 2025\/2026: 70 %/,
    );
  });

  test("the participants on the day and the pairs' progress", () => {
    // Current on 15.12: П-1 and П-2: mentors НС-1, НС-2; mentees НЧ-1, НЧ-2 (one young specialist, НЧ-1).
    expect(text).toContain("всего | Всего участников | 4");
    expect(text).toContain("по ролям | Наставники | 2");
    expect(text).toContain("по категориям | Молодые специалисты (наставляемые) | 1");
    expect(text).toContain("Работали в учебном году (по 15.12.2026) | 4");
    expect(text).toContain("Начали работу в этот период | 3");
    expect(text).toContain("Завершены в этот период | 1");
    expect(text).toContain("Расторгнуты в этот период | 1");
  });

  test("the survey summary and its spread", () => {
    expect(text).toContain(
      "Наставляемые: ответили 3 из 4 (75 %); удовлетворены (оценка не ниже 7) — 2 из 4 (50 %), среди ответивших — 66.7 %.",
    );
    expect(text).toContain("9 | 1 | ████████████████████");
    expect(text).toContain("1 | 0 | ");
    // No mentor answered: said so, and no table of scores.
    expect(text).toContain("Наставники: ответов на анкету за учебный год нет (участников в парах — 3).");
    expect(text.match(/Оценка \| Человек/g)).toHaveLength(1);
  });

  test("the conclusions name the targets not reached with their figures", () => {
    expect(text).toContain(
      "Целевые значения не достигнуты: «Уровень удовлетворённости наставляемых участием в программах наставничества» (50 % / 60 %).",
    );
    expect(text).toMatch(
      /Нет данных для расчёта: [^\n]*«Уровень удовлетворённости наставников участием в программах наставничества»/,
    );
    // A figure without a target is named apart from the indicators without a figure (each once).
    expect(text).toMatch(
      /Цель на учебный год не задана \(лист «Цели показателей»\): «Доля молодых специалистов, вошедших[^\n]*«Доля пар, завершивших программу наставничества»\.\n/,
    );
    const noData = /Нет данных для расчёта: ([^\n]*)/.exec(text)![1]!;
    expect(noData.match(/«[^»]+»/g)).toEqual([
      "«Уровень удовлетворённости наставников участием в программах наставничества»",
      "«Доля организаций-партнёров, предоставивших своих наставников»",
    ]);
    expect(text).toContain("заместитель директора | ____________ / Смирнова Е. В.");
  });

  test("no staff register: no involvement section; the roadmap's and the journeys' sections say when there is nothing", () => {
    expect(text).not.toContain("Вовлечённость педагогического коллектива");
    expect(text).toContain("6. Выполнение дорожной карты\nДорожная карта в базе ещё не ведётся");
    expect(text).toContain("5. Ход работы пар\nХод работы пар не отслеживается");
    const more = blocksText(
      analyticBlocks(
        input({
          roadmap: {
            total: 12,
            done: 5,
            overdue: [
              {
                no: "3.1",
                measure: "Сформировать базу наставников",
                deadline: "01.10.2026",
                responsible: "Смирнова Е. В.",
              },
            ],
          },
          journeys: {
            meetings: 14,
            onTrack: 1,
            tooEarly: 0,
            attention: [
              { pairId: "П-2", people: "Борисов Б. П. — Ильина О. С.", reason: "нет встреч 5 недель" },
            ],
          },
        }),
        "ru",
      ),
    );
    expect(more).toContain("6. Выполнение дорожной карты");
    expect(more).toContain("Выполнено мероприятий: 5 из 12; просрочено: 1.");
    expect(more).toContain("3.1 | Сформировать базу наставников | 01.10.2026 | Смирнова Е. В.");
    expect(more).toContain("5. Ход работы пар");
    expect(more).toContain(
      "Встреч записано за период: 14. Идут по плану: 1; требуют внимания: 1; пока рано судить: 0.",
    );
    expect(more).toContain("7. Выводы");
    expect(more).toContain("Просрочено мероприятий дорожной карты: 1.");
    expect(more).toContain("Пар, требующих внимания куратора: 1.");
  });

  test("with a staff register: the staff's involvement, and the young specialists in no pair named", () => {
    // On the register: НС-1 and НЧ-1 linked (the current pair П-1), a young teacher in no pair, a senior teacher.
    const staffed: KpiData = {
      ...DATA,
      baseYear: YEAR,
      mentors: DATA.mentors.map((m) => (m.id === "НС-1" ? { ...m, staffId: "СТ-1" } : m)),
      mentees: DATA.mentees.map((m) => (m.id === "НЧ-1" ? { ...m, staffId: "СТ-2" } : m)),
      staff: [
        { id: "СТ-1", fullName: "Аксенова Анна Ивановна", teachingYears: 20 },
        { id: "СТ-2", fullName: "Зайцев Иван Ильич", teachingYears: 1 },
        { id: "СТ-3", fullName: "Петрова Мария Юрьевна", teachingYears: 2 },
        { id: "СТ-4", fullName: "Рябов Олег Павлович", teachingYears: 25 },
      ],
    };
    const involved = blocksText(
      analyticBlocks(input({ involvement: staffInvolvement(staffed, { on: TODAY }) }), "ru"),
    );
    // 4 on staff: СТ-1 a mentor, СТ-2 a mentee, СТ-3 and СТ-4 in no pair; young: СТ-2 and СТ-3 (1 and 2 years).
    expect(involved).toContain("Вовлечённость педагогического коллектива на 15.12.2026:");
    expect(involved).toContain("Педагогов в коллективе | 4");
    expect(involved).toContain("Только наставники | 1");
    expect(involved).toContain("Только наставляемые | 1");
    expect(involved).toContain("Не участвуют в наставничестве | 2");
    expect(involved).toContain("Молодых специалистов в коллективе | 2");
    expect(involved).toContain("Молодые специалисты вне программ наставничества: Петрова М. Ю.");
    expect(involved).toContain("Не вовлечены в наставничество молодых специалистов: 1.");
  });

  test("in English, and the file name per year and point", () => {
    const en = blocksText(analyticBlocks(input(), "en"));
    expect(en).toContain("Analytic report");
    expect(en).toContain("the first half of the 2026/2027 academic year");
    expect(en).toContain("Mentees: 3 of 4 answered (75 %)");
    expect(analyticFileName({ year: YEAR, half: "december" }, "ru")).toBe(
      "Аналитическая справка 2026-2027 (декабрь)",
    );
    expect(analyticFileName({ year: YEAR, half: "june" }, "en")).toBe("Analytic report 2026-2027 (June)");
  });
});
