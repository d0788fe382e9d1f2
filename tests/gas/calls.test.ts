import { sampleSchool } from "../../scripts/sampleSchool";
import { checkBase } from "../../src/app/checkBase";
import { initBase } from "../../src/app/initBase";
import { proposePairs } from "../../src/app/proposePairs";
import { MENTEES, MENTORS } from "../../src/domain/tables";
import { gasWorld } from "../support/gas";

/** Pastes a sample school of `n` mentors and `n` mentees under the headers, as a curator pasting a list would. */
function paste(w: ReturnType<typeof gasWorld>, n: number) {
  const school = sampleSchool(7, { mentors: n, mentees: n, mistakes: true });
  for (const [spec, rows] of [
    [MENTORS, school.mentors],
    [MENTEES, school.mentees],
  ] as const) {
    const sheet = w.ss.getSheetByName(spec.title.ru)!;
    const values = rows.map((r) => spec.columns.map((c) => r[c.key] ?? ""));
    if (sheet.getMaxRows() < values.length + 1)
      sheet.insertRowsAfter(sheet.getMaxRows(), values.length + 1 - sheet.getMaxRows());
    sheet.getRange(2, 1, values.length, spec.columns.length).setValues(values);
  }
}

function measure(n: number) {
  const w = gasWorld();
  try {
    w.run(() => initBase(w.ports()));
    paste(w, n);
    w.emu.calls.reset();
    const report = w.run(() => checkBase(w.ports()))!;
    const first = w.emu.calls.total("SpreadsheetApp");
    w.emu.calls.reset();
    w.run(() => checkBase(w.ports()));
    const again = w.emu.calls.total("SpreadsheetApp");
    w.emu.calls.reset();
    w.run(() => proposePairs(w.ports()));
    const grew = w.emu.calls.byMethod()["Sheet.insertRowsAfter"] ?? 0;
    return { first, again, report, propose: w.emu.calls.total("SpreadsheetApp"), grew };
  } finally {
    w.uninstall();
  }
}

test("«Проверить базу» and «Подобрать пары» make the same number of Sheets calls for 100 and 5,000 rows", () => {
  const small = measure(100);
  const large = measure(5000);
  expect(small.report.rowsChecked).toBe(200);
  expect(large.report.rowsChecked).toBe(10000);
  expect(large.report.errors).toBeGreaterThan(0);
  expect(large.first).toBe(small.first);
  expect(large.again).toBe(small.again);
  // «Подобрать пары» too: one read per tab, one write per column, and one call more when the proposals no
  // longer fit in the tab's 1,000 rows and the grid is grown.
  expect(small.grew).toBe(0);
  expect(large.grew).toBe(1);
  expect(large.propose).toBe(small.propose + large.grew);
  // A check that finds nothing new writes nothing: fewer calls than the first.
  expect(small.again).toBeLessThan(small.first);
});
