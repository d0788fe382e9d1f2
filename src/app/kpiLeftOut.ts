import { type L, type Locale, translator } from "../domain/i18n";
import type { Problem } from "../domain/problems";
import { type TableKey, tableSpec } from "../domain/tables";
import type { CheckResult } from "../domain/validate";
import type { FoundTable, TableRead } from "../ports";

/**
 * «Рассчитать показатели» and the rows it cannot count. A row of «Наставники», «Наставляемые» or «Пары и группы»
 * with an error (a date in 9999, a form not in the list, the same person twice) is left out of the indicators, as
 * it is left out of every action; the curator is told how many rows of which tab were not counted, each with its
 * row, column and the check's message, and to fix them with «Проверить базу». Without that, a figure would be
 * silently lower than the base looks.
 */

const TEXT = {
  head: {
    ru: "Не учтено в показателях строк с ошибками: {n}. Выполните «Проверить базу», исправьте отмеченные ячейки и рассчитайте показатели снова.",
    en: "Rows with errors not counted in the indicators: {n}. Run “Check the base”, correct the marked cells and compute the indicators again.",
  },
  cell: {
    ru: "Лист «{tab}», строка {row}, столбец «{column}»: {problem}",
    en: "Tab “{tab}”, row {row}, column “{column}”: {problem}",
  },
  row: { ru: "Лист «{tab}», строка {row}: {problem}", en: "Tab “{tab}”, row {row}: {problem}" },
  unreadable: {
    ru: "строку не удалось прочитать. Проверьте её ячейки.",
    en: "the row could not be read. Check its cells.",
  },
  more: { ru: "…и ещё {n}.", en: "…and {n} more." },
} as const satisfies Record<string, L>;

/** The tabs the indicators count from. */
const COUNTED: readonly TableKey[] = ["mentors", "mentees", "staff", "achievements", "pairs"];
/** How many rows are named one by one; the rest are counted. */
export const LEFT_OUT_NAMED = 20;

export interface LeftOut {
  /** How many rows were not counted. */
  readonly count: number;
  /** The headline (how many, what to do); empty when every row was counted. */
  readonly summary: string;
  /** One line per row (up to LEFT_OUT_NAMED, then «…и ещё N»): tab, row, column, the check's message. */
  readonly lines: string[];
}

/** The rows of the counted tabs that the check left out, each named by its first error. */
export function leftOutOfKpi(
  locale: Locale,
  check: CheckResult,
  skipped: readonly { table: string; row: number }[],
  tabs: Partial<Record<TableKey, { table: FoundTable; read: TableRead }>>,
): LeftOut {
  const t = translator(locale);
  const first = new Map<string, Problem>();
  for (const x of check.problems) {
    const key = `${x.table}:${x.row}`;
    if (x.severity === "error" && !first.has(key)) first.set(key, x);
  }
  const rows = skipped
    .filter((s) => (COUNTED as readonly string[]).includes(s.table))
    .sort(
      (a, b) => COUNTED.indexOf(a.table as TableKey) - COUNTED.indexOf(b.table as TableKey) || a.row - b.row,
    );
  const lines = rows.slice(0, LEFT_OUT_NAMED).map((s) => {
    const key = s.table as TableKey;
    const where = tabs[key];
    const tab = where?.table.sheetName ?? tableSpec(key).title[locale];
    const error = first.get(`${s.table}:${s.row}`);
    const problem = error?.message || t(TEXT.unreadable);
    const index = error?.column === undefined ? undefined : where?.read.columns[error.column];
    const column =
      (index === undefined ? "" : String(where?.read.headers[index] ?? "").trim()) ||
      (error?.column
        ? (tableSpec(key).columns.find((c) => c.key === error.column)?.header[locale] ?? "")
        : "");
    return column
      ? t(TEXT.cell, { tab, row: s.row, column, problem })
      : t(TEXT.row, { tab, row: s.row, problem });
  });
  if (rows.length > LEFT_OUT_NAMED) lines.push(t(TEXT.more, { n: rows.length - LEFT_OUT_NAMED }));
  return { count: rows.length, summary: rows.length > 0 ? t(TEXT.head, { n: rows.length }) : "", lines };
}
