/**
 * What the «Ход работы пар» sidebar shows, and the words for each health and reason, in the curator's language.
 */
import { isoToRu } from "../cells";
import { PAIR_STATUSES, STAGES } from "../enums";
import { fill, type L, type Locale } from "../i18n";
import type { SettingSpec } from "../settings";
import { DEFAULT_QUIET_WEEKS, type Health, type Journey, type Reason } from "./journey";

export const QUIET_WEEKS_KEY = "journey.quietWeeks";

/** «Настройки»: weeks without a meeting after which an active pair needs attention. */
export const QUIET_WEEKS_ROW: SettingSpec = {
  key: QUIET_WEEKS_KEY,
  kind: "int",
  min: 1,
  max: 26,
  label: {
    ru: "Ход работы пар: без встреч, недель, — пара требует внимания",
    en: "Pairs' progress: weeks without a meeting before a pair needs attention",
  },
  hint: {
    ru: "От 1 до 26; по умолчанию 3. Считается от последней встречи на листе «Встречи» (нет встреч — от даты начала пары).",
    en: "1 to 26; 3 by default. Counted from the last meeting on the Meetings tab (none: from the pair's start date).",
  },
  initial: () => DEFAULT_QUIET_WEEKS,
};

/** The weeks setting, or the default when it is empty or not a whole number from 1 to 26. */
export function quietWeeksOf(value: unknown): number {
  const n = typeof value === "number" ? value : Number(String(value ?? "").trim());
  return Number.isInteger(n) && n >= 1 && n <= 26 ? n : DEFAULT_QUIET_WEEKS;
}

export const HEALTH_LABELS: Record<Health, L> = {
  attention: { ru: "требует внимания", en: "needs attention" },
  on_track: { ru: "в норме", en: "on track" },
  too_early: { ru: "рано судить", en: "too early to tell" },
  not_judged: { ru: "не оценивается", en: "not judged" },
};

const REASONS = {
  quietMet: {
    ru: "нет встреч {weeks} нед. (последняя — {since})",
    en: "no meeting for {weeks} weeks (the last on {since})",
  },
  quietNever: {
    ru: "ни одной встречи за {weeks} нед. с начала ({since})",
    en: "no meeting in the {weeks} weeks since the start ({since})",
  },
  overdue: {
    ru: "плановая дата окончания {end} прошла, а пара активна: завершите её или продлите",
    en: "the planned end {end} has passed while the pair is active: complete or extend it",
  },
  noPlanning: {
    ru: "нет встречи-планирования через месяц после начала (срок — {due})",
    en: "no planning meeting a month after the start (due {due})",
  },
  notStarted: { ru: "пара начнётся {start}", en: "the pair starts on {start}" },
  noStart: {
    ru: "нет даты начала и ни одной встречи: укажите дату начала на листе «Пары и группы»",
    en: "no start date and no meeting: give the start date on the Pairs tab",
  },
  closed: { ru: "статус «{status}»", en: "status “{status}”" },
} as const satisfies Record<string, L>;

export function reasonText(r: Reason, locale: Locale): string {
  switch (r.code) {
    case "quiet":
      return fill((r.met ? REASONS.quietMet : REASONS.quietNever)[locale], {
        weeks: r.weeks,
        since: isoToRu(r.since),
      });
    case "overdue":
      return fill(REASONS.overdue[locale], { end: isoToRu(r.end) });
    case "noPlanning":
      return fill(REASONS.noPlanning[locale], { due: isoToRu(r.due) });
    case "notStarted":
      return fill(REASONS.notStarted[locale], { start: isoToRu(r.start) });
    case "noStart":
      return REASONS.noStart[locale];
    case "closed":
      return fill(REASONS.closed[locale], { status: PAIR_STATUSES.values[r.status][locale] });
  }
}

/** One pair in the sidebar. */
export interface JourneyPairView {
  readonly pairId: string;
  readonly mentor: string;
  readonly mentee: string;
  /** The sheet row on «Пары и группы», for «к строке». */
  readonly row: number;
  readonly stage: string;
  readonly count: number;
  /** dd.MM.yyyy, or empty. */
  readonly last: string;
  readonly health: Health;
  readonly healthLabel: string;
  readonly reasons: readonly string[];
  /** Neither completed nor terminated: «Завершить пару» is offered. */
  readonly open: boolean;
}

export interface JourneyView {
  readonly locale: Locale;
  /** Today, dd.MM.yyyy. */
  readonly date: string;
  readonly quietWeeks: number;
  readonly pairs: readonly JourneyPairView[];
  /** How many pairs of each health. */
  readonly counts: Readonly<Record<Health, number>>;
  /** What the action did, for the curator. */
  readonly message: string;
  /** Rows the check left out (errors), one line each: tab, row, what to do. */
  readonly leftOut: readonly string[];
}

export function stageLabel(j: Journey, locale: Locale): string {
  return j.stage ? STAGES.values[j.stage][locale] : "";
}

/** The sidebar's view of the journeys (pairs in the tab's order; the page filters by health). */
export function journeyView(
  items: readonly { journey: Journey; row: number; mentor: string; mentee: string }[],
  ctx: { locale: Locale; today: string; quietWeeks: number; message: string; leftOut: readonly string[] },
): JourneyView {
  const counts: Record<Health, number> = { attention: 0, on_track: 0, too_early: 0, not_judged: 0 };
  const pairs = items.map(({ journey: j, row, mentor, mentee }) => {
    counts[j.health]++;
    return {
      pairId: j.pairId,
      mentor,
      mentee,
      row,
      stage: stageLabel(j, ctx.locale),
      count: j.count,
      last: j.last ? isoToRu(j.last) : "",
      health: j.health,
      healthLabel: HEALTH_LABELS[j.health][ctx.locale],
      reasons: j.reasons.map((r) => reasonText(r, ctx.locale)),
      open: !j.reasons.some(
        (r) => r.code === "closed" && (r.status === "completed" || r.status === "terminated"),
      ),
    };
  });
  return {
    locale: ctx.locale,
    date: isoToRu(ctx.today),
    quietWeeks: ctx.quietWeeks,
    pairs,
    counts,
    message: ctx.message,
    leftOut: ctx.leftOut,
  };
}
