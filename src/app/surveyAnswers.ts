import { type Cell, dateCellToIso, isDate } from "../domain/cells";
import type { AnswerSource } from "../domain/kpi";
import type { TableKey } from "../domain/tables";
import type { TableRead } from "../ports";
import { cellAt } from "./tabs";

/**
 * The surveys' answers as the satisfaction figures read them: the rows of «Анкеты» and «Ответы анкет» with a
 * person (kind, year, status, score, day), nothing of the answers' text. Reads the same columns as the
 * indicators do (src/app/kpi.ts); a tab not read gives no rows.
 */
export function answerSource(
  reads: Partial<Record<TableKey, TableRead>>,
  offsetMinutes: number,
): AnswerSource {
  const iso = (v: Cell) => (isDate(v) ? dateCellToIso(v, offsetMinutes) : String(v ?? "").trim());
  const withPerson = (r: TableRead | undefined) =>
    (r?.rows ?? []).filter((row) => String(cellAt(r!, row, "personId")).trim() !== "");
  const s = reads.surveys;
  const r = reads.responses;
  return {
    surveys: withPerson(s).map((row) => ({
      kind: String(cellAt(s!, row, "survey")),
      year: String(cellAt(s!, row, "year")),
      personId: String(cellAt(s!, row, "personId")).trim(),
      status: String(cellAt(s!, row, "status")),
      score: numberOf(cellAt(s!, row, "score")),
      answerDate: iso(cellAt(s!, row, "answerDate")),
    })),
    responses: withPerson(r).map((row) => ({
      kind: String(cellAt(r!, row, "survey")),
      year: String(cellAt(r!, row, "year")),
      personId: String(cellAt(r!, row, "personId")).trim(),
      status: String(cellAt(r!, row, "status")),
      score: numberOf(cellAt(r!, row, "score")),
      submitted: iso(cellAt(r!, row, "submitted")),
    })),
  };
}

/** A number cell, or a number typed as text («8,5»); null when empty or not a number. */
function numberOf(v: Cell): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  const n = Number(String(v).trim().replace(",", "."));
  return String(v).trim() !== "" && Number.isFinite(n) ? n : null;
}
