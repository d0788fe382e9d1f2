import type { SurveyKind } from "../enums";
import {
  type BesideFigure,
  type IndicatorKey,
  type KpiData,
  type KpiPair,
  type KpiRow,
  pairSpan,
  pairsInYear,
  satisfactionDistribution,
} from "../kpi";
import type { ReportPeriod } from "./period";

/**
 * The report's figures, each from the function the tabs use: the indicators are `evaluate`'s rows (as on
 * «Показатели»), the scores `satisfactionDistribution` (the KPI tab's second chart), the satisfied share and the
 * response rate the satisfaction indicators' own figures. Only the pairs' progress is counted here, by the
 * indicators' rule of when a pair takes part (`pairSpan`).
 */

/** How the pairs stood over the period. */
export interface PairProgress {
  /** Pairs that took part at some time from 1 September to the period's end. */
  readonly inYear: number;
  /** Of them, started in that time. */
  readonly started: number;
  /** Running (active) or paused on the period's last day. */
  readonly active: number;
  readonly paused: number;
  /** Ended in that time: completed, terminated (by their end date, else their start date). */
  readonly completed: number;
  readonly terminated: number;
}

const isClosed = (p: KpiPair) => p.status === "completed" || p.status === "terminated";

export function pairProgress(
  pairs: readonly KpiPair[],
  period: Pick<ReportPeriod, "from" | "to">,
  today: string,
): PairProgress {
  const bounds = { start: period.from, end: period.to };
  const taking = pairsInYear(pairs, bounds, today);
  const within = (d: string) => d >= period.from && d <= period.to;
  const endedIn = (status: "completed" | "terminated") =>
    taking.filter((p) => p.status === status && within(pairSpan(p, today)!.end)).length;
  const openOn = (status: "active" | "paused") =>
    taking.filter(
      (p) => !isClosed(p) && (p.status ?? "active") === status && pairSpan(p, today)!.start <= period.to,
    ).length;
  return {
    inYear: taking.length,
    started: taking.filter((p) => within(pairSpan(p, today)!.start)).length,
    active: openOn("active"),
    paused: openOn("paused"),
    completed: endedIn("completed"),
    terminated: endedIn("terminated"),
  };
}

/** A satisfaction survey in the year: how the scores spread, who answered, who is satisfied. */
export interface SurveySummary {
  readonly kind: SurveyKind;
  /** People per score 1–10. */
  readonly distribution: readonly { score: number; count: number }[];
  /** The indicator: satisfied of all in pairs (numerator, denominator, percent). */
  readonly satisfied: Pick<KpiRow, "numerator" | "denominator" | "percent">;
  /** The indicator's figures beside: satisfied of those who answered, and answered of those in pairs. */
  readonly amongAnswered?: BesideFigure;
  readonly responseRate?: BesideFigure;
}

const SURVEY_INDICATOR: Readonly<Record<"satisfaction_mentee" | "satisfaction_mentor", IndicatorKey>> = {
  satisfaction_mentee: "satisfactionMentees",
  satisfaction_mentor: "satisfactionMentors",
};

/** The satisfaction surveys of the year, mentees first, from the year's indicator rows and the answers. */
export function surveySummaries(
  data: Pick<KpiData, "surveys" | "responses">,
  rows: readonly KpiRow[],
  year: string,
): SurveySummary[] {
  return (["satisfaction_mentee", "satisfaction_mentor"] as const).flatMap((kind) => {
    const row = rows.find((r) => r.key === SURVEY_INDICATOR[kind]);
    if (!row) return [];
    const by = (key: string) => row.beside?.find((f) => f.key === key);
    return [
      {
        kind,
        distribution: satisfactionDistribution(data, kind, year),
        satisfied: { numerator: row.numerator, denominator: row.denominator, percent: row.percent },
        amongAnswered: by("answered"),
        responseRate: by("responseRate"),
      },
    ];
  });
}

/** A snapshot's figure as «История показателей» holds it. */
export interface HistoryPoint {
  /** When it was taken (ISO date or timestamp). */
  readonly takenAt: string;
  /** The point's label as written («декабрь», «June»…). */
  readonly half: string;
  readonly year: string;
  readonly key: IndicatorKey;
  readonly percent: number | null;
}

/**
 * An indicator's earlier snapshots, oldest first: one per year and point (the last taken, when a point was taken
 * twice), up to `max` of the latest. Snapshots taken after `before` (ISO) are left out.
 */
export function trendOf(
  history: readonly HistoryPoint[],
  key: IndicatorKey,
  before: string,
  max = 4,
): HistoryPoint[] {
  const latest = new Map<string, HistoryPoint>();
  for (const h of history) {
    if (h.key !== key || h.takenAt.slice(0, 10) > before) continue;
    const at = `${h.year.trim()}\u0000${h.half.trim().toLowerCase()}`;
    const had = latest.get(at);
    if (!had || had.takenAt <= h.takenAt) latest.set(at, h);
  }
  return [...latest.values()].sort((a, b) => (a.takenAt < b.takenAt ? -1 : 1)).slice(-max);
}
