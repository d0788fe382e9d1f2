import * as z from "zod/mini";
import type { Achievement, StaffMember } from "./base/staff";
import {
  CONTEST_LEVELS,
  CONTEST_RESULTS,
  FORMATS,
  FORMS,
  KINDS,
  LEAVE_REASONS,
  MENTEE_CATEGORIES,
  MENTOR_CATEGORIES,
  MODELS,
  ORG_TYPES,
  PAIR_STATUSES,
  PERSON_STATUSES,
  PROGRAMME_STATUSES,
  QUALIFICATIONS,
} from "./enums";
import type { CheckResult, ParsedRecord } from "./validate";

/**
 * The domain model: typed records of the base, as the later capabilities (matching, documents, surveys, KPI)
 * use them. A row reaches here only after the check has read it without errors; these schemas then give it its
 * type (and would catch a mistake in our own reading code). Dates are ISO calendar dates (yyyy-MM-dd).
 */
const keys = <K extends string>(def: { values: Record<K, unknown> }) =>
  Object.keys(def.values) as [K, ...K[]];
const id = z.string().check(z.minLength(1));
const text = z.optional(z.string());
const date = z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));
const list = z._default(z.array(z.string()), []);

/** What mentors and mentees both have: identity, place, contacts, consent, entry, status. */
const person = {
  id,
  fullName: z.string(),
  position: text,
  organization: text,
  experienceYears: z.optional(z.number()),
  format: z.optional(z.enum(keys(FORMATS))),
  email: text,
  phone: text,
  consent: z._default(z.boolean(), false),
  consentDate: date,
  minor: z._default(z.boolean(), false),
  guardianName: text,
  guardianContact: text,
  guardianConsent: z._default(z.boolean(), false),
  entryDate: date,
  /** Empty in the sheet means taking part. */
  status: z._default(z.enum(keys(PERSON_STATUSES)), "active"),
  /**
   * The undated «Участие в конкурсах» of older bases (a legacy column, read when there): the dated entries of
   * «Конкурсы и достижения» replace it, and «Создать / обновить базу» carries each tick there once.
   */
  contest: z._default(z.boolean(), false),
  /** Their row on «Педагогический коллектив» (СТ-…), for a participant who works here. */
  staffId: text,
  remarks: text,
};

export const MentorSchema = z.object({
  ...person,
  category: z.enum(keys(MENTOR_CATEGORIES)),
  subjects: text,
  qualification: z.optional(z.enum(keys(QUALIFICATIONS))),
  competencies: list,
  forms: z.array(z.enum(keys(FORMS))),
  /** 1 is one-to-one; more is group mentoring. Empty in the sheet means 1. */
  capacity: z._default(z.number().check(z.int(), z.gte(1)), 1),
  /** Works with their mentees together: only then are their pairs a group («в группе»). */
  groupWork: z.optional(z.boolean()),
});
export type Mentor = z.infer<typeof MentorSchema>;

export const MenteeSchema = z.object({
  ...person,
  category: z.enum(keys(MENTEE_CATEGORIES)),
  subject: text,
  /** The map of requests: what the mentee needs help with. */
  requests: z.array(z.string()).check(z.minLength(1)),
  form: z.enum(keys(FORMS)),
  model: z.optional(z.enum(keys(MODELS))),
  preferredMentor: text,
});
export type Mentee = z.infer<typeof MenteeSchema>;

export const PairSchema = z.object({
  id,
  /** Rows with the same group id are one mentor's group. */
  groupId: text,
  mentorId: id,
  mentorName: text,
  menteeId: id,
  menteeName: text,
  form: z.enum(keys(FORMS)),
  model: z.optional(z.enum(keys(MODELS))),
  kind: z.optional(z.enum(keys(KINDS))),
  programmeId: text,
  startDate: date,
  endDate: date,
  status: z._default(z.enum(keys(PAIR_STATUSES)), "active"),
  /** The confirmation that made the pair (У-0001…): one order per confirmation. */
  batch: text,
  orderNumber: text,
  orderDate: date,
  agreement: text,
  planDoc: text,
  orderDoc: text,
  docStatus: text,
  result: text,
  remarks: text,
});
export type Pair = z.infer<typeof PairSchema>;

