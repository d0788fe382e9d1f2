import { DEFAULT_YOUNG_RULE, type YoungRule } from "../base/staff";
import { type EnumDef, enumIndex, YES_NO } from "../enums";
import { fill, type L } from "../i18n";
import type { SettingSpec } from "../settings";
import type { SnapshotScheme } from "./period";

/**
 * The «Настройки» rows of the indicators beyond the satisfaction threshold: when the half-year snapshots are taken,
 * and who is a young specialist. Each reader tolerates a bad value: it gives the default and a problem naming the
 * row, so one bad cell never stops the indicators.
 */

export const SNAPSHOT_SCHEMES: EnumDef<SnapshotScheme> = {
  name: { ru: "месяцы срезов", en: "snapshot months" },
  values: {
    december_june: { ru: "декабрь и июнь", en: "December and June" },
    january_july: { ru: "январь и июль", en: "January and July" },
  },
};

export const DEFAULT_SNAPSHOT_SCHEME: SnapshotScheme = "december_june";

export const SNAPSHOT_MONTHS_KEY = "kpi.snapshotMonths";
export const YOUNG_MAX_YEARS_KEY = "kpi.youngMaxYears";
export const YOUNG_INCLUSIVE_KEY = "kpi.youngInclusive";

export const SNAPSHOT_MONTHS_ROW: SettingSpec = {
  key: SNAPSHOT_MONTHS_KEY,
  kind: "enum",
  enumDef: SNAPSHOT_SCHEMES,
  label: {
    ru: "Показатели: в какие месяцы делать полугодовые срезы",
    en: "Indicators: the months of the half-year snapshots",
  },
  hint: {
    ru: "«декабрь и июнь» — как во внутришкольном мониторинге дорожной карты; «январь и июль» — как в муниципальном плане. Срез подписывается месяцем, в котором он сделан.",
    en: "“December and June” as the school roadmap's internal monitoring; “January and July” as the municipal plan. A snapshot is labelled by the month it was taken.",
  },
  initial: (_d, locale) => SNAPSHOT_SCHEMES.values[DEFAULT_SNAPSHOT_SCHEME][locale],
};

export const YOUNG_MAX_YEARS_ROW: SettingSpec = {
  key: YOUNG_MAX_YEARS_KEY,
  kind: "int",
  min: 1,
  max: 10,
  label: {
    ru: "Молодой специалист: педагогический стаж, полных лет (на 1 сентября)",
    en: "Young specialist: teaching experience, full years (on 1 September)",
  },
  hint: {
    ru: "От 1 до 10; по умолчанию 3 — как в показателе «с опытом работы от 0 до 3 лет». Включительно или нет — в следующей строке.",
    en: "1 to 10; 3 by default, as in the indicator “with 0 to 3 years of experience”. Whether it is inclusive: the next row.",
  },
  initial: () => DEFAULT_YOUNG_RULE.maxYears,
};

export const YOUNG_INCLUSIVE_ROW: SettingSpec = {
  key: YOUNG_INCLUSIVE_KEY,
  kind: "enum",
  enumDef: YES_NO,
  label: {
    ru: "Молодой специалист: считать и тех, у кого стаж ровно столько лет",
    en: "Young specialist: include those with exactly that many years",
  },
  hint: {
    ru: "«да» (по умолчанию) — стаж от 0 до 3 лет включительно; «нет» — стаж менее 3 лет.",
    en: "“yes” (default): 0 to 3 years inclusive; “no”: fewer than 3 years.",
  },
  initial: (_d, locale) => YES_NO.values[DEFAULT_YOUNG_RULE.inclusive ? "yes" : "no"][locale],
};

/** The indicators' rows for «Настройки», after `kpi.satisfactionThreshold`. */
export const KPI_SETTING_ROWS: readonly SettingSpec[] = [
  SNAPSHOT_MONTHS_ROW,
  YOUNG_MAX_YEARS_ROW,
  YOUNG_INCLUSIVE_ROW,
];

/** A value that could not be read: the default was used. */
export interface SettingProblem {
  readonly key: string;
  readonly message: L;
}

const PROBLEM: L = {
  ru: "«Настройки», параметр «{label}»: значение «{value}» не подходит ({expected}); взято значение по умолчанию «{fallback}». Исправьте ячейку «Значение».",
  en: "Settings, parameter “{label}”: the value “{value}” does not fit ({expected}); the default “{fallback}” is used. Correct the Value cell.",
};

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

function problem(spec: SettingSpec, value: unknown, expected: L, fallback: L): SettingProblem {
  const params = (locale: "ru" | "en") => ({
    label: spec.label[locale],
    value: String(value),
    expected: expected[locale],
    fallback: fallback[locale],
  });
  return {
    key: spec.key,
    message: { ru: fill(PROBLEM.ru, params("ru")), en: fill(PROBLEM.en, params("en")) },
  };
}

const schemes = enumIndex(SNAPSHOT_SCHEMES);
const yesNo = enumIndex(YES_NO);

/** The snapshot months from «Настройки»; empty: the default; anything else: the default and a problem. */
export function snapshotSchemeOf(value: unknown): { scheme: SnapshotScheme; problem?: SettingProblem } {
  if (blank(value)) return { scheme: DEFAULT_SNAPSHOT_SCHEME };
  const scheme = schemes.parse(String(value));
  if (scheme) return { scheme };
  return {
    scheme: DEFAULT_SNAPSHOT_SCHEME,
    problem: problem(
      SNAPSHOT_MONTHS_ROW,
      value,
      { ru: "«декабрь и июнь» или «январь и июль»", en: "“December and June” or “January and July”" },
      SNAPSHOT_SCHEMES.values[DEFAULT_SNAPSHOT_SCHEME],
    ),
  };
}

/**
 * The young specialist rule from «Настройки» (`kpi.youngMaxYears`, `kpi.youngInclusive`): each value on its own,
 * a bad one replaced by its default with a problem.
 */
export function youngRuleOf(
  maxYears: unknown,
  inclusive: unknown,
): { rule: YoungRule; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  let max = DEFAULT_YOUNG_RULE.maxYears;
  if (!blank(maxYears)) {
    const n = typeof maxYears === "number" ? maxYears : Number(String(maxYears).trim().replace(",", "."));
    if (Number.isInteger(n) && n >= 1 && n <= 10) max = n;
    else
      problems.push(
        problem(
          YOUNG_MAX_YEARS_ROW,
          maxYears,
          { ru: "целое число от 1 до 10", en: "a whole number from 1 to 10" },
          { ru: String(DEFAULT_YOUNG_RULE.maxYears), en: String(DEFAULT_YOUNG_RULE.maxYears) },
        ),
      );
  }
  let inc = DEFAULT_YOUNG_RULE.inclusive;
  if (!blank(inclusive)) {
    const key = typeof inclusive === "boolean" ? (inclusive ? "yes" : "no") : yesNo.parse(String(inclusive));
    if (key) inc = key === "yes";
    else
      problems.push(
        problem(
          YOUNG_INCLUSIVE_ROW,
          inclusive,
          { ru: "«да» или «нет»", en: "“yes” or “no”" },
          YES_NO.values[DEFAULT_YOUNG_RULE.inclusive ? "yes" : "no"],
        ),
      );
  }
  return { rule: { maxYears: max, inclusive: inc }, problems };
}
