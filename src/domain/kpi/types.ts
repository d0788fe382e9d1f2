import type { Achievement, StaffMember, YoungRule } from "../base/staff";
import type { L, Locale } from "../i18n";
import type { Mentee, Mentor, Pair } from "../model";

/**
 * What the indicators are computed from. The add-on assembles it from the tabs; every field is plain data, dates
 * are ISO calendar dates (yyyy-MM-dd; a longer ISO timestamp is read by its first ten characters).
 */
export interface KpiData {
  /** «Наставники» with the checkbox «Участие в конкурсах» read as `contest`. */
  readonly mentors: readonly KpiMentor[];
  /** «Наставляемые» with the same checkbox. */
  readonly mentees: readonly KpiMentee[];
  /** «Пары». */
  readonly pairs: readonly KpiPair[];
  /** «Анкеты»: one row per person, survey and academic year (the latest answer, score rounded). */
  readonly surveys: readonly KpiSurveyRow[];
  /** «Ответы анкет»: every answer as it came. */
  readonly responses: readonly KpiResponseRow[];
  /**
   * Numbers the base cannot know, by academic year ("2025/2026"): the curator enters them on «Цели показателей»
   * (column `total`), and `readTargets` gives them in this shape.
   */
  readonly counts: {
    /** Young specialists (teachers with 0–3 years) working in the organisation that year. */
    readonly youngSpecialists: Readonly<Record<string, number | null | undefined>>;
    /** Partner organisations the programme works with that year. */
    readonly partners: Readonly<Record<string, number | null | undefined>>;
  };
  /** The organisation's own name; several spellings (full and short name) may be given. */
  readonly ourOrganisation: string | readonly string[];
  /** Today, ISO: decides which open pairs are overdue and how long an open pair has run. */
  readonly today: string;
  /**
   * «Педагогический коллектив»: everyone who works in the organisation. Empty or missing: the school keeps no
   * register, and the indicators fall back to the participants and the curator's typed totals (`basis` says so).
   */
  readonly staff?: readonly StaffMember[];
  /**
   * «Конкурсы и достижения»: dated entries. Missing (not an empty list): a base not yet carried over, whose
   * contest figures still come from the old tick «Участие в конкурсах» (`contest`).
   */
  readonly achievements?: readonly Achievement[];
  /**
   * The base's academic year («program.year»): a register row's experience figures without their own date hold on
   * its 1 September. Missing: on 1 September of the year being computed.
   */
  readonly baseYear?: string;
}

/** A full `Mentor` fits; only these fields are read. */
export type KpiMentor = Pick<Mentor, "id" | "category"> &
  Partial<Pick<Mentor, "fullName" | "organization" | "experienceYears" | "status">> & {
    /** «Участие в конкурсах»: took part in a professional contest. */
    readonly contest?: boolean;
    /** «ID в коллективе»: the person's row on «Педагогический коллектив» (one person, one id). */
    readonly staffId?: string;
  };

/** A full `Mentee` fits; only these fields are read. */
export type KpiMentee = Pick<Mentee, "id" | "category"> &
  Partial<Pick<Mentee, "fullName" | "organization" | "experienceYears" | "status">> & {
    readonly contest?: boolean;
    readonly staffId?: string;
  };

/** A full `Pair` fits; only these fields are read. */
export type KpiPair = Pick<Pair, "id" | "mentorId" | "menteeId" | "form"> &
  Partial<Pick<Pair, "status" | "startDate" | "endDate" | "kind">>;

/**
 * A row of «Анкеты». `kind` and `status` are the enumeration key or its label in either language
 * (`satisfaction_mentee` or «удовлетворённость наставляемого»; `answered` or «ответ получен»).
 */
export interface KpiSurveyRow {
  readonly kind: string;
  readonly year: string;
  readonly personId: string;
  readonly status: string;
  readonly score?: number | null;
  readonly answerDate?: string;
}

/**
 * A row of «Ответы анкет». `status` is a RESPONSE_STATUSES key or label: `counted` and `replaced` are the person's
 * own answers (the latest and the earlier ones); the others are not counted. `answers` holds the 1–10 answers by
 * question key (`competence.planning`, …) where the add-on has them; for monitoring they give the score exactly.
 */
export interface KpiResponseRow {
  readonly kind: string;
  readonly year: string;
  readonly personId: string;
  readonly status: string;
  readonly score?: number | null;
  readonly submitted?: string;
  readonly answers?: Readonly<Record<string, number>>;
  /** The row's id (ОТ-…), to show the data behind a figure. */
  readonly id?: string;
}

export interface KpiOptions {
  /** «Satisfied» is a score of at least this, 1–10. 7 by default («Настройки»: `kpi.satisfactionThreshold`). */
  readonly satisfactionThreshold?: number;
  /** Who is a young specialist (DEFAULT_YOUNG_RULE: 0–3 full years inclusive; «Настройки»: `kpi.youngMaxYears`, `kpi.youngInclusive`). */
  readonly youngRule?: YoungRule;
}

/**
 * Where an indicator's denominator comes from: the staff register, a number the curator typed on «Цели
 * показателей», or the programme's participants (a school without a register).
 */
/**
 * Where an indicator's denominator comes from: the staff register; the curator's typed total; the participants of
 * pairs (no register); or, for leaving the profession, the teacher mentees of pairs, with who left and when taken
 * from the register.
 */
export type Basis = "register" | "typed" | "participants" | "pairsAndRegister";

/** A figure shown beside the headline: the same kind of share over another denominator. */
export interface BesideFigure {
  readonly key: string;
  readonly label: L;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly percent: number | null;
}

export type Direction = "up" | "down";

export type IndicatorKey =
  | "youngInProgrammes"
  | "leftProfession"
  | "levelRose"
  | "contests"
  | "contestsYoung"
  | "satisfactionMentees"
  | "satisfactionMentors"
  | "partnerOrganisations"
  | "pairsCompleted";

export interface IndicatorResult {
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** numerator / denominator × 100, one decimal; null when there is no denominator (never NaN or Infinity). */
  readonly percent: number | null;
  /**
   * What stands behind the numerator: person or pair ids; for `partnerOrganisations` the organisations' names
   * as first written. Always `numerator` entries.
   */
  readonly rows: string[];
  /** Why there is no figure, or what to check. */
  readonly note?: L;
  /** Where the denominator comes from, and its label for the KPI tab. Missing for indicators from pairs only. */
  readonly basis?: { readonly key: Basis; readonly label: L };
  /** Figures shown beside the headline (e.g. the share among those who answered, the response rate). */
  readonly beside?: readonly BesideFigure[];
}

export interface IndicatorDef {
  readonly key: IndicatorKey;
  readonly title: L;
  /** In words: numerator / denominator × 100. */
  readonly formula: L;
  readonly unit: "%";
  /** "down": lower is better (leaving the profession). */
  readonly direction: Direction;
  /** What data it uses and where the curator keeps it. */
  readonly source: L;
  readonly compute: (data: KpiData, year: string, options?: KpiOptions) => IndicatorResult;
}

/** Targets by indicator and academic year, in %. */
export type KpiTargets = Partial<Record<IndicatorKey, Readonly<Record<string, number | null | undefined>>>>;

export type TargetStatus = "reached" | "notYet" | "noData";

/** One indicator computed for one year, with its target: what «Показатели», snapshots and charts take. */
export interface KpiRow extends IndicatorResult {
  readonly key: IndicatorKey;
  readonly year: string;
  readonly title: L;
  readonly formula: L;
  readonly direction: Direction;
  readonly target: number | null;
  readonly status: TargetStatus;
}

export type { L, Locale };
