import { enumIndex, KPI_INDICATORS } from "../../src/domain/enums";
import {
  BASES,
  chartSeries,
  chartTable,
  distributionTable,
  evaluate,
  HALVES,
  halfOf,
  INDICATORS,
  type IndicatorKey,
  type KpiData,
  type KpiMentee,
  type KpiMentor,
  type KpiPair,
  type KpiResponseRow,
  type KpiSurveyRow,
  kpiTableRows,
  normaliseOrganisation,
  participantCounts,
  participantsOn,
  percentOf,
  readTargets,
  satisfactionDistribution,
  snapshotOf,
  TARGET_STATUSES,
  THRESHOLD_ROW,
  targetRows,
  targetStatus,
  thresholdOf,
  yearBounds,
  yearsFrom,
} from "../../src/domain/kpi";

/*
 * One small school, academic year 2025/2026 (1 Sep 2025 – 31 Aug 2026), today 20 May 2026.
 * Every expected figure below is worked out by hand in the comment next to it.
 */
const YEAR = "2025/2026";
const TODAY = "2026-05-20";

const MENTORS: KpiMentor[] = [
  { id: "НС-1", fullName: "Аксенова", category: "teacher", organization: "", contest: true },
  // «МБОУ СОШ № 2» is our own short name written differently: not a partner.
  { id: "НС-2", fullName: "Борисов", category: "teacher", organization: "МБОУ СОШ № 2", contest: false },
  { id: "НС-3", fullName: "Власова", category: "employer", organization: "ООО «Ромашка»" },
  { id: "НС-4", fullName: "Гришин", category: "student", organization: 'ГБПОУ "Педколледж"' },
  // The same firm as НС-3: case, quotes and a double space do not make another organisation.
  { id: "НС-5", fullName: "Дорохова", category: "teacher", organization: "ооо  ромашка", contest: true },
  // A parent's workplace is not a partner organisation.
  { id: "НС-6", fullName: "Егоров", category: "parent", organization: "ПАО Банк" },
  // Only in a pair of the year before.
  { id: "НС-7", fullName: "Жукова", category: "head", organization: "Колледж", contest: true },
];

const MENTEES: KpiMentee[] = [
  { id: "НЧ-1", fullName: "Зайцев", category: "young_specialist", experienceYears: 1, contest: true },
  // Young by experience (teacher, 2 years); left in the middle of the year (pair П-2 terminated in January).
  { id: "НЧ-2", fullName: "Ильина", category: "teacher", experienceYears: 2, status: "left", contest: false },
  { id: "НЧ-3", fullName: "Ким", category: "teacher", experienceYears: 10, contest: true },
  // A teacher mentee (new employee, experience unknown: not young) who left; pair started the year before.
  { id: "НЧ-4", fullName: "Лебедев", category: "new_employee", status: "left" },
  { id: "НЧ-5", fullName: "Марков", category: "student", contest: true },
  { id: "НЧ-6", fullName: "Носова", category: "pupil" },
  // Young specialists outside this year's pairs: НЧ-7 last year, НЧ-8 and НЧ-9 in no pair.
  { id: "НЧ-7", fullName: "Орлов", category: "young_specialist", experienceYears: 0 },
  { id: "НЧ-8", fullName: "Петрова", category: "young_specialist", experienceYears: 2 },
  { id: "НЧ-9", fullName: "Рябов", category: "young_specialist", experienceYears: 1 },
];

const PAIRS: KpiPair[] = [
  // open, no end date
  {
    id: "П-1",
    mentorId: "НС-1",
    menteeId: "НЧ-1",
    form: "teacher_teacher",
    status: "active",
    startDate: "2025-09-15",
  },
  {
    id: "П-2",
    mentorId: "НС-2",
    menteeId: "НЧ-2",
    form: "teacher_teacher",
    status: "terminated",
    startDate: "2025-09-20",
    endDate: "2026-01-15",
  },
  {
    id: "П-3",
    mentorId: "НС-3",
    menteeId: "НЧ-5",
    form: "employer_student",
    status: "completed",
    startDate: "2025-10-01",
    endDate: "2026-03-31",
  },
  // active but its end date (30 April) has passed by 20 May: overdue
  {
    id: "П-4",
    mentorId: "НС-4",
    menteeId: "НЧ-6",
    form: "student_pupil",
    status: "active",
    startDate: "2025-11-01",
    endDate: "2026-04-30",
  },
  // active, ends 31 May: not yet due
  {
    id: "П-5",
    mentorId: "НС-5",
    menteeId: "НЧ-3",
    form: "teacher_teacher",
    status: "active",
    startDate: "2025-09-01",
    endDate: "2026-05-31",
  },
  // started the year before, terminated in December: takes part in 2025/2026, is not a pair «of» 2025/2026
  {
    id: "П-6",
    mentorId: "НС-1",
    menteeId: "НЧ-4",
    form: "teacher_teacher",
    status: "terminated",
    startDate: "2024-09-10",
    endDate: "2025-12-20",
  },
  {
    id: "П-7",
    mentorId: "НС-6",
    menteeId: "НЧ-6",
    form: "employer_pupil",
    status: "completed",
    startDate: "2026-02-01",
    endDate: "2026-05-10",
  },
  // the year before only
  {
    id: "П-8",
    mentorId: "НС-7",
    menteeId: "НЧ-7",
    form: "teacher_teacher",
    status: "completed",
    startDate: "2024-10-01",
    endDate: "2025-05-30",
  },
  // no start date: not counted anywhere
  { id: "П-9", mentorId: "НС-7", menteeId: "НЧ-8", form: "teacher_teacher", status: "active" },
];

