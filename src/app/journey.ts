import { type Cell, isoToDateCell } from "../domain/cells";
import { PAIR_STATUSES, type PairStatus, STAGES, type Stage } from "../domain/enums";
import { type L, translator } from "../domain/i18n";
import {
  type Journey,
  type JourneyMeeting,
  type JourneyPair,
  type JourneyView,
  journeys,
  journeyView,
  QUIET_WEEKS_KEY,
  quietWeeksOf,
  stageLabel,
} from "../domain/journey";
import type { Problem } from "../domain/problems";
import { tableSpec } from "../domain/tables";
import type { CheckResult } from "../domain/validate";
import type { FoundTable, Ports, TableRead } from "../ports";
import { baseLocale, cellAt, checkReads, filledLength, locked, type Outcome, readTabs } from "./tabs";

/**
 * «Ход работы пар»: reads «Пары и группы», «Встречи» and «Настройки» once each, works out each pair's journey
 * (src/domain/journey), rewrites the three journey columns of «Пары и группы» in one write (no other column is
 * touched) and returns the sidebar's view. Nothing is kept between runs: the columns are derived from «Встречи»
 * every time, so a stopped run is finished by the next.
 *
 * The mentor's form «Журнал встреч наставника» (src/app/surveys.ts, docs/surveys.md) writes its answers as rows of
 * «Встречи» («Кто заполнил»: «наставник (форма)»); this action reads only the tab, so it counts such rows like the
 * curator's.
 */

const TEXT = {
  done: {
    ru: "Ход работы {n} пар на {date}: требуют внимания — {attention}, в норме — {on_track}, рано судить — {too_early}, не оцениваются — {not_judged}. Столбцы «Текущий этап», «Встреч» и «Последняя встреча» на листе «{tab}» обновлены.",
    en: "Progress of {n} pairs on {date}: {attention} need attention, {on_track} on track, {too_early} too early to tell, {not_judged} not judged. The Current stage, Meetings and Last meeting columns of the “{tab}” tab are updated.",
  },
  leftOut: {
    ru: "Лист «{tab}», строка {row}: {problem} Строка не учтена; исправьте её («Проверить базу» отметит ячейку).",
    en: "Tab “{tab}”, row {row}: {problem} The row is not counted; correct it (“Check the base” marks the cell).",
  },
} as const satisfies Record<string, L>;

const JOURNEY_KEYS = ["journeyStage", "meetingCount", "lastMeeting"] as const;

const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);

/** The first error of each row of a tab, by sheet row. */
function errorRows(check: CheckResult, table: "pairs" | "meetings"): Map<number, Problem> {
  const out = new Map<number, Problem>();
  for (const x of check.problems)
    if (x.table === table && x.severity === "error" && x.row > 1 && !out.has(x.row)) out.set(x.row, x);
  return out;
}

/** The meetings the check could read without an error. */
function meetingsOf(check: CheckResult, errors: ReadonlyMap<number, Problem>): JourneyMeeting[] {
  return (check.records.meetings ?? [])
    .filter((r) => !errors.has(r.row) && str(r.values.pairId) && str(r.values.date))
    .map((r) => ({
      row: r.row,
      pairId: String(r.values.pairId),
      date: String(r.values.date),
      stage: String(r.values.stage ?? "") in STAGES.values ? (r.values.stage as Stage) : undefined,
    }));
}

/** The pairs the check could read without an error, by sheet row. */
function pairsOf(check: CheckResult, errors: ReadonlyMap<number, Problem>): Map<number, JourneyPair> {
  const out = new Map<number, JourneyPair>();
  for (const r of check.records.pairs ?? []) {
    const id = str(r.values.id);
    if (!id || errors.has(r.row)) continue;
    const status = String(r.values.status ?? "active");
    out.set(r.row, {
      id,
      status: status in PAIR_STATUSES.values ? (status as PairStatus) : "active",
      startDate: str(r.values.startDate),
      endDate: str(r.values.endDate),
    });
  }
  return out;
}

