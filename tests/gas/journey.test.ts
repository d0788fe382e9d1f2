import { pairJourneys } from "../../src/app/journey";
import { gasWorld, ok, rowsOf, setting, typeRow } from "../support/gas";
import { confirmedSchool } from "../support/school";

/**
 * «Ход работы пар» on the emulator: the sample school's pairs confirmed from 01.12.2026, meetings typed on
 * «Встречи» by the curator, today 10.01.2027 (a month after the start is 01.01.2027; three weeks before today is
 * 20.12.2026).
 */

let w: ReturnType<typeof gasWorld>;
afterEach(() => w.uninstall());

function school() {
  w = gasWorld();
  confirmedSchool(w);
  const ids = rowsOf(w.ss, "Пары и группы").map((r) => String(r.ID));
  const [a, b] = ids as [string, string];
  const meet = (pair: string, date: string, stage: string) =>
    typeRow(w.ss, "Встречи", { "ID пары": pair, Дата: date, Этап: stage, Тема: "Знакомство с классом" });
  meet(a, "03.12.2026", "встреча-знакомство");
  meet(a, "10.12.2026", "встреча-планирование");
  meet(a, "10.12.2026", "встреча-планирование"); // the same meeting typed twice: counted once
  meet(a, "28.12.2026", "совместная работа");
  meet(a, "20.01.2027", "совместная работа"); // not held yet
  meet(b, "05.12.2026", "встреча-знакомство");
  // The curator's own column and a typed result, which the action must not touch.
  const sheet = w.ss.getSheetByName("Пары и группы")!;
  const own = sheet.getLastColumn() + 1;
  // Our columns fill the new tab's 26: the curator adds one first, as Sheets asks.
  if (sheet.getMaxColumns() < own) sheet.insertColumnAfter(sheet.getMaxColumns());
  sheet.getRange(1, own).setValue("Моя заметка");
  sheet.getRange(2, own).setValue("позвонить наставнику");
  w.emu.clock.set(Date.UTC(2027, 0, 10, 7, 0));
  return { ids, a, b, own };
}

test("each pair's stage, meetings and last meeting are written; health and reasons as worked out by hand", () => {
  const { ids, a, b, own } = school();
  const before = rowsOf(w.ss, "Пары и группы");
  const view = ok(w.run(() => pairJourneys(w.ports())));
  const rows = rowsOf(w.ss, "Пары и группы");
  const byId = new Map(rows.map((r) => [String(r.ID), r]));
  expect(byId.get(a)).toMatchObject({ "Текущий этап": "совместная работа", Встреч: 3 });
  expect(byId.get(b)).toMatchObject({ "Текущий этап": "встреча-знакомство", Встреч: 1 });
  const last = (id: string) => byId.get(id)!["Последняя встреча"];
  expect(last(a)).toBeInstanceOf(Date);
  const sheet = w.ss.getSheetByName("Пары и группы")!;
  const shown = sheet.getRange(1, 1, rows.length + 1, sheet.getLastColumn()).getDisplayValues();
  const col = shown[0]!.indexOf("Последняя встреча");
  expect(shown.find((r) => r[0] === a)![col]).toBe("28.12.2026");
  // Every other column is as it was, the curator's own included.
  const others = (rs: Record<string, unknown>[]) =>
    rs.map((r) => {
      const { "Текущий этап": _s, Встреч: _c, "Последняя встреча": _l, ...rest } = r;
      return rest;
    });
  expect(others(rows)).toEqual(others(before));
  expect(w.ss.getSheetByName("Пары и группы")!.getRange(2, own).getValue()).toBe("позвонить наставнику");

  const pa = view.pairs.find((p) => p.pairId === a)!;
  const pb = view.pairs.find((p) => p.pairId === b)!;
  // a: planning held, last meeting 28.12 (13 days ago): on track.
  expect(pa).toMatchObject({ health: "on_track", count: 3, last: "28.12.2026", reasons: [] });
  // b: the last meeting 05.12 (36 days: 5 weeks), no planning meeting by 01.01.2027.
  expect(pb).toMatchObject({
    health: "attention",
    reasons: [
      "нет встреч 5 нед. (последняя — 05.12.2026)",
      "нет встречи-планирования через месяц после начала (срок — 01.01.2027)",
    ],
  });
  // The others met never: 40 days since 01.12.2026.
  for (const p of view.pairs.filter((x) => x.pairId !== a && x.pairId !== b))
    expect(p.reasons[0]).toBe("ни одной встречи за 5 нед. с начала (01.12.2026)");
  expect(view.counts).toEqual({ attention: ids.length - 1, on_track: 1, too_early: 0, not_judged: 0 });
  expect(view.message).toMatch(/^Ход работы \d+ пар на 10\.01\.2027: требуют внимания — \d+, в норме — 1/);
});

test("the «Настройки» weeks are used, and a second run writes the same", () => {
  const { b } = school();
  setting(w.ss, "journey.quietWeeks", "6");
  const first = ok(w.run(() => pairJourneys(w.ports())));
  // b: 5 quiet weeks are within 6; only the planning rule is left.
  expect(first.pairs.find((p) => p.pairId === b)!.reasons).toEqual([
    "нет встречи-планирования через месяц после начала (срок — 01.01.2027)",
  ]);
  const tab = () => rowsOf(w.ss, "Пары и группы");
  const once = tab();
  ok(w.run(() => pairJourneys(w.ports())));
  expect(tab()).toEqual(once);
});
