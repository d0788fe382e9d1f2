import { autoSnapshot, computeIndicators, takeSnapshot } from "../../src/app/kpi";
import { ok, rowsOf, setting } from "../support/gas";
import { type KpiWorld, kpiSchoolPerTest } from "../support/kpiSchool";

/**
 * «Рассчитать показатели» and «Зафиксировать срез» on a small school typed by hand, with every figure computed
 * by hand below. Today is 25.11.2026; the academic year 2026/2027.
 */

type World = KpiWorld;
const school = kpiSchoolPerTest();

/** The indicators' rows of «Показатели» (the first block of the tab), by title. */
const kpiTab = (w: World) => {
  const out: Record<string, Record<string, unknown>> = {};
  for (const r of rowsOf(w.ss, "Показатели")) {
    const title = String(r["Показатель"]);
    if (title === "" || r["Статус"] === "") break;
    out[title] = r;
  }
  return out;
};

describe("«Рассчитать показатели»", () => {
  test("every figure as computed by hand, with its formula, target and status", () => {
    const w = school();
    const view = ok(w.run(() => computeIndicators(w.ports())));
    const by = Object.fromEntries(view.indicators.map((i) => [i.key, i]));
    // Young specialists in programmes: НЯ-0001 and НЯ-0002 were mentees this year, of 4 working here: 50 %.
    expect(by.youngInProgrammes).toMatchObject({
      numerator: 2,
      denominator: 4,
      percent: 50,
      target: 50,
      status: "reached",
    });
    // Left the profession: of the teacher mentees НЯ-0001..3, НЯ-0002 left: 33.3 %, above the 10 % allowed.
    expect(by.leftProfession).toMatchObject({
      numerator: 1,
      denominator: 3,
      percent: 33.3,
      direction: "down",
      status: "notYet",
    });
    // Pairs completed: П-0003 of the ended П-0002, П-0003 and the overdue П-0004: 33.3 %.
    expect(by.pairsCompleted).toMatchObject({
      numerator: 1,
      denominator: 3,
      percent: 33.3,
      status: "noData",
    });
    // Partner organisations: ООО «Ромашка» of the 2 partners: 50 %, above the 40 % target.
    expect(by.partnerOrganisations).toMatchObject({
      numerator: 1,
      denominator: 2,
      percent: 50,
      status: "reached",
    });
    // Satisfied mentees (7 and above): 9 yes, 6 no; last year's 10 does not count: 50 %, below 75 %.
    expect(by.satisfactionMentees).toMatchObject({
      numerator: 1,
      denominator: 2,
      percent: 50,
      status: "notYet",
    });
    // Nobody has answered as a mentor; no entry and exit pair: no data, and no NaN.
    expect(by.satisfactionMentors).toMatchObject({ denominator: 0, percent: null, status: "noData" });
    expect(by.levelRose!.percent).toBeNull();
    // Contests: teachers in pairs НС-0001, НС-0003, НЯ-0001..3; in contests НС-0001 and НЯ-0001: 40 %.
    expect(by.contests).toMatchObject({ numerator: 2, denominator: 5, percent: 40 });
    expect(by.contestsYoung).toMatchObject({ numerator: 1, denominator: 2, percent: 50 });
    expect(by.contests!.basis).toEqual(["НС-0001", "НЯ-0001"]);

    // The KPI tab shows the same figures with the formula next to each.
    const tab = kpiTab(w);
    const young = tab[by.youngInProgrammes!.title]!;
    expect(young).toMatchObject({ Числитель: 2, Знаменатель: 4, "Цель, %": 50, Статус: "достигнут" });
    expect(String(young["Как считается"])).toMatch(/молод/i);
    expect(Object.keys(tab)).toHaveLength(9);
    // Participants on the day: П-0002 and П-0003 ended before it; П-0001 and the overdue П-0004 are current.
    const counts = rowsOf(w.ss, "Численность участников").filter((r) => r["Группа"] !== "");
    expect(counts.length).toBeGreaterThan(5);
    expect(counts[0]!["Человек"]).toBe(view.counts[0]!.count);
    // Today П-0001 and the open П-0004 are current: 4 people. The note and the data behind are on the tab.
    expect(view.counts[0]!.count).toBe(4);
    expect(tab[by.contests!.title]!["На чём основано"]).toBe("НС-0001, НЯ-0001");
    expect(String(tab[by.satisfactionMentors!.title]!["Пояснение"])).not.toBe("");

    // For reporting on another date: on 05.11.2026 П-0003 was still running too (6 people), П-0002 was over.
    setting(w.ss, "kpi.countsDate", "05.11.2026");
    const onDate = ok(w.run(() => computeIndicators(w.ports())));
    expect(onDate.counts[0]!.count).toBe(6);
    const again = rowsOf(w.ss, "Численность участников").filter((r) => r["Группа"] !== "");
    expect((again[0]!["На дату"] as Date).toISOString()).toBe("2026-11-04T21:00:00.000Z");
  });

  test("a second computation rewrites the tab in place; snapshots accumulate and never overwrite", () => {
    const w = school();
    ok(w.run(() => computeIndicators(w.ports())));
    const before = w.ss.getSheetByName("Показатели")!.getLastRow();
    const charts = w.emu.charts("Показатели");
    ok(w.run(() => computeIndicators(w.ports())));
    expect(w.ss.getSheetByName("Показатели")!.getLastRow()).toBe(before);
    // The two charts (actual against target; the satisfaction scores) are updated in place, not duplicated.
    const again = w.emu.charts("Показатели");
    const sheet = w.ss.getSheetByName("Показатели")!;
    expect(again).toHaveLength(2);
    expect(again.map((c) => c.chartId)).toEqual(charts.map((c) => c.chartId));
    // The first draws the block by academic year (rows 24–33): the indicator, then actual and target per year.
    expect(again[0]!.ranges).toEqual(
      ["A", "B", "C", "D", "E", "F", "G"].map((c) => `'Показатели'!${c}24:${c}33`),
    );
    expect(sheet.getRange("A24:G24").getValues()[0]).toEqual([
      "По учебным годам",
      "2026/2027: факт, %",
      "2026/2027: цель, %",
      "2027/2028: факт, %",
      "2027/2028: цель, %",
      "2028/2029: факт, %",
      "2028/2029: цель, %",
    ]);
    // This year's young specialists: 50 % against 50 %; next years no facts yet.
    expect(sheet.getRange("B25:E25").getValues()[0]).toEqual([50, 50, "", ""]);
    expect(again[1]!.ranges).toEqual([
      "'Показатели'!A12:A22",
      "'Показатели'!C12:C22",
      "'Показатели'!D12:D22",
    ]);
    // The scores block the second chart draws: 9 and 6 among the mentees.
    expect(sheet.getRange("A12:D12").getValues()[0]).toEqual([
      "Оценка удовлетворённости",
      "",
      "Наставляемые",
      "Наставники",
    ]);
    expect(sheet.getRange("C13:C22").getValues().flat()).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 1, 0]);

    const first = ok(w.run(() => takeSnapshot(w.ports())));
    expect(first.message).toContain("декабрь 2026/2027");
    expect(rowsOf(w.ss, "История показателей").filter((r) => r["Показатель"] !== "")).toHaveLength(9);
    // Later, another figure changes and a second snapshot is taken: both stay.
    w.ss.getSheetByName("Анкеты")!.getRange(3, 12).setValue(8);
    w.emu.clock.advance(86_400_000);
    const second = ok(w.run(() => takeSnapshot(w.ports())));
    const history = rowsOf(w.ss, "История показателей").filter((r) => r["Показатель"] !== "");
    expect(history).toHaveLength(18);
    expect(second.history).toHaveLength(18);
    const satisfaction = history.filter((r) => r["Показатель"] === "удовлетворённость наставляемых");
    expect(satisfaction.map((r) => r["Факт, %"])).toEqual([50, 100]);
  });

  test("the monthly trigger takes the December snapshot once, and nothing in other months", () => {
    const w = school();
    w.emu.clock.set(Date.UTC(2026, 9, 25, 6, 0)); // October
    expect(w.run(() => autoSnapshot(w.ports()))).toBeNull();
    w.emu.clock.set(Date.UTC(2026, 11, 25, 6, 0)); // December
    ok(w.run(() => autoSnapshot(w.ports())));
    expect(w.run(() => autoSnapshot(w.ports()))).toBeNull();
    expect(rowsOf(w.ss, "История показателей").filter((r) => r["Показатель"] !== "")).toHaveLength(9);
  });
});
