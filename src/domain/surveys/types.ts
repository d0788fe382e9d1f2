import type { SurveyKind } from "../enums";
import type { L } from "../i18n";

/** The item types of Google Forms the surveys use. A "section" is a page break; it asks nothing. */
export type QuestionType =
  | "text"
  | "paragraph"
  | "scale"
  | "choice"
  | "checkboxes"
  | "list"
  | "date"
  | "email"
  | "section";

export interface Choice {
  /** Stable key: the enumeration's key where the choices come from an enumeration. */
  readonly key: string;
  readonly label: L;
}

export interface Question {
  /** Stable within a survey, e.g. "fullName", "satisfaction.overall". Entry and exit share theirs. */
  readonly key: string;
  readonly type: QuestionType;
  readonly title: L;
  readonly help?: L;
  /** Required when its section is shown (a question in a hidden section is never required). */
  readonly required?: boolean;
  /** Scale items: 1–10 in every survey. */
  readonly scale?: { readonly min: 0 | 1; readonly max: number; readonly minLabel: L; readonly maxLabel: L };
  /** Choice, checkbox and list items. */
  readonly choices?: readonly Choice[];
  /** Registration: the column of the base the answer fills. */
  readonly column?: { readonly table: "mentors" | "mentees"; readonly key: string };
  /** Text items that take a whole number (the Forms adapter adds a number validation). */
  readonly number?: { readonly min: number; readonly max: number };
  /** Only the answer "yes" is accepted (consents): the item offers no other choice. */
  readonly mustAccept?: boolean;
  /** Sections only: the section is shown when the question `key` was answered with the choice `value`. */
  readonly showIf?: { readonly key: string; readonly value: string };
  /** The token item: prefilled from the personal link, never typed. */
  readonly token?: boolean;
  /** Entry and exit monitoring: the item is one of the competencies whose mean is the survey's score. */
  readonly competence?: boolean;
}

export interface SurveyDef {
  readonly kind: SurveyKind;
  readonly title: L;
  readonly description: L;
  readonly audience: "mentor" | "mentee";
  readonly questions: readonly Question[];
  /** The first question carries the personal token (satisfaction and monitoring, not registration). */
  readonly tokenQuestion: boolean;
  /** How the survey's headline figure is read from its answers (none for registration). */
  readonly score?:
    | { readonly method: "item"; readonly key: string }
    | { readonly method: "mean"; readonly keys: readonly string[] };
}

/** A response by question key: text, or the list of ticked choices of a checkbox item. */
export type Answers = Record<string, string | string[]>;

export type SurveyProblemCode =
  | "required"
  | "scale"
  | "choice"
  | "number"
  | "email"
  | "date"
  | "consent"
  | "token";

export interface SurveyProblem {
  readonly key: string;
  readonly code: SurveyProblemCode;
  /** What is wrong, in both languages. */
  readonly message: L;
}
