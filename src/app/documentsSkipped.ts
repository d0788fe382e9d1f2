import type { DocProblem } from "../domain/documentsProgress";
import { enumIndex, PAIR_STATUSES } from "../domain/enums";
import { type L, type Locale, translator } from "../domain/i18n";
import type { Problem } from "../domain/problems";
import { tableSpec } from "../domain/tables";
import type { CheckResult } from "../domain/validate";
import type { FoundTable, TableRead } from "../ports";

/**
 * «Сформировать документы» and the pairs it cannot use. A current pair's row with an error (a start date in the
 * year 9999, a form not in the list…) is left out of the base, as everywhere: here it is also named, with the
 * tab, row, column and what to do, and its confirmation's order waits for it (an order without one of its pairs
 * would be signed wrong and never made again). Anything else a pair's data breaks while its document is planned
 * is caught per document and named the same way, so one row never stops the batch.
 */

const TEXT = {
  kinds: { ru: "Соглашение и программа пары", en: "Agreement and pair programme" },
  order: { ru: "Приказ", en: "Order" },
  skipped: {
    ru: "Пара {id} пропущена: лист «{tab}», строка {row}, столбец «{column}»: {problem} Исправьте ячейку и снова выполните «Сформировать документы».",
    en: "Pair {id} skipped: tab “{tab}”, row {row}, column “{column}”: {problem} Correct the cell and run “Make documents” again.",
  },
  skippedRow: {
    ru: "Пара {id} пропущена: лист «{tab}», строка {row}: {problem} Исправьте строку и снова выполните «Сформировать документы».",
    en: "Pair {id} skipped: tab “{tab}”, row {row}: {problem} Correct the row and run “Make documents” again.",
  },
  orderWaits: {
    ru: "Приказ {batch} не сделан: в нём пара {id}, а её строка {row} на листе «{tab}» содержит ошибку (см. выше). Исправьте её — приказ будет сделан со всеми парами.",
    en: "Order {batch} not made: it includes pair {id}, whose row {row} on the “{tab}” tab has an error (see above). Correct it and the order is made with all its pairs.",
  },
  unusable: {
    ru: "Документ «{kind}» для {subject} не сделан: данные не удалось использовать ({where}). Выполните «Проверить базу», исправьте отмеченные ячейки и повторите.",
    en: "The {kind} for {subject} was not made: its data could not be used ({where}). Run “Check the base”, correct the marked cells and try again.",
  },
  pairRow: { ru: "лист «{tab}», строка {row}", en: "tab “{tab}”, row {row}" },
} as const satisfies Record<string, L>;

const statuses = enumIndex(PAIR_STATUSES);

export interface SkippedPairs {
  readonly problems: DocProblem[];
  /** Confirmation codes whose order waits for a skipped pair. */
  readonly heldOrders: ReadonlySet<string>;
}

/** The current pairs the check left out, each named once with its first error, and the orders that wait. */
export function skippedPairs(
  locale: Locale,
  check: CheckResult,
  pairs: { table: FoundTable; read: TableRead },
): SkippedPairs {
  const t = translator(locale);
  const spec = tableSpec("pairs");
  const errors = new Map<number, Problem>();
  for (const x of check.problems)
    if (x.table === "pairs" && x.severity === "error" && !errors.has(x.row)) errors.set(x.row, x);
  const problems: DocProblem[] = [];
  const heldOrders = new Set<string>();
  for (const record of check.records.pairs ?? []) {
    const error = errors.get(record.row);
    const id = String(record.values.id ?? "").trim();
    if (!error || !id) continue;
    const status = statuses.parse(String(record.values.status ?? "")) ?? "active";
    if (status !== "active" && status !== "paused") continue;
    const tab = pairs.table.sheetName;
    const index = error.column === undefined ? undefined : pairs.read.columns[error.column];
    const column =
      (index === undefined ? "" : String(pairs.read.headers[index] ?? "").trim()) ||
      spec.columns.find((c) => c.key === error.column)?.header[locale] ||
      "";
    const where = { id, tab, row: record.row, problem: error.message };
    problems.push({
      kind: t(TEXT.kinds),
      subject: id,
      message: column ? t(TEXT.skipped, { ...where, column }) : t(TEXT.skippedRow, where),
    });
    const batch = String(record.values.batch ?? "").trim();
    if (batch && !heldOrders.has(batch)) {
      heldOrders.add(batch);
      problems.push({
        kind: t(TEXT.order),
        subject: batch,
        message: t(TEXT.orderWaits, { batch, ...where }),
      });
    }
  }
  return { problems, heldOrders };
}

/** What to tell the curator when planning a document threw: where its data is, never the internal error. */
export function unusableText(
  locale: Locale,
  kind: string,
  subject: string,
  pairs: { table: FoundTable; read: TableRead; ids: readonly string[] },
): string {
  const t = translator(locale);
  const idColumn = pairs.read.columns.id;
  const rows: number[] = [];
  pairs.read.rows.forEach((row, i) => {
    const id = idColumn === undefined ? "" : String(row[idColumn] ?? "").trim();
    if (id && pairs.ids.includes(id)) rows.push(pairs.read.firstRow + i);
  });
  const where = t(TEXT.pairRow, { tab: pairs.table.sheetName, row: rows.join(", ") || "—" });
  return t(TEXT.unusable, { kind, subject, where });
}
