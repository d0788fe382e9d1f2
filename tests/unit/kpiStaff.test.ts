import type { Achievement, StaffMember } from "../../src/domain/base/staff";
import {
  BASES,
  evaluate,
  halfOf,
  INDICATORS,
  type IndicatorKey,
  type KpiData,
  type KpiMentee,
  type KpiMentor,
  type KpiOptions,
  type KpiPair,
  type KpiResponseRow,
  kpiTableRows,
  participantCounts,
  snapshotOf,
  snapshotSchemeOf,
  staffInvolvement,
  youngRuleOf,
} from "../../src/domain/kpi";

/**
 * A small school typed by hand (issue 14): a staff register, pairs, answers with non-respondents, dated contests
 * in and out of the year, leavers. Every figure below is worked out by hand in the comment next to it.
 * Academic year 2025/2026 (1 Sep 2025 – 31 Aug 2026); young specialist = 0–3 full years on 1 September.
 */
const YEAR = "2025/2026";
const TODAY = "2026-05-20";

const STAFF: StaffMember[] = [
  { id: "СТ-1", fullName: "Анна", hireDate: "2010-09-01", teachingYears: 20 },
  { id: "СТ-2", fullName: "Борис", hireDate: "2024-09-01", teachingYears: 1 }, // young, mentee П-1
  { id: "СТ-3", fullName: "Вера", hireDate: "2025-09-01", teachingYears: 0 }, // young, in no programme
  // young (2), mentee П-2, left the profession on the day the pair was terminated
  {
    id: "СТ-4",
    fullName: "Глеб",
    hireDate: "2023-09-01",
    teachingYears: 2,
    leaveDate: "2026-02-10",
    leaveReason: "left_profession",
  },
  // young (3, inclusive), mentee П-3, moved to another school: not a leaver of the profession
  {
    id: "СТ-5",
    fullName: "Дина",
    hireDate: "2022-09-01",
    teachingYears: 3,
    leaveDate: "2025-12-20",
    leaveReason: "other_organisation",
  },
  { id: "СТ-6", fullName: "Егор", hireDate: "2005-09-01", teachingYears: 15 }, // mentor П-2, П-3 and mentee П-4
  // left before the year: not on staff in 2025/2026
  { id: "СТ-7", fullName: "Жанна", teachingYears: 10, leaveDate: "2025-06-30", leaveReason: "other" },
  { id: "СТ-8", fullName: "Зоя", teachingYears: 4 }, // not young, not involved
  // mentee of a pair of the year before who left the profession during it
  {
    id: "СТ-9",
    fullName: "Ирина",
    teachingYears: 1,
    leaveDate: "2025-05-15",
    leaveReason: "left_profession",
  },
];

const MENTORS: KpiMentor[] = [
  { id: "НС-1", fullName: "Анна", category: "teacher", organization: "", staffId: "СТ-1" },
  { id: "НС-2", fullName: "Егор", category: "teacher", organization: "", staffId: "СТ-6" },
  { id: "НС-3", fullName: "Кирилл", category: "employer", organization: "ООО «Ромашка»" },
];

const MENTEES: KpiMentee[] = [
  { id: "НЧ-1", fullName: "Борис", category: "young_specialist", staffId: "СТ-2" },
  { id: "НЧ-2", fullName: "Глеб", category: "teacher", staffId: "СТ-4" },
  { id: "НЧ-3", fullName: "Дина", category: "teacher", staffId: "СТ-5" },
  { id: "НЧ-4", fullName: "Егор", category: "teacher", staffId: "СТ-6" },
  { id: "НЧ-5", fullName: "Лев", category: "student" },
  { id: "НЧ-6", fullName: "Ирина", category: "young_specialist", staffId: "СТ-9" },
];

const pair = (
  id: string,
  mentorId: string,
  menteeId: string,
  startDate: string,
  more: Partial<KpiPair> = {},
): KpiPair => ({ id, mentorId, menteeId, form: "teacher_teacher", status: "active", startDate, ...more });

const PAIRS: KpiPair[] = [
  pair("П-1", "НС-1", "НЧ-1", "2025-09-15"),
  pair("П-2", "НС-2", "НЧ-2", "2025-09-10", { status: "terminated", endDate: "2026-02-10" }),
  pair("П-3", "НС-2", "НЧ-3", "2025-10-01", { status: "terminated", endDate: "2025-12-20" }),
  pair("П-4", "НС-1", "НЧ-4", "2025-11-01"),
  pair("П-5", "НС-3", "НЧ-5", "2025-09-20", { form: "employer_student", kind: "group" }),
  // the year before
  pair("П-0", "НС-1", "НЧ-6", "2024-09-10", { status: "terminated", endDate: "2025-05-15" }),
];

