import { enumIndex, KPI_INDICATORS } from "../enums";
import { fill, type L } from "../i18n";
import type { SettingSpec } from "../settings";
import { DEFAULT_SATISFACTION_THRESHOLD, INDICATORS } from "./indicators";
import { dayOf, normaliseYear, yearBounds } from "./period";
import type {
  Direction,
  IndicatorKey,
  IndicatorResult,
  KpiData,
  KpiOptions,
  KpiRow,
  KpiTargets,
  TargetStatus,
} from "./types";

/**
 * Targets (плановые значения) per indicator and academic year, kept on the «Цели показателей» tab a row per
 * indicator and year, with the two figures only the curator knows in its «total» column (young specialists working
 * in the organisation, partner organisations); the satisfaction threshold, a row of «Настройки».
 */

export const TARGET_STATUSES: { readonly name: L; readonly values: Readonly<Record<TargetStatus, L>> } = {
  name: { ru: "статус показателя", en: "indicator status" },
  values: {
    reached: { ru: "достигнут", en: "reached" },
    notYet: { ru: "пока нет", en: "not yet" },
    noData: { ru: "нет данных", en: "no data" },
  },
};

const known = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n);

/** Reached when the actual figure is at least the target (for "down", at most); no data when either is missing. */
export function targetStatus(
  actual: number | null | undefined,
  target: number | null | undefined,
  direction: Direction,
): TargetStatus {
  if (!known(actual) || !known(target)) return "noData";
  return (direction === "down" ? actual <= target : actual >= target) ? "reached" : "notYet";
}

/**
 * What the schools' documents planned, for three years of a programme, as an example in the hints (never filled
 * in for the curator: the targets are the organisation's own, approved by its order). Leaving the profession has
 * no figure in the documents, only «low».
 */
export const EXAMPLE_TARGETS: Readonly<Partial<Record<IndicatorKey, readonly [number, number, number]>>> = {
  youngInProgrammes: [30, 50, 70],
  levelRose: [80, 100, 100],
  contests: [50, 80, 100],
  contestsYoung: [50, 80, 100],
  satisfactionMentees: [50, 75, 85],
  satisfactionMentors: [50, 75, 85],
  partnerOrganisations: [10, 20, 30],
};

/** The «Настройки» parameter of the satisfaction threshold. */
export const THRESHOLD_KEY = "kpi.satisfactionThreshold";

export const THRESHOLD_ROW: SettingSpec = {
  key: THRESHOLD_KEY,
  kind: "int",
  min: 1,
  max: 10,
  label: {
    ru: "Показатели: с какой оценки участник считается удовлетворённым",
    en: "Indicators: the score from which a participant counts as satisfied",
  },
  hint: {
    ru: "От 1 до 10; по умолчанию 7: ответ 7 и выше в анкете удовлетворённости — «удовлетворён».",
    en: "1 to 10; 7 by default: an answer of 7 or more in the satisfaction survey counts as satisfied.",
  },
  initial: () => DEFAULT_SATISFACTION_THRESHOLD,
};

/** The threshold from the «Настройки» value: a whole number 1–10, else the default. */
export function thresholdOf(value: unknown): number {
  const n = readPercentCell(value);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 10 ? n : DEFAULT_SATISFACTION_THRESHOLD;
}

/** Indicators whose denominator the base does not hold: the curator enters it in the «total» column. */
export const TOTALS: Readonly<
  Partial<Record<IndicatorKey, { readonly count: keyof KpiData["counts"]; readonly label: L }>>
> = {
  youngInProgrammes: {
    count: "youngSpecialists",
    label: {
      ru: "Только если лист «Педагогический коллектив» не ведётся: сколько всего молодых специалистов (педагогов со стажем 0–3 года) работает в организации в этом учебном году — не только наставляемых.",
      en: "Only if the Teaching staff tab is not kept: how many young specialists (teachers with 0–3 years) work in the organisation this academic year, not only mentees.",
    },
  },
  partnerOrganisations: {
    count: "partners",
    label: {
      ru: "Сколько всего организаций, которые могли бы дать наставников (школы, детские сады, колледжи, вузы, предприятия), работает на территории (в муниципалитете) в этом учебном году — все, а не только партнёры программы.",
      en: "How many organisations that could provide mentors (schools, kindergartens, colleges, universities, employers) work in the area (municipality) this academic year: all of them, not only the programme's partners.",
    },
  },
};

