import type { Block, DocContext } from "../documents";
import { formatDate, renderBlocks, shortName, TEMPLATES } from "../documents";
import type { L, Locale } from "../i18n";
import {
  type CountRow,
  HALVES,
  INVOLVEMENT_LABELS,
  type KpiRow,
  type StaffInvolvement,
  TARGET_STATUSES,
} from "../kpi";
import { type HistoryPoint, type PairProgress, type SurveySummary, trendOf } from "./figures";
import type { ReportPeriod } from "./period";

/** The roadmap's state on the report's day (issue 15 §1, built elsewhere): a section when given. */
export interface RoadmapStatus {
  readonly total: number;
  readonly done: number;
  readonly overdue: readonly {
    readonly no: string;
    readonly measure: string;
    readonly deadline: string;
    readonly responsible: string;
  }[];
}

/** The pairs' journeys (issue 15 §2, built elsewhere): a section when given. */
export interface JourneyStatus {
  readonly onTrack: number;
  readonly tooEarly: number;
  readonly attention: readonly {
    readonly pairId: string;
    readonly people: string;
    readonly reason: string;
  }[];
  /** Meetings recorded in the period. */
  readonly meetings: number;
}

/** Everything the report shows; every figure computed by the functions the tabs use (see figures.ts). */
export interface AnalyticInput {
  readonly organisation: { readonly name: string; readonly city?: string };
  readonly curator?: { readonly name: string; readonly position?: string };
  readonly period: ReportPeriod;
  /** The day the report is made (ISO). */
  readonly today: string;
  /** `evaluate`'s rows for the period's year. */
  readonly indicators: readonly KpiRow[];
  /** «История показателей»: earlier snapshots. */
  readonly history: readonly HistoryPoint[];
  /** `participantCounts` on `countsOn`. */
  readonly counts: readonly CountRow[];
  readonly countsOn: string;
  /** `staffInvolvement` on `countsOn`; missing without a staff register. */
  readonly involvement?: StaffInvolvement | null;
  readonly surveys: readonly SurveySummary[];
  readonly pairs: PairProgress;
  readonly satisfactionThreshold: number;
  readonly roadmap?: RoadmapStatus;
  readonly journeys?: JourneyStatus;
}

