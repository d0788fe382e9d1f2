import { columnLetter } from "./cells";
import type { Locale } from "./i18n";
import { PROBLEMS, type Problem, type ProblemCode, type Severity } from "./problems";
import { TABLES, type TableKey } from "./tables";
import type { CheckResult } from "./validate";

/** What the curator sees after «Проверить базу»: the sidebar's data. Plain JSON. */
export interface CheckReport {
  readonly locale: Locale;
  readonly checkedAt: string;
  readonly errors: number;
  readonly warnings: number;
  readonly rowsChecked: number;
  readonly idsAssigned: number;
  readonly byCode: readonly { code: ProblemCode; title: string; severity: Severity; count: number }[];
  readonly tabs: readonly { table: TableKey; tab: string; rows: number; errors: number; warnings: number }[];
  /** The first problems, in tab and row order; `cell` is empty for a problem of the whole tab. */
  readonly problems: readonly ReportProblem[];
  /** How many problems did not fit into `problems`. */
  readonly more: number;
}

export interface ReportProblem {
  readonly table: TableKey;
  readonly tab: string;
  readonly row: number;
  readonly column: string;
  readonly columnTitle: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly message: string;
}

export const REPORT_LIMIT = 300;

export interface SheetInfo {
  readonly sheetName: string;
  /** Column key → 1-based sheet column. */
  readonly columns: Readonly<Partial<Record<string, number>>>;
  readonly headers: readonly string[];
}

export function buildReport(
  result: CheckResult,
  sheets: Partial<Record<TableKey, SheetInfo>>,
  opts: { locale: Locale; checkedAt: string; idsAssigned: number },
): CheckReport {
  const { locale } = opts;
  const count = (list: readonly Problem[], s: Severity) => list.filter((p) => p.severity === s).length;
  const byCode = new Map<ProblemCode, number>();
  for (const p of result.problems) byCode.set(p.code, (byCode.get(p.code) ?? 0) + 1);
  const tabName = (t: TableKey) =>
    sheets[t]?.sheetName ?? TABLES.find((x) => x.key === t)?.title[locale] ?? t;
  const problems: ReportProblem[] = result.problems.slice(0, REPORT_LIMIT).map((p) => {
    const col = p.column === undefined ? undefined : sheets[p.table]?.columns[p.column];
    return {
      table: p.table,
      tab: tabName(p.table),
      row: p.row,
      column: p.column ?? "",
      columnTitle: col === undefined ? "" : String(sheets[p.table]?.headers[col - 1] ?? ""),
      cell: col === undefined || p.row < 1 ? "" : `${columnLetter(col)}${p.row}`,
      severity: p.severity,
      message: p.message,
    };
  });
  return {
    locale,
    checkedAt: opts.checkedAt,
    errors: count(result.problems, "error"),
    warnings: count(result.problems, "warning"),
    rowsChecked: Object.values(result.rowCounts).reduce((a, b) => a + (b ?? 0), 0),
    idsAssigned: opts.idsAssigned,
    byCode: [...byCode.entries()]
      .map(([code, n]) => ({
        code,
        title: PROBLEMS[code].title[locale],
        severity: PROBLEMS[code].severity,
        count: n,
      }))
      .sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === "error" ? -1 : 1)),
    tabs: TABLES.filter((t) => !t.output).map((t) => {
      const mine = result.problems.filter((p) => p.table === t.key);
      return {
        table: t.key,
        tab: tabName(t.key),
        rows: result.rowCounts[t.key] ?? 0,
        errors: count(mine, "error"),
        warnings: count(mine, "warning"),
      };
    }),
    problems,
    more: Math.max(0, result.problems.length - REPORT_LIMIT),
  };
}
