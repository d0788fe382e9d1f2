import { isIsoDate, isoToRu } from "../cells";
import { STAGES, type Stage } from "../enums";
import type { L, Locale } from "../i18n";

/** Calendar arithmetic on ISO dates (yyyy-MM-dd), in UTC days so no time zone can shift a date. */
const DAY_MS = 86_400_000;

export { isIsoDate };

function isoToDay(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return dayToIso(isoToDay(iso) + days);
}

/** The same day `months` later; the 31st becomes the month's last day when the month is shorter. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return dayToIso(Math.round(Date.UTC(year, month, Math.min(d, last)) / DAY_MS));
}

/** Days from `from` to `to` counting both. */
export function daysInclusive(from: string, to: string): number {
  return isoToDay(to) - isoToDay(from) + 1;
}

/** A term in whole months, at least 1; anything that is not a number means an academic year (9). */
export function normaliseTerm(months: number): number {
  if (!Number.isFinite(months)) return 9;
  return Math.max(1, Math.round(months));
}

/** The last day of a term that starts on `start`: 01.09.2025 and 9 months end on 31.05.2026. */
export function termEnd(start: string, months: number): string {
  return addDays(addMonths(start, normaliseTerm(months)), -1);
}

/** Whole months between two dates (the nearest number, at least 1). */
export function monthsBetween(start: string, end: string): number {
  return Math.max(1, Math.round(daysInclusive(start, end) / 30.44));
}

/** ДД.ММ.ГГГГ in Russian and DD.MM.YYYY in English (the same digits); "" for anything that is not a date. */
export function formatDate(iso: string | undefined, _locale: Locale): string {
  return isIsoDate(iso) ? isoToRu(iso) : "";
}

/** The stages a pair plans: all but «завершение», which closes the whole programme. */
export type PlanStage = Exclude<Stage, "completion">;

export interface StagePlan {
  key: PlanStage;
  name: string;
  /** The first and last day, as documents write them; "" when the start date is unknown. */
  from: string;
  to: string;
  fromIso: string;
  toIso: string;
  content: string;
  result: string;
}

/** The five stages of a pair's work, in order. */
export const PLAN_STAGES: readonly PlanStage[] = ["acquaintance", "trial", "planning", "joint_work", "final"];

const STAGE_TEXTS: Readonly<Record<PlanStage, { content: L; result: L }>> = {
  acquaintance: {
    content: {
      ru: "Наставник и наставляемый знакомятся, рассказывают о своём опыте и ожиданиях, договариваются, как и как часто встречаться.",
      en: "Mentor and mentee get to know each other, share their experience and expectations, agree how and how often to meet.",
    },
    result: {
      ru: "Контакт установлен, формат и график встреч согласованы.",
      en: "Contact is made; the format and schedule of meetings are agreed.",
    },
  },
  trial: {
    content: {
      ru: "Первая рабочая встреча над настоящей задачей наставляемого: стороны пробуют, удобно ли им работать вместе.",
      en: "A first working meeting on a real task of the mentee: both try whether they work well together.",
    },
    result: {
      ru: "Стороны подтверждают, что продолжают работу в паре, или обращаются к куратору за заменой.",
      en: "Both confirm they go on as a pair, or ask the curator for a change.",
    },
  },
  planning: {
    content: {
      ru: "Разбор запросов наставляемого, постановка целей, выбор форм работы и план встреч на весь срок.",
      en: "Going through the mentee's requests, setting goals, choosing ways of working and planning meetings for the whole term.",
    },
    result: {
      ru: "Цели и план встреч согласованы и внесены в программу.",
      en: "Goals and the meeting plan are agreed and written into the plan.",
    },
  },
  joint_work: {
    content: {
      ru: "Регулярные встречи по плану: консультации, посещение занятий друг друга, разбор трудных ситуаций, подготовка к событиям; после каждой встречи — обратная связь.",
      en: "Regular meetings as planned: advice, visiting each other's lessons, working through hard cases, preparing for events; feedback after every meeting.",
    },
    result: {
      ru: "Запросы наставляемого проработаны, обратная связь по встречам записана в журнал.",
      en: "The mentee's requests are worked through; feedback on the meetings is in the journal.",
    },
  },
  final: {
    content: {
      ru: "Подведение итогов: что достигнуто по каждой цели, взгляд наставника и наставляемого на совместную работу, анкеты удовлетворённости.",
      en: "Taking stock: what was reached for each goal, how mentor and mentee see their work together, satisfaction surveys.",
    },
    result: {
      ru: "Итоги работы пары записаны, анкеты итогового мониторинга заполнены.",
      en: "The pair's results are recorded; the exit monitoring surveys are filled in.",
    },
  },
};

/**
 * Days per stage over a term of `days`: a week to get acquainted, a week for the trial meeting, two weeks to plan,
 * the last two weeks for the final meeting and the rest for joint work. A term under ten weeks is split in
 * proportion; under five days, stages share days.
 */
function stageLengths(days: number): number[] {
  if (days >= 70) return [7, 7, 14, days - 42, 14];
  if (days >= 5) {
    const a = Math.max(1, Math.floor(days * 0.1));
    const p = Math.max(1, Math.floor(days * 0.2));
    return [a, a, p, days - 2 * a - 2 * p, p];
  }
  return [];
}

/**
 * The five stages laid out over the term: from `startIso` to `endIso`, or, when there is no end date (or it is
 * before the start), to the end of `termMonths`. Without a start date the dates are empty.
 */
export function planStages(
  startIso: string,
  endIso: string,
  termMonths: number,
  locale: Locale,
): StagePlan[] {
  const bounds: [string, string][] = [];
  if (isIsoDate(startIso)) {
    const end = isIsoDate(endIso) && endIso >= startIso ? endIso : termEnd(startIso, termMonths);
    const days = daysInclusive(startIso, end);
    const lengths = stageLengths(days);
    if (lengths.length > 0) {
      let from = startIso;
      for (const n of lengths) {
        bounds.push([from, addDays(from, n - 1)]);
        from = addDays(from, n);
      }
    } else {
      // Fewer than five days: each stage on its own day while days last, the rest on the last day.
      for (let i = 0; i < PLAN_STAGES.length; i++) {
        const d = addDays(startIso, Math.min(i, days - 1));
        bounds.push([d, d]);
      }
    }
  }
  return PLAN_STAGES.map((key, i) => {
    const [fromIso, toIso] = bounds[i] ?? ["", ""];
    const texts = STAGE_TEXTS[key];
    return {
      key,
      name: STAGES.values[key][locale],
      from: formatDate(fromIso, locale),
      to: formatDate(toIso, locale),
      fromIso,
      toIso,
      content: texts.content[locale],
      result: texts.result[locale],
    };
  });
}
