import { MEETINGS } from "../../src/domain/tables";
import { rowsOf } from "./gas";
import { confirmedSchool } from "./school";

type World = Parameters<typeof confirmedSchool>[0];

const STAGES = ["встреча-знакомство", "пробная встреча", "встреча-планирование", "совместная работа"];

/**
 * The programme year at a given size: the sample school with `people` mentors and mentees, every proposed pair
 * confirmed from 01.12.2026, and `meetings` meetings on «Встречи» spread over the pairs (one pasted block, as a
 * curator pasting a journal would), from 01.12.2026 on; today 10.01.2027. Returns the number of pairs.
 */
export function yearSchool(w: World, people: number, meetings: number): number {
  confirmedSchool(w, { mentors: people, mentees: people });
  const ids = rowsOf(w.ss, "Пары и группы")
    .map((r) => String(r["ID"]))
    .filter((id) => id !== "");
  const column = (ru: string) => MEETINGS.columns.findIndex((c) => c.header.ru === ru);
  const [pair, date, stage, topic] = ["ID пары", "Дата", "Этап", "Тема"].map(column) as [
    number,
    number,
    number,
    number,
  ];
  const rows = Array.from({ length: meetings }, (_, k) => {
    const row: (string | Date)[] = MEETINGS.columns.map(() => "");
    const n = Math.floor(k / ids.length);
    row[pair] = ids[k % ids.length]!;
    row[date] = new Date(Date.UTC(2026, 11, 1 + ((n * 4) % 40), 9));
    row[stage] = STAGES[Math.min(n, STAGES.length - 1)]!;
    row[topic] = `Встреча ${n + 1}`;
    return row;
  });
  const sheet = w.ss.getSheetByName(MEETINGS.title.ru)!;
  if (rows.length > 0) {
    if (sheet.getMaxRows() < rows.length + 1)
      sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
    sheet.getRange(2, 1, rows.length, MEETINGS.columns.length).setValues(rows);
  }
  w.emu.clock.set(Date.UTC(2027, 0, 10, 7, 0));
  return ids.length;
}
