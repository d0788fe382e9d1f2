import { type Cell, neutralizeFormula } from "../cells";
import { STAGES, type Stage } from "../enums";
import type { L, Locale } from "../i18n";
import { parseDateText } from "../schemas";

/**
 * The mentor's meeting journal (issue 15 §2): what one answer of the form «Журнал встреч наставника» becomes on
 * «Встречи». Pure, outside the domain's import cycle: the form's questions live with the surveys
 * (src/domain/surveys/definitions.ts, MEETING_JOURNAL); the token → pair step is the surveys' («Анкеты» keeps each
 * pair's link code); this module only turns the answer's items into the row's cells.
 */

/** «Кто заполнил» on a row the form made. */
export const FILLED_BY_FORM: L = { ru: "наставник (форма)", en: "mentor (form)" };

/** One item's text on the tab: this long at most (a cell holds 50,000 characters; a journal line needs far less). */
export const MEETING_TEXT_MAX = 2000;

export interface MeetingAnswer {
  /** yyyy-MM-dd. */
  readonly date: string;
  readonly stage: Stage | undefined;
  readonly topic: string;
  readonly done: string;
  readonly next: string;
}

const text = (v: unknown) =>
  (Array.isArray(v) ? v.join(", ") : typeof v === "string" ? v : "").trim().slice(0, MEETING_TEXT_MAX);

/**
 * The meeting an answer (by question key, as answersByKey gives it) records: undefined when its date cannot be read
 * (the form requires one; an edited form may not). The stage is read by its label in either language.
 */
export function meetingOfAnswer(answers: Readonly<Record<string, unknown>>): MeetingAnswer | undefined {
  const date = parseDateText(text(answers.date));
  if (!date) return undefined;
  const given = text(answers.stage).toLowerCase();
  const stage = (Object.keys(STAGES.values) as Stage[]).find(
    (k) => STAGES.values[k].ru === given || STAGES.values[k].en.toLowerCase() === given,
  );
  return { date, stage, topic: text(answers.topic), done: text(answers.done), next: text(answers.next) };
}

const LABELS = {
  done: { ru: "Что сделали", en: "What was done" },
  next: { ru: "Следующий шаг", en: "Next step" },
} as const satisfies Record<string, L>;

/**
 * The row's cells by column key (the date as ISO text: the caller makes it a date cell in the sheet's zone). What
 * was done and the next step share «Обратная связь», each on its own line under its label. Text that a spreadsheet
 * would read as a formula is kept as text.
 */
export function meetingCells(
  m: MeetingAnswer,
  pairId: string,
  locale: Locale,
): Record<"pairId" | "stage" | "topic" | "feedback" | "filledBy", Cell> {
  const lines = [
    m.done ? `${LABELS.done[locale]}: ${m.done}` : "",
    m.next ? `${LABELS.next[locale]}: ${m.next}` : "",
  ].filter(Boolean);
  return {
    pairId,
    stage: m.stage ? STAGES.values[m.stage][locale] : "",
    topic: neutralizeFormula(m.topic),
    // The first line starts with our label: it never reads as a formula.
    feedback: lines.join("\n"),
    filledBy: FILLED_BY_FORM[locale],
  };
}