type T = Record<Locale, string>;
const TEXT = {
  title: { ru: "Аналитическая справка", en: "Analytic report" },
  subtitle: {
    ru: "о реализации программы наставничества за {part} {year} учебного года",
    en: "on the mentoring programme, {part} of the {year} academic year",
  },
  part1: { ru: "первое полугодие", en: "the first half" },
  part2: { ru: "второе полугодие и учебный год в целом", en: "the second half and the whole year" },
  period: {
    ru: "Период: с {from} по {to}; срез мониторинга «{half}». Справка составлена {today}.",
    en: "Period: {from} to {to}; monitoring point: {half}. Made on {today}.",
  },
  indicatorsIntro: {
    ru: "Показатели рассчитаны так же, как на листе «Показатели»; цели — с листа «Цели показателей»; динамика — по срезам листа «История показателей».",
    en: "The indicators are computed as on the Indicators tab; targets from the Indicator targets tab; the trend from the snapshots on the Indicator history tab.",
  },
  indHead: {
    ru: "Показатель|Числитель / знаменатель|Факт, %|Цель, %|Статус|Динамика по срезам",
    en: "Indicator|Numerator / denominator|Actual, %|Target, %|Status|Trend by snapshot",
  },
  noTrend: { ru: "срезов ещё нет", en: "no snapshots yet" },
  countsIntro: {
    ru: "Участники пар, действующих на {date} (человек учитывается один раз; по формам — в каждой своей форме).",
    en: "Participants of the pairs current on {date} (a person counts once; by form, once in each of their forms).",
  },
  countsHead: { ru: "Разрез|Группа|Человек", en: "Breakdown|Group|People" },
  involvementIntro: {
    ru: "Вовлечённость педагогического коллектива на {date}:",
    en: "Involvement of the teaching staff on {date}:",
  },
  youngOut: {
    ru: "Молодые специалисты вне программ наставничества: {names}.",
    en: "Young specialists in no mentoring programme: {names}.",
  },
  survey_satisfaction_mentee: { ru: "Наставляемые", en: "Mentees" },
  survey_satisfaction_mentor: { ru: "Наставники", en: "Mentors" },
  surveyLine: {
    ru: "{who}: ответили {answered} из {inPairs} ({rate}); удовлетворены (оценка не ниже {threshold}) — {satisfied} из {inPairs} ({share}), среди ответивших — {amongShare}.",
    en: "{who}: {answered} of {inPairs} answered ({rate}); satisfied (score {threshold} or higher): {satisfied} of {inPairs} ({share}), among those who answered {amongShare}.",
  },
  noAnswers: {
    ru: "{who}: ответов на анкету за учебный год нет (участников в парах — {inPairs}).",
    en: "{who}: no answers to the survey this academic year ({inPairs} in pairs).",
  },
  scoresHead: { ru: "Оценка|Человек", en: "Score|People" },
  pairsHead: { ru: "Пары и группы|Количество", en: "Pairs and groups|Number" },
  pInYear: { ru: "Работали в учебном году (по {to})", en: "Took part in the academic year (to {to})" },
  pStarted: { ru: "Начали работу в этот период", en: "Started in the period" },
  pActive: { ru: "Действуют на {to}", en: "Active on {to}" },
  pPaused: { ru: "Приостановлены на {to}", en: "Paused on {to}" },
  pCompleted: { ru: "Завершены в этот период", en: "Completed in the period" },
  pTerminated: { ru: "Расторгнуты в этот период", en: "Terminated in the period" },
  roadmapLine: {
    ru: "Выполнено мероприятий: {done} из {total}; просрочено: {overdue}.",
    en: "Measures done: {done} of {total}; overdue: {overdue}.",
  },
  roadmapHead: { ru: "№|Мероприятие|Срок|Ответственные", en: "No.|Measure|Deadline|Responsible" },
  journeysLine: {
    ru: "Встреч записано за период: {meetings}. Идут по плану: {onTrack}; требуют внимания: {attention}; пока рано судить: {tooEarly}.",
    en: "Meetings recorded in the period: {meetings}. On track: {onTrack}; need attention: {attention}; too early to tell: {tooEarly}.",
  },
  journeysHead: { ru: "Пара|Участники|Причина", en: "Pair|Participants|Reason" },
  reached: { ru: "Целевые значения достигнуты: {list}.", en: "Targets reached: {list}." },
  notReached: {
    ru: "Целевые значения не достигнуты: {list}. Предлагается обсудить на педагогическом совете меры по этим показателям.",
    en: "Targets not reached: {list}. Measures for these indicators are proposed for discussion at the pedagogical council.",
  },
  noData: {
    ru: "Нет данных для расчёта: {list}.",
    en: "No data to compute: {list}.",
  },
  noTarget: {
    ru: "Цель на учебный год не задана (лист «Цели показателей»): {list}.",
    en: "No target for the academic year (the Indicator targets tab): {list}.",
  },
  noneReached: { ru: "Ни одно целевое значение пока не достигнуто.", en: "No target is reached yet." },
  youngConclusion: {
    ru: "Не вовлечены в наставничество молодых специалистов: {n}.",
    en: "Young specialists not involved in mentoring: {n}.",
  },
  overdueConclusion: {
    ru: "Просрочено мероприятий дорожной карты: {n}.",
    en: "Roadmap measures overdue: {n}.",
  },
  attentionConclusion: {
    ru: "Пар, требующих внимания куратора: {n}.",
    en: "Pairs needing the curator's attention: {n}.",
  },
  curator: { ru: "Куратор программы наставничества", en: "Programme curator" },
  noSurveys: {
    ru: "Анкеты удовлетворённости в учебном году не проводились.",
    en: "No satisfaction survey was run this academic year.",
  },
  noJourneys: {
    ru: "Ход работы пар не отслеживается: журнал встреч не ведётся.",
    en: "The pairs' work is not followed: no meetings journal is kept.",
  },
  noRoadmap: {
    ru: "Дорожная карта в базе ещё не ведётся («Наставничество → План работы» создаёт её).",
    en: "The base keeps no roadmap yet (“Mentoring → Work plan” makes it).",
  },
} as const satisfies Record<string, T>;

const fillIn = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));

const num = (n: number | null) => (n === null ? "—" : String(n));
const pct = (n: number | null | undefined) => (n === null || n === undefined ? "—" : `${n} %`);
const bar = (count: number, max: number) => (max === 0 ? "" : "█".repeat(Math.round((count / max) * 20)));

/**
 * The report's fields: its lines as values, its sections as block fields (`справка.показатели`, …), for the
 * built-in template or a school's own (docs/documents.md). `common`: the organisation's, head's and curator's
 * values (`commonValues`); without them the organisation's and curator's from the input.
 */
