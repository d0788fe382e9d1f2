import type { KpiIndicator } from "./enums";
import type { Locale } from "./i18n";

/** What the «Показатели» dashboard sidebar shows: the same figures as the KPI tab, with the trend and counts. */
export interface KpiView {
  readonly locale: Locale;
  /** The academic year the figures are for, e.g. 2026/2027. */
  readonly year: string;
  /** When they were computed, YYYY-MM-DD. */
  readonly date: string;
  readonly indicators: readonly KpiIndicatorView[];
  /** Snapshots taken so far (December and June), oldest first. */
  readonly history: readonly KpiHistoryPoint[];
  /** How many answered 1…10 in the satisfaction surveys this year (index 0 is score 1). */
  readonly distribution: { readonly mentees: readonly number[]; readonly mentors: readonly number[] };
  /** Participants on `date` by role, form and category. */
  readonly counts: readonly { readonly group: string; readonly label: string; readonly count: number }[];
  /**
   * How the staff on «Педагогический коллектив» take part, on the counts' date; absent without a register. The
   * young specialists in no pair are named so the curator can act.
   */
  readonly staff?: KpiStaffView;
  /** What the last action did, for the curator; or empty. */
  readonly message: string;
  /**
   * Rows with errors the indicators did not count, one line each (tab, row, column, the check's message); empty
   * or absent when every row was counted. The message says how many and what to do.
   */
  readonly leftOut?: readonly string[];
}

export interface KpiIndicatorView {
  readonly key: KpiIndicator;
  readonly title: string;
  /** The formula in words: numerator / denominator × 100. */
  readonly formula: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** One decimal; null when there is no data (an empty denominator). */
  readonly percent: number | null;
  readonly target: number | null;
  readonly status: "reached" | "notYet" | "noData";
  readonly statusLabel: string;
  /** "down": lower is better (leaving the profession). */
  readonly direction: "up" | "down";
  /** Why there is no figure and what to enter, when there is none. */
  readonly note: string;
  /** The ids behind the numerator (people or pairs), for «the data behind each figure». */
  readonly basis: readonly string[];
  /** Where the denominator comes from (the staff register, a typed total, the participants); or empty. */
  readonly denominatorFrom: string;
  /** Figures beside the headline, e.g. «среди ответивших: 6 / 8 = 75 %». */
  readonly beside: readonly string[];
}

export interface KpiStaffView {
  /** The day counted, YYYY-MM-DD. */
  readonly on: string;
  /** Label and number, in order: on staff, mentors only, mentees only, both, not involved, young specialists. */
  readonly rows: readonly { readonly label: string; readonly count: number }[];
  readonly youngNotInvolved: readonly { readonly staffId: string; readonly fullName: string }[];
}

export interface KpiHistoryPoint {
  readonly takenAt: string;
  readonly half: string;
  readonly year: string;
  readonly key: KpiIndicator;
  readonly percent: number | null;
  readonly target: number | null;
}
