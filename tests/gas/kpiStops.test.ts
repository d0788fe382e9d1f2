import { computeIndicators } from "../../src/app/kpi";
import { takeKpiSnapshot } from "../../src/gas/entrypoints";
import { faultPoints, ok, rowsOf, snapshotDiff, stableText } from "../support/gas";
import { type KpiWorld, kpiSchool, kpiSchoolPerTest } from "../support/kpiSchool";

/**
 * «Рассчитать показатели» and «Зафиксировать срез» stopped at any call (docs/architecture.md, «Stopping at any
 * call», «Показатели и срез»): the re-run leaves the base as a clean run does, charts included, and a tab already
 * damaged by the old behaviour (a second copy of a chart whose id was never saved) repairs itself.
 */

type World = KpiWorld;
const school = kpiSchoolPerTest();

const TAB = "Показатели";
const ACTUAL = "Показатели по учебным годам: факт и цель, %";
const SCORES = "Удовлетворённость 2026/2027: сколько человек поставили оценку";

const compute = (w: World) => ok(w.run(() => computeIndicators(w.ports())));
const titles = (w: World) => w.emu.charts(TAB).map((c) => c.options.title);
const savedIds = (w: World) => {
  const props = w.run(() => PropertiesService.getDocumentProperties().getProperties());
  return Object.fromEntries(
    Object.entries(props)
      .filter(([k]) => k.startsWith("mentor-base.chart."))
      .map(([k, v]) => [k.slice("mentor-base.chart.".length), Number(v)]),
  );
};
/** Each key's saved id is a chart on the tab with that key's title: the next run updates it in place. */
function expectIdsSaved(w: World): void {
  const charts = w.emu.charts(TAB);
  const ids = savedIds(w);
  expect(charts.find((c) => c.chartId === ids["kpi.actualTarget"])?.options.title).toBe(ACTUAL);
  expect(charts.find((c) => c.chartId === ids["kpi.satisfaction"])?.options.title).toBe(SCORES);
}

/** A chart made on the KPI tab outside the add-on (a curator's own, or a copy the old code left). */
function chartAt(w: World, title: string, row: number, column: number, a1: string): void {
  const sheet = w.ss.getSheetByName(TAB)!;
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange(a1))
      .setPosition(row, column, 0, 0)
      .setOption("title", title)
      .build(),
  );
}

describe("the KPI charts are reconciled on every run", () => {
  test("a stop between inserting the first chart and saving its id: the next run makes no second copy", () => {
    const w = school();
    // getCharts() #2 is the read right after the first insertChart, before its id is saved.
    w.emu.faults.failNth({ method: "Sheet.getCharts", n: 2, message: "Service Spreadsheets failed" });
    expect(() => compute(w)).toThrow("Service Spreadsheets failed");
    expect(titles(w)).toEqual([ACTUAL]);
    expect(savedIds(w)["kpi.actualTarget"]).toBeUndefined();
    compute(w);
    expect(titles(w)).toEqual([ACTUAL, SCORES]);
    expectIdsSaved(w);
    const ids = w.emu.charts(TAB).map((c) => c.chartId);
    compute(w);
    expect(w.emu.charts(TAB).map((c) => c.chartId)).toEqual(ids);
  });

  test("a tab damaged by the old behaviour (three charts, one never updated) repairs itself; a curator's charts stay", () => {
    const w = school();
    compute(w);
    const [actual] = w.emu.charts(TAB);
    const right = actual!.position.anchorColumn;
    // The copy a stopped run left, at the first chart's place, under its title in English and with old ranges.
    chartAt(w, "Indicators by academic year: actual and target, %", 2, right, "A1:A5");
    // And one of last year's satisfaction chart, at its place.
    chartAt(w, "Удовлетворённость 2025/2026: сколько человек поставили оценку", 22, right, "A1:A5");
    // The curator's own: our title elsewhere, and another title at our place.
    chartAt(w, ACTUAL, 40, 1, "A1:A5");
    chartAt(w, "Мой график", 2, right, "A1:B5");
    expect(w.emu.charts(TAB)).toHaveLength(6);
    const ids = savedIds(w);
    compute(w);
    const after = w.emu.charts(TAB);
    expect(after.map((c) => [c.options.title, c.position.anchorRow])).toEqual([
      [ACTUAL, 2],
      [SCORES, 22],
      [ACTUAL, 40],
      ["Мой график", 2],
    ]);
    // Ours are the saved ones, updated in place; the curator's are as they were made.
    expect(savedIds(w)).toEqual(ids);
    expect(after[2]!.ranges).toEqual(["'Показатели'!A1:A5"]);
    expect(after[3]!.ranges).toEqual(["'Показатели'!A1:B5"]);
  });

  test("a copy left while the id was never saved is adopted: its id is saved and it is updated in place", () => {
    const w = school();
    compute(w);
    const before = w.emu.charts(TAB);
    w.run(() =>
      PropertiesService.getDocumentProperties().deleteProperty("mentor-base.chart.kpi.satisfaction"),
    );
    compute(w);
    expect(w.emu.charts(TAB).map((c) => c.chartId)).toEqual(before.map((c) => c.chartId));
    expectIdsSaved(w);
  });
});

