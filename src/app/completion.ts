import { type Cell, cellText, dateCellToIso, isDate, isoToDateCell, isoToRu } from "../domain/cells";
import {
  type CompletionInput,
  type CompletionPlan,
  type Field,
  type PairNow,
  planCompletion,
} from "../domain/completion";
import { enumIndex, PAIR_STATUSES, type SurveyKind } from "../domain/enums";
import { type L, translator } from "../domain/i18n";
import { PAIRS, tableSpec } from "../domain/tables";
import type { FoundTable, Ports, TableRead } from "../ports";
import { type SurveyPorts, sendSurveys } from "./surveys";
import { baseLocale, cellAt, filledLength, locked, type Outcome, readTabs, writeSpans } from "./tabs";

/**
 * «Завершить пару» (issue 15 §3), from the «Ход работы пар» sidebar (one pair) or the dialog on the rows the
 * curator selected on «Пары и группы»: the end date, status, result and reflections go to each pair's row (a
 * filled cell that differs is kept and named: src/domain/completion), then the exit monitoring and the two
 * satisfaction surveys go to both sides of the closed pairs through the surveys' own sending (consent, address,
 * quota, journal: nobody gets one twice, nobody who answered this year gets one). A stop after the row is written
 * is finished by running it again: the row then equals the form, and the surveys go.
 */

/** The closing surveys: the mentee's exit monitoring, and each side's satisfaction. */
export const CLOSING_SURVEYS: readonly SurveyKind[] = ["exit", "satisfaction_mentor", "satisfaction_mentee"];

/** The columns completion writes; a base made before them is updated first. */
const COLUMNS = ["status", "endDate", "result", "reflection"] as const;

const TEXT = {
  title: { ru: "Завершить пару", en: "Complete a pair" },
  noColumn: {
    ru: "На листе «{tab}» нет столбца «{column}». Выполните «Наставничество → Создать / обновить базу»: он добавится в конец листа, данные не изменятся.",
    en: "The “{tab}” tab has no “{column}” column. Run “Mentoring → Create / update the base”: it is added at the tab's end, the data is unchanged.",
  },
  unknown: {
    ru: "На листе «{tab}» нет пары {pair}: проверьте столбец «ID». Ничего не изменено.",
    en: "The “{tab}” tab has no pair {pair}: check the ID column. Nothing was changed.",
  },
  notOnPairs: {
    ru: "Выделите строки пар на листе «{pairs}» (несколько диапазонов — с Ctrl) и снова выберите этот пункт меню. Сейчас выделение на листе «{tab}».",
    en: "Select the pairs' rows on the “{pairs}” tab (several ranges with Ctrl are fine) and choose this menu item again. The selection is now on the “{tab}” tab.",
  },
  noRows: {
    ru: "В выделении на листе «{pairs}» нет строк с парами (у строки должен быть ID). Выделите строки пар и выберите пункт меню снова.",
    en: "The selection on the “{pairs}” tab holds no pairs' rows (a row needs its ID). Select the pairs' rows and choose the menu item again.",
  },
  done: {
    ru: "Пар закрыто: {n} (статус, дата окончания, результат и рефлексия записаны на лист «{tab}»).",
    en: "Pairs closed: {n} (status, end date, result and reflection written to the “{tab}” tab).",
  },
  already: { ru: "Уже были закрыты так же: {n}.", en: "Already closed the same way: {n}." },
  kept: {
    ru: "Пара {pair} (строка {row}): в столбце «{column}» уже вписано «{value}» — оставлено как есть; поправьте вручную, если нужно.",
    en: "Pair {pair} (row {row}): the “{column}” column already holds “{value}”, kept as it is; correct it by hand if needed.",
  },
  replacedEnd: {
    ru: "Пара {pair} (строка {row}): плановая дата окончания {planned} заменена фактической {actual}.",
    en: "Pair {pair} (row {row}): the planned end date {planned} is replaced by the actual {actual}.",
  },
  notClosed: {
    ru: "Пара {pair} (строка {row}) уже в статусе «{status}»: анкеты ей не отправлены.",
    en: "Pair {pair} (row {row}) already has the status “{status}”: no surveys were sent for it.",
  },
  surveysFailed: {
    ru: "Анкеты не отправлены: {error} Запустите «Завершить пару» ещё раз, когда это будет исправлено: записанное не повторится.",
    en: "Surveys not sent: {error} Run “Complete a pair” again once that is fixed: what was written is not repeated.",
  },
} as const satisfies Record<string, L>;