const ACHIEVEMENTS: Achievement[] = [
  { id: "КД-1", personId: "СТ-1", event: "Учитель года", level: "municipal", date: "2025-11-10" },
  // a participant's id: counts for the staff row it is linked to (СТ-2)
  { id: "КД-2", personId: "НЧ-1", event: "Педагогический дебют", level: "regional", date: "2026-03-01" },
  { id: "КД-3", personId: "СТ-3", event: "Летняя школа", date: "2025-08-20" }, // before the year
  { id: "КД-4", personId: "СТ-8", event: "Осенний конкурс", date: "2026-09-05" }, // after the year
  { id: "КД-5", personId: "СТ-1", event: "Методическая разработка", date: "2026-04-01" }, // СТ-1 again: once
  { id: "КД-6", personId: "НЧ-5", event: "Олимпиада", date: "2026-01-10" }, // a student, not on staff
];

const R = (kind: string, personId: string, submitted: string, score: number): KpiResponseRow => ({
  kind,
  year: YEAR,
  personId,
  status: "counted",
  submitted,
  score,
});

const RESPONSES: KpiResponseRow[] = [
  // satisfaction: НЧ-3 and НЧ-5 did not answer; НС-2 did not answer
  R("satisfaction_mentee", "НЧ-1", "2026-05-01", 9),
  R("satisfaction_mentee", "НЧ-2", "2026-01-20", 5),
  R("satisfaction_mentee", "НЧ-4", "2026-05-02", 7),
  R("satisfaction_mentor", "НС-1", "2026-05-03", 8),
  R("satisfaction_mentor", "НС-3", "2026-05-04", 6),
  // monitoring: НЧ-1 5 → 7 (rose); НЧ-3 6 → 6 (not); НЧ-2 entry only (left before the exit)
  R("entry", "НЧ-1", "2025-09-20", 5),
  R("exit", "НЧ-1", "2026-05-10", 7),
  R("entry", "НЧ-3", "2025-10-05", 6),
  R("exit", "НЧ-3", "2025-12-15", 6),
  R("entry", "НЧ-2", "2025-09-25", 6),
];

const DATA: KpiData = {
  mentors: MENTORS,
  mentees: MENTEES,
  pairs: PAIRS,
  surveys: [],
  responses: RESPONSES,
  counts: { youngSpecialists: { [YEAR]: 10 }, partners: { [YEAR]: 20 } },
  ourOrganisation: "МБОУ СОШ № 5",
  today: TODAY,
  staff: STAFF,
  achievements: ACHIEVEMENTS,
};

const compute = (key: IndicatorKey, data: KpiData = DATA, options: KpiOptions = {}) =>
  INDICATORS.find((d) => d.key === key)!.compute(data, YEAR, options);