const R = (
  kind: string,
  personId: string,
  status: string,
  submitted: string,
  score?: number,
  extra: Partial<KpiResponseRow> = {},
): KpiResponseRow => ({ kind, year: YEAR, personId, status, submitted, score, ...extra });

const RESPONSES: KpiResponseRow[] = [
  // Mentee satisfaction. Kinds and statuses are read as keys or labels in either language.
  R("satisfaction_mentee", "НЧ-1", "counted", "2026-05-01T09:30:00", 8),
  R("удовлетворённость наставляемого", "НЧ-2", "заменён", "2025-12-20", 9),
  R("satisfaction_mentee", "НЧ-2", "учтён", "2026-05-02", 6), // latest: 6 counts, not 9
  R("mentee satisfaction", "НЧ-3", "counted", "2026-05-03", 7),
  R("satisfaction_mentee", "НЧ-5", "replaced", "2026-05-04", 5),
  // answered on 2 September: outside 2025/2026 although the survey is of that year, so the May answer (5) stands
  R("satisfaction_mentee", "НЧ-5", "counted", "2026-09-02", 10),
  R("satisfaction_mentee", "НЧ-6", "unknown", "2026-05-05", 9), // not a person's answer
  R("satisfaction_mentee", "НЧ-4", "counted", "2025-05-20", 3, { year: "2024/2025" }), // another year
  // Mentor satisfaction
  R("satisfaction_mentor", "НС-1", "counted", "2026-05-10", 9),
  R("satisfaction_mentor", "НС-2", "counted", "2026-01-10", 4),
  R("satisfaction_mentor", "НС-3", "counted", "2026-05-11", 7),
  // Monitoring. НЧ-1: entry from the competency answers only, mean (4 + 6) / 2 = 5.0; exit (7 + 7) / 2 = 7.0.
  R("entry", "НЧ-1", "counted", "2025-09-20", undefined, {
    answers: { "competence.planning": 4, "competence.methods": 6 },
  }),
  R("exit", "НЧ-1", "counted", "2026-05-15", undefined, {
    answers: { "competence.planning": 7, "competence.methods": 7 },
  }),
  // an exit answer given after the year: not counted for 2025/2026 (it would make НЧ-1 fall to 3)
  R("exit", "НЧ-1", "counted", "2026-09-05", 3),
  // НЧ-2: entry 6.5, exit 6.5: not higher. The entry of February came after the exit: not the one compared.
  R("entry", "НЧ-2", "counted", "2025-09-25", 6.5),
  R("exit", "НЧ-2", "counted", "2026-01-10", 6.5),
  R("entry", "НЧ-2", "counted", "2026-02-01", 3),
  // НЧ-8: entry the year before (4.0), exit this year (4.4): rose.
  R("entry", "НЧ-8", "counted", "2024-10-05", 4, { year: "2024/2025" }),
  R("exit", "НЧ-8", "counted", "2026-04-01", 4.4),
  // НЧ-7: both the year before: not this year's.
  R("entry", "НЧ-7", "counted", "2024-10-02", 3, { year: "2024/2025" }),
  R("exit", "НЧ-7", "counted", "2025-05-25", 8, { year: "2024/2025" }),
  // НЧ-9: exit without an entry: not compared.
  R("exit", "НЧ-9", "counted", "2026-05-18", 8),
  // НЧ-3 is not a young specialist (10 years): not in levelRose at all.
  R("entry", "НЧ-3", "counted", "2025-09-10", 5),
  R("exit", "НЧ-3", "counted", "2026-05-12", 8),
];

