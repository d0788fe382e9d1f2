import type { L } from "../../domain/i18n";
import { catalogue, type Texts as PageTexts, type Plural } from "../lib/i18n";

/**
 * Wording of the «Показатели» sidebar. Every text has both languages; `{name}` marks a value filled in. Texts in
 * index.html are placeholders: the page replaces each `data-t` element's text from here. Titles, formulas,
 * statuses, notes and messages come with the view, already in its language.
 */
export const TEXT = {
  pageTitle: { ru: "Показатели", en: "Indicators" },
  heading: { ru: "Показатели программы", en: "Programme indicators" },
  headingYear: { ru: "Показатели программы, {year}", en: "Programme indicators, {year}" },
  asOf: { ru: "на {date}", en: "as of {date}" },

  // ---- actions ----
  compute: { ru: "Пересчитать", en: "Recalculate" },
  snapshot: { ru: "Зафиксировать срез", en: "Take a snapshot" },
  snapshotHint: {
    ru: "Срезы делают в декабре и в июне. Каждый срез добавляется на лист «История показателей» и не заменяет прежние.",
    en: "Snapshots are taken in December and June. Each one is added to the Indicator history tab and never replaces earlier ones.",
  },
  computing: { ru: "Считаю…", en: "Calculating…" },
  snapshotting: { ru: "Фиксирую срез…", en: "Taking a snapshot…" },
  computed: { ru: "Показатели пересчитаны.", en: "The indicators are recalculated." },
  snapshotTaken: { ru: "Срез зафиксирован.", en: "The snapshot is taken." },

  // ---- indicators ----
  indicatorsTitle: { ru: "Показатели", en: "Indicators" },
  noIndicators: {
    ru: "Показателей пока нет. Нажмите «Пересчитать».",
    en: "There are no indicators yet. Press “Recalculate”.",
  },
  percent: { ru: "{n}\u00a0%", en: "{n}%" },
  noFigure: { ru: "нет данных", en: "no data" },
  target: { ru: "цель {target}", en: "target {target}" },
  targetDown: { ru: "цель — не выше {target}", en: "target: at most {target}" },
  noTarget: { ru: "цели нет", en: "no target" },
  statusPrefix: { ru: "Статус: ", en: "Status: " },
  reached: { ru: "достигнут", en: "reached" },
  notYet: { ru: "пока нет", en: "not yet" },
  noDataStatus: { ru: "нет данных", en: "no data" },
  downHint: {
    ru: "Чем меньше, тем лучше.",
    en: "Lower is better.",
  },
  fraction: { ru: "{numerator} из {denominator}", en: "{numerator} of {denominator}" },
  fractionLabel: { ru: "Числитель и знаменатель: ", en: "Numerator and denominator: " },
  besideLabel: { ru: "Рядом с основной цифрой", en: "Beside the headline figure" },
  basis: { ru: "На чём основано", en: "What it is based on" },
  basisMore: { ru: "и ещё {n}", en: "and {n} more" },
  barLabel: { ru: "{title}: факт {actual}, {target}", en: "{title}: actual {actual}, {target}" },
  barNoData: { ru: "{title}: нет данных, {target}", en: "{title}: no data, {target}" },

  // ---- trend ----
  trendCaption: { ru: "Срезы", en: "Snapshots" },
  trendPoint: { ru: "Срез", en: "Snapshot" },
  trendActual: { ru: "Факт", en: "Actual" },
  trendTarget: { ru: "Цель", en: "Target" },
  trendRow: { ru: "{half} {year}", en: "{half} {year}" },
  trendRowTaken: { ru: "{half} {year} ({date})", en: "{half} {year} ({date})" },
  none: { ru: "нет", en: "none" },

  // ---- satisfaction ----
  distributionTitle: { ru: "Оценки удовлетворённости", en: "Satisfaction scores" },
  mentees: { ru: "Наставляемые", en: "Mentees" },
  mentors: { ru: "Наставники", en: "Mentors" },
  noAnswers: { ru: "Ответов пока нет.", en: "No answers yet." },
  mean: { ru: "средняя оценка {mean}", en: "average score {mean}" },
  chartMentees: { ru: "Оценки наставляемых: {scores}", en: "Mentees' scores: {scores}" },
  chartMentors: { ru: "Оценки наставников: {scores}", en: "Mentors' scores: {scores}" },
  scoreLine: { ru: "{points} — {people}", en: "{points}: {people}" },
  distributionHint: {
    ru: "Оценки от 1 до 10 в анкетах удовлетворённости этого учебного года.",
    en: "Scores from 1 to 10 in this academic year's satisfaction surveys.",
  },

  // ---- counts ----
  countsTitle: { ru: "Участники", en: "Participants" },
  countsWho: { ru: "Кто", en: "Who" },
  countsHowMany: { ru: "Сколько", en: "How many" },
  countsCaption: { ru: "Участники на {date}", en: "Participants as of {date}" },
  noCounts: { ru: "Участников пока нет.", en: "No participants yet." },

  // ---- the staff register ----
  staffTitle: { ru: "Педагогический коллектив", en: "Staff" },
  staffCaption: {
    ru: "Участие педагогического коллектива в наставничестве на {date}",
    en: "How the staff take part in mentoring as of {date}",
  },
  youngTitle: {
    ru: "Молодые специалисты вне программ наставничества",
    en: "Young specialists in no mentoring programme",
  },
  youngId: { ru: "({id})", en: "({id})" },
  youngNone: {
    ru: "Таких нет: все молодые специалисты коллектива участвуют в наставничестве.",
    en: "None: every young specialist on the staff takes part in mentoring.",
  },
  youngHint: {
    ru: "Чтобы включить их в программу, выделите их строки на листе «Педагогический коллектив» и выберите «Наставничество → Добавить выбранных в наставляемые».",
    en: "To bring them into the programme, select their rows on the Staff tab and choose “Mentoring → Add the selected staff as mentees”.",
  },

  // ---- errors ----
  noData: {
    ru: "Не удалось прочитать показатели. Нажмите «Пересчитать».",
    en: "Could not read the indicators. Press “Recalculate”.",
  },
  badAnswer: {
    ru: "Не удалось прочитать ответ таблицы. Нажмите «Пересчитать».",
    en: "Could not read the spreadsheet's answer. Press “Recalculate”.",
  },
  unknownError: {
    ru: "Что-то пошло не так. Попробуйте ещё раз.",
    en: "Something went wrong. Please try again.",
  },
} as const satisfies Record<string, L>;

export const PLURAL = {
  /** «Ответили 40 человек»: everyone who gave a score; `{count}` is `n` written for the locale. */
  answered: {
    ru: ["Ответил {count} человек", "Ответили {count} человека", "Ответили {count} человек"],
    en: ["{count} person answered", "{count} people answered"],
  },
  /** «12 человек». */
  people: {
    ru: ["{count} человек", "{count} человека", "{count} человек"],
    en: ["{count} person", "{count} people"],
  },
  /** «10 баллов». */
  points: {
    ru: ["{n} балл", "{n} балла", "{n} баллов"],
    en: ["{n} point", "{n} points"],
  },
} as const satisfies Record<string, Plural>;

export type TextKey = keyof typeof TEXT;
export type PluralKey = keyof typeof PLURAL;

export type Texts = PageTexts<TextKey, PluralKey>;

export const { texts, isTextKey } = catalogue(TEXT, PLURAL);
