/**
 * The check's comparison of programme participants with the staff register («Педагогический коллектив»): a
 * participant linked by «ID в коллективе» whose name, e-mail, position or teaching experience disagrees with the
 * register, one linked to someone who has left while still taking part, and a teacher or head not linked whose
 * name matches exactly one member of staff. Everything found is a warning: the curator decides which side is right.
 * Whether a staff id exists at all is the reference check's (validate.ts). Pure: imports only leaves of the domain.
 */
import { isoToRu, normaliseEmail, normaliseName } from "../cells";
import type { ProblemCode } from "../problems";
import { type StaffMember, teachingYearsOn } from "./staff";

/** A parsed row: its sheet row and the typed values by column key (as validate's ParsedRecord). */
export interface RowRecord {
  readonly row: number;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface StaffFinding {
  readonly table: "mentors" | "mentees";
  readonly row: number;
  readonly column: string;
  readonly code: ProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface StaffLinkContext {
  /** Today, ISO, in the spreadsheet's zone. */
  readonly today: string;
  /** 1 September of the base's academic year, ISO: the date a register's experience without its own date holds on. */
  readonly yearStart: string;
  /** The register tab's name as the curator sees it. */
  readonly staffTab: string;
}

/** Categories of people who work here: they belong on the register. */
const STAFF_CATEGORIES: Record<"mentors" | "mentees", ReadonlySet<string>> = {
  mentors: new Set(["teacher", "head"]),
  mentees: new Set(["young_specialist", "teacher", "new_employee"]),
};

const text = (v: unknown): string => (typeof v === "string" ? v.trim() : "");
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
/** Positions compare as words: case, ё, spaces and dots do not matter. */
const normalisePosition = (s: string): string => normaliseName(s).replace(/[.,]/g, "").replace(/\s+/g, " ");

/** A register row as StaffMember (undefined for a row without an id). */
export function staffMemberOf(r: RowRecord): StaffMember | undefined {
  const v = r.values;
  const id = text(v.id);
  if (!id) return undefined;
  return {
    id,
    fullName: text(v.fullName),
    position: text(v.position) || undefined,
    subjects: text(v.subjects) || undefined,
    hireDate: text(v.hireDate) || undefined,
    teachingYears: num(v.teachingYears),
    experienceDate: text(v.experienceDate) || undefined,
    totalYears: num(v.totalYears),
    leaveDate: text(v.leaveDate) || undefined,
    leaveReason: (text(v.leaveReason) || undefined) as StaffMember["leaveReason"],
    email: text(v.email) || undefined,
  };
}

/** Has left the organisation before `today` (the leaving date is the last working day). */
export function hasLeft(member: Pick<StaffMember, "leaveDate">, today: string): boolean {
  return !!member.leaveDate && member.leaveDate.slice(0, 10) < today;
}

/** Compares each participant with the register. `staff` are the register's parsed rows. */
export function checkStaffLinks(
  people: Readonly<Record<"mentors" | "mentees", readonly RowRecord[]>>,
  staff: readonly RowRecord[],
  ctx: StaffLinkContext,
): StaffFinding[] {
  const byId = new Map<string, StaffMember>();
  const byName = new Map<string, StaffMember[]>();
  for (const r of staff) {
    const m = staffMemberOf(r);
    if (!m || byId.has(m.id)) continue;
    byId.set(m.id, m);
    if (m.fullName) {
      const key = normaliseName(m.fullName);
      byName.set(key, [...(byName.get(key) ?? []), m]);
    }
  }
  const out: StaffFinding[] = [];
  for (const table of ["mentors", "mentees"] as const) {
    for (const r of people[table]) {
      const found = (column: string, code: ProblemCode, params: Record<string, string | number>) =>
        out.push({ table, row: r.row, column, code, params: { tab: ctx.staffTab, ...params } });
      const v = r.values;
      const staffId = text(v.staffId);
      const name = text(v.fullName);
      if (!staffId) {
        const category = text(v.category);
        const same = name ? (byName.get(normaliseName(name)) ?? []) : [];
        if (STAFF_CATEGORIES[table].has(category) && same.length === 1)
          found("staffId", "staffNotLinked", { id: same[0]!.id });
        continue;
      }
      const m = byId.get(staffId);
      if (!m) continue; // the reference check reports an unknown id
      const id = m.id;
      if (name && m.fullName && normaliseName(name) !== normaliseName(m.fullName))
        found("fullName", "staffNameDiffers", { id, value: m.fullName });
      const email = text(v.email);
      if (email && m.email && normaliseEmail(email) !== normaliseEmail(m.email))
        found("email", "staffEmailDiffers", { id, value: m.email });
      const position = text(v.position);
      if (position && m.position && normalisePosition(position) !== normalisePosition(m.position))
        found("position", "staffPositionDiffers", { id, value: m.position });
      const years = num(v.experienceYears);
      const theirs = teachingYearsOn(m, ctx.today, ctx.yearStart);
      if (years !== null && theirs !== null && Math.floor(years) !== theirs)
        found("experienceYears", "staffExperienceDiffers", { id, value: theirs });
      const status = text(v.status);
      if ((status === "" || status === "active") && hasLeft(m, ctx.today))
        found("status", "staffLeft", { id, date: isoToRu(m.leaveDate!.slice(0, 10)) });
    }
  }
  return out;
}

/** 1 September of an academic year «2026/2027»; from `today` when the setting is missing or malformed. */
export function academicYearStart(year: unknown, today: string): string {
  const m = typeof year === "string" ? /^(\d{4})\/\d{4}$/.exec(year.trim()) : null;
  if (m) return `${m[1]}-09-01`;
  const y = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return `${month >= 9 ? y : y - 1}-09-01`;
}
