import { academicYearStart, checkStaffLinks } from "../../src/domain/base/staffLinks";
import { isoToDateCell } from "../../src/domain/cells";
import type { Problem } from "../../src/domain/problems";
import { type BaseData, validateBase } from "../../src/domain/validate";
import { MENTEE, MENTOR, SETTINGS_ROWS, tableData } from "../support/tables";

const MSK = 180;
const TODAY = "2026-11-20";
const date = (iso: string) => isoToDateCell(iso, MSK);

/** Петрова on the register, 15 years of experience on 1 September 2026; Соколов with 1 on 1 September 2026. */
const PETROVA = {
  id: "СТ-0001",
  fullName: "Петрова Анна Сергеевна",
  position: "учитель математики",
  teachingYears: 15,
  email: "petrova@school7.ru",
};
const SOKOLOV = {
  id: "СТ-0002",
  fullName: "Соколов Илья Андреевич",
  position: "учитель физики",
  teachingYears: 1,
  experienceDate: date("2026-09-01"),
  email: "sokolov@school7.ru",
};

function base(
  mentors: Record<string, unknown>[],
  mentees: Record<string, unknown>[],
  staff: Record<string, unknown>[],
): BaseData {
  const t = (key: Parameters<typeof tableData>[0], rows: Record<string, unknown>[]) =>
    tableData(key, rows as Parameters<typeof tableData>[1]);
  return {
    mentors: t("mentors", mentors),
    mentees: t("mentees", mentees),
    staff: t("staff", staff),
    pairs: t("pairs", []),
    programmes: t("programmes", []),
    meetings: t("meetings", []),
    settings: t("settings", SETTINGS_ROWS),
  };
}

const check = (b: BaseData, today = TODAY) =>
  validateBase(b, { locale: "ru", offsetMinutes: MSK, today }).problems.filter((p) =>
    p.code.startsWith("staff"),
  );
const at = (problems: Problem[], table: string, row: number, column: string) =>
  problems.filter((p) => p.table === table && p.row === row && p.column === column);

