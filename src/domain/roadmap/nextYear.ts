import type { RoadmapItem } from "./items";

/** A row of a new year's roadmap: what the curator keeps, without id or marks. */
export type PlannedItem = Pick<
  RoadmapItem,
  "number" | "section" | "measure" | "deadline" | "responsible" | "result" | "document" | "auto"
>;

/**
 * A new academic year's roadmap made from the last one: every item kept in its order with its wording, responsible
 * people and documents; each year written in a deadline moved on by the years between (2025 → 2026, «2025/2026» →
 * «2026/2027», «до 30.09.25» → «до 30.09.26»); status, done date and evidence left empty. An item marked
 * «не выполнено» is carried like any other: the curator decides its fate on the new roadmap.
 */
export function newYearFrom(
  items: readonly RoadmapItem[],
  fromStart: number,
  toStart: number,
): PlannedItem[] {
  const shift = toStart - fromStart;
  return items
    .filter((i) => i.measure.trim() !== "" || i.section.trim() !== "")
    .map((i) => ({
      number: i.number,
      section: i.section,
      measure: i.measure,
      deadline: shiftYears(i.deadline, shift),
      responsible: i.responsible,
      result: i.result,
      document: i.document,
      auto: i.auto,
    }));
}

function shiftYears(text: string, shift: number): string {
  return text
    .replace(/(?<!\d)(20\d\d)(?!\d)/g, (y) => String(Number(y) + shift))
    .replace(
      /(\d{1,2}\.\d{1,2}\.)(\d\d)(?!\d)/g,
      (_m, dm: string, yy: string) => `${dm}${String((Number(yy) + shift) % 100).padStart(2, "0")}`,
    );
}
