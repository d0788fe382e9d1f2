import type { L } from "../i18n";
import type { KpiPair } from "./types";

/**
 * Time in the KPI: academic years (1 September – 31 August), the two monitoring points (December and June, as the
 * schools' roadmaps hold their internal monitoring), and when a pair took part.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const YEAR = /^\s*(\d{4})\s*\/\s*(\d{4})\s*$/;

/** The calendar day of an ISO date or timestamp, or undefined. */
export function dayOf(text: string | null | undefined): string | undefined {
  if (typeof text !== "string") return undefined;
  const m = ISO_DAY.exec(text.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** "2025/2026" → 1 September 2025 … 31 August 2026; null for anything else (the years must follow each other). */
export function yearBounds(year: string): { start: string; end: string } | null {
  const m = YEAR.exec(year);
  if (!m) return null;
  const from = Number(m[1]);
  if (Number(m[2]) !== from + 1) return null;
  return { start: `${from}-09-01`, end: `${from + 1}-08-31` };
}

/** The year as written in the base: "2025/2026" from " 2025 / 2026 ". */
export function normaliseYear(year: string): string {
  const m = YEAR.exec(year);
  return m ? `${m[1]}/${m[2]}` : year.trim();
}

/** The academic year an ISO date falls in: 2025/2026 for 2025-09-01 … 2026-08-31. */
export function academicYearOfIso(date: string): string | undefined {
  const day = dayOf(date);
  if (!day) return undefined;
  const y = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 9 ? y : y - 1;
  return `${start}/${start + 1}`;
}

/** `count` academic years from `first`: ("2025/2026", 3) → 2025/2026, 2026/2027, 2027/2028. */
export function yearsFrom(first: string, count = 3): string[] {
  const b = yearBounds(first);
  if (!b) return [];
  const y = Number(b.start.slice(0, 4));
  return Array.from({ length: count }, (_, i) => `${y + i}/${y + i + 1}`);
}

export function inYear(day: string, bounds: { start: string; end: string }): boolean {
  return day >= bounds.start && day <= bounds.end;
}

/** A monitoring point, named by the month its snapshot is taken in. */
export type Half = "december" | "june" | "january" | "july";

export const HALVES: { readonly name: L; readonly values: Readonly<Record<Half, L>> } = {
  name: { ru: "срез мониторинга", en: "monitoring point" },
  values: {
    december: { ru: "декабрь", en: "December" },
    june: { ru: "июнь", en: "June" },
    january: { ru: "январь", en: "January" },
    july: { ru: "июль", en: "July" },
  },
};

/**
 * The two monitoring points of a year: December and June (the school's roadmap, seed 000 §5) or January and July
 * (the municipal plan's assessment of involvement, seed 003). «Настройки»: `kpi.snapshotMonths`.
 */
export type SnapshotScheme = "december_june" | "january_july";

/**
 * The monitoring point a date belongs to. December/June: September to January is the December point (its figures
 * may be gathered into the winter holidays), February to August the June point. January/July: September to
 * February is the January point, March to August the July one.
 */
export function halfOf(dateIso: string, scheme: SnapshotScheme = "december_june"): Half | undefined {
  const day = dayOf(dateIso);
  if (!day) return undefined;
  const month = Number(day.slice(5, 7));
  if (scheme === "january_july") return month >= 9 || month <= 2 ? "january" : "july";
  return month >= 9 || month === 1 ? "december" : "june";
}

const FOREVER = "9999-12-31";

/** The later of two ISO days (compared as text, which orders them). */
const laterDay = (a: string, b: string) => [a, b].sort()[1]!;

/**
 * When a pair took part, as calendar days; null without a start date. A completed or terminated pair ends on its
 * end date (without one, on its start date: it is known to be over, not when). An active or paused pair runs at
 * least until today, and until its planned end date when that is later.
 */
export function pairSpan(pair: KpiPair, today: string): { start: string; end: string } | null {
  const start = dayOf(pair.startDate);
  if (!start) return null;
  const end = dayOf(pair.endDate);
  const closed = pair.status === "completed" || pair.status === "terminated";
  if (closed) return { start, end: end && end >= start ? end : start };
  const now = dayOf(today) ?? FOREVER;
  return { start, end: laterDay(laterDay(end ?? now, now), start) };
}

/** Pairs that took part at some time in the academic year (started by its end, not over before its start). */
export function pairsInYear<P extends KpiPair>(
  pairs: readonly P[],
  bounds: { start: string; end: string },
  today: string,
): P[] {
  return pairs.filter((p) => {
    const span = pairSpan(p, today);
    return span !== null && span.start <= bounds.end && span.end >= bounds.start;
  });
}

/** Pairs current on a day: started on or before it and not over before it. */
export function pairsOn<P extends KpiPair>(pairs: readonly P[], day: string, today: string): P[] {
  return pairs.filter((p) => {
    const span = pairSpan(p, today);
    return span !== null && span.start <= day && span.end >= day;
  });
}
