/**
 * How a pair ends (issue 15 §3): «Завершить пару» writes the end date, the status («завершена» or «расторгнута»),
 * the result and both reflections to the pair's row of «Пары и группы». Pure; imports only leaves of the domain
 * (enums, i18n), so it joins no import cycle. What a person typed is never overwritten: a filled cell that differs
 * is kept and named. The one exception is the planned end date of a pair still active or paused: the column holds
 * «плановая или фактическая», so the actual date replaces the planned one, and the message says so.
 */
import type { PairStatus } from "../enums";
import { fill, type L, type Locale } from "../i18n";

export type Outcome = "completed" | "terminated";
export const OUTCOMES: readonly Outcome[] = ["completed", "terminated"];

/** The short list of results the form offers (the free text says the rest). */
export const RESULTS = {
  achieved: { ru: "цели программы достигнуты", en: "the programme's goals achieved" },
  partly: { ru: "цели достигнуты частично", en: "the goals partly achieved" },
  notAchieved: { ru: "цели не достигнуты", en: "the goals not achieved" },
} as const satisfies Record<string, L>;
export type ResultKey = keyof typeof RESULTS;
export const RESULT_KEYS = Object.keys(RESULTS) as ResultKey[];

/** What the curator gave in the form (dates yyyy-MM-dd; texts trimmed). */
export interface CompletionInput {
  readonly endDate: string;
  readonly outcome: Outcome;
  readonly result: ResultKey;
  readonly note: string;
  readonly mentorReflection: string;
  readonly menteeReflection: string;
  /** Required when the pair is terminated. */
  readonly reason: string;
}

/** A pair's row as it stands: the status parsed (undefined: blank; "typed": text that is no status). */
export interface PairNow {
  readonly status: PairStatus | "typed" | undefined;
  readonly statusText: string;
  /** yyyy-MM-dd, or undefined when blank; a cell that is no date is kept as text. */
  readonly endDate: string | undefined;
  readonly endText: string;
  readonly result: string;
  readonly reflection: string;
}

export type Field = "status" | "endDate" | "result" | "reflection";

export interface CompletionPlan {
  /** The cells to write: the status key, the end date yyyy-MM-dd, the two texts. */
  readonly write: Partial<{ status: Outcome; endDate: string; result: string; reflection: string }>;
  /** Filled cells that differ from the form and are kept, with their value as shown. */
  readonly kept: readonly { readonly field: Field; readonly value: string }[];
  /** The planned end date (yyyy-MM-dd) the actual one replaced. */
  readonly replacedEnd?: string;
  /** The pair is closed (now or before) with the form's outcome: its surveys may go. */
  readonly closed: boolean;
}

const WORDS = {
  reason: { ru: "Причина расторжения: {reason}", en: "Reason for termination: {reason}" },
  mentor: { ru: "Наставник: {text}", en: "Mentor: {text}" },
  mentee: { ru: "Наставляемый: {text}", en: "Mentee: {text}" },
} as const satisfies Record<string, L>;

const sentence = (s: string) => (s === "" || /[.!?…]$/.test(s) ? s : `${s}.`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The «Результат» cell: the result from the list, the note, and for a terminated pair the reason. */
export function resultText(input: CompletionInput, locale: Locale): string {
  const parts = [sentence(capital(RESULTS[input.result][locale])), sentence(capital(input.note.trim()))];
  if (input.outcome === "terminated")
    parts.push(sentence(fill(WORDS.reason[locale], { reason: input.reason.trim() })));
  return parts.filter(Boolean).join(" ");
}

/** The «Рефлексия» cell: a line for the mentor and one for the mentee (only those given). */
export function reflectionText(input: CompletionInput, locale: Locale): string {
  return [
    input.mentorReflection.trim() && fill(WORDS.mentor[locale], { text: input.mentorReflection.trim() }),
    input.menteeReflection.trim() && fill(WORDS.mentee[locale], { text: input.menteeReflection.trim() }),
  ]
    .filter(Boolean)
    .join("\n");
}

const same = (a: string, b: string) => a.trim().replace(/\r\n/g, "\n") === b.trim().replace(/\r\n/g, "\n");
const isOpen = (s: PairNow["status"]) => s === undefined || s === "active" || s === "paused";

/** What completing one pair writes, and what it keeps. */
export function planCompletion(now: PairNow, input: CompletionInput, locale: Locale): CompletionPlan {
  const write: { -readonly [K in keyof CompletionPlan["write"]]: CompletionPlan["write"][K] } = {};
  const kept: { field: Field; value: string }[] = [];
  const open = isOpen(now.status);
  if (open) write.status = input.outcome;
  else if (now.status !== input.outcome) kept.push({ field: "status", value: now.statusText });
  let replacedEnd: string | undefined;
  if (now.endDate === undefined && now.endText.trim() === "") write.endDate = input.endDate;
  else if (now.endDate !== input.endDate) {
    if (open && now.endDate !== undefined) {
      write.endDate = input.endDate;
      replacedEnd = now.endDate;
    } else kept.push({ field: "endDate", value: now.endText });
  }
  const text = { result: resultText(input, locale), reflection: reflectionText(input, locale) };
  for (const field of ["result", "reflection"] as const) {
    if (text[field] === "" || same(now[field], text[field])) continue;
    if (now[field].trim() === "") write[field] = text[field];
    else kept.push({ field, value: now[field] });
  }
  const closed = open || now.status === input.outcome;
  return { write, kept, ...(replacedEnd ? { replacedEnd } : {}), closed };
}