export const ProgrammeSchema = z.object({
  id,
  title: z.string(),
  form: z.enum(keys(FORMS)),
  goals: text,
  startDate: date,
  endDate: date,
  responsible: text,
  status: z.optional(z.enum(keys(PROGRAMME_STATUSES))),
  remarks: text,
});
export type Programme = z.infer<typeof ProgrammeSchema>;

export const OrgSettingsSchema = z.object({
  name: z.string(),
  shortName: text,
  type: z.optional(z.enum(keys(ORG_TYPES))),
  city: text,
  headName: z.string(),
  headPosition: text,
  curatorName: z.string(),
  curatorPosition: text,
  curatorEmail: text,
  academicYear: z.string().check(z.regex(/^\d{4}\/\d{4}$/)),
});
export type OrgSettings = z.infer<typeof OrgSettingsSchema>;

const int = z.optional(z.nullable(z.number()));

export const StaffSchema = z.object({
  id,
  fullName: z.string(),
  position: text,
  subjects: text,
  hireDate: date,
  teachingYears: int,
  experienceDate: date,
  totalYears: int,
  qualification: z.optional(z.enum(keys(QUALIFICATIONS))),
  leaveDate: date,
  leaveReason: z.optional(z.enum(keys(LEAVE_REASONS))),
  email: text,
});
// The schema gives exactly the plain type src/domain/base/staff.ts defines.
const _staffFits: (s: z.infer<typeof StaffSchema>) => StaffMember = (s) => s;

export const AchievementSchema = z.object({
  id,
  personId: id,
  event: z.string(),
  level: z.optional(z.enum(keys(CONTEST_LEVELS))),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  result: z.optional(z.enum(keys(CONTEST_RESULTS))),
});
const _achievementFits: (a: z.infer<typeof AchievementSchema>) => Achievement = (a) => a;
void _staffFits;
void _achievementFits;

export interface Base {
  readonly settings: OrgSettings | null;
  readonly mentors: Mentor[];
  readonly mentees: Mentee[];
  readonly pairs: Pair[];
  readonly programmes: Programme[];
  /** «Педагогический коллектив»: everyone on the staff, in the programme or not. */
  readonly staff: StaffMember[];
  /** «Конкурсы и достижения»: dated entries, one per person and event. */
  readonly achievements: Achievement[];
  /** Rows left out because the check found errors in them (they are marked in the sheet). */
  readonly skipped: { table: string; row: number }[];
}

function typed<T>(
  schema: z.ZodMiniType<T>,
  table: string,
  records: readonly ParsedRecord[] | undefined,
  base: { skipped: Base["skipped"]; errors: Set<string> },
): T[] {
  const out: T[] = [];
  for (const r of records ?? []) {
    const bad = r.values.__invalid || base.errors.has(`${table}:${r.row}`);
    const result = bad ? null : schema.safeParse(r.values);
    if (result?.success) out.push(result.data);
    else base.skipped.push({ table, row: r.row });
  }
  return out;
}

/**
 * The typed base from a check: rows with an error of any kind (in a cell, or across rows such as the same person
 * twice) are left out and listed, as the report shows them; everything else is typed.
 */
export function baseFrom(check: CheckResult): Base {
  const skipped: Base["skipped"] = [];
  const errors = new Set(
    check.problems.filter((p) => p.severity === "error").map((p) => `${p.table}:${p.row}`),
  );
  const s = check.settings;
  const settings = OrgSettingsSchema.safeParse({
    name: s["org.name"],
    shortName: s["org.shortName"],
    type: s["org.type"],
    city: s["org.city"],
    headName: s["head.name"],
    headPosition: s["head.position"],
    curatorName: s["curator.name"],
    curatorPosition: s["curator.position"],
    curatorEmail: s["curator.email"],
    academicYear: s["program.year"],
  });
  return {
    settings: settings.success ? settings.data : null,
    mentors: typed(MentorSchema, "mentors", check.records.mentors, { skipped, errors }),
    mentees: typed(MenteeSchema, "mentees", check.records.mentees, { skipped, errors }),
    pairs: typed(PairSchema, "pairs", check.records.pairs, { skipped, errors }),
    programmes: typed(ProgrammeSchema, "programmes", check.records.programmes, { skipped, errors }),
    staff: typed(StaffSchema, "staff", check.records.staff, { skipped, errors }),
    achievements: typed(AchievementSchema, "achievements", check.records.achievements, { skipped, errors }),
    skipped,
  };
}
