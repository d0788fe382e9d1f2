import { type Cell, isBlank } from "./cells";
import { DECISIONS, enumIndex, FORMS, type Form } from "./enums";
import type { Locale } from "./i18n";
import {
  type MatchResult,
  type PairRef,
  type Rules,
  reasonText,
  unmatchedText,
  type Weights,
} from "./matching";
import type { Base } from "./model";
import type { TableData } from "./validate";

/**
 * The «Предложенные пары» tab: what «Подобрать пары» writes, and the curator's decisions read back from it. The
 * tab is rewritten on every run, but the decision column is the curator's: pinned pairs are proposed again
 * (always), excluded pairs are never proposed and stay listed so the decision is not lost.
 */
const DECISION_INDEX = enumIndex(DECISIONS);

export interface Decisions {
  readonly pins: PairRef[];
  readonly exclusions: PairRef[];
}

/** The curator's decisions on the tab as it stands: rows with both ids and a decision. */
export function decisionsFrom(data: TableData | undefined): Decisions {
  const pins: PairRef[] = [];
  const exclusions: PairRef[] = [];
  if (!data) return { pins, exclusions };
  const at = (row: readonly Cell[], key: string) => {
    const c = data.columns[key];
    return c === undefined ? "" : String(row[c] ?? "").trim();
  };
  const seen = new Set<string>();
  for (const row of data.rows) {
    const mentorId = at(row, "mentorId");
    const menteeId = at(row, "menteeId");
    const decision = DECISION_INDEX.parse(at(row, "decision"));
    const key = `${mentorId}\u0000${menteeId}`;
    if (!mentorId || !menteeId || !decision || seen.has(key)) continue;
    seen.add(key);
    (decision === "pin" ? pins : exclusions).push({ mentorId, menteeId });
  }
  return { pins, exclusions };
}

/** Weights and rules from the settings tab; what is empty there keeps the engine's default. */
export function matchSettings(settings: Record<string, unknown>): {
  weights: Partial<Weights>;
  rules: Partial<Rules>;
} {
  const weights: Partial<Weights> = {};
  for (const k of ["requests", "subject", "format", "organization", "experience", "preference"] as const) {
    const v = settings[`match.weight.${k}`];
    if (typeof v === "number") weights[k] = v;
  }
  const rules: { minExperience?: Partial<Record<Form, number>>; sameOrganization?: Form[] } = {};
  const min = settings["match.minExperience.teacher_teacher"];
  if (typeof min === "number") rules.minExperience = { teacher_teacher: min };
  const same = settings["match.sameOrganization"];
  if (Array.isArray(same)) rules.sameOrganization = same as Form[];
  return { weights, rules: rules as Partial<Rules> };
}

export interface ProposalSummary {
  readonly pairs: number;
  readonly groups: number;
  readonly unmatched: number;
  readonly excluded: number;
}

/** The rows of the tab, by column key: proposed pairs, then mentees left alone, then excluded pairs. */
export function proposalRows(
  result: MatchResult,
  base: Pick<Base, "mentors" | "mentees">,
  exclusions: readonly PairRef[],
  locale: Locale,
): { rows: Record<string, Cell>[]; summary: ProposalSummary } {
  const mentors = new Map(base.mentors.map((m) => [m.id, m]));
  const mentees = new Map(base.mentees.map((m) => [m.id, m]));
  const forms = enumIndex(FORMS);
  const form = (menteeId: string) => {
    const f = mentees.get(menteeId)?.form;
    return f ? forms.label(f, locale) : "";
  };
  const percent = (score: number) =>
    result.maxScore && result.maxScore > 0 ? Math.max(0, Math.round((100 * score) / result.maxScore)) : score;
  const others = (list: readonly { mentorId: string; score: number; free: number }[]) =>
    list
      .map(
        (c) =>
          `${mentors.get(c.mentorId)?.fullName ?? c.mentorId} (${percent(c.score)} %, ${locale === "ru" ? "мест" : "places"}: ${c.free})`,
      )
      .join("; ");
  const rows: Record<string, Cell>[] = [];
  const perMentor = new Map<string, number>();
  for (const p of result.pairs) {
    perMentor.set(p.mentorId, (perMentor.get(p.mentorId) ?? 0) + 1);
    rows.push({
      mentorId: p.mentorId,
      mentorName: mentors.get(p.mentorId)?.fullName ?? "",
      menteeId: p.menteeId,
      menteeName: mentees.get(p.menteeId)?.fullName ?? "",
      form: form(p.menteeId),
      score: percent(p.score),
      reasons: p.reasons.map((r) => reasonText(r, locale)).join("\n"),
      alternatives: others(p.alternatives),
      decision: p.pinned ? DECISION_INDEX.label("pin", locale) : "",
    });
  }
  const alone = locale === "ru" ? "Без наставника" : "No mentor";
  for (const u of result.unmatched) {
    rows.push({
      mentorId: "",
      mentorName: "",
      menteeId: u.menteeId,
      menteeName: mentees.get(u.menteeId)?.fullName ?? "",
      form: form(u.menteeId),
      score: "",
      reasons: `${alone}: ${unmatchedText(u.reason, locale)}`,
      alternatives: others(u.alternatives),
      decision: "",
    });
  }
  const excludedText =
    locale === "ru"
      ? "Исключено куратором: эта пара больше не предлагается."
      : "Excluded by the curator: not proposed again.";
  for (const x of exclusions) {
    if (!mentors.has(x.mentorId) || !mentees.has(x.menteeId)) continue;
    rows.push({
      mentorId: x.mentorId,
      mentorName: mentors.get(x.mentorId)?.fullName ?? "",
      menteeId: x.menteeId,
      menteeName: mentees.get(x.menteeId)?.fullName ?? "",
      form: form(x.menteeId),
      score: "",
      reasons: excludedText,
      alternatives: "",
      decision: DECISION_INDEX.label("exclude", locale),
    });
  }
  return {
    rows,
    summary: {
      pairs: result.pairs.length,
      groups: [...perMentor.values()].filter((n) => n > 1).length,
      unmatched: result.unmatched.length,
      excluded: rows.filter((r) => !isBlank(r.decision) && r.reasons === excludedText).length,
    },
  };
}