/** The spreadsheet as the curator sees it, chart ids aside (Google gives a new one to a chart made anew). */
const seen = (w: World) => stableText(w.emu, w.ss, { ids: true }).replace(/"chartId":\d+/g, '"chartId":0');

/**
 * The calls this part of the code owns (charts, the ids and marks in Properties, the trigger, the snapshot's
 * append) are cut at every point; the reads and writes of tabs that every action shares (cut at every point by
 * tests/gas/faults.test.ts) at every fifth, so that `npm test` stays quick. `SOAK=1` cuts at every point.
 */
const OWN = /Chart|ContainerInfo|Properties|ScriptApp|Trigger|setValues/;
const sampled = (points: { method: string; n: number }[]) =>
  process.env.SOAK === "1" ? points : points.filter((p, i) => OWN.test(p.method) || i % 5 === 0);

/**
 * Cuts `action` at every kind of call it makes (first, second, middle and last of each method) on a fresh
 * school prepared by `prepare`; runs it again and compares with a clean run.
 */
function cutEverywhere(prepare: (w: World) => void, action: (w: World) => void, check: (w: World) => void) {
  const clean = school();
  prepare(clean);
  clean.emu.calls.reset();
  action(clean);
  const expected = seen(clean);
  const all = faultPoints(clean.emu.calls.byMethod());
  expect(all.length).toBeGreaterThan(20);
  const points = sampled(all);
  for (const point of points) {
    const w = kpiSchool();
    try {
      prepare(w);
      w.emu.faults.failNth({ method: point.method, n: point.n, message: "Service Spreadsheets failed" });
      try {
        action(w);
      } catch (err) {
        expect(String(err)).toContain("Service Spreadsheets failed");
      }
      w.emu.faults.clear();
      action(w);
      const got = seen(w);
      if (got !== expected)
        expect({ point, diff: snapshotDiff(JSON.parse(got), JSON.parse(expected)) }).toEqual({
          point,
          diff: [],
        });
      check(w);
    } finally {
      w.uninstall();
    }
  }
}

describe("cut at every kind of call, then run again: as a clean run", () => {
  test("«Рассчитать показатели» on a school that has never computed them (the tab and both charts made)", () => {
    cutEverywhere(
      () => {},
      (w) => compute(w),
      (w) => {
        expect(titles(w)).toEqual([ACTUAL, SCORES]);
        expectIdsSaved(w);
      },
    );
  });

  test("«Рассчитать показатели» again, with a curator's chart on the tab", () => {
    cutEverywhere(
      (w) => {
        compute(w);
        chartAt(w, "Мой график", 40, 1, "A1:B5");
        // A figure changes: a mentor's satisfaction answer arrives.
        w.ss.getSheetByName("Анкеты")!.getRange(3, 12).setValue(8);
      },
      (w) => compute(w),
      (w) => {
        expect(titles(w)).toEqual([ACTUAL, SCORES, "Мой график"]);
        expectIdsSaved(w);
      },
    );
  });

  test("«Зафиксировать срез» (the snapshot and the monthly trigger): one snapshot, one trigger", () => {
    const snapshot = (w: World) => w.run(() => takeKpiSnapshot());
    cutEverywhere(
      (w) => compute(w),
      snapshot,
      (w) => {
        expect(rowsOf(w.ss, "История показателей").filter((r) => r["Показатель"] !== "")).toHaveLength(9);
        expect(w.emu.triggers.list().map((t) => t.handlerFunction)).toEqual(["kpiAutoSnapshot"]);
      },
    );
  });
});

test("a snapshot taken again the same day with the same figures adds nothing; with new figures, it is added", () => {
  const w = school();
  compute(w);
  w.run(() => takeKpiSnapshot());
  w.run(() => takeKpiSnapshot());
  const history = () => rowsOf(w.ss, "История показателей").filter((r) => r["Показатель"] !== "");
  expect(history()).toHaveLength(9);
  w.ss.getSheetByName("Анкеты")!.getRange(3, 12).setValue(8);
  const view = w.run(() => takeKpiSnapshot());
  expect(history()).toHaveLength(18);
  expect(view.history).toHaveLength(18);
});