describe("the hand-computed school with a staff register", () => {
  it("youngInProgrammes: over the register's young specialists, not the typed total", () => {
    // On staff in 2025/2026: СТ-1…СТ-6, СТ-8 (СТ-7 left in June 2025, СТ-9 in May 2025). Young on 1 Sep 2025
    // (0–3 inclusive): СТ-2 (1), СТ-3 (0), СТ-4 (2), СТ-5 (3) = 4. Mentees of the year's pairs linked to them:
    // СТ-2 (П-1), СТ-4 (П-2), СТ-5 (П-3) → 3 / 4 = 75. The typed 10 is not used.
    expect(compute("youngInProgrammes")).toEqual({
      numerator: 3,
      denominator: 4,
      percent: 75,
      rows: ["СТ-2", "СТ-4", "СТ-5"],
      basis: { key: "register", label: BASES.register },
    });
    // «менее 3 лет»: СТ-5 (3) is not young → young СТ-2, СТ-3, СТ-4; in programmes СТ-2, СТ-4 → 2 / 3 = 66.7
    expect(
      compute("youngInProgrammes", DATA, { youngRule: { maxYears: 3, inclusive: false } }),
    ).toMatchObject({
      numerator: 2,
      denominator: 3,
      percent: 66.7,
    });
  });

  it("contests and contestsYoung: dated entries within the year over the staff", () => {
    // Entries in the year: КД-1 and КД-5 (СТ-1, once), КД-2 (НЧ-1 → СТ-2); КД-3 before, КД-4 after the year;
    // КД-6 a student not on staff. Staff of the year 7 → 2 / 7 = 28.57 → 28.6.
    expect(compute("contests")).toEqual({
      numerator: 2,
      denominator: 7,
      percent: 28.6,
      rows: ["СТ-1", "СТ-2"],
      basis: { key: "register", label: BASES.register },
    });
    // Young on staff 4 (СТ-2…СТ-5), with an entry: СТ-2 → 1 / 4 = 25
    expect(compute("contestsYoung")).toMatchObject({
      numerator: 1,
      denominator: 4,
      percent: 25,
      rows: ["СТ-2"],
    });
  });

  it("satisfaction: headline over everyone who took part, the share among those who answered and the response rate beside", () => {
    // Mentees in pairs of the year: НЧ-1…НЧ-5 = 5 (НЧ-6 only the year before). Answered: НЧ-1 9, НЧ-2 5, НЧ-4 7.
    // Satisfied (≥ 7): НЧ-1, НЧ-4 → 2 / 5 = 40; beside 2 / 3 = 66.7 among those who answered; 3 / 5 = 60 answered.
    expect(compute("satisfactionMentees")).toMatchObject({
      numerator: 2,
      denominator: 5,
      percent: 40,
      rows: ["НЧ-1", "НЧ-4"],
      beside: [
        { key: "answered", numerator: 2, denominator: 3, percent: 66.7 },
        { key: "responseRate", numerator: 3, denominator: 5, percent: 60 },
      ],
    });
    // Mentors of the year НС-1, НС-2, НС-3 = 3; answered НС-1 8, НС-3 6; satisfied НС-1 → 1 / 3 = 33.3;
    // beside 1 / 2 = 50; 2 / 3 = 66.7.
    expect(compute("satisfactionMentors")).toMatchObject({
      numerator: 1,
      denominator: 3,
      percent: 33.3,
      rows: ["НС-1"],
      beside: [
        { numerator: 1, denominator: 2, percent: 50 },
        { numerator: 2, denominator: 3, percent: 66.7 },
      ],
    });
    // Nobody answered: no figure (0 % would say everyone was dissatisfied), the denominator still shown.
    const none = compute("satisfactionMentees", { ...DATA, responses: [] });
    expect(none).toMatchObject({ numerator: null, denominator: 5, percent: null });
    expect(none.note?.ru).toMatch(/^Нет данных/);
  });

  it("leftProfession: dated from the register, over the whole period of mentoring, and per year beside", () => {
    // Teacher mentees in pairs started by 31 Aug 2026: НЧ-1, НЧ-2, НЧ-3, НЧ-4, НЧ-6 = 5 (НЧ-5 a student).
    // Left the profession on a day inside one of their pairs: НЧ-2 (СТ-4, 10 Feb 2026, П-2 ends that day), НЧ-6
    // (СТ-9, 15 May 2025, in П-0). НЧ-3 (СТ-5) moved to another school: no. → 2 / 5 = 40.
    // Beside, the year: teacher mentees in pairs of the year НЧ-1…НЧ-4 = 4; left in the year НЧ-2 → 1 / 4 = 25.
    expect(compute("leftProfession")).toEqual({
      numerator: 2,
      denominator: 5,
      percent: 40,
      rows: ["НЧ-2", "НЧ-6"],
      basis: { key: "pairsAndRegister", label: BASES.pairsAndRegister },
      beside: [
        {
          key: "year",
          label: { ru: "за этот учебный год", en: "in this academic year" },
          numerator: 1,
          denominator: 4,
          percent: 25,
        },
      ],
    });
    // Had the pair been closed the day before leaving, it was not «during mentoring».
    const early = PAIRS.map((p) => (p.id === "П-2" ? { ...p, endDate: "2026-02-09" } : p));
    expect(compute("leftProfession", { ...DATA, pairs: early })).toMatchObject({
      numerator: 1,
      rows: ["НЧ-6"],
    });
  });

  it("levelRose: over all young specialists mentored in the year; without both monitorings, not shown to have risen", () => {
    // Young mentees of the year by the register: НЧ-1 (СТ-2), НЧ-2 (СТ-4), НЧ-3 (СТ-5, 3 years) = 3; НЧ-4 (СТ-6,
    // 15 years) is not. Rose: НЧ-1 (5 → 7); НЧ-3 6 → 6 not; НЧ-2 has no exit. → 1 / 3 = 33.3.
    // Beside, among those with both: НЧ-1, НЧ-3 → 1 / 2 = 50.
    const r = compute("levelRose");
    expect(r).toMatchObject({
      numerator: 1,
      denominator: 3,
      percent: 33.3,
      rows: ["НЧ-1"],
      beside: [{ key: "compared", numerator: 1, denominator: 2, percent: 50 }],
    });
    expect(r.note?.ru).toContain("без входного и итогового мониторинга за этот год: 1.");
  });

  it("partnerOrganisations: the typed total of all organisations in the area; pairsCompleted unchanged", () => {
    // Outside organisations of the year's mentors: «ООО «Ромашка»» (НС-3) → 1 / 20 = 5
    expect(compute("partnerOrganisations")).toMatchObject({
      numerator: 1,
      denominator: 20,
      percent: 5,
      basis: { key: "typed" },
    });
    // Started in the year: П-1…П-5; ended: П-2, П-3 (terminated); completed none → 0 / 2 = 0
    expect(compute("pairsCompleted")).toMatchObject({ numerator: 0, denominator: 2, percent: 0 });
  });

  it("without a register: typed total, participants, dated entries (and the old tick only without the contests tab)", () => {
    const noRegister: KpiData = { ...DATA, staff: [] };
    // typed: young mentees of the year by category/experience: НЧ-1 (young_specialist) → НЧ-2…НЧ-4 have no
    // experience typed → 1 / 10 = 10
    expect(compute("youngInProgrammes", noRegister)).toMatchObject({
      numerator: 1,
      denominator: 10,
      percent: 10,
      basis: { key: "typed" },
    });
    // Teachers in pairs of the year, each person once: НС-1 (СТ-1), НС-2 = НЧ-4 (СТ-6), НЧ-1, НЧ-2, НЧ-3 = 5.
    // Entries of the year: СТ-1 (via staff id) and НЧ-1 → 2 / 5 = 40.
    expect(compute("contests", noRegister)).toMatchObject({
      numerator: 2,
      denominator: 5,
      percent: 40,
      rows: ["НС-1", "НЧ-1"],
      basis: { key: "participants" },
    });
    // A base not carried over (no contests tab): the ticks, with a note. НС-2 ticked → НС-2 = НЧ-4 counts → 1 / 5.
    const ticks: KpiData = {
      ...noRegister,
      achievements: undefined,
      mentors: MENTORS.map((m) => (m.id === "НС-2" ? { ...m, contest: true } : m)),
    };
    const r = compute("contests", ticks);
    expect(r).toMatchObject({ numerator: 1, denominator: 5, percent: 20, rows: ["НС-2"] });
    expect(r.note?.ru).toContain("Листа «Конкурсы и достижения» нет");
  });
});

