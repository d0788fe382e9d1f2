/**
 * The staff register («Педагогический коллектив») and the dated contest entries («Конкурсы и достижения») as plain
 * data, and the one definition of a young specialist. Pure: imports only leaves of the domain.
 */
import type { ContestLevel, ContestResult, LeaveReason, Qualification } from "../enums";

/** A row of «Педагогический коллектив». Dates are ISO (yyyy-MM-dd). */
export interface StaffMember {
  readonly id: string;
  readonly fullName: string;
  readonly position?: string;
  readonly subjects?: string;
  /** Joined the organisation; empty: since records began. */
  readonly hireDate?: string;
  /** Full years of teaching experience on `experienceDate`. */
  readonly teachingYears?: number | null;
  /** The date the experience figures hold on; empty: 1 September of the base's academic year. */
  readonly experienceDate?: string;
  readonly totalYears?: number | null;
  readonly qualification?: Qualification;
  /** The last working day; empty: still working here. */
  readonly leaveDate?: string;
  readonly leaveReason?: LeaveReason;
  readonly email?: string;
}

/** A row of «Конкурсы и достижения». `personId` is a staff id, or a mentor's or mentee's for someone not on staff. */
export interface Achievement {
  readonly id: string;
  readonly personId: string;
  readonly event: string;
  readonly level?: ContestLevel;
  readonly date: string;
  readonly result?: ContestResult;
}

/**
 * Who is a young specialist: teaching experience at the start of the academic year below (or up to) `maxYears`
 * full years. The default follows the indicator's own definition in the school's table of planned results
 * («с опытом работы от 0 до 3 лет», seed 000): 3 full years still count. docs/kpi.md says why.
 */
export interface YoungRule {
  readonly maxYears: number;
  /** true: `maxYears` full years still count (0–3); false: fewer than `maxYears` («менее 3-х лет»). */
  readonly inclusive: boolean;
}

export const DEFAULT_YOUNG_RULE: YoungRule = { maxYears: 3, inclusive: true };

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;

/** Whole years from `from` to `to` (ISO dates), negative when `to` is earlier; null for a malformed date. */
export function wholeYearsBetween(from: string, to: string): number | null {
  const a = ISO.exec(from);
  const b = ISO.exec(to);
  if (!a || !b) return null;
  const [ya, ma, da] = [Number(a[1]), Number(a[2]), Number(a[3])];
  const [yb, mb, db] = [Number(b[1]), Number(b[2]), Number(b[3])];
  const sign = to >= from ? 1 : -1;
  const [y1, m1, d1, y2, m2, d2] = sign > 0 ? [ya, ma, da, yb, mb, db] : [yb, mb, db, ya, ma, da];
  let years = y2 - y1;
  if (m2 < m1 || (m2 === m1 && d2 < d1)) years -= 1;
  return sign * years;
}

/**
 * Full years of teaching experience on `dateIso`: the register's figure moved by the whole years between the date
 * it holds on (`experienceDate`, else `defaultAsOf`) and `dateIso`. Never below 0; null when not given.
 */
export function teachingYearsOn(
  member: Pick<StaffMember, "teachingYears" | "experienceDate">,
  dateIso: string,
  defaultAsOf: string,
): number | null {
  const years = member.teachingYears;
  if (typeof years !== "number" || !Number.isFinite(years) || years < 0) return null;
  const asOf = member.experienceDate && ISO.test(member.experienceDate) ? member.experienceDate : defaultAsOf;
  const moved = wholeYearsBetween(asOf, dateIso);
  if (moved === null) return null;
  return Math.max(0, Math.floor(years) + moved);
}

/** Whether `years` of experience make a young specialist under `rule`. */
export function isYoungByYears(
  years: number | null | undefined,
  rule: YoungRule = DEFAULT_YOUNG_RULE,
): boolean {
  if (typeof years !== "number" || !Number.isFinite(years) || years < 0) return false;
  return rule.inclusive ? years <= rule.maxYears : years < rule.maxYears;
}

/** A young specialist at `yearStart` (1 September of the academic year, ISO), from the register. */
export function isYoungOn(
  member: Pick<StaffMember, "teachingYears" | "experienceDate">,
  yearStart: string,
  rule: YoungRule = DEFAULT_YOUNG_RULE,
  defaultAsOf: string = yearStart,
): boolean {
  return isYoungByYears(teachingYearsOn(member, yearStart, defaultAsOf), rule);
}

/** Worked in the organisation at some time between `from` and `to` (inclusive ISO dates). */
export function onStaffDuring(
  member: Pick<StaffMember, "hireDate" | "leaveDate">,
  from: string,
  to: string,
): boolean {
  const hired = member.hireDate && ISO.test(member.hireDate) ? member.hireDate.slice(0, 10) : "";
  const left = member.leaveDate && ISO.test(member.leaveDate) ? member.leaveDate.slice(0, 10) : "";
  if (hired && hired > to) return false;
  if (left && left < from) return false;
  return true;
}

/** Left the profession (not just the organisation) on a known date. */
export function leftProfession(member: Pick<StaffMember, "leaveDate" | "leaveReason">): boolean {
  return member.leaveReason === "left_profession" && !!member.leaveDate && ISO.test(member.leaveDate);
}
