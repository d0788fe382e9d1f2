import type { Cell } from "./cells";
import { DECISIONS, type Decision, enumIndex, FORMS, type Form } from "./enums";
import { fill, type L, type Locale } from "./i18n";
import {
  type Candidate,
  type MatchResult,
  type PairRef,
  type Reason,
  type Rules,
  reasonText,
  unmatchedText,
  type Weights,
} from "./matching";
import type { Base, Pair } from "./model";
import type { PairAction, PairsView, ViewCandidate, ViewMentor, ViewPair, ViewRefused } from "./pairsView";
import type { TableData } from "./validate";

/**
 * The «Предложенные пары» tab: what «Подобрать пары» writes, and the curator's decisions read back from it. The
 * tab is rewritten on every run, but the decision column is the curator's: every decision is written again, with
 * its pair, so nothing typed there is lost. Accepted and pinned pairs are kept by the matching, rejected and
 * excluded ones are never proposed; see `Decision` in pairsView.ts for what each means.
 */
const DECISION_INDEX = enumIndex(DECISIONS);

/** A decision on the tab: a pair (both ids) and what the curator decided about it. */
export interface DecisionRow {
  readonly mentorId: string;
  readonly menteeId: string;
  readonly decision: Decision;
}

const KEEPS: ReadonlySet<Decision> = new Set(["accept", "pin"]);
export const keeps = (d: DecisionRow): boolean => KEEPS.has(d.decision);

const pairKey = (mentorId: string, menteeId: string) => `${mentorId}\u0000${menteeId}`;

/** The curator's decisions on the tab as it stands, in the tab's order: rows with both ids and a decision. */
export function decisionsFrom(data: TableData | undefined): DecisionRow[] {
  const out: DecisionRow[] = [];
  if (!data) return out;
  const at = (row: readonly Cell[], key: string) => {
    const c = data.columns[key];
    return c === undefined ? "" : String(row[c] ?? "").trim();
  };
  const seen = new Set<string>();
  for (const row of data.rows) {
    const mentorId = at(row, "mentorId");
    const menteeId = at(row, "menteeId");
    const decision = DECISION_INDEX.parse(at(row, "decision"));
    const key = pairKey(mentorId, menteeId);
    if (!mentorId || !menteeId || !decision || seen.has(key)) continue;
    seen.add(key);
    out.push({ mentorId, menteeId, decision });
  }
  return out;
}

/** Pins (accepted and pinned pairs) and exclusions (rejected and excluded ones) for the matching. */
export function curatorInput(decisions: readonly DecisionRow[]): { pins: PairRef[]; exclusions: PairRef[] } {
  const pins: PairRef[] = [];
  const exclusions: PairRef[] = [];
  for (const d of decisions)
    (keeps(d) ? pins : exclusions).push({ mentorId: d.mentorId, menteeId: d.menteeId });
  return { pins, exclusions };
}

/**
 * The decisions after one action of the sidebar. `proposed` is the matching's proposal under the decisions as
 * they were (needed by «Принять все»). A decision to keep a pair replaces any other kept pair of the same mentee,
 * so the latest choice wins.
 */
export function applyAction(
  decisions: readonly DecisionRow[],
  action: PairAction,
  proposed: readonly PairRef[],
): DecisionRow[] {
  const set = (list: DecisionRow[], row: DecisionRow): DecisionRow[] => {
    const rest = list.filter(
      (d) =>
        pairKey(d.mentorId, d.menteeId) !== pairKey(row.mentorId, row.menteeId) &&
        !(keeps(row) && keeps(d) && d.menteeId === row.menteeId),
    );
    return [...rest, row];
  };
  switch (action.type) {
    case "decide": {
      const { mentorId, menteeId, decision } = action;
      if (decision === null)
        return decisions.filter((d) => pairKey(d.mentorId, d.menteeId) !== pairKey(mentorId, menteeId));
      return set([...decisions], { mentorId, menteeId, decision });
    }
    case "swap":
      return set([...decisions], {
        mentorId: action.mentorId,
        menteeId: action.menteeId,
        decision: "accept",
      });
    case "acceptAll": {
      let out = [...decisions];
      const decided = new Map(decisions.map((d) => [pairKey(d.mentorId, d.menteeId), d.decision]));
      for (const p of proposed) {
        const now = decided.get(pairKey(p.mentorId, p.menteeId));
        if (now === undefined || now === "pin") out = set(out, { ...p, decision: "accept" });
      }
      return out;
    }
  }
}

/** A decision to keep a pair whose mentee is already in a current pair. */
export interface StaleDecision {
  readonly row: DecisionRow;
  readonly current: Pair;
}

/**
 * Splits the decisions against the confirmed current pairs (active or paused). A kept pair that is already
 * confirmed is `done`; a kept pair whose mentee is in a current pair with another mentor cannot take effect and
 * is a `conflict` (listed on the tab, not given to the matching). Rejections and exclusions always stay.
 */
