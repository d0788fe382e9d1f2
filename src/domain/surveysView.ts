import type { SurveyKind } from "./enums";
import type { Locale } from "./i18n";

/** What the «Анкеты» sidebar shows: each survey's form and how many were sent and answered this year. */
export interface SurveysView {
  readonly locale: Locale;
  /** The academic year the surveys are for, e.g. 2026/2027; empty when «Настройки» has none. */
  readonly year: string;
  readonly kinds: readonly SurveyKindView[];
  /** Confirmation codes (У-0001…) and group codes (Г-0001…) of current pairs, to send to a part only. */
  readonly batches: readonly string[];
  readonly groups: readonly string[];
}

export interface SurveyKindView {
  readonly kind: SurveyKind;
  /** The survey's name as the curator reads it. */
  readonly label: string;
  readonly audience: "mentor" | "mentee";
  /** Registration forms are shared by link, not mailed to pairs. */
  readonly registration: boolean;
  /** The form, once made. */
  readonly form: { readonly url: string; readonly editUrl: string } | null;
  readonly counts: {
    /** Rows on «Анкеты» for this survey and year. */
    readonly total: number;
    readonly pending: number;
    readonly sent: number;
    readonly answered: number;
    /** Not known whether the mail went (a run stopped while it was sent). */
    readonly uncertain: number;
  };
  /** The people whose mail is in doubt, with their row on «Анкеты»: each can be sent again with one click. */
  readonly inDoubt: readonly { readonly personId: string; readonly name: string; readonly row: number }[];
}

export type SurveyScopeView =
  | { readonly type: "all" }
  | { readonly type: "batch"; readonly code: string }
  | { readonly type: "group"; readonly code: string };

/** What «Отправить» / «Напомнить» report back. */
export interface SendView {
  readonly sent: number;
  readonly already: number;
  readonly later: number;
  readonly skipped: readonly { readonly personId: string; readonly name: string; readonly why: string }[];
  readonly message: string;
  readonly view: SurveysView;
}

/** What «Собрать ответы» reports back. */
export interface CollectView {
  readonly received: number;
  readonly counted: number;
  readonly flagged: number;
  readonly registered: number;
  readonly message: string;
  readonly view: SurveysView;
}
