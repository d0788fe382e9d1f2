/**
 * Adding members of staff to the programme: what «Добавить выбранных в наставники / в наставляемые» does with the
 * selected rows of «Педагогический коллектив», as a plan the action writes (one append, one fill of «ID в
 * коллективе»). What the register knows is copied once; what only the programme knows stays empty and is named.
 * Pure: imports only leaves of the domain.
 */
import { normaliseEmail, normaliseName } from "../cells";
import type { MenteeCategory, MentorCategory } from "../enums";
import { DEFAULT_YOUNG_RULE, isYoungOn, teachingYearsOn, type YoungRule } from "./staff";
import { hasLeft, type RowRecord, staffMemberOf } from "./staffLinks";

export type Role = "mentors" | "mentees";

/** A new participant row: typed values by column key (dates ISO); the action gives the id and the labels. */
export interface NewParticipant {
  readonly staffRow: number;
  readonly values: {
    readonly staffId: string;
    readonly fullName: string;
    readonly category: MentorCategory | MenteeCategory;
    readonly position?: string;
    readonly subjects?: string;
    readonly experienceYears?: number;
    readonly email?: string;
    readonly phone?: string;
    readonly consent?: boolean;
    readonly consentDate?: string;
  };
}

export type SkipReason = "linked" | "left" | "noId" | "noName";

export interface EnrolPlan {
  readonly add: NewParticipant[];
  /** Participant rows (sheet rows) whose empty «ID в коллективе» gets the staff id: the same person, not linked. */
  readonly link: { readonly row: number; readonly staffId: string; readonly staffRow: number }[];
  readonly skipped: {
    readonly staffRow: number;
    readonly name: string;
    readonly reason: SkipReason;
    /** The participant's row that already holds this person. */
    readonly row?: number;
  }[];
  /** Required programme columns the register cannot know: empty on every added row. */
  readonly toFill: readonly string[];
}

export interface EnrolContext {
  readonly today: string;
  /** 1 September of the academic year, ISO: whether a mentee is a young specialist is judged on it. */
  readonly yearStart: string;
  readonly rule?: YoungRule;
}

/** What a mentor or mentee row requires that only the programme knows. */
export const TO_FILL: Record<Role, readonly string[]> = {
  mentors: ["competencies", "forms"],
  mentees: ["requests", "form"],
};

/** A head's position: director, deputy, head of a kindergarten or department. */
const HEAD = /директор|заведующ|заместител|руководител|\bhead\b|principal|deputy/i;

const text = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

export function planEnrol(
  role: Role,
  selected: readonly RowRecord[],
  participants: readonly RowRecord[],
  ctx: EnrolContext,
): EnrolPlan {
  const add: NewParticipant[] = [];
  const link: EnrolPlan["link"][number][] = [];
  const skipped: EnrolPlan["skipped"][number][] = [];
  const linkedRow = new Map<string, number>();
  for (const p of participants) {
    const id = text(p.values.staffId);
    if (id && !linkedRow.has(id)) linkedRow.set(id, p.row);
  }
  const taken = new Set<number>();
  const seen = new Set<string>();
  for (const r of selected) {
    const name = text(r.values.fullName);
    const m = staffMemberOf(r);
    if (!m) {
      if (name) skipped.push({ staffRow: r.row, name, reason: "noId" });
      continue;
    }
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    if (!m.fullName) {
      skipped.push({ staffRow: r.row, name: m.id, reason: "noName" });
      continue;
    }
    if (hasLeft(m, ctx.today)) {
      skipped.push({ staffRow: r.row, name: m.fullName, reason: "left" });
      continue;
    }
    const already = linkedRow.get(m.id);
    if (already !== undefined) {
      skipped.push({ staffRow: r.row, name: m.fullName, reason: "linked", row: already });
      continue;
    }
    // The same person typed in before the register: same name, and the same e-mail when both have one.
    const same = participants.find((p) => {
      if (taken.has(p.row) || text(p.values.staffId)) return false;
      if (normaliseName(text(p.values.fullName)) !== normaliseName(m.fullName)) return false;
      const email = text(p.values.email);
      return !email || !m.email || normaliseEmail(email) === normaliseEmail(m.email);
    });
    if (same) {
      taken.add(same.row);
      link.push({ row: same.row, staffId: m.id, staffRow: r.row });
      continue;
    }
    const years = teachingYearsOn(m, ctx.today, ctx.yearStart);
    const category: MentorCategory | MenteeCategory =
      role === "mentors"
        ? HEAD.test(m.position ?? "")
          ? "head"
          : "teacher"
        : isYoungOn(m, ctx.yearStart, ctx.rule ?? DEFAULT_YOUNG_RULE)
          ? "young_specialist"
          : "teacher";
    const phone = r.values.phone;
    const consentDate = text(r.values.consentDate);
    add.push({
      staffRow: r.row,
      values: {
        staffId: m.id,
        fullName: m.fullName,
        category,
        position: m.position,
        subjects: m.subjects,
        experienceYears: years ?? undefined,
        email: m.email,
        phone:
          typeof phone === "string" || typeof phone === "number"
            ? String(phone).trim() || undefined
            : undefined,
        consent: r.values.consent === true ? true : undefined,
        consentDate: consentDate || undefined,
      },
    });
  }
  return { add, link, skipped, toFill: add.length > 0 ? TO_FILL[role] : [] };
}