/** A pair as the form shows it. */
export interface CompletionPair {
  readonly pairId: string;
  readonly row: number;
  readonly mentor: string;
  readonly mentee: string;
  readonly status: string;
}

export interface CompletionResult {
  /** Pairs whose row was written now. */
  readonly closed: number;
  /** Pairs already closed as the form says. */
  readonly already: number;
  /** One line a survey: what its sending said. */
  readonly surveys: readonly string[];
  readonly message: string;
}

const statuses = enumIndex(PAIR_STATUSES);

type Row = { readonly index: number; readonly pairId: string };

/** The pair's row as it stands, for the plan. */
function pairNow(read: TableRead, cells: readonly Cell[], offset: number): PairNow {
  const statusCell = cellAt(read, cells, "status");
  const statusText = cellText(statusCell, offset).trim();
  const parsed = statusText === "" ? undefined : statuses.parse(statusText);
  const end = cellAt(read, cells, "endDate");
  return {
    status: statusText === "" ? undefined : (parsed ?? "typed"),
    statusText,
    endDate: isDate(end) ? dateCellToIso(end, offset) || undefined : undefined,
    endText: cellText(end, offset),
    result: cellText(cellAt(read, cells, "result"), offset),
    reflection: cellText(cellAt(read, cells, "reflection"), offset),
  };
}

/** The named pairs' rows (an unknown id refuses the whole call). */
function rowsOf(read: TableRead, pairIds: readonly string[]): Row[] | { unknown: string } {
  const byId = new Map<string, number>();
  for (let i = 0; i < filledLength(read); i++) {
    const id = String(cellAt(read, read.rows[i]!, "id")).trim();
    if (id && !byId.has(id)) byId.set(id, i);
  }
  const out: Row[] = [];
  for (const pairId of new Set(pairIds)) {
    const index = byId.get(pairId);
    if (index === undefined) return { unknown: pairId };
    out.push({ index, pairId });
  }
  return out;
}

/** The plan's cells as the tab holds them (the status label in the base's language, the date as a date). */
function cellsOf(plan: CompletionPlan, locale: "ru" | "en", offset: number): Record<string, Cell> {
  const w = plan.write;
  const out: Record<string, Cell> = {};
  if (w.status) out.status = PAIR_STATUSES.values[w.status][locale];
  if (w.endDate) out.endDate = isoToDateCell(w.endDate, offset);
  if (w.result !== undefined) out.result = w.result;
  if (w.reflection !== undefined) out.reflection = w.reflection;
  return out;
}

/** Step 1, under the lock: each pair's row written. Returns the pairs closed now or before, and the notes. */
interface Written {
  readonly closedIds: string[];
  readonly closed: number;
  readonly already: number;
  readonly notes: string[];
}

function writeRows(p: Ports, pairIds: readonly string[], input: CompletionInput): Outcome<Written> {
  return locked<Written>(p, () => {
    const t = translator(p.locale);
    const tabs = readTabs(p, ["pairs"]);
    if (typeof tabs === "string") return { error: tabs };
    const read = tabs.reads.pairs!;
    const table: FoundTable = tabs.found.pairs!;
    const tab = read.sheetName ?? tableSpec("pairs").title[p.locale];
    const lacking = COLUMNS.find((k) => read.columns[k] === undefined);
    if (lacking) {
      const column = PAIRS.columns.find((c) => c.key === lacking)!.header[p.locale];
      return { error: t(TEXT.noColumn, { tab, column }) };
    }
    const rows = rowsOf(read, pairIds);
    if ("unknown" in rows) return { error: t(TEXT.unknown, { tab, pair: rows.unknown }) };
    const locale = baseLocale(p);
    const offset = p.sheets.offsetMinutes();
    const changes = new Map<number, Record<string, Cell>>();
    const notes: string[] = [];
    const closedIds: string[] = [];
    let already = 0;
    for (const { index, pairId } of rows) {
      const now = pairNow(read, read.rows[index]!, offset);
      const plan = planCompletion(now, input, locale);
      const row = read.firstRow + index;
      const cells = cellsOf(plan, locale, offset);
      if (Object.keys(cells).length > 0) changes.set(index, cells);
      else if (plan.closed) already++;
      if (plan.closed) closedIds.push(pairId);
      else notes.push(t(TEXT.notClosed, { pair: pairId, row, status: now.statusText }));
      notes.push(...keptNotes(p, plan, pairId, row, input));
    }
    writeSpans(p, table, read, changes);
    return { ok: { closedIds, closed: changes.size, already, notes } };
  });
}