const SURVEYS: KpiSurveyRow[] = [
  // The same answer as the response of НЧ-1 (same day): counted once.
  {
    kind: "satisfaction_mentee",
    year: YEAR,
    personId: "НЧ-1",
    status: "answered",
    score: 8,
    answerDate: "2026-05-01",
  },
  // A paper answer typed in on «Анкеты» only.
  {
    kind: "satisfaction_mentee",
    year: YEAR,
    personId: "НЧ-8",
    status: "ответ получен",
    score: 9,
    answerDate: "2026-05-05",
  },
  // sent, not answered
  { kind: "satisfaction_mentee", year: YEAR, personId: "НЧ-9", status: "sent" },
];

const DATA: KpiData = {
  mentors: MENTORS,
  mentees: MENTEES,
  pairs: PAIRS,
  surveys: SURVEYS,
  responses: RESPONSES,
  counts: { youngSpecialists: { [YEAR]: 3 }, partners: { [YEAR]: 8 } },
  ourOrganisation: ["Муниципальное бюджетное общеобразовательное учреждение «СОШ № 2»", "МБОУ «СОШ №2»"],
  today: TODAY,
};

const compute = (key: IndicatorKey, data: KpiData = DATA, year = YEAR, threshold?: number) =>
  INDICATORS.find((d) => d.key === key)!.compute(
    data,
    year,
    threshold === undefined ? {} : { satisfactionThreshold: threshold },
  );

describe("academic year and monitoring points", () => {
  it("bounds a year from 1 September to 31 August", () => {
    expect(yearBounds("2025/2026")).toEqual({ start: "2025-09-01", end: "2026-08-31" });
    expect(yearBounds(" 2025 / 2026 ")).toEqual({ start: "2025-09-01", end: "2026-08-31" });
    expect(yearBounds("2025/2027")).toBeNull();
    expect(yearBounds("2025")).toBeNull();
    expect(yearsFrom("2025/2026")).toEqual(["2025/2026", "2026/2027", "2027/2028"]);
  });

  it("halfOf: September–January is the December point, February–August the June one", () => {
    expect(halfOf("2025-09-01")).toBe("december");
    expect(halfOf("2025-12-10")).toBe("december");
    expect(halfOf("2026-01-20T12:00:00Z")).toBe("december");
    expect(halfOf("2026-02-01")).toBe("june");
    expect(halfOf("2026-06-15")).toBe("june");
    expect(halfOf("2026-08-31")).toBe("june");
    expect(halfOf("вчера")).toBeUndefined();
  });
});

