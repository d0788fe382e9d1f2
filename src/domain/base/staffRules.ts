/**
 * «Проверить базу» rules of the staff register («Педагогический коллектив») and the contests tab («Конкурсы и
 * достижения»): a row's own rules (leaving date and reason together, leaving after hiring, experience not dated
 * ahead) and the rules across rows and tabs (the same person twice on the register, an entry's person known, its
 * name agreeing). Pure: imports only leaves of the domain (cells, problems), so it adds nothing to the cycle.
 */
import { isoToRu, normaliseEmail, normaliseName } from "../cells";
import type { ProblemCode } from "../problems";

/** What a rule reports: the problem's code and the values its message needs (as schemas.ts's IssueParams). */
export interface RuleIssue {
  problem: ProblemCode;
  [name: string]: string | number;
}

type Row = Record<string, unknown>;
type Add = (column: string, params: RuleIssue) => void;
interface RuleContext {
  readonly today?: string;
  readonly header: (columnKey: string) => string;
}

/** A row of «Педагогический коллектив» on its own. */
export function staffRowRules(row: Row, add: Add, sc: RuleContext): void {
  const leave = typeof row.leaveDate === "string" ? row.leaveDate : undefined;
  // A cell that could not be read has its own problem already; only a blank one is «without».
  if (leave !== undefined && row.__blank_leaveReason === true)
    add("leaveReason", { problem: "leaveNoReason", column: sc.header("leaveReason") });
  if (row.leaveReason !== undefined && row.__blank_leaveDate === true)
    add("leaveDate", { problem: "reasonNoLeave", column: sc.header("leaveDate") });
  if (leave !== undefined && typeof row.hireDate === "string" && leave < row.hireDate)
    add("leaveDate", { problem: "leaveBeforeHire", hired: isoToRu(row.hireDate) });
  if (typeof row.experienceDate === "string" && sc.today && row.experienceDate > sc.today)
    add("experienceDate", { problem: "experienceDateFuture", value: isoToRu(row.experienceDate) });
}

/** A read row: its sheet row and its values by column key (as validate.ts's ParsedRecord). */
export interface RuleRecord {
  readonly row: number;
  readonly values: Row;
}

export interface Finding {
  readonly table: "staff" | "achievements";
  readonly row: number;
  readonly column: string;
  readonly params: RuleIssue;
}

const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
const normPosition = (v: unknown) => text(v).toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");

/**
 * The same member of staff twice: the same full name with the same e-mail, or with the same position. Reported at
 * the later row's name, naming the earlier row.
 */
export function duplicateStaff(records: readonly RuleRecord[], locale: "ru" | "en"): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  for (const r of records) {
    const name = text(r.values.fullName);
    if (!name) continue;
    const n = normaliseName(name);
    const keys: { key: string; same: string }[] = [];
    const email = text(r.values.email);
    if (email)
      keys.push({
        key: `${n}\u0000e:${normaliseEmail(email)}`,
        same: locale === "ru" ? "с тем же e-mail" : "with the same e-mail",
      });
    const position = normPosition(r.values.position);
    if (position)
      keys.push({
        key: `${n}\u0000p:${position}`,
        same: locale === "ru" ? "с той же должностью" : "with the same position",
      });
    const hit = keys.find((k) => seen.has(k.key));
    if (hit)
      out.push({
        table: "staff",
        row: r.row,
        column: "fullName",
        params: { problem: "duplicateStaff", name, row: seen.get(hit.key)!, same: hit.same },
      });
    for (const k of keys) if (!seen.has(k.key)) seen.set(k.key, r.row);
  }
  return out;
}

export interface PersonTabs {
  readonly staff: readonly RuleRecord[];
  readonly mentors: readonly RuleRecord[];
  readonly mentees: readonly RuleRecord[];
  /** The tabs' names as the curator sees them. */
  readonly names: { readonly staff: string; readonly mentors: string; readonly mentees: string };
}

/**
 * Each entry of «Конкурсы и достижения» names a person on the register, or a participant not on it: an id found
 * on none of the three tabs is an error at the cell; a «ФИО» that is not that person's name is a warning.
 */
export function achievementPeople(entries: readonly RuleRecord[], tabs: PersonTabs): Finding[] {
  const people = new Map<string, { name: string; tab: string }>();
  for (const key of ["staff", "mentors", "mentees"] as const)
    for (const r of tabs[key]) {
      const id = text(r.values.id);
      if (id && !people.has(id)) people.set(id, { name: text(r.values.fullName), tab: tabs.names[key] });
    }
  const out: Finding[] = [];
  for (const e of entries) {
    const id = text(e.values.personId);
    if (!id) continue;
    const person = people.get(id);
    if (!person) {
      const tab = `${tabs.names.staff} / ${tabs.names.mentors} / ${tabs.names.mentees}`;
      out.push({
        table: "achievements",
        row: e.row,
        column: "personId",
        params: { problem: "unknownRef", value: id, tab },
      });
      continue;
    }
    const given = text(e.values.personName);
    if (given && person.name && normaliseName(given) !== normaliseName(person.name))
      out.push({
        table: "achievements",
        row: e.row,
        column: "personName",
        params: { problem: "nameDisagrees", id, tab: person.tab, name: person.name, value: given },
      });
  }
  return out;
}
