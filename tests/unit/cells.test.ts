import {
  columnLetter,
  dateCellToIso,
  isoToDateCell,
  neutralizeFormula,
  normalisePhone,
  splitList,
} from "../../src/domain/cells";
import { academicYearOf } from "../../src/domain/settings";

describe("cells", () => {
  test("text that would run as a formula is kept as text", () => {
    for (const bad of [
      '=HYPERLINK("http://x","click")',
      "+A1",
      "-cmd|' /C calc'!A0",
      "+HYPERLINK(1)",
      "@SUM(A1)",
      "\t=1",
      "\r=1",
    ]) {
      expect(neutralizeFormula(bad)).toBe(`'${bad}`);
    }
    for (const plain of ["+7 914 123-45-67", "-5", "+7 (914) 123.45.67"])
      expect(neutralizeFormula(plain)).toBe(plain);
    expect(neutralizeFormula("Иванова")).toBe("Иванова");
    expect(neutralizeFormula(-5)).toBe(-5);
    expect(neutralizeFormula(true)).toBe(true);
  });

  test("date cells round-trip through the spreadsheet's offset, also across a DST hour", () => {
    expect(dateCellToIso(isoToDateCell("2026-09-01", 180), 180)).toBe("2026-09-01");
    expect(dateCellToIso(new Date(Date.UTC(2026, 7, 31, 21)), 180)).toBe("2026-09-01");
    // Stored at local midnight in summer time (+60 more) but read with the winter offset.
    expect(dateCellToIso(isoToDateCell("2026-07-01", 120), 60)).toBe("2026-07-01");
  });

  test("phones compare by digits", () => {
    expect(normalisePhone("8 (914) 123-45-67")).toBe(normalisePhone("+7 914 123 45 67"));
    expect(normalisePhone("9141234567")).toBe("79141234567");
  });

  test("lists split on ; , and line breaks", () => {
    expect(splitList("ОГЭ; классное руководство,\nродители ;; ")).toEqual([
      "ОГЭ",
      "классное руководство",
      "родители",
    ]);
  });

  test("column letters and academic years", () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
    expect(academicYearOf(new Date(Date.UTC(2026, 8, 1)))).toBe("2026/2027");
    expect(academicYearOf(new Date(Date.UTC(2027, 7, 31)))).toBe("2026/2027");
  });
});
