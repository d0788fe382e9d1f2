import { CUT_ACTIONS, CUT_GROUPS } from "../support/cutActions";
import { cutAtEveryCall, formatFailure } from "../support/cuts";

/**
 * The roadmap's reminder run and «Новый учебный год: дорожная карта»: a stop at a sample of calls (the first and last three and every tenth), then a
 * re-run, ends as a clean run (tests/support/cutActions.ts): no reminder twice on a day, one new year's block.
 */
describe("a stop at any call", () => {
  for (const name of CUT_GROUPS.roadmapYear) {
    test(`«${name}», cut at a sample of its calls in every mode`, () => {
      const action = CUT_ACTIONS.find((a) => a.name === name)!;
      expect(action.survives).toBe(true);
      const report = cutAtEveryCall({ ...action, sample: {} });
      expect(report.calls).toBeGreaterThan(10);
      expect(report.failures.map((f) => formatFailure(report.name, f))).toEqual([]);
      expect(report.tried).toBeGreaterThan(15);
    }, 300_000);
  }
});
