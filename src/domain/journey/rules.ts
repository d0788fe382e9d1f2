/**
 * «Проверить базу» rules of «Встречи» across tabs (issue 15 §2). A meeting naming no pair is the reference check's
 * (an error). Here, warnings only, since a meeting is still a fact the curator recorded: a date before the pair's
 * start or after its end, a date not come yet, and the same meeting twice (same pair, date and stage: counted once).
 * Stages out of order are NOT reported: pairs meet irregularly and may go back a stage. Pure.
 */
import { isoToRu } from "../cells";
import type { ProblemCode } from "../problems";
import { meetingKey } from "./journey";

export interface MeetingIssue {
  problem: ProblemCode;
  [name: string]: string | number;
}

export interface MeetingFinding {
  readonly row: number;
  readonly column: "date" | "stage";
  readonly params: MeetingIssue;
}

/** A read row: its sheet row and its parsed values by column key (as validate.ts's ParsedRecord). */
interface RecordLike {
  readonly row: number;
  readonly values: Record<string, unknown>;
}

const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);

export function meetingFindings(
  meetings: readonly RecordLike[],
  pairs: readonly RecordLike[],
  opts: { readonly today?: string; readonly pairsTab: string },
): MeetingFinding[] {
  const byId = new Map<string, Record<string, unknown>>();
  for (const p of pairs) {
    const id = str(p.values.id);
    if (id && !byId.has(id)) byId.set(id, p.values);
  }
  const out: MeetingFinding[] = [];
  const firstRow = new Map<string, number>();
  for (const m of meetings) {
    const pairId = str(m.values.pairId);
    const date = str(m.values.date);
    if (!pairId || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    const stage = str(m.values.stage);
    const key = meetingKey({ pairId, date, stage: stage as never });
    const first = firstRow.get(key);
    if (first !== undefined) {
      out.push({ row: m.row, column: "date", params: { problem: "duplicateMeeting", row: first } });
      continue;
    }
    firstRow.set(key, m.row);
    const shown = isoToRu(date);
    if (opts.today && date > opts.today)
      out.push({ row: m.row, column: "date", params: { problem: "meetingAhead", date: shown } });
    const pair = byId.get(pairId);
    if (!pair) continue;
    const start = str(pair.startDate);
    const end = str(pair.endDate);
    const tab = opts.pairsTab;
    if (start && date < start)
      out.push({
        row: m.row,
        column: "date",
        params: { problem: "meetingBeforeStart", date: shown, pair: pairId, start: isoToRu(start), tab },
      });
    else if (end && date > end)
      out.push({
        row: m.row,
        column: "date",
        params: { problem: "meetingAfterEnd", date: shown, pair: pairId, end: isoToRu(end), tab },
      });
  }
  return out;
}
