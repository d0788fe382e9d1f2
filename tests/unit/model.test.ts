import { SAMPLE_MISTAKES, sampleSchool } from "../../scripts/sampleSchool";
import type { Cell } from "../../src/domain/cells";
import { baseFrom } from "../../src/domain/model";
import { validateBase } from "../../src/domain/validate";
import { everyTab, MENTEE, MENTOR, SETTINGS_ROWS, tableData } from "../support/tables";

const MSK = 180;
const withIds = (rows: Record<string, string | number | boolean>[], prefix: string) =>
  rows.map((r, i) => ({ ...r, id: `${prefix}-${String(i + 1).padStart(4, "0")}` }));

function check(mentors: Record<string, Cell>[], mentees: Record<string, Cell>[], settings = SETTINGS_ROWS) {
  return validateBase(
    everyTab({
      mentors: tableData("mentors", mentors),
      mentees: tableData("mentees", mentees),
      settings: tableData("settings", settings),
    }),
    { locale: "ru", offsetMinutes: MSK },
  );
}

describe("the typed base", () => {
  test("typed records with defaults: capacity 1 and status «taking part» when the cells are empty", () => {
    const base = baseFrom(check([{ ...MENTOR, capacity: "" }], [MENTEE]));
    expect(base.mentors).toEqual([
      expect.objectContaining({
        id: "НС-0001",
        category: "teacher",
        forms: ["teacher_teacher"],
        capacity: 1,
        status: "active",
        consent: true,
        minor: false,
      }),
    ]);
    expect(base.mentees[0]).toMatchObject({
      form: "teacher_teacher",
      requests: ["дисциплина на уроке", "работа с родителями"],
    });
    expect(base.settings).toMatchObject({
      name: "МБОУ СОШ № 7",
      headName: "Иванов Иван Иванович",
      academicYear: "2026/2027",
    });
    expect(base.skipped).toEqual([]);
  });

  test("a row with only warnings stays in; a row with an error is left out and listed", () => {
    const result = check(
      [
        MENTOR,
        { ...MENTOR, id: "НС-0002", fullName: "Орлова Вера", email: "o@s.ru", phone: "", consent: false },
        { ...MENTOR, id: "НС-0003", fullName: "Жук Иван", email: "z@s.ru", phone: "", experienceYears: "x" },
      ],
      [MENTEE],
    );
    expect(result.problems.map((p) => [p.row, p.code])).toEqual([
      [3, "noConsent"],
      [4, "notInteger"],
    ]);
    const base = baseFrom(result);
    expect(base.mentors.map((m) => m.id)).toEqual(["НС-0001", "НС-0002"]);
    expect(base.skipped).toEqual([{ table: "mentors", row: 4 }]);
  });

  test("the sample school: every row without an error is typed, every row with one is listed", () => {
    const school = sampleSchool(2026);
    const result = check(withIds(school.mentors, "НС"), withIds(school.mentees, "НЯ"));
    const base = baseFrom(result);
    const errorRows = new Set(
      result.problems.filter((p) => p.severity === "error").map((p) => `${p.table}:${p.row}`),
    );
    expect(base.skipped.map((s) => `${s.table}:${s.row}`).sort()).toEqual(
      [...errorRows].filter((k) => /^ment/.test(k)).sort(),
    );
    expect(base.mentors.length + base.mentees.length + base.skipped.length).toBe(
      school.mentors.length + school.mentees.length,
    );
    expect(base.skipped.length).toBeGreaterThan(0);
    expect(base.skipped.length).toBeLessThanOrEqual(SAMPLE_MISTAKES.length);
    expect(base.mentors.some((m) => m.capacity > 1)).toBe(true);
    expect(base.mentees.some((m) => m.minor && m.guardianConsent)).toBe(true);
  });

  test("no settings typed while a required one is missing", () => {
    expect(
      baseFrom(
        check(
          [MENTOR],
          [MENTEE],
          SETTINGS_ROWS.filter((r) => r.key !== "head.name"),
        ),
      ).settings,
    ).toBeNull();
  });
});