export function splitDecisions(
  decisions: readonly DecisionRow[],
  pairs: readonly Pair[],
): { live: DecisionRow[]; done: DecisionRow[]; conflicts: StaleDecision[] } {
  const current = new Map<string, Pair>();
  for (const p of pairs) if (p.status === "active" || p.status === "paused") current.set(p.menteeId, p);
  const live: DecisionRow[] = [];
  const done: DecisionRow[] = [];
  const conflicts: StaleDecision[] = [];
  for (const d of decisions) {
    const pair = keeps(d) ? current.get(d.menteeId) : undefined;
    if (!pair) live.push(d);
    else if (pair.mentorId === d.mentorId) done.push(d);
    else conflicts.push({ row: d, current: pair });
  }
  return { live, done, conflicts };
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

const TEXT = {
  alone: { ru: "Без наставника: {reason}", en: "No mentor: {reason}" },
  accepted: { ru: "пара принята куратором", en: "the curator accepted this pair" },
  places: { ru: "мест", en: "places" },
  rejected: {
    ru: "Отклонено куратором: в этот раз предлагается другой наставник. После «Утвердить пары» строка уйдёт.",
    en: "Rejected by the curator: another mentor is proposed this time. The row goes after “Confirm pairs”.",
  },
  excluded: {
    ru: "Исключено куратором: эта пара больше не предлагается.",
    en: "Excluded by the curator: not proposed again.",
  },
  conflict: {
    ru: "Решение не действует: наставляемый уже в паре {pair} с наставником {mentor}. Завершите ту пару на листе «Пары и группы» или снимите решение.",
    en: "This decision has no effect: the mentee is already in the pair {pair} with {mentor}. End that pair on the “Pairs and groups” tab or clear the decision.",
  },
} as const satisfies Record<string, L>;

export interface ProposalSummary {
  readonly pairs: number;
  readonly groups: number;
  readonly unmatched: number;
  readonly excluded: number;
}

type People = Pick<Base, "mentors" | "mentees">;

/** Names, forms and percentages for one result, shared by the tab and the sidebar. */
function lookups(result: MatchResult, base: People, locale: Locale) {
  const mentors = new Map(base.mentors.map((m) => [m.id, m]));
  const mentees = new Map(base.mentees.map((m) => [m.id, m]));
  const forms = enumIndex(FORMS);
  const percent = (score: number) =>
    result.maxScore && result.maxScore > 0 ? Math.max(0, Math.round((100 * score) / result.maxScore)) : score;
  return {
    mentors,
    mentees,
    percent,
    mentorName: (id: string) => mentors.get(id)?.fullName ?? "",
    menteeName: (id: string) => mentees.get(id)?.fullName ?? "",
    form: (menteeId: string) => {
      const f = mentees.get(menteeId)?.form;
      return f ? forms.label(f, locale) : "";
    },
    reason: (r: Reason, accepted: boolean) =>
      r.code === "pinned" && accepted ? TEXT.accepted[locale] : reasonText(r, locale),
  };
}

/** The rows of the tab, by column key: proposed pairs, mentees left alone, decisions without effect, rejected and excluded pairs. */
export function proposalRows(
  result: MatchResult,
  base: People,
  decisions: readonly DecisionRow[],
  conflicts: readonly StaleDecision[],
  locale: Locale,
  /** Current pairs per mentor: a mentor working with a group who has one already and gets one more leads a group. */
  used: Readonly<Record<string, number>> = {},
): { rows: Record<string, Cell>[]; summary: ProposalSummary } {
  const k = lookups(result, base, locale);
  const decided = new Map(decisions.map((d) => [pairKey(d.mentorId, d.menteeId), d.decision]));
  const others = (list: readonly Candidate[]) =>
    list
      .map(
        (c) =>
          `${k.mentorName(c.mentorId) || c.mentorId} (${k.percent(c.score)} %, ${TEXT.places[locale]}: ${c.free})`,
      )
      .join("; ");
  const row = (mentorId: string, menteeId: string, rest: Record<string, Cell>): Record<string, Cell> => ({
    mentorId,
    mentorName: k.mentorName(mentorId),
    menteeId,
    menteeName: k.menteeName(menteeId),
    form: k.form(menteeId),
    score: "",
    alternatives: "",
    decision: "",
    ...rest,
  });
  const rows: Record<string, Cell>[] = [];
  const perMentor = new Map<string, number>();
  for (const p of result.pairs) {
    perMentor.set(p.mentorId, (perMentor.get(p.mentorId) ?? 0) + 1);
    const decision = decided.get(pairKey(p.mentorId, p.menteeId));
    rows.push(
      row(p.mentorId, p.menteeId, {
        score: k.percent(p.score),
        reasons: p.reasons.map((r) => k.reason(r, decision === "accept")).join("\n"),
        alternatives: others(p.alternatives),
        decision: decision && KEEPS.has(decision) ? DECISION_INDEX.label(decision, locale) : "",
      }),
    );
  }
  for (const u of result.unmatched) {
    rows.push(
      row("", u.menteeId, {
        reasons: fill(TEXT.alone[locale], { reason: unmatchedText(u.reason, locale) }),
        alternatives: others(u.alternatives),
      }),
    );
  }
  for (const c of conflicts) {
    rows.push(
      row(c.row.mentorId, c.row.menteeId, {
        reasons: fill(TEXT.conflict[locale], {
          pair: c.current.id,
          mentor: k.mentorName(c.current.mentorId) || c.current.mentorId,
        }),
        decision: DECISION_INDEX.label(c.row.decision, locale),
      }),
    );
  }
  let excluded = 0;
  for (const which of ["reject", "exclude"] as const) {
    for (const d of decisions) {
      if (d.decision !== which) continue;
      if (which === "exclude") excluded++;
      rows.push(
        row(d.mentorId, d.menteeId, {
          reasons: (which === "reject" ? TEXT.rejected : TEXT.excluded)[locale],
          decision: DECISION_INDEX.label(which, locale),
        }),
      );
    }
  }
  return {
    rows,
    summary: {
      pairs: result.pairs.length,
      // A group only when the curator says the mentor works with their mentees together (issue 14): several
      // separate pairs of one mentor are not one.
      groups: [...perMentor].filter(
        ([id, n]) => k.mentors.get(id)?.groupWork === true && n + (used[id] ?? 0) > 1,
      ).length,
      unmatched: result.unmatched.length,
      excluded,
    },
  };
}

export interface ViewContext {
  readonly locale: Locale;
  readonly tab: string;
  readonly pairsTab: string;
  readonly today: string;
  readonly message: string;
  readonly skippedRows: number;
  /** Places of each mentor already taken by current pairs. */
  readonly used: Readonly<Record<string, number>>;
}

/** What the «Пары» sidebar shows for a result and the decisions it was made under. */
export function pairsView(
  result: MatchResult,
  base: People,
  decisions: readonly DecisionRow[],
  ctx: ViewContext,
): PairsView {
  const k = lookups(result, base, ctx.locale);
  const decided = new Map(decisions.map((d) => [pairKey(d.mentorId, d.menteeId), d.decision]));
  const candidates = (list: readonly Candidate[]): ViewCandidate[] =>
    list.map((c) => ({
      mentorId: c.mentorId,
      mentorName: k.mentorName(c.mentorId) || c.mentorId,
      score: k.percent(c.score),
      free: c.free,
    }));
  const byMentor = new Map<string, ViewPair[]>();
  let accepted = 0;
  let pinned = 0;
  for (const p of result.pairs) {
    const d = decided.get(pairKey(p.mentorId, p.menteeId));
    const decision = d === "accept" || d === "pin" ? d : null;
    if (decision === "accept") accepted++;
    if (decision === "pin") pinned++;
    const list = byMentor.get(p.mentorId) ?? [];
    list.push({
      mentorId: p.mentorId,
      mentorName: k.mentorName(p.mentorId),
      menteeId: p.menteeId,
      menteeName: k.menteeName(p.menteeId),
      form: k.form(p.menteeId),
      score: k.percent(p.score),
      decision,
      reasons: p.reasons.map((r) => ({ effect: r.effect, text: k.reason(r, decision === "accept") })),
      alternatives: candidates(p.alternatives),
    });
    byMentor.set(p.mentorId, list);
  }
  const collator = new Intl.Collator(ctx.locale);
  const mentors: ViewMentor[] = [...byMentor.entries()]
    .map(([mentorId, pairs]) => ({
      mentorId,
      mentorName: k.mentorName(mentorId),
      capacity: k.mentors.get(mentorId)?.capacity ?? pairs.length,
      taken: ctx.used[mentorId] ?? 0,
      pairs: pairs.sort((a, b) => collator.compare(a.menteeName, b.menteeName)),
    }))
    .sort((a, b) => collator.compare(a.mentorName, b.mentorName) || (a.mentorId < b.mentorId ? -1 : 1));
  const refused: ViewRefused[] = decisions
    .filter((d): d is DecisionRow & { decision: "reject" | "exclude" } => !keeps(d))
    .map((d) => ({
      mentorId: d.mentorId,
      mentorName: k.mentorName(d.mentorId) || d.mentorId,
      menteeId: d.menteeId,
      menteeName: k.menteeName(d.menteeId) || d.menteeId,
      form: k.form(d.menteeId),
      decision: d.decision,
    }));
  return {
    locale: ctx.locale,
    tab: ctx.tab,
    pairsTab: ctx.pairsTab,
    mentors,
    unmatched: result.unmatched.map((u) => ({
      menteeId: u.menteeId,
      menteeName: k.menteeName(u.menteeId),
      form: k.form(u.menteeId),
      reason: unmatchedText(u.reason, ctx.locale),
      alternatives: candidates(u.alternatives),
    })),
    refused,
    counts: {
      proposed: result.pairs.length,
      accepted,
      pinned,
      undecided: result.pairs.length - accepted - pinned,
      unmatched: result.unmatched.length,
      rejected: refused.filter((r) => r.decision === "reject").length,
      excluded: refused.filter((r) => r.decision === "exclude").length,
      alreadyPaired: result.skipped.filter((s) => s.why === "already_paired").length,
      skippedRows: ctx.skippedRows,
    },
    today: ctx.today,
    message: ctx.message,
  };
}
