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
    // Young specialists in programmes: on the register, young on 01.09.2026 and on staff this year are СТ-0003,
    // СТ-0004, СТ-0006, СТ-0007 (СТ-0009 left in June); mentees in pairs this year: СТ-0003, СТ-0004. 2 / 4 = 50 %.
    // The curator's typed total (7) is not used: the register is.
    expect(by.youngInProgrammes).toMatchObject({
      numerator: 2,
      denominator: 4,
      percent: 50,
      target: 50,
      status: "reached",
      denominatorFrom: "знаменатель — по листу «Педагогический коллектив»",
      basis: ["СТ-0003", "СТ-0004"],
    });
    // Left the profession: of the teacher mentees НЯ-0001..3, НЯ-0002 (СТ-0004) left the profession on 25.10.2026,
    // inside her pair П-0002: 1 / 3 = 33.3 %, above the 10 % allowed; the year's own figure beside it.
    expect(by.leftProfession).toMatchObject({
      numerator: 1,
      denominator: 3,
      percent: 33.3,
      direction: "down",
      status: "notYet",
      beside: ["за этот учебный год: 1 / 3 = 33.3 %"],
    });
    // Pairs completed: П-0003 of the ended П-0002, П-0003 and the overdue П-0004: 33.3 %.
    expect(by.pairsCompleted).toMatchObject({
      numerator: 1,
      denominator: 3,
      percent: 33.3,
      status: "noData",
    });
    // Partner organisations: ООО «Ромашка» of the 2 organisations typed by the curator: 50 %, above 40 %.
    expect(by.partnerOrganisations).toMatchObject({
      numerator: 1,
      denominator: 2,
      percent: 50,
      status: "reached",
    });
    expect(by.partnerOrganisations!.denominatorFrom).toContain("введённое куратором");
    // Satisfied mentees (7 and above) of all four mentees in pairs this year: НЯ-0001 (9) yes, НЯ-0003 (6) no,
    // НЯ-0002 and НЯ-0004 did not answer (last year's 10 does not count): 1 / 4 = 25 %, below 75 %. Beside: 1 of
    // the 2 who answered, and 2 of 4 answered.
    expect(by.satisfactionMentees).toMatchObject({
      numerator: 1,
      denominator: 4,
      percent: 25,
      status: "notYet",
      beside: ["среди ответивших: 1 / 2 = 50 %", "ответили на анкету: 2 / 4 = 50 %"],
    });
    // No mentor has answered: no figure (not 0 %), and no NaN.
    expect(by.satisfactionMentors).toMatchObject({ denominator: 3, percent: null, status: "noData" });
    // Level rose: young specialists mentored this year НЯ-0001 (5 → 8, rose) and НЯ-0002 (no monitoring): 1 / 2.
    expect(by.levelRose).toMatchObject({
      numerator: 1,
      denominator: 2,
      percent: 50,
      beside: ["среди прошедших оба мониторинга: 1 / 1 = 100 %"],
    });
    expect(by.levelRose!.note).toContain("без входного и итогового мониторинга за этот год: 1");
    // Contests: on staff this year СТ-0001..0008 (8); with an entry dated in the year: СТ-0001, СТ-0003 (under
    // her mentee id НЯ-0001), СТ-0006; СТ-0008's entry is last year's. 3 / 8 = 37.5 %. Young: СТ-0003, СТ-0006
    // of the four young specialists: 50 %.
    expect(by.contests).toMatchObject({ numerator: 3, denominator: 8, percent: 37.5 });
    expect(by.contestsYoung).toMatchObject({ numerator: 2, denominator: 4, percent: 50 });
    expect(by.contests!.basis).toEqual(["СТ-0001", "СТ-0003", "СТ-0006"]);

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
    expect(tab[by.contests!.title]!["На чём основано"]).toBe("СТ-0001, СТ-0003, СТ-0006");
    expect(String(tab[by.satisfactionMentors!.title]!["Пояснение"])).not.toBe("");
    expect(tab[by.contests!.title]!["Знаменатель взят"]).toBe(
      "знаменатель — по листу «Педагогический коллектив»",
    );
    expect(tab[by.satisfactionMentees!.title]!["Рядом с основным"]).toBe(
      "среди ответивших: 1 / 2 = 50 %; ответили на анкету: 2 / 4 = 50 %",
    );
    // The staff on the day: СТ-0004 left in October, so 7 on staff; СТ-0001 mentors in П-0001, СТ-0003 is her
    // mentee; the other five take no part. Young specialists on staff: СТ-0003, СТ-0006, СТ-0007; the last two are
    // in no pair and named for the curator.
    const staffRows = counts.filter((r) => r["Разрез"] === "Педагогический коллектив");
    expect(staffRows.map((r) => [r["Группа"], r["Человек"]])).toEqual([
      ["Педагогов в коллективе", 7],
      ["Только наставники", 1],
      ["Только наставляемые", 1],
      ["И наставники, и наставляемые", 0],
      ["Не участвуют в наставничестве", 5],
      ["Молодых специалистов в коллективе", 3],
    ]);
    expect(
      counts
        .filter((r) => r["Разрез"] === "Молодые специалисты вне программ наставничества")
        .map((r) => r["Группа"]),
    ).toEqual(["Громова Елена Викторовна (СТ-0006)", "Лебедев Артём Сергеевич (СТ-0007)"]);
    expect(view.staff?.youngNotInvolved.map((x) => x.staffId)).toEqual(["СТ-0006", "СТ-0007"]);

    // For reporting on another date: on 05.11.2026 П-0003 was still running too (6 people), П-0002 was over.
    setting(w.ss, "kpi.countsDate", "05.11.2026");
    const onDate = ok(w.run(() => computeIndicators(w.ports())));
    expect(onDate.counts[0]!.count).toBe(6);
    // On that day СТ-0002 mentored СТ-0005 in П-0003 too; СТ-0004 had left (25.10): 7 on staff, 2 and 2, 3 not.
    expect(onDate.staff?.rows.map((r) => r.count)).toEqual([7, 2, 2, 0, 3, 3]);
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
    // НЯ-0003's 6 became 8: satisfied 1, then 2, of the four mentees who took part.
    expect(satisfaction.map((r) => r["Факт, %"])).toEqual([25, 50]);
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

  test("with «январь и июль» on «Настройки», the trigger takes the January snapshot, labelled «январь»", () => {
    const w = school();
    setting(w.ss, "kpi.snapshotMonths", "январь и июль");
    w.emu.clock.set(Date.UTC(2026, 11, 25, 6, 0)); // December: not a snapshot month now
    expect(w.run(() => autoSnapshot(w.ports()))).toBeNull();
    w.emu.clock.set(Date.UTC(2027, 0, 20, 6, 0)); // January
    const view = ok(w.run(() => autoSnapshot(w.ports())));
    expect(view.message).toContain("январь 2026/2027");
    expect(w.run(() => autoSnapshot(w.ports()))).toBeNull();
    const history = rowsOf(w.ss, "История показателей").filter((r) => r["Показатель"] !== "");
    expect(new Set(history.map((r) => r["Срез"]))).toEqual(new Set(["январь"]));
    w.emu.clock.set(Date.UTC(2027, 5, 20, 6, 0)); // June: not a snapshot month either
    expect(w.run(() => autoSnapshot(w.ports()))).toBeNull();
  });
});
