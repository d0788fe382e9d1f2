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

/** The years a new block was added for on «Дорожная карта»: academic year («2027/2028») → the block's first id. */
export type YearBlocks = Readonly<Record<string, string>>;

/**
 * The rows of an academic year on «Дорожная карта» when new years are added below the old ones: [from, to) of the
 * read rows. The year's block runs from the row of its first id to the next block; a year without a block of its
 * own has the latest block of an earlier year (the rows above every block are the first year's). `ids`: each read
 * row's id, in sheet order. A block whose first row is gone is not counted.
 */
export function rowsOfYear(
  ids: readonly string[],
  blocks: YearBlocks,
  year: string,
): { from: number; to: number } {
  const starts = Object.entries(blocks)
    .map(([y, id]) => ({ y, at: id === "" ? -1 : ids.indexOf(id) }))
    .filter((s) => s.at >= 0)
    .sort((a, b) => a.at - b.at);
  const mine = starts.filter((s) => s.y <= year).sort((a, b) => (a.y < b.y ? 1 : -1))[0];
  const from = mine?.at ?? 0;
  const to = starts.find((s) => s.at > from)?.at ?? ids.length;
  return { from, to };
}
