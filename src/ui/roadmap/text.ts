import type { L } from "../../domain/i18n";
import { catalogue, type Texts as PageTexts, type Plural } from "../lib/i18n";

/**
 * Wording of the «План работы» sidebar. Every text has both languages; `{name}` marks a value filled in. Texts in
 * index.html are placeholders: the page replaces each `data-t` element's text from here. Sections, measures,
 * deadlines and the server's messages come with the view, as the curator typed them or in the base's language.
 */
export const TEXT = {
  pageTitle: { ru: "План работы", en: "Plan of work" },
  heading: { ru: "План работы", en: "Plan of work" },
  headingYear: { ru: "План работы на {year} учебный год", en: "Plan of work for {year}" },
  asOf: { ru: "сегодня {date}", en: "today {date}" },
  refresh: { ru: "Обновить", en: "Refresh" },
  refreshing: { ru: "Обновляю…", en: "Refreshing…" },
  refreshed: { ru: "План обновлён.", en: "The plan is refreshed." },
  summaryTitle: { ru: "Сводка", en: "Summary" },
  problemsTitle: { ru: "Сроки, которые не удалось прочитать", en: "Deadlines that could not be read" },
  noItems: {
    ru: "На листе «{tab}» нет пунктов. Добавьте строки на лист и нажмите «Обновить».",
    en: "The “{tab}” tab has no items. Add rows to it and press “Refresh”.",
  },
  noSection: { ru: "Без раздела", en: "No section" },
  timelineLabel: {
    ru: "Сроки раздела «{section}» на учебный год: {summary}",
    en: "Deadlines of the section “{section}” over the year: {summary}",
  },
  today: { ru: "сегодня", en: "today" },
  // ---- states ----
  done: { ru: "выполнено", en: "done" },
  overdue: { ru: "просрочено", en: "overdue" },
  soon: { ru: "скоро", en: "due soon" },
  planned: { ru: "запланировано", en: "planned" },
  undated: { ru: "срок не указан", en: "no deadline" },
  doneOn: { ru: "выполнено {date}", en: "done on {date}" },
  dueOn: { ru: "срок {date}", en: "due {date}" },
  periodFrom: { ru: "с {from} по {to}", en: "from {from} to {to}" },
  auto: { ru: "отмечает надстройка", en: "ticked by the add-on" },
  responsible: { ru: "Ответственные: {who}", en: "Responsible: {who}" },
  documentIs: { ru: "Документ: {document}", en: "Document: {document}" },
  evidence: { ru: "Подтверждение", en: "Evidence" },
  // ---- actions on an item ----
  markDone: { ru: "Выполнено", en: "Done" },
  markDoneOf: { ru: "Выполнено: пункт {number}", en: "Done: item {number}" },
  goToRow: { ru: "Строка {row}", en: "Row {row}" },
  goToRowOf: {
    ru: "Строка {row} листа «{tab}»",
    en: "Row {row} of the “{tab}” tab",
  },
  doneDate: { ru: "Дата выполнения", en: "Done on" },
  evidenceLink: {
    ru: "Ссылка на подтверждение (необязательно)",
    en: "Evidence link (optional)",
  },
  save: { ru: "Отметить", en: "Mark" },
  saving: { ru: "Отмечаю…", en: "Marking…" },
  cancel: { ru: "Отмена", en: "Cancel" },
  badDate: {
    ru: "Укажите дату выполнения.",
    en: "Enter the date it was done.",
  },
  badLink: {
    ru: "Ссылка должна начинаться с http:// или https:// (или оставьте поле пустым).",
    en: "The link must start with http:// or https:// (or leave the field empty).",
  },
  unknownError: {
    ru: "Не получилось. Попробуйте ещё раз; если повторится, закройте панель и откройте «План работы» снова.",
    en: "That did not work. Try again; if it happens again, close the panel and open “Plan of work” again.",
  },
  badAnswer: {
    ru: "Надстройка ответила непонятно. Закройте панель и откройте «План работы» снова.",
    en: "The add-on's answer could not be read. Close the panel and open “Plan of work” again.",
  },
  noData: {
    ru: "Панель открыта без данных. Закройте её и выберите «Наставничество → План работы».",
    en: "The panel opened without data. Close it and choose “Mentoring → Plan of work”.",
  },
} as const satisfies Record<string, L>;

export const PLURAL = {
  overdueCount: {
    ru: ["{n} просрочен", "{n} просрочено", "{n} просрочено"],
    en: ["{n} overdue", "{n} overdue"],
  },
  soonCount: {
    ru: ["{n} — в ближайшие 14 дней", "{n} — в ближайшие 14 дней", "{n} — в ближайшие 14 дней"],
    en: ["{n} due within 14 days", "{n} due within 14 days"],
  },
  doneCount: {
    ru: ["{n} выполнен", "{n} выполнено", "{n} выполнено"],
    en: ["{n} done", "{n} done"],
  },
  itemsCount: {
    ru: ["{n} пункт", "{n} пункта", "{n} пунктов"],
    en: ["{n} item", "{n} items"],
  },
} as const satisfies Record<string, Plural>;

export type TextKey = keyof typeof TEXT;
export type PluralKey = keyof typeof PLURAL;

export type Texts = PageTexts<TextKey, PluralKey>;

export const { texts, isTextKey } = catalogue(TEXT, PLURAL);