describe("the check compares participants with the staff register", () => {
  test("a linked participant who agrees with the register has no warning", () => {
    const ps = check(
      base([{ ...MENTOR, staffId: "СТ-0001" }], [{ ...MENTEE, staffId: "СТ-0002" }], [PETROVA, SOKOLOV]),
    );
    expect(ps).toEqual([]);
  });

  test("name, e-mail, position and experience that disagree are warnings at the participant's cells, naming the register's value", () => {
    const ps = check(
      base(
        [
          {
            ...MENTOR,
            staffId: "СТ-0001",
            fullName: "Петрова Анна Сергевна",
            email: "anna@mail.ru",
            position: "учитель химии",
            experienceYears: 14,
          },
        ],
        [],
        [PETROVA],
      ),
    );
    expect(ps.map((p) => [p.column, p.code, p.severity])).toEqual([
      ["fullName", "staffNameDiffers", "warning"],
      ["email", "staffEmailDiffers", "warning"],
      ["position", "staffPositionDiffers", "warning"],
      ["experienceYears", "staffExperienceDiffers", "warning"],
    ]);
    expect(at(ps, "mentors", 2, "fullName")[0]?.message).toContain("«Петрова Анна Сергеевна»");
    expect(at(ps, "mentors", 2, "email")[0]?.message).toContain("petrova@school7.ru");
    expect(at(ps, "mentors", 2, "experienceYears")[0]?.message).toContain("СТ-0001");
    expect(at(ps, "mentors", 2, "experienceYears")[0]?.message).toContain("— 15");
  });

  test("case, ё and spaces do not make a difference; an empty cell on either side is not a disagreement", () => {
    const ps = check(
      base(
        [
          {
            ...MENTOR,
            staffId: "СТ-0001",
            fullName: "  петрова  анна сергеевна",
            email: "",
            position: "Учитель  математики",
          },
        ],
        [],
        [{ ...PETROVA, teachingYears: "" }],
      ),
    );
    expect(ps).toEqual([]);
  });

  test("experience moves with the years: the register's figure holds on its date, compared on today", () => {
    // 1 year on 1 September 2026 is 3 years on 2 September 2028.
    const b = base([], [{ ...MENTEE, staffId: "СТ-0002", experienceYears: 3 }], [SOKOLOV]);
    expect(check(b, "2028-09-02")).toEqual([]);
    const ps = check(b, "2028-08-31");
    expect(ps.map((p) => [p.column, p.code])).toEqual([["experienceYears", "staffExperienceDiffers"]]);
    expect(ps[0]?.message).toContain("— 2");
  });

  test("a participant still taking part whose member of staff has left is a warning at the status", () => {
    const left = { ...SOKOLOV, leaveDate: date("2026-10-31"), leaveReason: "ушёл из профессии" };
    const ps = check(base([], [{ ...MENTEE, staffId: "СТ-0002" }], [left]));
    expect(ps.map((p) => [p.column, p.code])).toEqual([["status", "staffLeft"]]);
    expect(ps[0]?.message).toContain("31.10.2026");
    // Leaving today: still working today. Status «выбыл»: nothing to say.
    expect(check(base([], [{ ...MENTEE, staffId: "СТ-0002" }], [left]), "2026-10-31")).toEqual([]);
    expect(check(base([], [{ ...MENTEE, staffId: "СТ-0002", status: "выбыл" }], [left]))).toEqual([]);
  });

  test("a teacher without a staff id whose name matches exactly one member of staff is told which id to link", () => {
    const ps = check(base([MENTOR], [MENTEE], [PETROVA, SOKOLOV]));
    expect(ps.map((p) => [p.table, p.column, p.code])).toEqual([
      ["mentors", "staffId", "staffNotLinked"],
      ["mentees", "staffId", "staffNotLinked"],
    ]);
    expect(ps[0]?.message).toContain("«СТ-0001»");
    // Two members of staff of that name: the check cannot say which; a parent is not staff.
    const twice = check(base([MENTOR], [], [PETROVA, { ...PETROVA, id: "СТ-0003", email: "p2@school7.ru" }]));
    expect(twice).toEqual([]);
    const parent = check(
      base([{ ...MENTOR, category: "родитель", organization: "ООО Ромашка" }], [], [PETROVA]),
    );
    expect(parent).toEqual([]);
  });

  test("an unknown staff id is left to the reference check", () => {
    const r = validateBase(base([{ ...MENTOR, staffId: "СТ-0099" }], [], [PETROVA]), {
      locale: "ru",
      offsetMinutes: MSK,
      today: TODAY,
    });
    expect(r.problems.filter((p) => p.code.startsWith("staff"))).toEqual([]);
    expect(r.problems.filter((p) => p.code === "unknownRef").map((p) => p.column)).toEqual(["staffId"]);
  });
});

describe("checkStaffLinks and academicYearStart", () => {
  test("works on parsed records directly", () => {
    const found = checkStaffLinks(
      {
        mentors: [{ row: 5, values: { fullName: "Иванов И. И.", staffId: "СТ-0001", status: "active" } }],
        mentees: [],
      },
      [{ row: 2, values: { id: "СТ-0001", fullName: "Иванов Иван Иванович", leaveDate: "2026-01-10" } }],
      { today: TODAY, yearStart: "2026-09-01", staffTab: "Педагогический коллектив" },
    );
    expect(found.map((f) => [f.row, f.column, f.code])).toEqual([
      [5, "fullName", "staffNameDiffers"],
      [5, "status", "staffLeft"],
    ]);
  });

  test("the academic year's start comes from the setting, else from today", () => {
    expect(academicYearStart("2025/2026", TODAY)).toBe("2025-09-01");
    expect(academicYearStart(undefined, "2026-08-31")).toBe("2025-09-01");
    expect(academicYearStart("", "2026-09-01")).toBe("2026-09-01");
  });
});