export function analyticContext(
  input: AnalyticInput,
  locale: Locale,
  common?: Readonly<Record<string, string>>,
): DocContext {
  const t: Tr = (key, params = {}) => fillIn(TEXT[key][locale], params);
  const date = (iso: string) => formatDate(iso.slice(0, 10), locale);
  const { period } = input;
  const values: Record<string, string> = {
    "org.name": input.organisation.name,
    "org.city": input.organisation.city ?? "",
    "curator.fullName": input.curator?.name ?? "",
    "curator.shortName": input.curator?.name ? shortName(input.curator.name) : "",
    "curator.position": input.curator?.position ?? "",
    year: period.year,
    today: date(input.today),
    // The settings' values where they have one (an incomplete «Настройки» leaves the organisation's from the input).
    ...Object.fromEntries(Object.entries(common ?? {}).filter(([, v]) => v !== "")),
    "report.subtitle": t("subtitle", { part: t(period.part === 1 ? "part1" : "part2"), year: period.year }),
    "report.period": t("period", {
      from: date(period.from),
      to: date(period.to),
      half: HALVES.values[period.half][locale],
      today: date(input.today),
    }),
    "report.half": HALVES.values[period.half][locale],
  };
  if (!values["curator.position"] && values["curator.fullName"]) values["curator.position"] = t("curator");
  return {
    values,
    lists: {},
    blocks: {
      "report.indicators": [p(t("indicatorsIntro")), grid(t("indHead"), indicatorRows(input, locale, t))],
      "report.participants": participantBlocks(input, locale, t, date),
      "report.surveys": surveyBlocks(input, t),
      "report.pairs": pairBlocks(input, t, date),
      "report.journeys": journeyBlocks(input, t),
      "report.roadmap": roadmapBlocks(input, t),
      "report.conclusions": conclusions(input, locale, t).map(p),
    },
  };
}

/** The report in the built-in template, as blocks, in the document's language. */
export function analyticBlocks(input: AnalyticInput, locale: Locale): Block[] {
  return renderBlocks(TEMPLATES.report.blocks[locale], analyticContext(input, locale));
}

const p = (text: string): Block => ({ kind: "paragraph", text });
const grid = (head: string, rows: string[][]): Block => ({
  kind: "table",
  header: true,
  borders: true,
  rows: [head.split("|"), ...rows],
});

function participantBlocks(
  input: AnalyticInput,
  locale: Locale,
  t: Tr,
  date: (iso: string) => string,
): Block[] {
  const out: Block[] = [
    p(t("countsIntro", { date: date(input.countsOn) })),
    grid(
      t("countsHead"),
      input.counts.map((c) => [c.groupLabel[locale], c.label[locale], String(c.count)]),
    ),
  ];
  const inv = input.involvement;
  if (inv) {
    out.push(p(t("involvementIntro", { date: date(input.countsOn) })));
    const keys = ["onStaff", "mentorsOnly", "menteesOnly", "both", "notInvolved", "young"] as const;
    out.push(
      grid(
        t("countsHead").split("|").slice(1).join("|"),
        keys.map((k) => [INVOLVEMENT_LABELS[k][locale], String(inv[k])]),
      ),
    );
    if (inv.youngNotInvolved.length > 0)
      out.push(
        p(t("youngOut", { names: inv.youngNotInvolved.map((x) => shortName(x.fullName)).join(", ") })),
      );
  }
  return out;
}

function surveyBlocks(input: AnalyticInput, t: Tr): Block[] {
  if (input.surveys.length === 0) return [p(t("noSurveys"))];
  const out: Block[] = [];
  for (const s of input.surveys) {
    const who = t(`survey_${s.kind}` as keyof typeof TEXT);
    if (!s.responseRate) {
      out.push(p(t("noAnswers", { who, inPairs: num(s.satisfied.denominator) })));
      continue;
    }
    out.push(
      p(
        t("surveyLine", {
          who,
          answered: num(s.responseRate?.numerator ?? null),
          inPairs: num(s.satisfied.denominator),
          rate: pct(s.responseRate?.percent),
          threshold: input.satisfactionThreshold,
          satisfied: num(s.satisfied.numerator),
          share: pct(s.satisfied.percent),
          amongShare: pct(s.amongAnswered?.percent),
        }),
      ),
    );
    const max = Math.max(0, ...s.distribution.map((d) => d.count));
    out.push(
      grid(
        `${t("scoresHead")}| `,
        s.distribution.map((d) => [String(d.score), String(d.count), bar(d.count, max)]),
      ),
    );
  }
  return out;
}