/** The three columns, one value a row of the tab (blank for a row that is no pair, or one left out). */
function journeyColumns(
  read: TableRead,
  byRow: ReadonlyMap<number, Journey>,
  p: Ports,
  offset: number,
): Record<(typeof JOURNEY_KEYS)[number], Cell[]> {
  const locale = baseLocale(p);
  const cols = { journeyStage: [] as Cell[], meetingCount: [] as Cell[], lastMeeting: [] as Cell[] };
  for (let i = 0; i < filledLength(read); i++) {
    const j = byRow.get(read.firstRow + i);
    cols.journeyStage.push(j ? stageLabel(j, locale) : "");
    cols.meetingCount.push(j ? j.count : "");
    cols.lastMeeting.push(j?.last ? isoToDateCell(j.last, offset) : "");
  }
  return cols;
}

/**
 * Every readable pair's journey from a check that read «Пары и группы», «Встречи» and «Настройки» (rows with an
 * error left out), with the meetings it counted: what «Ход работы пар» writes and the analytic report tells.
 */
export function journeysFrom(check: CheckResult, today: string) {
  const pairErrors = errorRows(check, "pairs");
  const meetingErrors = errorRows(check, "meetings");
  const pairs = pairsOf(check, pairErrors);
  const meetings = meetingsOf(check, meetingErrors);
  const quietWeeks = quietWeeksOf(check.settings[QUIET_WEEKS_KEY]);
  const rows = [...pairs.keys()];
  const list = journeys([...pairs.values()], meetings, { today, quietWeeks });
  const byRow = new Map(rows.map((row, i) => [row, list[i]!]));
  return { pairErrors, meetingErrors, meetings, quietWeeks, rows, list, byRow };
}

/** «Ход работы пар»: the journey columns rewritten, and the sidebar's view. */
export function pairJourneys(p: Ports): Outcome<JourneyView> {
  return locked<JourneyView>(p, () => {
    const t = translator(p.locale);
    const tabs = readTabs(p, ["pairs", "meetings", "settings"]);
    if (typeof tabs === "string") return { error: tabs };
    const { found, reads } = tabs;
    const offset = p.sheets.offsetMinutes();
    const today = p.clock.format(p.clock.now(), "yyyy-MM-dd");
    const check = checkReads(p, reads, offset, today);
    const { pairErrors, meetingErrors, quietWeeks, rows, list, byRow } = journeysFrom(check, today);
    writeJourneyColumns(p, reads.pairs!, found.pairs!, byRow, offset);
    const pr = reads.pairs!;
    const items = rows.map((row, i) => {
      const cells = pr.rows[row - pr.firstRow] ?? [];
      return {
        journey: list[i]!,
        row,
        mentor: String(cellAt(pr, cells, "mentorName")).trim(),
        mentee: String(cellAt(pr, cells, "menteeName")).trim(),
      };
    });
    const counts = { attention: 0, on_track: 0, too_early: 0, not_judged: 0 };
    for (const j of list) counts[j.health]++;
    const tabName = (k: "pairs" | "meetings") => reads[k]?.sheetName ?? tableSpec(k).title[p.locale];
    const leftOut = (["pairs", "meetings"] as const).flatMap((k) =>
      [...(k === "pairs" ? pairErrors : meetingErrors)].map(([row, x]) =>
        t(TEXT.leftOut, { tab: tabName(k), row, problem: x.message }),
      ),
    );
    const date = p.clock.format(p.clock.now(), "dd.MM.yyyy");
    const message = t(TEXT.done, { n: list.length, date, tab: tabName("pairs"), ...counts });
    return { ok: journeyView(items, { locale: p.locale, today, quietWeeks, message, leftOut }) };
  });
}

/** One write of the three columns (neighbouring columns go in one call), from the tab's first data row. */
function writeJourneyColumns(
  p: Ports,
  read: TableRead,
  table: FoundTable,
  byRow: ReadonlyMap<number, Journey>,
  offset: number,
): void {
  const cols = journeyColumns(read, byRow, p, offset);
  if (cols.journeyStage.length === 0) return;
  p.sheets.writeColumns(
    table,
    JOURNEY_KEYS.filter((k) => table.columns[k] !== undefined).map((k) => ({
      column: table.columns[k]!,
      firstRow: read.firstRow,
      values: cols[k],
    })),
  );
}