describe("indicators on the sample school", () => {
  it("youngInProgrammes: young mentees in pairs of the year over the entered count", () => {
    // In pairs of 2025/2026: НЧ-1 (young specialist) and НЧ-2 (teacher, 2 years) are young; НЧ-3 (10 years) and
    // НЧ-4 (new employee, experience unknown) are not; НЧ-7 was in a pair only in 2024/2025; НЧ-8's pair has no
    // start date. 2 of the 3 working → 2 / 3 × 100 = 66.67 → 66.7.
    // No staff register here: the curator's typed total is the denominator, and the result says so.
    expect(compute("youngInProgrammes")).toEqual({
      numerator: 2,
      denominator: 3,
      percent: 66.7,
      rows: ["НЧ-1", "НЧ-2"],
      basis: { key: "typed", label: BASES.typed },
    });
  });

  it("youngInProgrammes without the curator's count gives no figure and says what to enter", () => {
    const r = compute("youngInProgrammes", { ...DATA, counts: { youngSpecialists: {}, partners: {} } });
    expect(r.numerator).toBe(2);
    expect(r.denominator).toBeNull();
    expect(r.percent).toBeNull();
    expect(r.note?.ru).toMatch(/^Нет данных: укажите/);
    expect(r.note?.ru).toContain("2025/2026");
    expect(r.note?.en).toMatch(/^No data: enter/);
    // 0 entered: still no figure, never Infinity
    const zero = compute("youngInProgrammes", {
      ...DATA,
      counts: { youngSpecialists: { [YEAR]: 0 }, partners: {} },
    });
    expect(zero.percent).toBeNull();
    // fewer entered than found in pairs: the figure stands (200 %) with a note to check the count
    const one = compute("youngInProgrammes", {
      ...DATA,
      counts: { youngSpecialists: { [YEAR]: 1 }, partners: {} },
    });
    expect(one.percent).toBe(200);
    expect(one.note?.ru).toContain("проверьте");
  });

  it("leftProfession: teacher mentees of the year who left, including one who left mid-year", () => {
    // Teacher mentees in pairs of the year: НЧ-1, НЧ-2, НЧ-3, НЧ-4 (НЧ-5 student, НЧ-6 pupil are not teachers).
    // «выбыл»: НЧ-2 (pair terminated 15 Jan) and НЧ-4 (pair of 2024 terminated 20 Dec 2025). 2 / 4 = 50.0.
    // No staff register: today's status rule, with a note saying so.
    expect(compute("leftProfession")).toMatchObject({
      numerator: 2,
      denominator: 4,
      percent: 50,
      rows: ["НЧ-2", "НЧ-4"],
      basis: { key: "participants" },
    });
    expect(compute("leftProfession").note?.ru).toContain("«выбыл»");
    expect(INDICATORS.find((d) => d.key === "leftProfession")!.direction).toBe("down");
  });

  it("levelRose: young specialists whose exit this year beats their entry", () => {
    // НЧ-1: 7.0 > 5.0 (scores from the competency answers; the exit of September is outside the year) → rose.
    // НЧ-2: 6.5 = 6.5 → compared, not rose (the entry after the exit is ignored).
    // НЧ-8: entry 4.0 of 2024/2025, exit 4.4 this year → rose.
    // НЧ-7: both last year; НЧ-9: no entry; НЧ-3: not young → left out.
    // Changed on purpose (issue 14): the headline is over the young specialists mentored in the year, and НЧ-8's
    // pair has no start date, so НЧ-8 was mentored in no year: young mentees of the year НЧ-1, НЧ-2 → 1 / 2 = 50.
    // Beside: among those with both monitorings НЧ-1, НЧ-2 → 1 / 2 = 50.
    expect(compute("levelRose")).toMatchObject({
      numerator: 1,
      denominator: 2,
      percent: 50,
      rows: ["НЧ-1"],
      beside: [{ key: "compared", numerator: 1, denominator: 2, percent: 50 }],
    });
    // the year before: only НЧ-7 (3 → 8) → 1 / 1 = 100
    expect(compute("levelRose", DATA, "2024/2025")).toMatchObject({
      numerator: 1,
      denominator: 1,
      percent: 100,
    });
  });

  it("contests: teachers among mentors and mentees of the year who took part", () => {
    // Teachers: mentors НС-1 ✓, НС-2 ✗, НС-5 ✓ (НС-3 employer, НС-4 student, НС-6 parent are not; НС-7 not this
    // year); mentees НЧ-1 ✓, НЧ-2 ✗, НЧ-3 ✓, НЧ-4 (no tick). 4 / 7 = 57.14 → 57.1.
    // No register and no contests tab (a base not carried over): the old tick, with a note saying so.
    expect(compute("contests")).toMatchObject({
      numerator: 4,
      denominator: 7,
      percent: 57.1,
      rows: ["НС-1", "НС-5", "НЧ-1", "НЧ-3"],
      basis: { key: "participants" },
    });
    expect(compute("contests").note?.ru).toContain("«Участие в конкурсах»");
  });

  it("contestsYoung: young specialists of the year who took part", () => {
    // Young in pairs of the year: НЧ-1 ✓, НЧ-2 ✗ → 1 / 2 = 50.0
    expect(compute("contestsYoung")).toMatchObject({
      numerator: 1,
      denominator: 2,
      percent: 50,
      rows: ["НЧ-1"],
    });
  });

  it("satisfaction of mentees: the latest answer in the year, at or above the threshold", () => {
    // Latest answer per person within 2025/2026: НЧ-1 8 (response and «Анкеты» row are one answer), НЧ-2 6 (the
    // later answer, not 9), НЧ-3 7, НЧ-5 5 (its September answer is outside the year), НЧ-8 9 (paper, «Анкеты»).
    // Not counted: НЧ-6 (unknown code), НЧ-4 (2024/2025), НЧ-9 (not answered). 5 answered.
    // Changed on purpose (issue 14): the headline's denominator is every mentee in pairs of the year (the seed's
    // «принявших участие»): НЧ-1…НЧ-6 = 6. НЧ-8's pair has no start date, so its paper answer is left out, with
    // a note. Answered among them: НЧ-1 8, НЧ-2 6, НЧ-3 7, НЧ-5 5 = 4.
    // Threshold 7: НЧ-1, НЧ-3 → 2 / 6 = 33.3; beside 2 / 4 = 50 among those who answered, 4 / 6 = 66.7 answered.
    const r = compute("satisfactionMentees");
    expect(r).toMatchObject({
      numerator: 2,
      denominator: 6,
      percent: 33.3,
      rows: ["НЧ-1", "НЧ-3"],
      beside: [
        { key: "answered", numerator: 2, denominator: 4, percent: 50 },
        { key: "responseRate", numerator: 4, denominator: 6, percent: 66.7 },
      ],
    });
    expect(r.note?.ru).toContain("не учтены (их 1)");
    // Threshold 8: НЧ-1 → 1 / 6 = 16.7; among those who answered 1 / 4 = 25
    expect(compute("satisfactionMentees", DATA, YEAR, 8)).toMatchObject({
      numerator: 1,
      denominator: 6,
      percent: 16.7,
      rows: ["НЧ-1"],
      beside: [
        { numerator: 1, denominator: 4, percent: 25 },
        { numerator: 4, denominator: 6 },
      ],
    });
  });

  it("satisfaction of mentors", () => {
    // Answers НС-1 9, НС-2 4, НС-3 7. Mentors in pairs of the year: НС-1…НС-6 = 6 (НС-7 only the year before).
    // Threshold 7: НС-1, НС-3 → 2 / 6 = 33.3; beside: 2 / 3 = 66.7 among those who answered; 3 / 6 = 50 answered.
    expect(compute("satisfactionMentors")).toMatchObject({
      numerator: 2,
      denominator: 6,
      percent: 33.3,
      rows: ["НС-1", "НС-3"],
      beside: [
        { key: "answered", numerator: 2, denominator: 3, percent: 66.7 },
        { key: "responseRate", numerator: 3, denominator: 6, percent: 50 },
      ],
    });
  });

  it("partnerOrganisations: distinct outside organisations, names normalised, over the entered count", () => {
    // Mentors of the year: НС-1 (empty), НС-2 (ours, other spelling), НС-3 and НС-5 (one firm), НС-4 (college),
    // НС-6 (a parent's workplace). Distinct: «ООО «Ромашка»», «ГБПОУ "Педколледж"» → 2 / 8 = 25.0
    expect(compute("partnerOrganisations")).toEqual({
      basis: { key: "typed", label: BASES.typed },
      numerator: 2,
      denominator: 8,
      percent: 25,
      rows: ["ООО «Ромашка»", 'ГБПОУ "Педколледж"'],
    });
    const none = compute("partnerOrganisations", { ...DATA, counts: { youngSpecialists: {}, partners: {} } });
    expect(none.percent).toBeNull();
    expect(none.note?.ru).toMatch(/^Нет данных: укажите/);
  });

  it("normalises organisation names: case, quotes, spaces, №", () => {
    const n = normaliseOrganisation;
    expect(n("МБОУ «СОШ № 2»")).toBe("мбоу сош №2");
    expect(n('  мбоу  "сош №2". ')).toBe("мбоу сош №2");
    expect(n("ООО „Ромашка“")).toBe(n("ооо ромашка"));
    expect(n("Ак-Довуракский  колледж")).toBe(n("ак – довуракский колледж"));
    expect(n("")).toBe("");
    expect(n(undefined)).toBe("");
  });

  it("pairsCompleted: completed over ended, an overdue open pair counting as ended", () => {
    // Pairs started in 2025/2026: П-1, П-2, П-3, П-4, П-5, П-7 (П-6 and П-8 started in 2024, П-9 has no date).
    // Ended by 20 May 2026: П-2 terminated, П-3 completed, П-7 completed, П-4 active past 30 April (overdue);
    // П-1 (no end date) and П-5 (ends 31 May) are not due. Completed: П-3, П-7 → 2 / 4 = 50.0
    expect(compute("pairsCompleted")).toEqual({
      numerator: 2,
      denominator: 4,
      percent: 50,
      rows: ["П-3", "П-7"],
    });
    // On 15 April П-4 is not yet due: 2 / 3 = 66.67 → 66.7
    expect(compute("pairsCompleted", { ...DATA, today: "2026-04-15" })).toMatchObject({
      numerator: 2,
      denominator: 3,
      percent: 66.7,
    });
  });

  it("every indicator's rows are its numerator", () => {
    for (const row of evaluate(DATA, YEAR)) expect(row.rows.length).toBe(row.numerator);
  });
});