function keptNotes(
  p: Ports,
  plan: CompletionPlan,
  pair: string,
  row: number,
  input: CompletionInput,
): string[] {
  const t = translator(p.locale);
  const header = (f: Field) => PAIRS.columns.find((c) => c.key === f)!.header[p.locale];
  const out = plan.kept
    .filter((k) => k.field !== "status" || plan.closed)
    .map((k) => t(TEXT.kept, { pair, row, column: header(k.field), value: k.value }));
  if (plan.replacedEnd)
    out.push(
      t(TEXT.replacedEnd, { pair, row, planned: isoToRu(plan.replacedEnd), actual: isoToRu(input.endDate) }),
    );
  return out;
}

/** Step 2, each survey under its own lock: sent to the closed pairs' people who have not had it this year. */
function sendClosingSurveys(p: SurveyPorts, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  const t = translator(p.locale);
  const lines: string[] = [];
  for (const kind of CLOSING_SURVEYS) {
    const r = sendSurveys(p, kind, { type: "pairs", ids }, "send");
    if ("error" in r) return [...lines, t(TEXT.surveysFailed, { error: r.error })];
    lines.push(r.ok.message);
  }
  return lines;
}

/** «Завершить пару» for the named pairs: their rows, then their closing surveys. */
export function completePairs(
  p: SurveyPorts,
  pairIds: readonly string[],
  input: CompletionInput,
): Outcome<CompletionResult> {
  const t = translator(p.locale);
  const written = writeRows(p, pairIds, input);
  if ("error" in written) return written;
  const { closedIds, closed, already, notes } = written.ok;
  const surveys = sendClosingSurveys(p, closedIds);
  const tab = tableSpec("pairs").title[p.locale];
  const lines = [t(TEXT.done, { n: closed, tab })];
  if (already > 0) lines.push(t(TEXT.already, { n: already }));
  const message = [...lines, ...notes, ...surveys].join("\n");
  return { ok: { closed, already, surveys, message } };
}

/** The pairs on the rows the curator selected on «Пары и группы», for the dialog; or why there are none. */
export function selectedPairs(p: Ports): Outcome<CompletionPair[]> {
  const t = translator(p.locale);
  const tabs = readTabs(p, ["pairs"]);
  if (typeof tabs === "string") return { error: tabs };
  const read = tabs.reads.pairs!;
  const pairs = tabs.found.pairs!.sheetName;
  const sel = p.sheets.selection();
  if (sel.sheetName !== pairs) return { error: t(TEXT.notOnPairs, { pairs, tab: sel.sheetName }) };
  const out: CompletionPair[] = [];
  const seen = new Set<number>();
  for (const r of sel.rows)
    for (
      let row = Math.max(r.from, read.firstRow);
      row <= Math.min(r.to, read.firstRow + read.rows.length - 1);
      row++
    ) {
      const cells = read.rows[row - read.firstRow]!;
      const pairId = String(cellAt(read, cells, "id")).trim();
      if (!pairId || seen.has(row)) continue;
      seen.add(row);
      out.push(pairView(read, cells, pairId, row));
    }
  return out.length > 0 ? { ok: out } : { error: t(TEXT.noRows, { pairs }) };
}

function pairView(read: TableRead, cells: readonly Cell[], pairId: string, row: number): CompletionPair {
  return {
    pairId,
    row,
    mentor: String(cellAt(read, cells, "mentorName")).trim(),
    mentee: String(cellAt(read, cells, "menteeName")).trim(),
    status: String(cellAt(read, cells, "status")).trim(),
  };
}

export const COMPLETION_TITLE = TEXT.title;
