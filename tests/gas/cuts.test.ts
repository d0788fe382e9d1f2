import { CUT_ACTIONS, CUT_GROUPS } from "../support/cutActions";
import { cutAtEveryCall, formatFailure, sampleIndices, type World } from "../support/cuts";

/**
 * The harness of «a stop at any call» (tests/support/cuts.ts) on actions made to fail it. The add-on's actions
 * are cut in tests/gas/cuts*.test.ts (a sample of calls each); `npm run soak` cuts every call of every action.
 */

test("every action the harness knows is cut in one of tests/gas/cuts*.test.ts", () => {
  expect(Object.values(CUT_GROUPS).flat().sort()).toEqual(CUT_ACTIONS.map((a) => a.name).sort());
});

describe("the harness", () => {
  const cell = (w: World) => w.ss.getSheets()[0]!.getRange("C1");

  test("finds an action that is not safe to run again, and says where and how it was cut", () => {
    // Adds one row per run and counts runs in a cell that it reads first: a re-run after a cut adds a second row.
    const report = cutAtEveryCall({
      name: "unsafe",
      sample: "all",
      prepare: () => {},
      action: (w) => {
        const sheet = w.ss.getSheets()[0]!;
        sheet.appendRow(["made"]);
        cell(w).setValue(Number(cell(w).getValue()) + 1);
      },
    });
    expect(report.calls).toBe(8);
    expect(report.failures.length).toBe(1);
    const [first] = report.failures;
    // Cut at getSheets, or before appendRow's effect, the re-run is a clean run; the first cut that differs is
    // appendRow done with its reply lost.
    expect(first).toMatchObject({ k: 2, method: "Sheet.appendRow", mode: "after" });
    expect(first!.cut).toContain("Service error (cut by the test)");
    const text = formatFailure(report.name, first!);
    expect(text).toContain("cut at call #2 Sheet.appendRow (after)");
    expect(text).toMatch(/spreadsheet: \$\.sheets\..*"made"/);
  });

  test("passes an action that is safe to run again, at every call and in every mode", () => {
    const report = cutAtEveryCall({
      name: "safe",
      sample: "all",
      stopAtFirst: false,
      prepare: () => {},
      action: (w) => {
        const sheet = w.ss.getSheets()[0]!;
        sheet.getRange("A2").setValue("made");
        cell(w).setValue(1);
      },
    });
    expect(report).toMatchObject({ calls: 6, tried: 18, failures: [] });
    // A cut after the last call (reply lost) fails the run; the time limit after it too: none is absorbed.
    expect(report.absorbed).toEqual([]);
  });

  test("compares Drive, triggers, mail and forms, not only the spreadsheet", () => {
    const report = cutAtEveryCall({
      name: "leftovers",
      sample: "all",
      modes: ["after"],
      prepare: () => {},
      action: () => {
        // A document made again on every run, as a careless action would.
        DocumentApp.create("Соглашение");
        MailApp.sendEmail("a@school7.ru", "Анкета", "текст");
      },
    });
    expect(report.failures[0]).toMatchObject({ k: 1, method: "DocumentApp.create", mode: "after" });
    expect(report.failures[0]!.diff).toEqual(["drive: + Соглашение (application/vnd.google-apps.document)"]);
  });

  test("samples the first and last few calls and every m-th", () => {
    expect(sampleIndices(5, "all")).toEqual([1, 2, 3, 4, 5]);
    expect(sampleIndices(30, { first: 2, last: 2, every: 10 })).toEqual([1, 2, 10, 20, 29, 30]);
    expect(sampleIndices(2, {})).toEqual([1, 2]);
  });
});