describe("empty data", () => {
  it("gives no figure, never NaN or Infinity, with a note", () => {
    const empty: KpiData = {
      mentors: [],
      mentees: [],
      pairs: [],
      surveys: [],
      responses: [],
      counts: { youngSpecialists: {}, partners: {} },
      ourOrganisation: "",
      today: TODAY,
    };
    for (const def of INDICATORS) {
      const r = def.compute(empty, YEAR);
      expect(r.percent).toBeNull();
      expect(r.rows).toEqual([]);
      expect(r.note?.ru).toMatch(/^Нет данных/);
      expect(r.note?.en).toMatch(/^No data/);
      for (const n of [r.numerator, r.denominator]) if (n !== null) expect(Number.isFinite(n)).toBe(true);
    }
    // a year in which the sample school had nothing
    for (const r of evaluate(DATA, "2030/2031")) expect(r.percent).toBeNull();
    expect(percentOf(1, 0)).toBeNull();
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(1, 3)).toBe(33.3);
  });

  it("an unreadable year gives no figure and says why", () => {
    const r = compute("contests", DATA, "2025");
    expect(r.percent).toBeNull();
    expect(r.note?.ru).toContain("не распознан");
  });
});

describe("definitions", () => {
  it("have every formula, title and source in both languages", () => {
    const cyrillic = /[а-яё]/i;
    expect(INDICATORS.map((d) => d.key)).toEqual([
      "youngInProgrammes",
      "leftProfession",
      "levelRose",
      "contests",
      "contestsYoung",
      "satisfactionMentees",
      "satisfactionMentors",
      "partnerOrganisations",
      "pairsCompleted",
    ]);
    for (const d of INDICATORS) {
      for (const text of [d.formula, d.title, d.source]) {
        expect(text.ru.trim()).not.toBe("");
        expect(text.en.trim()).not.toBe("");
        expect(text.ru).toMatch(cyrillic);
        expect(text.en).not.toMatch(cyrillic);
      }
      // numerator / denominator × 100, in words
      expect(d.formula.ru).toMatch(/ \/ .+× 100/);
      expect(d.formula.en).toMatch(/ \/ .+× 100/);
      expect(d.unit).toBe("%");
    }
  });
});

