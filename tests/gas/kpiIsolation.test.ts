import { computeIndicators, takeSnapshot } from "../../src/app/kpi";
import type { gasWorld } from "../support/gas";
import { ok } from "../support/gas";
import { kpiSchool } from "../support/kpiSchool";

/**
 * «Рассчитать показатели» with one hostile value in the small school of tests/support/kpiSchool.ts (figures by
 * hand in tests/gas/kpi.test.ts): the row is left out of the indicators, the others are counted, and the curator
 * is told which row of which tab was not counted and why.
 */

type World = ReturnType<typeof gasWorld>;
let worlds: World[] = [];
afterEach(() => {
  for (const w of worlds) w.uninstall();
  worlds = [];
});

function plant(w: World, tab: string, row: number, header: string, value: unknown): void {
  const sheet = w.ss.getSheetByName(tab)!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  const column = headers.indexOf(header) + 1;
  if (column < 1) throw new Error(`no column ${header} on ${tab}`);
  sheet.getRange(row, column).setValue(value);
}

describe("«Рассчитать показатели» and a row it cannot count", () => {
  test("a completed pair starting in 9999: left out and named, the other pairs and people counted", () => {
    const w = kpiSchool();
    worlds.push(w);
    // П-0003 (row 4), completed: by hand it is the one pair of three ended that counts as completed.
    plant(w, "Пары и группы", 4, "Дата начала", "01.09.9999");
    const view = ok(w.run(() => computeIndicators(w.ports())));
    const by = Object.fromEntries(view.indicators.map((i) => [i.key, i]));
    // Without П-0003: of the ended П-0002 and the overdue П-0004, none completed.
    expect(by.pairsCompleted).toMatchObject({ numerator: 0, denominator: 2 });
    // The people are all counted as before: НЯ-0001 and НЯ-0002 of 4 young specialists.
    expect(by.youngInProgrammes).toMatchObject({ numerator: 2, denominator: 4, percent: 50 });
    expect(view.message).toMatch(/^Показатели за 2026\/2027 рассчитаны/);
    expect(view.message).toContain("Не учтено в показателях строк с ошибками: 1. Выполните «Проверить базу»");
    expect(view.leftOut).toEqual([
      expect.stringMatching(
        /^Лист «Пары и группы», строка 4, столбец «Дата начала»: 01\.09\.9999 — такой даты здесь быть не может/,
      ),
    ]);
    for (const line of [view.message, ...(view.leftOut ?? [])])
      expect(line).not.toMatch(/Invalid time value|TypeError|undefined/);
    // The snapshot tells the same.
    const snap = ok(w.run(() => takeSnapshot(w.ports())));
    expect(snap.leftOut).toEqual(view.leftOut);
  });

  test("a 50,000-character name of a mentee: that mentee is not counted and named; a clean base names nothing", () => {
    const w = kpiSchool();
    worlds.push(w);
    const clean = ok(w.run(() => computeIndicators(w.ports())));
    expect(clean.leftOut).toEqual([]);
    expect(clean.message).not.toContain("Не учтено");
    // НЯ-0003 (row 4), a teacher mentee: the denominator of «left the profession» loses it.
    plant(w, "Наставляемые", 4, "ФИО", "Я".repeat(50_000));
    const view = ok(w.run(() => computeIndicators(w.ports())));
    const by = Object.fromEntries(view.indicators.map((i) => [i.key, i]));
    expect(clean.indicators.find((i) => i.key === "leftProfession")).toMatchObject({
      numerator: 1,
      denominator: 3,
    });
    expect(by.leftProfession).toMatchObject({ numerator: 1, denominator: 2 });
    expect(view.leftOut).toEqual([
      expect.stringMatching(/^Лист «Наставляемые», строка 4, столбец «ФИО»: В ячейке 50000 знаков/),
    ]);
    expect(view.leftOut!.join(" ")).not.toContain("ЯЯЯЯЯЯЯЯЯЯ");
  });
});
