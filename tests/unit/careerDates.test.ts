import { EARLIEST_CAREER_DATE } from "../../src/domain/base/limits";
import { STAFF } from "../../src/domain/tables";
import { validateBase } from "../../src/domain/validate";
import { MENTEE, MENTOR, SETTINGS_ROWS, tableData } from "../support/tables";

/** A teacher hired in the 1990s is a real one: the register's career dates go back further than the programme's. */
describe("career dates on «Педагогический коллектив»", () => {
  const check = (hireDate: string, leaveDate = "") =>
    validateBase(
      {
        mentors: tableData("mentors", [MENTOR]),
        mentees: tableData("mentees", [MENTEE]),
        staff: tableData("staff", [
          {
            id: "СТ-0001",
            fullName: "Зайцева Нина Павловна",
            position: "учитель музыки",
            hireDate,
            teachingYears: 30,
            leaveDate,
            leaveReason: leaveDate ? "другое" : "",
          },
        ]),
        achievements: tableData("achievements", []),
        settings: tableData("settings", SETTINGS_ROWS),
      },
      { locale: "ru", offsetMinutes: 180, today: "2026-11-25" },
    ).problems.filter((p) => p.table === "staff");

  test("a hire date in 1994 passes; one before 1950 is a slip", () => {
    expect(EARLIEST_CAREER_DATE).toBe("1950-01-01");
    expect(STAFF.columns.find((c) => c.key === "hireDate")?.earliest).toBe(EARLIEST_CAREER_DATE);
    expect(check("26.08.1994")).toEqual([]);
    expect(check("26.08.1949").map((p) => [p.column, p.code])).toEqual([["hireDate", "dateOutOfRange"]]);
  });

  test("a leave date keeps the programme's range: 1998 is out of it", () => {
    expect(check("26.08.1994", "30.06.1998").map((p) => [p.column, p.code])).toEqual([
      ["leaveDate", "dateOutOfRange"],
    ]);
  });
});