describe("targets", () => {
  it("targetStatus for up and down indicators", () => {
    expect(targetStatus(60, 50, "up")).toBe("reached");
    expect(targetStatus(50, 50, "up")).toBe("reached");
    expect(targetStatus(49.9, 50, "up")).toBe("notYet");
    expect(targetStatus(10, 5, "down")).toBe("notYet");
    expect(targetStatus(5, 5, "down")).toBe("reached");
    expect(targetStatus(0, 5, "down")).toBe("reached");
    expect(targetStatus(null, 50, "up")).toBe("noData");
    expect(targetStatus(60, null, "up")).toBe("noData");
    expect(TARGET_STATUSES.values.reached).toEqual({ ru: "достигнут", en: "reached" });
    expect(TARGET_STATUSES.values.notYet).toEqual({ ru: "пока нет", en: "not yet" });
    expect(TARGET_STATUSES.values.noData).toEqual({ ru: "нет данных", en: "no data" });
  });

  it("targetRows: the targets table, a row per indicator and year", () => {
    const years = yearsFrom("2025/2026");
    const rows = targetRows(years);
    expect(rows).toHaveLength(INDICATORS.length * 3);
    expect(new Set(rows.map((r) => `${r.indicator}|${r.year}`)).size).toBe(rows.length);
    // year by year, indicators in their order
    expect(rows.slice(0, 2).map((r) => [r.year, r.indicator])).toEqual([
      ["2025/2026", "youngInProgrammes"],
      ["2025/2026", "leftProfession"],
    ]);
    expect(rows[INDICATORS.length]!.year).toBe("2026/2027");
    // only the two shares whose denominator the base lacks take a total
    expect(rows.filter((r) => r.year === YEAR && r.total).map((r) => r.indicator)).toEqual([
      "youngInProgrammes",
      "partnerOrganisations",
    ]);
    for (const r of rows) {
      expect(r.hint.ru).not.toBe("");
      expect(r.hint.en).not.toBe("");
    }
    expect(rows.find((r) => r.indicator === "leftProfession")!.hint.ru).toContain("Меньше — лучше");
    expect(rows.find((r) => r.indicator === "satisfactionMentees")!.hint.ru).toContain("50 / 75 / 85");
    // the tab's indicator list and the definitions are the same indicators
    expect(Object.keys(KPI_INDICATORS.values)).toEqual(INDICATORS.map((d) => d.key));
    expect(THRESHOLD_ROW.initial?.(new Date(), "ru")).toBe(7);
  });

  it("reads targets and the curator's totals back from the targets tab", () => {
    const s = readTargets([
      { indicator: "удовлетворённость наставляемых", year: YEAR, target: "не менее 80 %", row: 2 },
      { indicator: "levelRose", year: YEAR, target: 0.85, row: 3 }, // a cell formatted as percent
      { indicator: "teachers in contests", year: " 2025 / 2026 ", target: "150", row: 4 }, // out of range
      { indicator: "оставили профессию", year: YEAR, target: 0, row: 5 },
      { indicator: "молодые специалисты в программах", year: YEAR, target: 100, total: 3, row: 6 },
      { indicator: "partnerOrganisations", year: YEAR, target: "", total: "8", row: 7 },
      { indicator: "что-то своё", year: YEAR, target: 50, row: 8 },
      { indicator: "levelRose", year: "2025", target: 50, row: 9 },
      { indicator: "", year: "", target: "", total: "", row: 10 }, // empty: skipped
    ]);
    expect(s.targets.satisfactionMentees?.[YEAR]).toBe(80);
    expect(s.targets.levelRose?.[YEAR]).toBe(85);
    expect(s.targets.contests?.[YEAR]).toBeNull();
    expect(s.targets.leftProfession?.[YEAR]).toBe(0);
    expect(s.targets.youngInProgrammes?.[YEAR]).toBe(100);
    expect(s.targets.partnerOrganisations?.[YEAR]).toBeNull();
    expect(s.counts).toEqual({ youngSpecialists: { [YEAR]: 3 }, partners: { [YEAR]: 8 } });
    expect(s.problems.map((p) => [p.row, p.column])).toEqual([
      [4, "target"],
      [8, "indicator"],
      [9, "year"],
    ]);
    expect(s.problems[0]!.message.ru).toContain("150");
    expect(thresholdOf("8")).toBe(8);
    expect(thresholdOf("")).toBe(7);
    expect(thresholdOf(11)).toBe(7);
  });

  it("evaluate puts target and status on every indicator", () => {
    const rows = evaluate(DATA, YEAR, {
      satisfactionMentees: { [YEAR]: 75 }, // 60 < 75
      leftProfession: { [YEAR]: 60 }, // 50 ≤ 60, lower is better
      pairsCompleted: { [YEAR]: 50 }, // 50 ≥ 50
    });
    const by = new Map(rows.map((r) => [r.key, r]));
    // 33.3 since issue 14 (over everyone who took part; see the satisfaction test)
    expect(by.get("satisfactionMentees")).toMatchObject({ percent: 33.3, target: 75, status: "notYet" });
    expect(by.get("leftProfession")).toMatchObject({ percent: 50, target: 60, status: "reached" });
    expect(by.get("pairsCompleted")).toMatchObject({ percent: 50, target: 50, status: "reached" });
    expect(by.get("contests")).toMatchObject({ target: null, status: "noData" });
    const table = kpiTableRows(rows, "ru");
    expect(table[0]).toMatchObject({
      numerator: 2,
      denominator: 3,
      actual: 66.7,
      target: "",
      status: "нет данных",
    });
    expect(table[0]!.basis).toBe("НЧ-1, НЧ-2");
  });
});

