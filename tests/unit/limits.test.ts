import { dateInRange, dateRange, MAX_LONG_TEXT, MAX_TEXT } from "../../src/domain/base/limits";
import { isoToDateCell } from "../../src/domain/cells";
import { baseFrom } from "../../src/domain/model";
import { type BaseData, validateBase } from "../../src/domain/validate";
import { MENTEE, MENTOR, SETTINGS_ROWS, tableData } from "../support/tables";

/** «Проверить базу» catches the values that would break a later action: absurd dates and lengths. */

const MSK = 180;
const TODAY = "2026-11-25";
const PAIR = { id: "П-0001", mentorId: "НС-0001", menteeId: "НЯ-0001", form: "педагог – педагог" };

function base(over: Partial<BaseData>): BaseData {
  return {
    mentors: tableData("mentors", [MENTOR]),
    mentees: tableData("mentees", [MENTEE]),
    staff: tableData("staff", []),
    achievements: tableData("achievements", []),
    pairs: tableData("pairs", []),
    programmes: tableData("programmes", []),
    meetings: tableData("meetings", []),
    targets: tableData("targets", []),
    settings: tableData("settings", SETTINGS_ROWS),
    ...over,
  };
}
const check = (b: BaseData) => validateBase(b, { locale: "ru", offsetMinutes: MSK, today: TODAY });

describe("the base's range of dates", () => {
  test("from 01.01.2000 to the end of the year ten years on", () => {
    expect(dateRange(TODAY)).toEqual({ from: "2000-01-01", to: "2036-12-31" });
    expect(dateInRange("2036-12-31", TODAY)).toBe(true);
    expect(dateInRange("2037-01-01", TODAY)).toBe(false);
    expect(dateInRange("1999-12-31", TODAY)).toBe(false);
    expect(dateInRange("2000-01-01", TODAY)).toBe(true);
    // Without a today the range still ends, at 2100.
    expect(dateInRange("2099-06-01")).toBe(true);
    expect(dateInRange("9999-12-31")).toBe(false);
  });

  test.each([
    ["a date cell in 9999", isoToDateCell("9999-12-31", MSK), "31.12.9999"],
    ["text in 9999", "31.12.9999", "31.12.9999"],
    ["a date cell past 9999", new Date(Date.UTC(12026, 0, 1) - MSK * 60_000), "01.01.12026"],
    ["a date in 1900", "01.01.1900", "01.01.1900"],
  ])("%s is an error at its cell, naming the value and the range; the row is left out", (_, value, shown) => {
    const r = check(base({ pairs: tableData("pairs", [{ ...PAIR, startDate: value }]) }));
    const at = r.problems.filter((p) => p.table === "pairs" && p.row === 2 && p.column === "startDate");
    expect(at).toHaveLength(1);
    expect(at[0]).toMatchObject({ code: "dateOutOfRange", severity: "error" });
    expect(at[0]!.message).toContain(shown);
    expect(at[0]!.message).toContain("с 01.01.2000 по 31.12.2036");
    expect(baseFrom(r).pairs).toEqual([]);
    expect(baseFrom(r).skipped).toEqual([{ table: "pairs", row: 2 }]);
  });

  test("dates on the people's tabs, programmes and meetings are held to the same range", () => {
    const r = check(
      base({
        mentors: tableData("mentors", [{ ...MENTOR, entryDate: "01.09.2205" }]),
        programmes: tableData("programmes", [
          { id: "ПР-0001", title: "Программа", form: "педагог – педагог", startDate: "01.09.1925" },
        ]),
      }),
    );
    const codes = r.problems.map((p) => `${p.table}:${p.column}:${p.code}`);
    expect(codes).toContain("mentors:entryDate:dateOutOfRange");
    expect(codes).toContain("programmes:startDate:dateOutOfRange");
  });

  test("a sensible date passes", () => {
    const r = check(base({ pairs: tableData("pairs", [{ ...PAIR, startDate: "01.12.2026" }]) }));
    expect(r.problems).toEqual([]);
  });
});

describe("absurd lengths", () => {
  test("a 50,000-character name is an error at its cell; the text is not echoed back", () => {
    const name = "Я".repeat(50_000);
    const r = check(base({ mentors: tableData("mentors", [{ ...MENTOR, fullName: name }]) }));
    const at = r.problems.filter((p) => p.table === "mentors" && p.column === "fullName");
    expect(at).toHaveLength(1);
    expect(at[0]).toMatchObject({ code: "tooLong", severity: "error", row: 2 });
    expect(at[0]!.message).toContain("50000");
    expect(at[0]!.message).toContain(String(MAX_TEXT));
    expect(at[0]!.message.length).toBeLessThan(400);
  });

  test("a long request list fits up to the long-text limit, not past it", () => {
    const fits = "дисциплина; ".repeat(Math.floor(MAX_LONG_TEXT / 12));
    expect(check(base({ mentees: tableData("mentees", [{ ...MENTEE, requests: fits }]) })).problems).toEqual(
      [],
    );
    const over = `${fits}${"x".repeat(MAX_LONG_TEXT)}`;
    const r = check(base({ mentees: tableData("mentees", [{ ...MENTEE, requests: over }]) }));
    expect(r.problems.map((p) => p.code)).toEqual(["tooLong"]);
  });
});
