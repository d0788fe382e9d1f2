import { KPI_INDICATORS, type SurveyKind } from "../enums";
import type { L, Locale } from "../i18n";
import { INDICATORS } from "./indicators";
import { type AnswerSource, latestAnswers } from "./people";
import { HALVES, type Half, halfOf, normaliseYear, type SnapshotScheme, yearBounds } from "./period";
import { TARGET_STATUSES, targetOf, targetStatus } from "./targets";
import type { BesideFigure, Direction, IndicatorKey, KpiRow, KpiTargets, TargetStatus } from "./types";

/**
 * What the indicators become on the sheets: the rows of «Показатели», snapshots appended to a history tab at the
 * two monitoring points (December and June), and the data of the charts (actual against target by year, and how
 * the satisfaction scores spread).
 */

type Value = number | string;
const blank = (n: number | null): number | "" => (n === null ? "" : n);

const BASIS_MAX = 2000;

/**
 * The rows of «Показатели» by column key (`indicator`, `formula`, `numerator`, `denominator`, `actual`, `target`,
 * `status` as the tab has them; `year`, `note`, `basis` — the ids behind the numerator —, `denominatorFrom` — where
 * the denominator comes from — and `beside` — the figures beside the headline — for columns the tab may add). Missing figures are empty cells.
 */
export function kpiTableRows(rows: readonly KpiRow[], locale: Locale): Record<string, Value>[] {
  return rows.map((r) => {
    const basis = r.rows.join(", ");
    return {
      indicator: r.title[locale],
      formula: r.formula[locale],
      year: r.year,
      numerator: blank(r.numerator),
      denominator: blank(r.denominator),
      actual: blank(r.percent),
      target: blank(r.target),
      status: TARGET_STATUSES.values[r.status][locale],
      note: r.note ? r.note[locale] : "",
      denominatorFrom: r.basis ? r.basis.label[locale] : "",
      beside: (r.beside ?? []).map((f) => besideText(f, locale)).join("; "),
      basis: basis.length > BASIS_MAX ? `${basis.slice(0, BASIS_MAX - 1)}…` : basis,
    };
  });
}

/** «среди ответивших: 6 / 8 = 75 %»; a missing figure as «—». */
export function besideText(f: BesideFigure, locale: Locale): string {
  const n = (v: number | null) => (v === null ? "—" : String(v));
  const pct = f.percent === null ? "—" : `${f.percent} %`;
  return `${f.label[locale]}: ${n(f.numerator)} / ${n(f.denominator)} = ${pct}`;
}

// ---- snapshots -------------------------------------------------------------------------------------------------

/**
 * A row of «История показателей» by column key. Rows are only ever appended: each snapshot is told apart by when
 * it was taken, so a second snapshot of the same point adds rows and changes none.
 */
export interface SnapshotRow {
  /** When the snapshot was taken, as given (an ISO date or timestamp). */
  readonly takenAt: string;
  /** «декабрь» / «июнь» (or «январь» / «июль») in the chosen language (HALVES; `enumIndex(HALVES)` reads it back). */
  readonly half: string;
  readonly year: string;
  /** The indicator's label in KPI_INDICATORS (the tab's enum column), in the chosen language. */
  readonly indicator: string;
  /** The indicator's stable key, for code (not a column). */
  readonly key: IndicatorKey;
  readonly numerator: number | "";
  readonly denominator: number | "";
  readonly actual: number | "";
  readonly target: number | "";
  /** «достигнут» / «пока нет» / «нет данных» in the chosen language. */
  readonly status: string;
}

/**
 * A snapshot of the year's indicators for «История показателей»: one row per indicator of `year` in `results`
 * (rows of other years are left out). The point defaults to the one `takenAt` falls in. Append the rows below
 * the existing ones.
 */
export function snapshotOf(
  results: readonly KpiRow[],
  meta: { year: string; takenAt: string; half?: Half; locale?: Locale; scheme?: SnapshotScheme },
): SnapshotRow[] {
  const locale = meta.locale ?? "ru";
  const year = normaliseYear(meta.year);
  const half =
    meta.half ?? halfOf(meta.takenAt, meta.scheme) ?? (meta.scheme === "january_july" ? "july" : "june");
  return results
    .filter((r) => normaliseYear(r.year) === year)
    .map((r) => ({
      takenAt: meta.takenAt,
      half: HALVES.values[half][locale],
      year,
      indicator: KPI_INDICATORS.values[r.key][locale],
      key: r.key,
      numerator: blank(r.numerator),
      denominator: blank(r.denominator),
      actual: blank(r.percent),
      target: blank(r.target),
      status: TARGET_STATUSES.values[r.status][locale],
    }));
}

// ---- charts ----------------------------------------------------------------------------------------------------

export interface ChartPoint {
  readonly year: string;
  readonly actual: number | null;
  readonly target: number | null;
  readonly status: TargetStatus;
}

export interface ChartSeries {
  readonly key: IndicatorKey;
  readonly title: L;
  readonly direction: Direction;
  readonly unit: "%";
  /** By academic year, ascending: every year with a result or a target. */
  readonly points: ChartPoint[];
}

/**
 * Actual against target by year for each indicator, in the order of INDICATORS: what an embedded column or line
 * chart is fed. `results` are rows of any years (e.g. `evaluate` run for each year of the programme).
 */
export function chartSeries(
  results: readonly Pick<KpiRow, "key" | "year" | "percent">[],
  targets: KpiTargets | undefined,
): ChartSeries[] {
  return INDICATORS.map((def) => {
    const actual = new Map<string, number | null>();
    for (const r of results) if (r.key === def.key) actual.set(normaliseYear(r.year), r.percent);
    const years = new Set(actual.keys());
    for (const y of Object.keys(targets?.[def.key] ?? {}))
      if (targetOf(targets, def.key, y) !== null) years.add(normaliseYear(y));
    const points = [...years]
      .filter((y) => yearBounds(y) !== null)
      .sort()
      .map((year) => {
        const a = actual.get(year) ?? null;
        const t = targetOf(targets, def.key, year);
        return { year, actual: a, target: t, status: targetStatus(a, t, def.direction) };
      });
    return { key: def.key, title: def.title, direction: def.direction, unit: def.unit, points };
  });
}

/** A series as a small table for a chart's data range: a header row, then year, actual, target (gaps empty). */
export function chartTable(series: ChartSeries, locale: Locale): Value[][] {
  const header =
    locale === "ru" ? ["Учебный год", "Факт, %", "Цель, %"] : ["Academic year", "Actual, %", "Target, %"];
  return [header, ...series.points.map((p) => [p.year, blank(p.actual), blank(p.target)])];
}

/**
 * How the scores of a survey spread in a year: the count of people per score 1–10 (each person's latest answer
 * in the year, as the satisfaction indicators take it; scores rounded to whole numbers).
 */
export function satisfactionDistribution(
  source: AnswerSource,
  kind: SurveyKind,
  year: string,
): { score: number; count: number }[] {
  const counts = Array.from({ length: 10 }, (_, i) => ({ score: i + 1, count: 0 }));
  for (const a of latestAnswers(source, kind, year).values()) {
    const s = Math.round(a.score);
    if (s >= 1 && s <= 10) counts[s - 1]!.count++;
  }
  return counts;
}

/** A distribution as a small table for a column chart: a header row, then score and count. */
export function distributionTable(
  counts: readonly { score: number; count: number }[],
  locale: Locale,
): Value[][] {
  const header = locale === "ru" ? ["Оценка", "Человек"] : ["Score", "People"];
  return [header, ...counts.map((c) => [c.score, c.count])];
}