describe("staff involvement", () => {
  it("over the year: mentors, mentees, both, not involved, and the young specialists to act on", () => {
    // On staff 7. Mentors linked: СТ-1 (НС-1), СТ-6 (НС-2). Mentees linked: СТ-2, СТ-4, СТ-5, СТ-6.
    // Both: СТ-6; mentors only: СТ-1; mentees only: СТ-2, СТ-4, СТ-5; not involved: СТ-3, СТ-8. 1 + 1 + 3 + 2 = 7.
    expect(staffInvolvement(DATA, { year: YEAR })).toEqual({
      on: YEAR,
      onStaff: 7,
      mentorsOnly: 1,
      menteesOnly: 3,
      both: 1,
      notInvolved: 2,
      mentors: 2,
      mentees: 4,
      young: 4,
      youngNotInvolved: [{ staffId: "СТ-3", fullName: "Вера" }],
      participantsNotOnStaff: ["НС-3", "НЧ-5"],
    });
  });

  it("on a day: only pairs current then and staff working then", () => {
    // 1 Mar 2026: pairs П-1, П-4, П-5 (П-2, П-3 over). On staff: СТ-1, СТ-2, СТ-3, СТ-6, СТ-8 = 5 (СТ-4, СТ-5
    // gone). Mentors: СТ-1; mentees: СТ-2, СТ-6 → mentors only 1, mentees only 2, both 0, not involved 2.
    // Young (on 1 Sep 2025) among them: СТ-2, СТ-3; not involved: СТ-3.
    expect(staffInvolvement(DATA, { on: "2026-03-01" })).toMatchObject({
      onStaff: 5,
      mentorsOnly: 1,
      menteesOnly: 2,
      both: 0,
      notInvolved: 2,
      young: 2,
      youngNotInvolved: [{ staffId: "СТ-3", fullName: "Вера" }],
    });
    expect(staffInvolvement(DATA, { on: "вчера" })).toBeNull();
    expect(staffInvolvement(DATA, { year: "2025" })).toBeNull();
  });

  it("counts by kind: «в группе» only from a pair marked so; a pair without a kind is traditional", () => {
    // 1 Mar 2026: П-1, П-4 (no kind → traditional): НС-1, НЧ-1, НЧ-4 = 3; П-5 (group): НС-3, НЧ-5 = 2.
    const rows = participantCounts(DATA, "2026-03-01").filter((r) => r.group === "kind");
    const by = new Map(rows.map((r) => [r.key, r.count]));
    expect(by.get("traditional")).toBe(3);
    expect(by.get("group")).toBe(2);
    expect(by.get("virtual")).toBe(0);
    // НС-1 has two separate pairs: still not a group
    expect(rows.find((r) => r.key === "group")!.label.ru).toBe("в группе");
  });

  it("young specialists in the counts follow the register and the rule, not the typed category", () => {
    const young = (rule?: { maxYears: number; inclusive: boolean }) =>
      participantCounts(DATA, "2025-11-15", rule).find((r) => r.key === "young_specialist")!.count;
    // On 15.11.2025 the current pairs' mentees are НЧ-1 (СТ-2, 1 year), НЧ-2 (СТ-4, 2 years, typed «педагог»),
    // НЧ-3 (СТ-5, exactly 3), НЧ-4 (СТ-6, 15) and the student НЧ-5: young by the register are СТ-2, СТ-4, СТ-5.
    expect(young()).toBe(3);
    // «менее 3-х лет»: СТ-5 with exactly 3 years is no longer young.
    expect(young({ maxYears: 3, inclusive: false })).toBe(2);
  });
});

