import {
  DEFAULT_YOUNG_RULE,
  isYoungByYears,
  isYoungOn,
  onStaffDuring,
  type StaffMember,
  type YoungRule,
} from "../base/staff";
import type { L } from "../i18n";
import { dayOf, pairsInYear, pairsOn, yearBounds } from "./period";
import type { KpiData, KpiMentee, KpiMentor, KpiPair } from "./types";

/**
 * The staff register in the indicators: who is on staff when, who is a young specialist, and how a participant is
 * joined to their staff row (by «ID в коллективе»: a person on staff who is also a mentor or a mentee is ONE
 * person). Pure; imports only leaves of the domain and the KPI's own time helpers.
 */

const trim = (v: string | undefined | null) => (typeof v === "string" ? v.trim() : "");

/** The register's rows by id (rows without an id are left out); empty when the school keeps no register. */
export function registerOf(data: Pick<KpiData, "staff">): Map<string, StaffMember> {
  const out = new Map<string, StaffMember>();
  for (const m of data.staff ?? []) if (trim(m.id) !== "") out.set(trim(m.id), m);
  return out;
}

/** The staff row a participant refers to, when it is on the register. */
export function staffRowOf(
  person: { readonly staffId?: string },
  register: ReadonlyMap<string, StaffMember>,
): StaffMember | undefined {
  const id = trim(person.staffId);
  return id === "" ? undefined : register.get(id);
}

/** The day a register row's experience figures hold on when it gives none: 1 September of the base's year. */
export function experienceAsOf(data: Pick<KpiData, "baseYear">, yearStart: string): string {
  return (data.baseYear ? yearBounds(data.baseYear)?.start : undefined) ?? yearStart;
}

/** A young specialist on the register at the start of the academic year (`bounds.start`). */
export function youngOnStaff(
  member: StaffMember,
  bounds: { start: string },
  data: Pick<KpiData, "baseYear">,
  rule: YoungRule = DEFAULT_YOUNG_RULE,
): boolean {
  return isYoungOn(member, bounds.start, rule, experienceAsOf(data, bounds.start));
}

/** The register's rows on staff at some time in the period, in the register's order. */
export function staffDuring(
  register: ReadonlyMap<string, StaffMember>,
  from: string,
  to: string,
): StaffMember[] {
  return [...register.values()].filter((m) => onStaffDuring(m, from, to));
}

/**
 * A young specialist among the mentees, when the register does not say: the category «молодой специалист», or a
 * teacher or new employee whose typed experience fits the rule.
 */
export function youngMentee(
  m: Pick<KpiMentee, "category" | "experienceYears">,
  rule: YoungRule = DEFAULT_YOUNG_RULE,
): boolean {
  if (m.category === "young_specialist") return true;
  if (m.category !== "teacher" && m.category !== "new_employee") return false;
  return isYoungByYears(m.experienceYears, rule);
}

/**
 * The staff ids of the dated contest entries within the period: an entry's person is a staff id, or a mentor's or
 * mentee's id whose «ID в коллективе» links them to a staff row. Entries with a date outside, or no date, or a
 * person who is neither, are left out. Also gives, for the entries of participants not on the register, their
 * participant ids.
 */
export function contestantsDuring(
  data: Pick<KpiData, "achievements" | "mentors" | "mentees" | "staff">,
  from: string,
  to: string,
): { staffIds: Set<string>; personIds: Set<string> } {
  const register = registerOf(data);
  const link = new Map<string, string>();
  for (const p of [...data.mentors, ...data.mentees]) {
    const row = staffRowOf(p, register);
    if (row) link.set(trim(p.id), trim(row.id));
  }
  const staffIds = new Set<string>();
  const personIds = new Set<string>();
  for (const a of data.achievements ?? []) {
    const day = dayOf(a.date);
    const who = trim(a.personId);
    if (!day || day < from || day > to || who === "") continue;
    personIds.add(who);
    const staffId = register.has(who) ? who : link.get(who);
    if (staffId) staffIds.add(staffId);
  }
  return { staffIds, personIds };
}

// ---- staff involvement -----------------------------------------------------------------------------------------

export interface StaffPerson {
  readonly staffId: string;
  readonly fullName: string;
}