describe("snapshots", () => {
  it("a flat row per indicator, appended without overwriting", () => {
    const rows = evaluate(DATA, YEAR, { contests: { [YEAR]: 50 } });
    const december = snapshotOf(rows, { year: YEAR, takenAt: "2025-12-20T10:00:00", half: "december" });
    expect(december).toHaveLength(INDICATORS.length);
    // contests: 4 / 7 = 57.1 ≥ 50 → reached
    expect(december.find((r) => r.key === "contests")).toEqual({
      takenAt: "2025-12-20T10:00:00",
      half: "декабрь",
      year: YEAR,
      indicator: "участие педагогов в конкурсах",
      key: "contests",
      numerator: 4,
      denominator: 7,
      actual: 57.1,
      target: 50,
      status: "достигнут",
    });
    // the indicator column reads back to the key, whatever the language
    expect(enumIndex(KPI_INDICATORS).parse(december[3]!.indicator)).toBe(december[3]!.key);
    // missing figures are empty cells
    expect(december.find((r) => r.key === "satisfactionMentors")!.target).toBe("");
    // a year that has not begun (today is in 2026) has no figures yet, not zeros
    const future = evaluate(DATA, "2030/2031");
    expect(snapshotOf(future, { year: "2030/2031", takenAt: "2030-12-20" })[0]).toMatchObject({
      numerator: "",
      denominator: "",
      actual: "",
      status: "нет данных",
    });
    expect(future.every((r) => r.percent === null && r.numerator === null)).toBe(true);
    expect(future[0]!.note?.ru).toBe(
      "2030/2031 учебный год ещё не начался: значения появятся, когда он начнётся.",
    );
    // the point defaults to the one the date falls in, and reads back from its label
    const june = snapshotOf(rows, { year: YEAR, takenAt: "2026-06-10", locale: "en" });
    expect(june[0]!.half).toBe("June");
    expect(june[0]!.indicator).toBe("young specialists in programmes");
    expect(enumIndex(HALVES).parse(june[0]!.half)).toBe("june");
    // a second December snapshot is more rows: the first stays as it was
    const again = snapshotOf(rows, { year: YEAR, takenAt: "2025-12-27T10:00:00", half: "december" });
    const history = [...december, ...again];
    expect(history).toHaveLength(2 * INDICATORS.length);
    expect(history.slice(0, INDICATORS.length)).toEqual(december);
    expect(new Set(history.map((r) => `${r.takenAt}|${r.key}`)).size).toBe(history.length);
    // rows of another year are not part of this year's snapshot
    expect(snapshotOf(rows, { year: "2026/2027", takenAt: "2026-12-20", half: "december" })).toEqual([]);
  });
});

