import {
  enumIndex,
  type MenteeCategory,
  type MentorCategory,
  RESPONSE_STATUSES,
  SURVEY_KINDS,
  SURVEY_STATUSES,
  type SurveyKind,
  YOUNG_SPECIALIST_MAX_YEARS,
} from "../enums";
import { COMPETENCE_KEYS } from "../surveys";
import { dayOf, inYear, normaliseYear, yearBounds } from "./period";
import type { KpiData, KpiMentee, KpiMentor, KpiResponseRow, KpiSurveyRow } from "./types";

/** Mentees who are teachers: the ones whose leaving the profession the programme watches. */
export const TEACHER_MENTEES: readonly MenteeCategory[] = ["young_specialist", "teacher", "new_employee"];
/** Mentors who are teachers (a head is teaching staff too). */
export const TEACHER_MENTORS: readonly MentorCategory[] = ["teacher", "head"];

/**
 * A young specialist: a mentee of that category, or a teacher (or new employee) mentee with 0–3 full years of
 * teaching experience.
 */
export function isYoungSpecialist(m: Pick<KpiMentee, "category" | "experienceYears">): boolean {
  if (m.category === "young_specialist") return true;
  if (m.category !== "teacher" && m.category !== "new_employee") return false;
  const years = m.experienceYears;
  return typeof years === "number" && years >= 0 && years <= YOUNG_SPECIALIST_MAX_YEARS;
}

export function isTeacherMentee(m: Pick<KpiMentee, "category">): boolean {
  return TEACHER_MENTEES.includes(m.category);
}

export function isTeacherMentor(m: Pick<KpiMentor, "category">): boolean {
  return TEACHER_MENTORS.includes(m.category);
}

/**
 * An organisation's name as compared: case, ё, quotes of any kind, spaces, dashes, the space after № and a
 * trailing full stop do not matter. «МБОУ "СОШ № 2"» and «мбоу  сош №2» are the same.
 */
export function normaliseOrganisation(name: string | null | undefined): string {
  if (typeof name !== "string") return "";
  return name
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/["'«»„“”‘’‚`]/g, " ")
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/№\s*/g, "№")
    .replace(/\s*-\s*/g, "-")
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[\s.,;]+$/g, "")
    .trim();
}

/** The normalised spellings of our own name. */
export function ourNames(data: Pick<KpiData, "ourOrganisation">): Set<string> {
  const list = typeof data.ourOrganisation === "string" ? [data.ourOrganisation] : data.ourOrganisation;
  return new Set(list.map(normaliseOrganisation).filter((n) => n !== ""));
}

/**
 * A mentor from elsewhere: an employer's representative, or a mentor whose organisation is written and is not ours.
 * A parent is not: they come as a member of a family, not sent by their workplace.
 */
export function isExternalMentor(
  m: Pick<KpiMentor, "category" | "organization">,
  ours: Set<string>,
): boolean {
  if (m.category === "employer") return true;
  if (m.category === "parent") return false;
  const org = normaliseOrganisation(m.organization);
  return org !== "" && !ours.has(org);
}

// ---- answers ---------------------------------------------------------------------------------------------------

const kinds = enumIndex(SURVEY_KINDS);
const responseStatuses = enumIndex(RESPONSE_STATUSES);
const surveyStatuses = enumIndex(SURVEY_STATUSES);

export interface Answer {
  readonly personId: string;
  /** The survey's figure: satisfaction 1–10; monitoring the mean of the competencies, one decimal. */
  readonly score: number;
  /** The day it was given, when known. */
  readonly date?: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The mean of the competency answers (1–10), one decimal; undefined when none is given. */
export function competenceScore(answers: Readonly<Record<string, number>> | undefined): number | undefined {
  if (!answers) return undefined;
  const values = COMPETENCE_KEYS.map((k) => answers[k]).filter(
    (v): v is number => typeof v === "number" && Number.isFinite(v) && v >= 1 && v <= 10,
  );
  return values.length === 0 ? undefined : round1(values.reduce((a, b) => a + b, 0) / values.length);
}

/** Where answers are read from: «Анкеты», «Ответы анкет», or both. */
export interface AnswerSource {
  readonly surveys?: readonly KpiSurveyRow[];
  readonly responses?: readonly KpiResponseRow[];
}

export interface SourcedAnswer extends Answer {
  /** The survey's academic year as written, trimmed ("" when empty). */
  readonly year: string;
  /** 1 for «Ответы анкет», 0 for «Анкеты». */
  readonly rank: number;
}

const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");

const finite = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n);

/**
 * Every genuine answer of a survey: the answers on «Ответы анкет» that are a person's own (counted, or replaced by a
 * later one), and the answered rows of «Анкеты» with a score (they also hold an answer typed in from paper). For
 * monitoring the competency answers give the score where they are known. Answers without a figure are left out.
 */
export function answersOfKind(data: AnswerSource, kind: SurveyKind): SourcedAnswer[] {
  const out: SourcedAnswer[] = [];
  for (const r of data.responses ?? []) {
    if (kinds.parse(text(r.kind)) !== kind) continue;
    const status = responseStatuses.parse(text(r.status));
    if (status !== "counted" && status !== "replaced") continue;
    const score = kind === "entry" || kind === "exit" ? (competenceScore(r.answers) ?? r.score) : r.score;
    if (!finite(score) || !text(r.personId)) continue;
    out.push({ personId: r.personId.trim(), score, date: dayOf(r.submitted), year: text(r.year), rank: 1 });
  }
  for (const s of data.surveys ?? []) {
    if (kinds.parse(text(s.kind)) !== kind || surveyStatuses.parse(text(s.status)) !== "answered") continue;
    if (!finite(s.score) || !text(s.personId)) continue;
    const date = dayOf(s.answerDate);
    out.push({ personId: s.personId.trim(), score: s.score, date, year: text(s.year), rank: 0 });
  }
  return out;
}

/**
 * Each person's latest answer to a survey given within the academic year: the survey's year (when written) must
 * be that year, and the day of the answer (when known) inside it; an answer given after 31 August belongs to no
 * year's figures. Of two answers on the same day, the one from «Ответы анкет» wins (its score has decimals).
 */
export function latestAnswers(
  data: AnswerSource,
  kind: SurveyKind,
  year: string,
): Map<string, SourcedAnswer> {
  const bounds = yearBounds(year);
  const out = new Map<string, SourcedAnswer>();
  if (!bounds) return out;
  const wanted = normaliseYear(year);
  for (const a of answersOfKind(data, kind)) {
    const y = a.year;
    if (y !== "" && normaliseYear(y) !== wanted) continue;
    if (a.date !== undefined ? !inYear(a.date, bounds) : y === "") continue;
    const before = out.get(a.personId);
    if (!before || later(a, before)) out.set(a.personId, a);
  }
  return out;
}

/** Is `a` later than `b`: by day (an undated answer is the earliest), then «Ответы анкет» over «Анкеты». */
export function later(a: { date?: string; rank: number }, b: { date?: string; rank: number }): boolean {
  const da = a.date ?? "";
  const db = b.date ?? "";
  if (da !== db) return da > db;
  return a.rank >= b.rank;
}