/** How the staff take part, on a day or over an academic year («Численность участников», the dashboard). */
export interface StaffInvolvement {
  /** The day (ISO) or the academic year asked for. */
  readonly on: string;
  /** Teachers on the register on that day (at some time in that year). */
  readonly onStaff: number;
  /** Of them: mentors only, mentees only, both, in no pair. The four add up to `onStaff`. */
  readonly mentorsOnly: number;
  readonly menteesOnly: number;
  readonly both: number;
  readonly notInvolved: number;
  /** Mentors in all (only and both), mentees in all. */
  readonly mentors: number;
  readonly mentees: number;
  /** Young specialists on staff (experience at 1 September of the academic year the day is in). */
  readonly young: number;
  /** The young specialists on staff in no pair at all, in the register's order: for the curator to act on. */
  readonly youngNotInvolved: readonly StaffPerson[];
  /**
   * Participants of those pairs not linked to a register row (empty «ID в коллективе»): people from elsewhere,
   * pupils, or staff not yet linked. By participant id.
   */
  readonly participantsNotOnStaff: readonly string[];
}

/**
 * Who on staff is in the programme: on a day (`{ on: "2026-01-15" }`, pairs current that day) or over an
 * academic year (`{ year: "2025/2026" }`, pairs that took part at some time in it). Null for a malformed day or
 * year. A participant counts for their staff row when their «ID в коллективе» is on the register.
 */
export function staffInvolvement(
  data: KpiData,
  when: { readonly on: string } | { readonly year: string },
  rule: YoungRule = DEFAULT_YOUNG_RULE,
): StaffInvolvement | null {
  let from: string;
  let to: string;
  let pairs: KpiPair[];
  let yearStart: string;
  let label: string;
  if ("on" in when) {
    const day = dayOf(when.on);
    if (!day) return null;
    from = day;
    to = day;
    pairs = pairsOn(data.pairs, day, data.today);
    const y = Number(day.slice(0, 4)) - (Number(day.slice(5, 7)) >= 9 ? 0 : 1);
    yearStart = `${y}-09-01`;
    label = day;
  } else {
    const b = yearBounds(when.year);
    if (!b) return null;
    from = b.start;
    to = b.end;
    pairs = pairsInYear(data.pairs, b, data.today);
    yearStart = b.start;
    label = `${b.start.slice(0, 4)}/${b.end.slice(0, 4)}`;
  }
  const register = registerOf(data);
  const mentorsById = new Map<string, KpiMentor>(data.mentors.map((m) => [trim(m.id), m]));
  const menteesById = new Map<string, KpiMentee>(data.mentees.map((m) => [trim(m.id), m]));
  const asMentor = new Set<string>();
  const asMentee = new Set<string>();
  const unlinked = new Set<string>();
  for (const p of pairs) {
    for (const [id, people, into] of [
      [trim(p.mentorId), mentorsById, asMentor],
      [trim(p.menteeId), menteesById, asMentee],
    ] as const) {
      if (id === "") continue;
      const row = staffRowOf((people as Map<string, { staffId?: string }>).get(id) ?? {}, register);
      if (row) into.add(trim(row.id));
      else unlinked.add(id);
    }
  }
  const onStaff = staffDuring(register, from, to);
  const asOf = experienceAsOf(data, yearStart);
  let mentorsOnly = 0;
  let menteesOnly = 0;
  let both = 0;
  let young = 0;
  const youngNotInvolved: StaffPerson[] = [];
  for (const m of onStaff) {
    const id = trim(m.id);
    const mentor = asMentor.has(id);
    const mentee = asMentee.has(id);
    if (mentor && mentee) both++;
    else if (mentor) mentorsOnly++;
    else if (mentee) menteesOnly++;
    if (isYoungOn(m, yearStart, rule, asOf)) {
      young++;
      if (!mentor && !mentee) youngNotInvolved.push({ staffId: id, fullName: trim(m.fullName) });
    }
  }
  return {
    on: label,
    onStaff: onStaff.length,
    mentorsOnly,
    menteesOnly,
    both,
    notInvolved: onStaff.length - mentorsOnly - menteesOnly - both,
    mentors: mentorsOnly + both,
    mentees: menteesOnly + both,
    young,
    youngNotInvolved,
    participantsNotOnStaff: [...unlinked],
  };
}

export const INVOLVEMENT_LABELS = {
  onStaff: { ru: "Педагогов в коллективе", en: "Teachers on staff" },
  mentorsOnly: { ru: "Только наставники", en: "Mentors only" },
  menteesOnly: { ru: "Только наставляемые", en: "Mentees only" },
  both: { ru: "И наставники, и наставляемые", en: "Both mentors and mentees" },
  notInvolved: { ru: "Не участвуют в наставничестве", en: "Not involved in mentoring" },
  young: { ru: "Молодых специалистов в коллективе", en: "Young specialists on staff" },
  youngNotInvolved: {
    ru: "Молодые специалисты вне программ наставничества",
    en: "Young specialists in no mentoring programme",
  },
} as const satisfies Record<string, L>;