export interface TargetRow {
  readonly indicator: IndicatorKey;
  readonly year: string;
  readonly direction: Direction;
  /** What the «total» cell of this row means; undefined when the row takes no total. */
  readonly total?: L;
  /** The hint for the row: how to fill the target, with an example from a school's roadmap. */
  readonly hint: L;
}

const TARGET_HINT: Record<Direction, L> = {
  up: {
    ru: "Цель, %: от 0 до 100. Достигнута, когда факт не ниже цели. Пусто — цели нет.",
    en: "Target, %: 0 to 100. Reached when the actual figure is at or above it. Empty: no target.",
  },
  down: {
    ru: "Цель, %: от 0 до 100. Меньше — лучше: достигнута, когда факт не выше цели. Пусто — цели нет.",
    en: "Target, %: 0 to 100. Lower is better: reached when the actual figure is at or below it. Empty: no target.",
  },
};

const EXAMPLE_HINT: L = {
  ru: " Например, в дорожной карте школы на три года: {example}.",
  en: " E.g. a school's roadmap for three years: {example}.",
};

/**
 * The targets table (indicator × year) the «Цели показателей» tab holds: a row per indicator for each academic
 * year, year by year in the order given, indicators in the order of INDICATORS. Targets are never filled in
 * (they are the organisation's own, approved by its order); `total` says what the curator's figure is, for the
 * two shares whose denominator the base does not hold.
 */
export function targetRows(years: readonly string[]): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const year of years.map(normaliseYear).filter((y) => yearBounds(y) !== null))
    for (const def of INDICATORS) {
      const example = EXAMPLE_TARGETS[def.key];
      const hint = (locale: "ru" | "en") =>
        TARGET_HINT[def.direction][locale] +
        (example ? fill(EXAMPLE_HINT[locale], { example: example.join(" / ") }) : "");
      const total = TOTALS[def.key]?.label;
      rows.push({
        indicator: def.key,
        year,
        direction: def.direction,
        hint: { ru: hint("ru"), en: hint("en") },
        ...(total ? { total } : {}),
      });
    }
  return rows;
}

/**
 * A number from a cell: 85, "85", "85 %", "85,5", "не менее 80" → 80. A fraction below 1 with decimals (0.85) is a
 * cell formatted as percent and reads as 85. Empty or no number → null.
 */
export function readPercentCell(value: unknown): number | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    return value > 0 && value < 1 && !Number.isInteger(value) ? Math.round(value * 1000) / 10 : value;
  }
  if (typeof value !== "string") return null;
  const m = /-?\d+(?:[.,]\d+)?/.exec(value.replace(/\u00a0/g, " "));
  return m ? Number(m[0].replace(",", ".")) : null;
}

/** A row of «Цели показателей» as read: the indicator as its key or label (KPI_INDICATORS, either language). */
export interface TargetInput {
  readonly indicator: unknown;
  readonly year: unknown;
  readonly target?: unknown;
  readonly total?: unknown;
  /** The sheet row, for the problems. */
  readonly row?: number;
}

export interface TargetsRead {
  readonly targets: KpiTargets;
  readonly counts: KpiData["counts"];
  /** Cells that could not be read; they are left out. */
  readonly problems: {
    readonly row?: number;
    readonly column: "indicator" | "year" | "target" | "total";
    readonly message: L;
  }[];
}

const indicators = enumIndex(KPI_INDICATORS);

const PROBLEM = {
  indicator: { ru: "Показатель «{value}» не из списка.", en: "The indicator “{value}” is not in the list." },
  year: {
    ru: "Учебный год «{value}» не в виде 2025/2026.",
    en: "The academic year “{value}” does not look like 2025/2026.",
  },
  range: {
    ru: "«{value}» — не число от {min} до {max}.",
    en: "“{value}” is not a number from {min} to {max}.",
  },
  total: { ru: "«{value}» — не целое число от 0.", en: "“{value}” is not a whole number from 0." },
} as const satisfies Record<string, L>;

