import { academicYearOfIso, type Half, halfOf, normaliseYear, type SnapshotScheme, yearBounds } from "../kpi";

/** The half-year a report covers: the academic year, its monitoring point, and the days it runs over. */
export interface ReportPeriod {
  readonly year: string;
  readonly half: Half;
  /** 1 September of the year. */
  readonly from: string;
  /** The last day the figures hold on: today, or the year's last day once it is over. */
  readonly to: string;
  /** The first half (December or January point) or the second (June or July, the whole year's result). */
  readonly part: 1 | 2;
}

const SECOND: Readonly<Record<SnapshotScheme, Half>> = { december_june: "june", january_july: "july" };
const FIRST: Readonly<Record<SnapshotScheme, Half>> = { december_june: "december", january_july: "january" };

/**
 * The half-year to report on, inferred from today and the base's academic year («Настройки»: `program.year`):
 * within that year, the monitoring point today falls in (`halfOf`, by `kpi.snapshotMonths`); after it, its second
 * half. Null when the year is malformed or has not begun: nothing to report yet.
 */
export function reportPeriod(today: string, baseYear: string, scheme: SnapshotScheme): ReportPeriod | null {
  const year = normaliseYear(baseYear);
  const bounds = yearBounds(year);
  const day = today.slice(0, 10);
  if (!bounds || !/^\d{4}-\d{2}-\d{2}$/.test(day) || day < bounds.start) return null;
  const within = academicYearOfIso(day) === year;
  const half = within ? (halfOf(day, scheme) ?? SECOND[scheme]) : SECOND[scheme];
  return {
    year,
    half,
    from: bounds.start,
    to: within ? day : bounds.end,
    part: half === FIRST[scheme] ? 1 : 2,
  };
}