describe("settings and snapshots", () => {
  it("the young rule from «Настройки», a bad value giving the default and a problem", () => {
    expect(youngRuleOf("", "")).toEqual({ rule: { maxYears: 3, inclusive: true }, problems: [] });
    expect(youngRuleOf(2, "нет")).toEqual({ rule: { maxYears: 2, inclusive: false }, problems: [] });
    expect(youngRuleOf("5", "yes").rule).toEqual({ maxYears: 5, inclusive: true });
    const bad = youngRuleOf("три", "может быть");
    expect(bad.rule).toEqual({ maxYears: 3, inclusive: true });
    expect(bad.problems.map((p) => p.key)).toEqual(["kpi.youngMaxYears", "kpi.youngInclusive"]);
    expect(bad.problems[0]!.message.ru).toMatch(/^«Настройки», параметр «.+»: значение «три» не подходит/);
    expect(youngRuleOf(2.5, true).problems).toHaveLength(1);
  });

  it("snapshot months: December/June or January/July, labelled by the month", () => {
    expect(snapshotSchemeOf("январь и июль")).toEqual({ scheme: "january_july" });
    expect(snapshotSchemeOf("")).toEqual({ scheme: "december_june" });
    const bad = snapshotSchemeOf("март");
    expect(bad.scheme).toBe("december_june");
    expect(bad.problem?.message.ru).toContain("«март»");
    expect(halfOf("2026-01-20")).toBe("december");
    expect(halfOf("2026-01-20", "january_july")).toBe("january");
    expect(halfOf("2026-02-28", "january_july")).toBe("january");
    expect(halfOf("2026-03-01", "january_july")).toBe("july");
    expect(halfOf("2025-12-01", "january_july")).toBe("january");
    const rows = evaluate(DATA, YEAR);
    expect(snapshotOf(rows, { year: YEAR, takenAt: "2026-07-10", scheme: "january_july" })[0]!.half).toBe(
      "июль",
    );
    expect(snapshotOf(rows, { year: YEAR, takenAt: "2026-01-15", scheme: "january_july" })[0]!.half).toBe(
      "январь",
    );
  });

  it("the KPI tab shows where the denominator comes from and the figures beside", () => {
    const rows = kpiTableRows(evaluate(DATA, YEAR), "ru");
    const sat = rows[INDICATORS.findIndex((d) => d.key === "satisfactionMentees")]!;
    expect(sat.beside).toBe("среди ответивших: 2 / 3 = 66.7 %; ответили на анкету: 3 / 5 = 60 %");
    const young = rows[INDICATORS.findIndex((d) => d.key === "youngInProgrammes")]!;
    expect(young.denominatorFrom).toBe("знаменатель — по листу «Педагогический коллектив»");
  });
});
