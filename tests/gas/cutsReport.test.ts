import { CUT_ACTIONS, testCuts } from "../support/cutActions";
import { cutAtEveryCall, formatFailure } from "../support/cuts";

/** «Аналитическая справка»: a stop at any sampled call, then a re-run, ends as a clean run (tests/support/cutActions.ts). */
describe("a stop at any call", () => {
  testCuts("report");

  // The sample above takes the first and last calls and every tenth; here every call from the report's copy on
  // (the copy, its filling and saving, the PDF, the row), where a stop could leave a second report or a lost PDF.
  test("«Аналитическая справка с PDF», cut at every call of the document's making", () => {
    const action = CUT_ACTIONS.find((a) => a.name === "Аналитическая справка с PDF")!;
    const counted = cutAtEveryCall({ ...action, modes: [] });
    const first = counted.sequence.indexOf("Files.copy") + 1;
    expect(first).toBeGreaterThan(0);
    expect(counted.sequence.slice(first)).toContain("Document.getAs");
    const report = cutAtEveryCall({
      ...action,
      sample: { first: 0, last: counted.calls - first + 1, every: counted.calls + 1 },
    });
    expect(report.failures.map((f) => formatFailure(report.name, f))).toEqual([]);
    expect(report.tried).toBeGreaterThanOrEqual(3 * (counted.calls - first + 1));
  }, 600_000);
});