const blankCell = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * Reads the targets tab: targets by indicator and year, and the curator's totals as `KpiData.counts`. Empty rows
 * are skipped; a later row of the same indicator and year wins.
 */
export function readTargets(rows: readonly TargetInput[]): TargetsRead {
  const targets: Record<string, Record<string, number | null>> = {};
  const youngSpecialists: Record<string, number | null> = {};
  const partners: Record<string, number | null> = {};
  const problems: { row?: number; column: "indicator" | "year" | "target" | "total"; message: L }[] = [];
  const problem = (
    r: TargetInput,
    column: (typeof problems)[number]["column"],
    text: L,
    params: Record<string, string | number>,
  ) =>
    problems.push({
      ...(r.row === undefined ? {} : { row: r.row }),
      column,
      message: { ru: fill(text.ru, params), en: fill(text.en, params) },
    });
  for (const r of rows) {
    if (blankCell(r.indicator) && blankCell(r.year) && blankCell(r.target) && blankCell(r.total)) continue;
    const key = indicators.parse(String(r.indicator ?? "")) as IndicatorKey | undefined;
    if (!key) {
      problem(r, "indicator", PROBLEM.indicator, { value: String(r.indicator ?? "") });
      continue;
    }
    const year = normaliseYear(String(r.year ?? ""));
    if (!yearBounds(year)) {
      problem(r, "year", PROBLEM.year, { value: String(r.year ?? "") });
      continue;
    }
    const byYear = targets[key] ?? {};
    byYear[year] = null;
    if (!blankCell(r.target)) {
      const n = readPercentCell(r.target);
      if (n === null || n < 0 || n > 100)
        problem(r, "target", PROBLEM.range, { value: String(r.target), min: 0, max: 100 });
      else byYear[year] = n;
    }
    targets[key] = byYear;
    const total = TOTALS[key];
    if (total && !blankCell(r.total)) {
      const n = readPercentCell(r.total);
      if (n === null || n < 0 || !Number.isInteger(n))
        problem(r, "total", PROBLEM.total, { value: String(r.total) });
      else (total.count === "youngSpecialists" ? youngSpecialists : partners)[year] = n;
    }
  }
  return { targets: targets as KpiTargets, counts: { youngSpecialists, partners }, problems };
}

/** The target of an indicator for a year, or null. */
export function targetOf(targets: KpiTargets | undefined, key: IndicatorKey, year: string): number | null {
  const byYear = targets?.[key];
  if (!byYear) return null;
  const v = byYear[normaliseYear(year)] ?? byYear[year];
  return known(v) ? v : null;
}

/** Every indicator for one year, with its target and status: the rows of «Показатели». */
export function evaluate(
  data: KpiData,
  year: string,
  targets?: KpiTargets,
  options: KpiOptions = {},
): KpiRow[] {
  const y = normaliseYear(year);
  // A year that has not begun has no figures yet (its staff, pairs and answers are not known), only targets.
  const start = yearBounds(y)?.start;
  const notBegun = start !== undefined && dayOf(data.today) !== undefined && start > dayOf(data.today)!;
  return INDICATORS.map((def) => {
    const r = notBegun ? notBegunResult(y) : def.compute(data, y, options);
    const target = targetOf(targets, def.key, y);
    return {
      ...r,
      key: def.key,
      year: y,
      title: def.title,
      formula: def.formula,
      direction: def.direction,
      target,
      status: targetStatus(r.percent, target, def.direction),
    };
  });
}

const NOT_BEGUN: L = {
  ru: "{year} учебный год ещё не начался: значения появятся, когда он начнётся.",
  en: "The {year} academic year has not begun: the figures appear once it does.",
};

function notBegunResult(year: string): IndicatorResult {
  return {
    numerator: null,
    denominator: null,
    percent: null,
    rows: [],
    note: { ru: fill(NOT_BEGUN.ru, { year }), en: fill(NOT_BEGUN.en, { year }) },
  };
}