describe("participant counts on a date", () => {
  it("counts people in pairs current on the day; a pair over before it does not count", () => {
    // On 15 Feb 2026: П-1 (open), П-3 (to 31 Mar), П-4 (open, overdue since 30 Apr but running on 15 Feb),
    // П-5 (to 31 May), П-7 (from 1 Feb). Not: П-2 (terminated 15 Jan), П-6 (20 Dec 2025), П-8, П-9 (no date).
    // Mentors НС-1, НС-3, НС-4, НС-5, НС-6 = 5; mentees НЧ-1, НЧ-5, НЧ-6 (two pairs, once), НЧ-3 = 4; all 9.
    const rows = participantCounts(DATA, "2026-02-15");
    const count = (group: string, key: string) => rows.find((r) => r.group === group && r.key === key)?.count;
    expect(count("total", "all")).toBe(9);
    expect(count("role", "mentor")).toBe(5);
    expect(count("role", "mentee")).toBe(4);
    // Forms: teacher–teacher НС-1, НЧ-1, НС-5, НЧ-3 = 4; employer–student НС-3, НЧ-5 = 2;
    // student–pupil НС-4, НЧ-6 = 2; employer–pupil НС-6, НЧ-6 = 2; the others 0.
    expect(count("form", "teacher_teacher")).toBe(4);
    expect(count("form", "employer_student")).toBe(2);
    expect(count("form", "student_pupil")).toBe(2);
    expect(count("form", "employer_pupil")).toBe(2);
    expect(count("form", "head_teacher")).toBe(0);
    expect(count("form", "pupil_pupil")).toBe(0);
    // Young specialists: НЧ-1 (НЧ-2's pair ended on 15 Jan) = 1; students: НС-4 (mentor) and НЧ-5 (mentee) = 2;
    // pupils: НЧ-6 = 1; mentors from elsewhere: НС-3 (employer), НС-4 (college), НС-5 (firm) = 3, not НС-6 (parent).
    expect(count("category", "young_specialist")).toBe(1);
    expect(count("category", "student")).toBe(2);
    expect(count("category", "pupil")).toBe(1);
    expect(count("category", "external_mentor")).toBe(3);
    for (const r of rows) {
      expect(r.label.ru).not.toBe("");
      expect(r.label.en).not.toBe("");
      expect(r.groupLabel.ru).not.toBe("");
    }
    expect(rows[0]).toMatchObject({ group: "total", groupLabel: { ru: "всего", en: "total" } });
    const people = participantsOn(DATA, "2026-02-15");
    expect(people.map((p) => p.personId)).not.toContain("НЧ-2");
    expect(people.find((p) => p.personId === "НЧ-6")).toMatchObject({
      role: "mentee",
      forms: ["student_pupil", "employer_pupil"],
      pairIds: ["П-4", "П-7"],
    });
    // On its end day a pair still counts: on 15 Jan НЧ-2 takes part.
    expect(participantsOn(DATA, "2026-01-15").map((p) => p.personId)).toContain("НЧ-2");
  });
});

describe("charts", () => {
  it("satisfactionDistribution: people per score 1–10, latest answer in the year", () => {
    // mentees: НЧ-5 5, НЧ-2 6, НЧ-3 7, НЧ-1 8, НЧ-8 9
    const d = satisfactionDistribution(DATA, "satisfaction_mentee", YEAR);
    expect(d.map((x) => x.score)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(d.map((x) => x.count)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 0]);
    expect(distributionTable(d, "ru").slice(0, 2)).toEqual([
      ["Оценка", "Человек"],
      [1, 0],
    ]);
    // from «Анкеты» alone: НЧ-1 8, НЧ-8 9
    const fromSurveys = satisfactionDistribution({ surveys: SURVEYS }, "satisfaction_mentee", YEAR);
    expect(fromSurveys.map((x) => x.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 0]);
  });

  it("chartSeries: actual against target by year", () => {
    const results = [...evaluate(DATA, "2024/2025"), ...evaluate(DATA, YEAR)];
    const targets = {
      levelRose: { "2024/2025": 80, "2025/2026": 100, "2026/2027": 100 },
    };
    const series = chartSeries(results, targets);
    expect(series.map((s) => s.key)).toEqual(INDICATORS.map((d) => d.key));
    const level = series.find((s) => s.key === "levelRose")!;
    expect(level.points).toEqual([
      { year: "2024/2025", actual: 100, target: 80, status: "reached" },
      // 50 since issue 14 (over all young mentees of the year; see the levelRose test)
      { year: "2025/2026", actual: 50, target: 100, status: "notYet" },
      { year: "2026/2027", actual: null, target: 100, status: "noData" },
    ]);
    expect(chartTable(level, "ru")).toEqual([
      ["Учебный год", "Факт, %", "Цель, %"],
      ["2024/2025", 100, 80],
      ["2025/2026", 50, 100],
      ["2026/2027", "", 100],
    ]);
  });
});