function pairBlocks(input: AnalyticInput, t: Tr, date: (iso: string) => string): Block[] {
  const to = date(input.period.to);
  const pr = input.pairs;
  return [
    grid(t("pairsHead"), [
      [t("pInYear", { to }), String(pr.inYear)],
      [t("pStarted"), String(pr.started)],
      [t("pActive", { to }), String(pr.active)],
      [t("pPaused", { to }), String(pr.paused)],
      [t("pCompleted"), String(pr.completed)],
      [t("pTerminated"), String(pr.terminated)],
    ]),
  ];
}

function journeyBlocks(input: AnalyticInput, t: Tr): Block[] {
  const j = input.journeys;
  if (!j) return [p(t("noJourneys"))];
  const out = [
    p(
      t("journeysLine", {
        meetings: j.meetings,
        onTrack: j.onTrack,
        attention: j.attention.length,
        tooEarly: j.tooEarly,
      }),
    ),
  ];
  if (j.attention.length > 0)
    out.push(
      grid(
        t("journeysHead"),
        j.attention.map((x) => [x.pairId, x.people, x.reason]),
      ),
    );
  return out;
}

function roadmapBlocks(input: AnalyticInput, t: Tr): Block[] {
  const r = input.roadmap;
  if (!r) return [p(t("noRoadmap"))];
  const out = [p(t("roadmapLine", { done: r.done, total: r.total, overdue: r.overdue.length }))];
  if (r.overdue.length > 0)
    out.push(
      grid(
        t("roadmapHead"),
        r.overdue.map((x) => [x.no, x.measure, x.deadline, x.responsible]),
      ),
    );
  return out;
}

type Tr = (key: keyof typeof TEXT, params?: Record<string, string | number>) => string;

function indicatorRows(input: AnalyticInput, locale: Locale, t: Tr): string[][] {
  return input.indicators.map((r) => {
    const points = trendOf(input.history, r.key, input.today);
    const trend =
      points.length === 0
        ? t("noTrend")
        : points.map((h) => `${h.half} ${h.year}: ${pct(h.percent)}`).join("; ");
    return [
      r.title[locale],
      `${num(r.numerator)} / ${num(r.denominator)}`,
      num(r.percent),
      num(r.target),
      TARGET_STATUSES.values[r.status][locale],
      trend,
    ];
  });
}

/** The conclusions: targets reached, not reached (each named with its figure), without data; what to act on. */
export function conclusions(input: AnalyticInput, locale: Locale, t: Tr): string[] {
  const named = (rows: readonly KpiRow[], figures: boolean) =>
    rows
      .map((r) =>
        figures ? `«${r.title[locale]}» (${pct(r.percent)} / ${pct(r.target)})` : `«${r.title[locale]}»`,
      )
      .join("; ");
  const of = (s: KpiRow["status"]) => input.indicators.filter((r) => r.status === s);
  const out: string[] = [];
  const reached = of("reached");
  out.push(reached.length > 0 ? t("reached", { list: named(reached, false) }) : t("noneReached"));
  const notYet = of("notYet");
  if (notYet.length > 0) out.push(t("notReached", { list: named(notYet, true) }));
  const noData = of("noData");
  const noFigure = noData.filter((r) => r.percent === null);
  const noTarget = noData.filter((r) => r.percent !== null);
  if (noTarget.length > 0) out.push(t("noTarget", { list: named(noTarget, false) }));
  if (noFigure.length > 0) out.push(t("noData", { list: named(noFigure, false) }));
  const young = input.involvement?.youngNotInvolved.length ?? 0;
  if (young > 0) out.push(t("youngConclusion", { n: young }));
  const overdue = input.roadmap?.overdue.length ?? 0;
  if (overdue > 0) out.push(t("overdueConclusion", { n: overdue }));
  const attention = input.journeys?.attention.length ?? 0;
  if (attention > 0) out.push(t("attentionConclusion", { n: attention }));
  return out;
}

/** The report's file name: unique per year and point, so a run cut short finds what it made by name. */
export function analyticFileName(period: Pick<ReportPeriod, "year" | "half">, locale: Locale): string {
  const half = HALVES.values[period.half][locale];
  const year = period.year.replace("/", "-");
  return locale === "ru" ? `Аналитическая справка ${year} (${half})` : `Analytic report ${year} (${half})`;
}

export const ANALYTIC_TITLE: L = TEXT.title;
