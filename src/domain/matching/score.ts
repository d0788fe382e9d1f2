import type { Form } from "../enums";
import type { Person, PreparedMentee, PreparedMentor } from "./prepare";
import type { Reason, Rules, Weights } from "./types";
import { type Vocabulary, words } from "./words";

/**
 * The hard rules a pair must meet, and the soft score of a pair that meets them. The score is a whole number:
 * each criterion adds up to its weight and the sum is rounded once.
 */

export type HardFailure = "inactive" | "form" | "experience" | "organization" | "self" | "excluded";

export const pairKey = (mentorId: string, menteeId: string): string => `${mentorId}\u0000${menteeId}`;

/** Two records on the two tabs are one person: same id, or the same name and no contact that tells them apart. */
export function samePerson(a: Person, b: Person): boolean {
  if (a.idKey === b.idKey) return true;
  if (a.nameKey < 0 || a.nameKey !== b.nameKey) return false;
  const emails = a.emailKey >= 0 && b.emailKey >= 0;
  const phones = a.phoneKey >= 0 && b.phoneKey >= 0;
  if (!emails && !phones) return true;
  return (emails && a.emailKey === b.emailKey) || (phones && a.phoneKey === b.phoneKey);
}

export function experienceFails(rules: Rules, form: Form, m: PreparedMentor): boolean {
  const min = rules.minExperience[form];
  if (min === undefined || min <= 0) return false;
  return m.experience === undefined || m.experience < min;
}

export function organizationFails(rules: Rules, form: Form, m: PreparedMentor, e: PreparedMentee): boolean {
  return rules.sameOrganization.includes(form) && m.organization !== e.organization;
}

/** The first hard rule the pair breaks, or null. Capacity is checked by the caller. */
export function hardFailure(
  rules: Rules,
  excluded: ReadonlySet<string>,
  m: PreparedMentor,
  e: PreparedMentee,
): HardFailure | null {
  if (!m.active || !e.active) return "inactive";
  if (e.form === undefined || !m.forms.has(e.form)) return "form";
  if (experienceFails(rules, e.form, m)) return "experience";
  if (organizationFails(rules, e.form, m, e)) return "organization";
  if (samePerson(m, e)) return "self";
  if (excluded.has(pairKey(m.id, e.id))) return "excluded";
  return null;
}

function prefers(who: Person, other: Person): boolean {
  if (who.preferred.size === 0) return false;
  for (const k of other.keys) if (who.preferred.has(k)) return true;
  return false;
}

const same = (a: string, b: string) => words(a).join(" ") === words(b).join(" ");

/** The soft score of an allowed pair; when `reasons` is given, the reasons are pushed to it. */
export function scorePair(
  w: Weights,
  vocabulary: Vocabulary,
  m: PreparedMentor,
  e: PreparedMentee,
  reasons?: Reason[],
): number {
  let score = 0;

  const n = e.requests.length;
  if (n > 0) {
    let covered = 0;
    const missing: string[] | undefined = reasons ? [] : undefined;
    for (const r of e.requests) {
      const i = vocabulary.coveredBy(m.competencyPhrases, r.phrase);
      if (i >= 0) {
        covered++;
        if (reasons) {
          const c = m.competencies[i]!.text;
          const params: Record<string, string> = { request: r.text };
          if (!same(c, r.text)) params.competency = c;
          reasons.push({ code: "request_covered", effect: "for", params });
        }
      } else missing?.push(r.text);
    }
    score += (w.requests * covered) / n;
    if (reasons) {
      if (covered === 0) reasons.push({ code: "no_request_covered", effect: "against", params: {} });
      else
        for (const request of missing ?? [])
          reasons.push({ code: "request_not_covered", effect: "against", params: { request } });
    }
  }

  if (e.subject !== undefined && m.subjects.length > 0) {
    if (vocabulary.coveredBy(m.subjects, e.subject) >= 0) {
      score += w.subject;
      reasons?.push({ code: "same_subject", effect: "for", params: { subject: e.subjectText } });
    } else
      reasons?.push({
        code: "subject_differs",
        effect: "against",
        params: { subject: e.subjectText, subjects: m.subjectsText },
      });
  }

  if (e.format !== undefined && m.format !== undefined) {
    const code =
      e.format === m.format
        ? "same_format"
        : e.format === "mixed" || m.format === "mixed"
          ? "format_fits"
          : "format_differs";
    if (code !== "format_differs") score += w.format;
    reasons?.push({
      code,
      effect: code === "format_differs" ? "against" : "for",
      params: { mentee: e.format, mentor: m.format },
    });
  }

  if (e.organization !== "" && e.organization === m.organization) {
    score += w.organization;
    reasons?.push({ code: "same_organization", effect: "for", params: { organization: m.organizationText } });
  }

  if (m.experience !== undefined) {
    const gap = m.experience - (e.experience ?? 0);
    if (gap >= 3) score += w.experience;
    else if (gap >= 1) score += w.experience / 2;
    if (reasons) {
      const params: Record<string, number> = { years: m.experience };
      if (e.experience !== undefined) params.menteeYears = e.experience;
      if (gap >= 1) reasons.push({ code: "experience", effect: "for", params });
      else if (e.experience !== undefined)
        reasons.push({ code: "experience_gap_small", effect: "against", params });
    }
  }

  const byMentee = prefers(e, m);
  const byMentor = prefers(m, e);
  if (byMentee || byMentor) score += w.preference;
  if (byMentee) reasons?.push({ code: "preferred_by_mentee", effect: "for", params: {} });
  if (byMentor) reasons?.push({ code: "preferred_by_mentor", effect: "for", params: {} });

  return Math.round(score);
}

export const maxScore = (w: Weights): number =>
  Math.round(w.requests + w.subject + w.format + w.organization + w.experience + w.preference);
